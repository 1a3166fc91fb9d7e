// Date expressions of a sentence resolved against the publication date, reading reported events in
// the past. chrono-node (MIT) finds and parses the expressions; the rules here fix what it reads
// forward ("last August" → the August before publication) and add what it misses (bare years,
// "overnight", "a day after …").
import * as chrono from 'chrono-node';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO date, YYYY-MM or YYYY; null when the expression does not fix a date (needs a reference). */
  value: string | null;
  /** "a day after" style: offset in days from another event's date. */
  relativeDays?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Parses "YYYY-MM-DD" as a UTC noon Date (noon keeps day arithmetic off DST edges). */
export function parseIsoDay(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

/** Adds days to an ISO day. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDay(iso);
  if (!d) return iso;
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

const SAME_DAY = /\b(?:today|tonight|overnight|this (?:morning|afternoon|evening)|earlier today|on (?:the )?day)\b/gi;
const YESTERDAY = /\byesterday\b/gi;
const BARE_YEAR = /\b(?:in|since|of|from|until|by|during|early|late|mid-?|throughout)\s+((?:19|20)\d\d)\b(?![-–\d]|\s*(?:,\s*)?\d)/gi;
const DAY_AFTER = /\b(?:a|one|two|three|\d+)\s+days?\s+(after|before)\b/gi;
const WORD_NUM: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
// Whole month names and abbreviations only: a prefix test ("mar…", "dec…", "nov…") sent most sentences
// ("market", "declared", "novel") to chrono, the slowest step of the extractor.
const CHRONO_CUE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|week|weekend|month|year)s?\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
/** Spans anchored on another event ("a year after …") or on the moment of writing ("now"). */
const RELATIVE_SPAN = /^(?:a|one|\d+)\s+(?:day|week|month|year)s?\b|\b(?:after|before|later|earlier)\b|^now$/i;
const UNFIXED = /^(?:this|last|past|next|the past|the last|the next)\s+(?:week|weekend|few days|days)$|week$/i;

/**
 * Finds the date expressions in `text` (offsets shifted by `base`) and resolves them against
 * `published` (ISO day or null). Without a publication date, expressions that need one resolve to
 * null unless `yearHint` (a year the article states) fixes a month-day.
 */
export function findDates(text: string, base: number, published: string | null, yearHint?: number | null): DateMention[] {
  const out: DateMention[] = [];
  const ref = parseIsoDay(published);
  const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && e > d.start);
  const push = (d: DateMention): void => {
    if (!taken(d.start, d.end)) out.push(d);
  };

  for (const m of text.matchAll(DAY_AFTER)) {
    const n = WORD_NUM[m[0].split(/\s+/)[0]!.toLowerCase()] ?? Number(m[0].split(/\s+/)[0]);
    push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], value: null, relativeDays: m[1]!.toLowerCase() === 'after' ? -n : n });
  }
  for (const m of text.matchAll(SAME_DAY)) push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], value: published });
  for (const m of text.matchAll(YESTERDAY)) {
    push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], value: published ? addDays(published, -1) : null });
  }

  // chrono costs ~1 ms a call: only sentences that name a month, weekday or relative day go to it.
  const results = !CHRONO_CUE.test(text) ? [] : chrono.parse(text, { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const start = base + r.index;
    const end = start + r.text.length;
    if (taken(start, end) || UNFIXED.test(r.text.trim()) || RELATIVE_SPAN.test(r.text)) continue;
    // "march on the centre", "may rise": a month name written lower-case is a verb, not a date.
    if (/(?<![\w])(?:march|may)(?![\w])/.test(r.text)) continue;
    if (!ref && /\b(?:last|next|this|ago|now|yesterday|today|tomorrow|tonight)\b/i.test(r.text)) continue;
    push({ start, end, text: r.text, value: resolveChrono(r, text, ref, yearHint ?? null) });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const s = base + m.index + m[0].length - m[1]!.length;
    push({ start: s, end: s + 4, text: m[1]!, value: m[1]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Present-tense future markers earlier in the sentence ("will", "is expected to", "are due to", "plans to"). */
const FUTURE_LEAD = /\b(?:will|shall|(?:is|are|'s|'re)\s+(?:expected|due|set|scheduled|going|planning|to)|plans?\s+to|intends?\s+to)\b[^.;!?]*$/i;

function resolveChrono(r: chrono.ParsedResult, text: string, ref: Date | null, yearHint: number | null): string | null {
  const c = r.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  const before = text.slice(Math.max(0, r.index - 6), r.index).toLowerCase();
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 11).toLowerCase();
  const month = c.get('month');
  const day = c.get('day');
  if (known('year')) {
    const y = c.get('year')!;
    if (known('day')) return `${y}-${pad(month!)}-${pad(day!)}`;
    if (known('month')) return `${y}-${pad(month!)}`;
    return String(y);
  }
  if (known('month') && month) {
    // Past reading: the latest such month (and day) not after publication; "last year" steps back one more.
    const baseYear = ref ? ref.getUTCFullYear() : yearHint;
    if (!baseYear) return null;
    let y = baseYear;
    if (ref) {
      const refMonth = ref.getUTCMonth() + 1;
      const refDay = ref.getUTCDate();
      const future = /\b(?:next|until|by|till)\s*$/.test(before) || /^\s*next\b/.test(r.text.toLowerCase());
      if (!future && (month > refMonth || (month === refMonth && known('day') && (day ?? 0) > refDay))) y -= 1;
    }
    if (/^\s*last year/.test(after)) y = (ref ? ref.getUTCFullYear() : baseYear) - 1;
    return known('day') ? `${y}-${pad(month)}-${pad(day!)}` : `${y}-${pad(month)}`;
  }
  if (known('weekday') || known('day')) {
    // Weekday alone ("on Wednesday"): the one on or before the reference, unless marked future ("next").
    if (!ref) return null;
    const d = c.date();
    const future = /\b(?:next|until|by)\s*$/.test(before) || /^\s*next\b/i.test(r.text) || FUTURE_LEAD.test(text.slice(Math.max(0, r.index - 80), r.index));
    if (!future && d.getTime() > ref.getTime() + 12 * 3600 * 1000) d.setUTCDate(d.getUTCDate() - 7);
    // "He is expected to travel to X on Tuesday": a scheduled act is the weekday on or after the reference.
    if (future && d.getTime() < ref.getTime() - 12 * 3600 * 1000) d.setUTCDate(d.getUTCDate() + 7);
    return isoDay(d);
  }
  return null;
}

/** The most specific year an article text states ("March 2025" → 2025), to date month-days without publication. */
export function statedYear(text: string): number | null {
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return years.length ? Math.max(...years) : null;
}
