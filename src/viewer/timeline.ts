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
  if (dated.length === 0) return { unit: 'day', bins: [], total: 0 };
  const min = Math.min(...dated.map((d) => d.day));
  const max = Math.max(...dated.map((d) => d.day));
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
  return { unit, bins, total: dated.length };
}

/** Shift a [from, to] window forward by `step` days (playback); null when it would pass `last`. */
export function advanceWindow(from: string, to: string, step: number, last: string): [string, string] | null {
  const a = toDay(from) + step;
  const b = toDay(to) + step;
  if (a > toDay(last)) return null;
  return [fromDay(a), fromDay(b)];
}
