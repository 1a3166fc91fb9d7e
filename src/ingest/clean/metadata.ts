// Article metadata from the cleaned paragraphs: title, publication date (explicit or inferred)
// and publisher. Explicit sources win: given metadata, a date line, a dateline; then inference.
import * as chrono from 'chrono-node';
import { dayMonth, findStatedDates, inferPublished, yearForDayMonth } from './dates.ts';

/** "date 2025-03-20 …", "Published: 13 March 2025 …", "Updated on …" at the start of a paragraph. */
const DATE_LINE = /^(?:date|published|posted|updated|last updated|first published)\s*(?:on\s*|at\s*)?:?\s*/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
/** A wire dateline: "KYIV, March 13 (Reuters) -", "MOSCOW (AP) —", "Kyiv, 13 March (AFP) –". */
const DATELINE =
  /^([\p{Lu}][\p{L}'’. -]{1,40}?)(?:,\s*[\p{Lu}][\p{L}. ]{1,30}?)?(?:,\s*(?:([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8}))(?:,?\s+(\d{4}))?)?\s*(?:\(([\p{L} .&-]{2,30})\))?\s*[-–—]{1,2}\s+/u;

export interface DateLine {
  /** ISO day, or null when the line gives no parseable day. */
  published: string | null;
  /** The paragraph without the date prefix ('' when the whole paragraph was the date line). */
  rest: string;
}

/**
 * Recognises a date line at the start of a paragraph ("date 2025-03-20 …", "Published: …",
 * "Posted on … by …") or a paragraph that is only a date ("Thursday, 13 March 2025, 10:30 GMT"),
 * and returns its day and the remaining text.
 */
export function readDateLine(paragraph: string): DateLine | null {
  const head = DATE_LINE.exec(paragraph);
  if (!head) {
    if (paragraph.length > 60 || !/\d/.test(paragraph)) return null;
    const published = parseOnlyDay(paragraph);
    return published ? { published, rest: '' } : null;
  }
  const after = paragraph.slice(head[0].length);
  const isoDay = ISO_DAY.exec(after);
  if (isoDay) return { published: isoDay[0].slice(0, 10), rest: after.slice(isoDay[0].length).trim() };
  // Any other form: only a short paragraph holding nothing but the date (and a time), via chrono-node.
  if (paragraph.length > 100) return null;
  const published = parseOnlyDay(after);
  return published ? { published, rest: '' } : null;
}

/** What may follow a date on a date line: times, zones, separators, "Updated …" tails. */
const AFTER_DATE = /^[\s,|·•–—-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|MSK|IST)\b|[+-]\d{2}:?\d{2}|[\s,|·•–—-]+)*(?:(?:updated|last updated)\b.*|by\s+\S.{0,60})?$/i;

/** A day from a string that is only a date (plus time/zone), or null: "Updated figures show …" is no date line. */
function parseOnlyDay(value: string): string | null {
  const parsed = chrono.parse(value.slice(0, 200))[0];
  if (!parsed || parsed.index > 3 || !AFTER_DATE.test(value.slice(parsed.index + parsed.text.length))) return null;
  return parseDay(parsed.text);
}

/** The date in what follows a byline's names ("| 5 March 2024 10:30 GMT"), or null. */
export function bylineDay(rest: string | undefined): string | null {
  return rest ? parseOnlyDay(rest.replace(/^(?:updated|published|posted)\s*:?\s*/i, '')) : null;
}

/** Normalises a metadata date ("2025-03-13T10:00:00Z", "13 March 2025") to YYYY-MM-DD, or null. */
export function parseDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const isoDay = ISO_DAY.exec(trimmed);
  if (isoDay) return isoDay[0].slice(0, 10);
  const parsed = chrono.parse(trimmed.slice(0, 200))[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('day')) return null;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  return `${parsed.start.get('year')}-${pad(parsed.start.get('month'))}-${pad(parsed.start.get('day'))}`;
}

export interface Dateline {
  agency: string | null;
  day: { m: number; d: number; y: number | null } | null;
}

/** Reads a wire dateline opening the first paragraphs ("KYIV, March 13 (Reuters) -"). */
export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  if (!m) return null;
  const agency = m[7]?.trim() ?? null;
  const month = m[2] ?? m[5];
  const day = m[3] ?? m[4];
  const dm = month && day ? dayMonth(month, day) : null;
  // Without an agency or a date the pattern is just a sentence with a dash.
  if (!agency && !dm) return null;
  if (!/^[\p{Lu}]/u.test(m[1] ?? '') || (agency === null && !/^[\p{Lu} .'’-]+$/u.test(m[1] ?? ''))) return null;
  return { agency, day: dm ? { ...dm, y: m[6] ? Number(m[6]) : null } : null };
}

export interface Published {
  published: string | null;
  inferred: boolean;
}

/** The publication date: metadata or date line, then a dateline, then inference from the text. */
export function resolvePublished(explicit: string | null, dateline: Dateline | null, text: string): Published {
  if (explicit) return { published: explicit, inferred: false };
  const stated = findStatedDates(text);
  if (dateline?.day) {
    const { m, d, y } = dateline.day;
    if (y !== null) return { published: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, inferred: false };
    const withYear = yearForDayMonth(m, d, stated);
    if (withYear) return { published: withYear, inferred: true };
  }
  const inferred = inferPublished(stated);
  return { published: inferred, inferred: inferred !== null };
}

const MAX_TITLE = 200;

/** The title: given metadata, else the first paragraph when it reads as a headline, else its first sentence. */
export function resolveTitle(given: string | null | undefined, paragraphs: string[]): string {
  const fromMeta = given?.replace(/\s+/g, ' ').trim();
  if (fromMeta) return fromMeta.slice(0, MAX_TITLE);
  const first = paragraphs[0] ?? '';
  if (first.length <= MAX_TITLE && !/[.!?]["”’]?$/u.test(first)) return first;
  const sentence = /^.{10,}?[.!?](?=\s+[\p{Lu}"“]|$)/u.exec(first.slice(0, MAX_TITLE * 2))?.[0] ?? first;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return (space > 80 ? cut.slice(0, space) : cut) + '…';
}
