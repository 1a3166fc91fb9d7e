// Quotation spans of a whole article, across sentence breaks: curly “…”, «…» and straight "…"
// pairs, plus the press convention of a quotation running over paragraphs (each paragraph opens
// with “ and only the last one closes).

export interface QuoteSpan {
  /** Offsets of the quoted text, quote marks excluded. */
  start: number;
  end: number;
  /** Offsets including the quote marks (the closing one may be missing at a paragraph end). */
  outerStart: number;
  outerEnd: number;
  /** True when the quotation runs on into the next paragraph. */
  continues: boolean;
}

/** Finds the quotations of `text`, one span per paragraph piece. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && open >= 0) {
      // Paragraph ends inside a quotation: it continues if the next paragraph opens with a quote mark.
      const next = /^\n+\s*([“"«])/.exec(text.slice(i));
      const end = trimEnd(text, open + 1, i);
      if (next && end - (open + 1) > 10) {
        out.push({ start: open + 1, end, outerStart: open, outerEnd: end, continues: true });
      }
      open = -1;
      continue;
    }
    if (open < 0) {
      const lead = i === 0 || /[\s([—–-]/.test(text[i - 1]!);
      if (c === '“' || c === '«' || ((c === '"' || c === '‘') && lead)) {
        open = i;
        openChar = c;
      }
    } else if (
      (openChar === '“' && c === '”') ||
      (openChar === '«' && c === '»') ||
      (openChar === '"' && c === '"') ||
      // ‘…’: the closing mark is not an apostrophe inside a word ("Russia’s").
      (openChar === '‘' && c === '’' && !/\p{L}/u.test(text[i + 1] ?? ''))
    ) {
      if (i > open + 1) out.push({ start: open + 1, end: i, outerStart: open, outerEnd: i + 1, continues: false });
      open = -1;
    }
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** Splits a quotation into sentence pieces at ". " / "? " / "! " followed by a capital or a quote mark. */
export function quoteSentences(text: string, q: { start: number; end: number }): { start: number; end: number }[] {
  const body = text.slice(q.start, q.end);
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const m of body.matchAll(/[.!?]+["”’]?\s+(?=[“"‘]?[A-Z])/g)) {
    const prevWord = /(\S+)$/.exec(body.slice(0, m.index))?.[1] ?? '';
    if (/^(?:[A-Z][a-z]?|Gen|Lt|Col|Mr|Mrs|Ms|Dr|St|No|U\.S|U\.K)$/.test(prevWord)) continue;
    out.push({ start: q.start + s, end: q.start + m.index + 1 });
    s = m.index + m[0].length;
  }
  out.push({ start: q.start + s, end: q.end });
  return out;
}
