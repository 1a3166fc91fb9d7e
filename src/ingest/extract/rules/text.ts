// Small text helpers shared by the statement and event rules: words with offsets, trimming, clauses.

export interface Word {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes folded. */
  lower: string;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?:['’]s\b)?|n['’]t\b/gu;

/** The words of `text` with offsets shifted by `base`. */
export function wordsOf(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

const OPEN_Q = new Set(['“', '"', '«', '‘']);
const CLOSE_Q = new Set(['”', '"', '»', '’']);
const TRIM_END = /[\s.,;:!?–—-]+$/u;

/**
 * Trims a claim span [start, end) of `text`: outer spaces and trailing punctuation, and the quote
 * marks when the whole claim is one quotation. Returns null when nothing is left.
 */
export function trimClaim(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  for (let pass = 0; pass < 3; pass++) {
    while (s < e && /\s/.test(text[s]!)) s++;
    const tail = TRIM_END.exec(text.slice(s, e));
    if (tail) e -= tail[0].length;
    const inner = text.slice(s + 1, e - 1);
    if (e - s >= 2 && OPEN_Q.has(text[s]!) && CLOSE_Q.has(text[e - 1]!) && !/[“”"«»]/.test(inner)) {
      s++;
      e--;
      continue;
    }
    // A closing quote left over after trailing punctuation ("…,” → "…").
    if (e > s && CLOSE_Q.has(text[e - 1]!) && !hasOpenQuote(text.slice(s, e - 1))) {
      e--;
      continue;
    }
    if (e > s && OPEN_Q.has(text[s]!) && !hasCloseQuote(text.slice(s + 1, e))) {
      s++;
      continue;
    }
    break;
  }
  return e - s >= 2 ? { start: s, end: e } : null;
}

const hasOpenQuote = (s: string): boolean => /[“«"]/.test(s);
const hasCloseQuote = (s: string): boolean => /[”»"]/.test(s);

/** True when the span contains quotation marks around some words. */
export function hasQuotation(text: string): boolean {
  return /[“«"][^”»"]+[”»"]/.test(text) || /^[“«"]/.test(text);
}

/** Offsets of commas in `text` that are outside quotations, shifted by `base`. */
export function commasOutsideQuotes(text: string, base = 0): number[] {
  const out: number[] = [];
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' || c === '«') inQuote = true;
    else if (c === '”' || c === '»') inQuote = false;
    else if (c === '"') inQuote = !inQuote;
    else if (c === ',' && !inQuote) out.push(base + i);
  }
  return out;
}

/**
 * A wire dateline opening a sentence: "HELSINKI, Feb 11 (Agency) - ", "GOMA, Congo (AP) — ", "Moscow (AFP) - ",
 * "BAMAKO, Mali, Sept. 10 (Wire) —". A shouted city, or a capitalised one before the agency, then optional
 * comma parts (country, date), an optional agency in brackets and a dash.
 */
const DATELINE = /^\s*(?:\p{Lu}{2,}(?:[ '’/-]\p{Lu}{2,})*|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?=\s*\())(?:,\s+[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,2})*\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+/u;

/** Length of the dateline that opens `sentence`, or 0: it belongs to no clause (nor to an event's evidence). */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
