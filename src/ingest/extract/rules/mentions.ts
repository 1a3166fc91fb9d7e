// An ordered index of the entity mentions of one article, for speaker, participant and place lookups.
import type { DraftEntity } from '../../../model/index.ts';

export interface MentionRef {
  start: number;
  end: number;
  key: string;
  label: 'Actor' | 'Place';
  kind: string;
  name: string;
  title: string | null;
}

/** Mentions sorted by offset, with range queries by binary search. */
export class MentionIndex {
  readonly all: MentionRef[];
  readonly byKey = new Map<string, DraftEntity>();

  constructor(entities: readonly DraftEntity[]) {
    const refs: MentionRef[] = [];
    for (const e of entities) {
      this.byKey.set(e.key, e);
      for (const m of e.mentions) {
        refs.push({ start: m.start, end: m.end, key: e.key, label: e.label, kind: e.kind, name: e.name, title: e.title ?? null });
      }
    }
    refs.sort((a, b) => a.start - b.start || b.end - a.end);
    // Keep the longest of nested mentions ("Russia" inside "Russia's Ministry of Defence"); equal spans
    // (a country's actor and place keys) all stay. One sweep: containers sort before what they contain.
    const kept: MentionRef[] = [];
    let maxEnd = -1;
    let maxSpan: MentionRef | null = null;
    for (const r of refs) {
      const nested = maxSpan !== null && maxEnd >= r.end && !(maxSpan.start === r.start && maxSpan.end === r.end);
      if (!nested) kept.push(r);
      if (r.end > maxEnd) {
        maxEnd = r.end;
        maxSpan = r;
      }
    }
    this.all = kept;
  }

  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions starting inside [start, end). */
  within(start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.lowerBound(start); i < this.all.length && this.all[i]!.start < end; i++) out.push(this.all[i]!);
    return out;
  }

  /** Mentions ending at or before `pos`, nearest first, not before `floor`. */
  before(pos: number, floor = 0): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.lowerBound(pos) - 1; i >= 0; i--) {
      const m = this.all[i]!;
      if (m.start < floor) break;
      if (m.end <= pos) out.push(m);
    }
    return out;
  }

  /** The mention covering `pos`, if any. */
  at(pos: number): MentionRef | undefined {
    for (let i = this.lowerBound(pos + 1) - 1; i >= 0; i--) {
      const m = this.all[i]!;
      if (m.end > pos && m.start <= pos) return m;
      if (m.end < pos - 200) break;
    }
    return undefined;
  }
}

export const isActor = (m: MentionRef): boolean => m.label === 'Actor';
export const isPerson = (m: MentionRef): boolean => m.label === 'Actor' && m.kind === 'person';
export const isPlace = (m: MentionRef): boolean => m.label === 'Place';
