// Dates an article states (full, day-month, years, weekdays), and the publication date inferred
// from them when no metadata, dateline or date line gives it. Regexes rather than chrono-node
// for the body scan: it runs on every article and must stay well under a millisecond.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const FULL_MDY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'g');
const FULL_DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const PART_MD = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})(?![\d:])`, 'g');
const PART_DM = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?!,?\s+\d{4})\b`, 'g');
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!s)/g;
const BOUND_AFTER = new RegExp(String.raw`^,?\s+(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`);

/** Words that put a date or weekday in the future or make it a deadline, not something reported. */
const FUTURE_BEFORE = /\b(?:next|coming|as early as|by|until|till|through|before|from|starting|beginning|deadline|due|scheduled for|expected on|set for|planned for|will|would)\s+(?:on\s+|the\s+)?$/i;
const RELATIVE_AFTER = /^,?\s+(?:last|next|this) year\b/i;

/** A calendar day as numbers (month 1-12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface StatedDates {
  full: Ymd[];
  /** Day and month without a year ("March 13", "12 March"). */
  partial: { m: number; d: number }[];
  years: number[];
  /** Weekdays (0 = Sunday) mentioned as past events, not tied to a date. */
  weekdays: number[];
  /** Weekdays given with their date ("Wednesday, March 12, 2025"). */
  bound: { weekday: number; m: number; d: number; y: number | null }[];
}

const monthOf = (name: string): number => MONTHS[name.toLowerCase().replace('.', '').slice(0, 4)] ?? MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;

function isFuture(text: string, index: number): boolean {
  return FUTURE_BEFORE.test(text.slice(Math.max(0, index - 30), index));
}

function valid(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === null) return true;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1;
}

/** Scans a text for the dates it states. Linear in the text length. */
export function findStatedDates(text: string): StatedDates {
  const out: StatedDates = { full: [], partial: [], years: [], weekdays: [], bound: [] };
  const push = (y: number, m: number, d: number, index: number): void => {
    if (valid(y, m, d) && !isFuture(text, index)) out.full.push({ y, m, d });
  };
  for (const x of text.matchAll(FULL_MDY)) push(Number(x[3]), monthOf(x[1]!), Number(x[2]), x.index);
  for (const x of text.matchAll(FULL_DMY)) push(Number(x[3]), monthOf(x[2]!), Number(x[1]), x.index);
  for (const x of text.matchAll(ISO)) push(Number(x[1]), Number(x[2]), Number(x[3]), x.index);
  const partial = (m: number, d: number, x: RegExpMatchArray): void => {
    const after = text.slice(x.index! + x[0].length, x.index! + x[0].length + 20);
    if (valid(null, m, d) && !isFuture(text, x.index!) && !RELATIVE_AFTER.test(after)) out.partial.push({ m, d });
  };
  for (const x of text.matchAll(PART_MD)) partial(monthOf(x[1]!), Number(x[2]), x);
  for (const x of text.matchAll(PART_DM)) partial(monthOf(x[2]!), Number(x[1]), x);
  for (const x of text.matchAll(YEAR)) out.years.push(Number(x[1]));
  for (const x of text.matchAll(WEEKDAY)) {
    const weekday = WEEKDAYS.indexOf(x[1]!.toLowerCase());
    const b = BOUND_AFTER.exec(text.slice(x.index + x[0].length, x.index + x[0].length + 40));
    if (b) {
      const m = monthOf(b[1] ?? b[4] ?? '');
      const d = Number(b[2] ?? b[3]);
      if (valid(null, m, d)) out.bound.push({ weekday, m, d, y: b[5] ? Number(b[5]) : null });
    } else if (!isFuture(text, x.index)) out.weekdays.push(weekday);
  }
  return out;
}

const DAY = 86_400_000;
const toTime = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d);
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dow = (t: number): number => new Date(t).getUTCDay();

/** How far back the furthest weekday mention lies from `t` (0 = all on that day), for tie-breaks. */
function spread(t: number, weekdays: number[]): number {
  let worst = 0;
  for (const w of weekdays) worst = Math.max(worst, (dow(t) - w + 7) % 7);
  return worst;
}

/** Earliest day ≥ from (within two weeks) after each bound weekday date and within a week of it. */
function earliestConsistent(from: number, bound: number[]): number | null {
  for (let t = from; t <= from + 14 * DAY; t += DAY) {
    if (bound.every((b) => t > b && t <= b + 7 * DAY)) return t;
  }
  return null;
}

/**
 * Infers a publication date: the earliest day no earlier than the latest full date stated that is
 * consistent with the weekday references ("on Wednesday" = the Wednesday just before publication,
 * so a weekday given with its date puts publication within the week after it). Returns null when
 * nothing fixes it: no weekday reference, or no stated date. When only day-month dates are stated,
 * the year is the one (from the latest year mentioned on) in which the weekday mentions cluster
 * most tightly before that day.
 */
export function inferPublished(dates: StatedDates): string | null {
  if (dates.weekdays.length === 0 && dates.bound.length === 0) return null;
  if (dates.full.length > 0) {
    const latest = Math.max(...dates.full.map(toTime));
    const year = new Date(latest).getUTCFullYear();
    let from = latest;
    for (const p of dates.partial) {
      const t = Date.UTC(year, p.m - 1, p.d);
      if (t > from && t <= latest + 45 * DAY) from = t;
    }
    const bound = dates.bound.map((b) => Date.UTC(b.y ?? year, b.m - 1, b.d));
    const t = earliestConsistent(from, bound);
    return t === null ? null : iso(t);
  }
  if (dates.partial.length === 0 || dates.years.length === 0) return null;
  const maxYear = Math.max(...dates.years);
  let best: { t: number; score: number } | null = null;
  for (let y = maxYear; y <= maxYear + 3; y++) {
    const from = Math.max(...dates.partial.map((p) => Date.UTC(y, p.m - 1, p.d)));
    const bound = dates.bound.map((b) => Date.UTC(b.y ?? y, b.m - 1, b.d));
    const t = earliestConsistent(from, bound);
    if (t === null) continue;
    const score = spread(t, dates.weekdays);
    if (best === null || score < best.score) best = { t, score };
  }
  return best === null ? null : iso(best.t);
}

/** The year to give a day-month date (a dateline's) so it is no earlier than the full dates stated. */
export function yearForDayMonth(m: number, d: number, dates: StatedDates): string | null {
  const latestFull = dates.full.length ? Math.max(...dates.full.map(toTime)) : null;
  const base = latestFull !== null ? new Date(latestFull).getUTCFullYear() : dates.years.length ? Math.max(...dates.years) : null;
  if (base === null) return null;
  let best: { t: number; score: number } | null = null;
  for (let y = base; y <= base + (latestFull !== null ? 1 : 3); y++) {
    const t = Date.UTC(y, m - 1, d);
    if (!valid(y, m, d) || (latestFull !== null && t < latestFull)) continue;
    const score = spread(t, dates.weekdays);
    if (best === null || score < best.score) best = { t, score };
  }
  return best === null ? null : iso(best.t);
}

/** A day-month pair from month and day strings ("March", "13"), or null. */
export function dayMonth(month: string, day: string): { m: number; d: number } | null {
  const m = monthOf(month);
  const d = Number(day);
  return valid(null, m, d) ? { m, d } : null;
}
