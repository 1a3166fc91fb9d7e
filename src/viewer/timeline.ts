// Timeline binning: counts of events and statements per day/week/month between the first and last date.
// Pure (UTC day arithmetic on ISO strings) so it is unit-tested in Node.
import type { NodeLabel } from '../model/types.ts';
import { dateBounds } from './filters.ts';

export type BinUnit = 'day' | 'week' | 'month';

export interface Bin {
  /** First day of the bin (ISO). */
  start: string;
  /** Last day of the bin (ISO, inclusive). */
  end: string;
  events: number;
  statements: number;
}

export interface Timeline {
  unit: BinUnit;
  bins: Bin[];
  /** Dated items that were binned. */
  total: number;
  /** Outliers far before/after the bulk of dates, counted in the first/last bin. */
  earlier: number;
  later: number;
}

const DAY = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Pick the bin unit so that a span gives at most ~90 bins. */
export function chooseUnit(spanDays: number): BinUnit {
  if (spanDays <= 90) return 'day';
  if (spanDays <= 7 * 90) return 'week';
  return 'month';
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

function monthStart(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/**
 * Bin dated events and statements. A partial date (YYYY-MM) counts in the bin of its first day.
 * Items whose date does not parse are ignored.
 */
export function binTimeline(items: Iterable<{ label: NodeLabel; date?: string | null }>): Timeline {
  const dated: { day: number; iso: string; label: NodeLabel }[] = [];
  for (const it of items) {
    if (!it.date || (it.label !== 'Event' && it.label !== 'Statement')) continue;
    const iso = dateBounds(it.date)[0];
    const day = toDay(iso);
    if (Number.isFinite(day)) dated.push({ day, iso, label: it.label });
  }
  if (dated.length === 0) return { unit: 'day', bins: [], total: 0, earlier: 0, later: 0 };
  const [min, max] = bulkRange(dated.map((d) => d.day));
  let earlier = 0;
  let later = 0;
  for (const d of dated) {
    // A stray date years away (a quoted anniversary, a misparse) would squash the story into one bin.
    if (d.day < min) {
      earlier++;
      d.day = min;
      d.iso = fromDay(min);
    } else if (d.day > max) {
      later++;
      d.day = max;
      d.iso = fromDay(max);
    }
  }
  const unit = chooseUnit(max - min + 1);
  const bins: Bin[] = [];
  let indexOf: (d: { day: number; iso: string }) => number;
  if (unit === 'month') {
    const m0 = monthIndex(fromDay(min));
    const m1 = monthIndex(fromDay(max));
    for (let m = m0; m <= m1; m++) bins.push({ start: monthStart(m), end: fromDay(toDay(monthStart(m + 1)) - 1), events: 0, statements: 0 });
    indexOf = (d) => monthIndex(d.iso) - m0;
  } else {
    const width = unit === 'week' ? 7 : 1;
    for (let d = min; d <= max; d += width) bins.push({ start: fromDay(d), end: fromDay(d + width - 1), events: 0, statements: 0 });
    indexOf = (d) => Math.floor((d.day - min) / width);
  }
  for (const d of dated) {
    const bin = bins[indexOf(d)];
    if (!bin) continue;
    if (d.label === 'Event') bin.events++;
    else bin.statements++;
  }
  return { unit, bins, total: dated.length, earlier, later };
}

/**
 * The day range to draw. Stray dates far from the rest (a quoted anniversary, a misparse) would
 * squash the story into one bin. So: take the narrowest window holding 85 % of the dates; when the
 * full span is more than three times that window, draw the window, grown to take in dates lying
 * within half its width of its edges (their items beyond are counted in the edge bins).
 */
export function bulkRange(days: number[]): [number, number] {
  const sorted = [...days].sort((a, b) => a - b);
  const n = sorted.length;
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  const k = Math.max(1, Math.ceil(n * 0.85));
  let best = 0;
  for (let i = 0; i + k - 1 < n; i++) if ((sorted[i + k - 1] ?? 0) - (sorted[i] ?? 0) < (sorted[best + k - 1] ?? 0) - (sorted[best] ?? 0)) best = i;
  let lo = best;
  let hi = best + k - 1;
  const width = (sorted[hi] ?? 0) - (sorted[lo] ?? 0) + 1;
  if (max - min + 1 <= 3 * width) return [min, max];
  const reach = Math.max(1, Math.round(width / 2));
  while (lo > 0 && (sorted[lo] ?? 0) - (sorted[lo - 1] ?? 0) <= reach) lo--;
  while (hi < n - 1 && (sorted[hi + 1] ?? 0) - (sorted[hi] ?? 0) <= reach) hi++;
  return [sorted[lo] ?? min, sorted[hi] ?? max];
}

/** Shift a [from, to] window forward by `step` days (playback); null when it would pass `last`. */
export function advanceWindow(from: string, to: string, step: number, last: string): [string, string] | null {
  const a = toDay(from) + step;
  const b = toDay(to) + step;
  if (a > toDay(last)) return null;
  return [fromDay(a), fromDay(b)];
}
