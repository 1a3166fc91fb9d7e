// The entities of one article while they are being found: one record per key, mentions kept
// sorted and never overlapping, so every character of the text belongs to at most one entity.
import type { ActorKind, DraftEntity, PlaceKind, Span } from '../../../model/index.ts';

export interface EntityInit {
  label: 'Actor' | 'Place';
  name: string;
  kind: ActorKind | PlaceKind;
  title?: string | null;
  /** ISO code of the entity's country (nationality of a person, country of a place or force). */
  cc?: string | null;
}

export interface FoundEntity extends DraftEntity {
  cc: string | null;
  /** "CC:Seat name" of a geocoded settlement's first-level division, to link it to a region of the article. */
  seat?: string | null;
}

export class EntityBag {
  readonly byKey = new Map<string, FoundEntity>();
  /** Claimed character ranges, sorted by start. */
  private spans: Array<{ start: number; end: number; key: string }> = [];

  constructor(private readonly text: string) {}

  /** Returns the entity with this key, creating it from `init` the first time. */
  ensure(key: string, init: EntityInit): FoundEntity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { key, label: init.label, name: init.name, kind: init.kind, aliases: [], title: init.title ?? null, mentions: [], cc: init.cc ?? null };
      this.byKey.set(key, e);
    } else if (init.title && !e.title) {
      e.title = init.title;
    }
    return e;
  }

  /** Index of the first span starting after `pos` (spans are sorted and never overlap). */
  private after(pos: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as { start: number }).start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when any character of [start, end) already belongs to an entity. */
  covered(start: number, end: number): boolean {
    const i = this.after(start);
    const prev = this.spans[i - 1];
    const next = this.spans[i];
    return (!!prev && prev.end > start) || (!!next && next.start < end);
  }

  /** The key of the entity whose mention covers [start, end), or null. */
  keyAt(start: number, end: number): string | null {
    const s = this.spans[this.after(start) - 1];
    return s && s.start <= start && end <= s.end ? s.key : null;
  }

  /** Records a mention (verbatim span) of `key`, unless the span is taken. Adds the surface form as an alias. */
  mention(key: string, start: number, end: number, alias = true): boolean {
    const e = this.byKey.get(key);
    if (!e || start >= end || this.covered(start, end)) return false;
    const text = this.text.slice(start, end);
    const span: Span = { start, end, text };
    e.mentions.push(span);
    this.spans.splice(this.after(start), 0, { start, end, key });
    if (alias && text !== e.name && !e.aliases.includes(text)) e.aliases.push(text);
    return true;
  }

  /** Removes the mention that spans exactly [start, end), if any (a name absorbed by a longer one). */
  unmention(start: number, end: number): void {
    const i = this.spans.findIndex((s) => s.start === start && s.end === end);
    if (i < 0) return;
    const [s] = this.spans.splice(i, 1);
    const e = s ? this.byKey.get(s.key) : undefined;
    if (e) e.mentions = e.mentions.filter((m) => m.start !== start || m.end !== end);
  }

  /** Moves every mention of `from` to `into` (same real entity), keeping aliases. */
  fold(from: string, into: string): void {
    const a = this.byKey.get(from);
    const b = this.byKey.get(into);
    if (!a || !b || a === b) return;
    for (const m of a.mentions) {
      b.mentions.push(m);
      if (m.text !== b.name && !b.aliases.includes(m.text)) b.aliases.push(m.text);
    }
    if (a.name !== b.name && !b.aliases.includes(a.name)) b.aliases.push(a.name);
    b.title ??= a.title ?? null;
    for (const m of a.memberOf ?? []) if (m.key !== b.key && !(b.memberOf ?? []).some((x) => x.key === m.key)) (b.memberOf ??= []).push(m);
    for (const s of this.spans) if (s.key === from) s.key = into;
    this.byKey.delete(from);
  }

  /** The entities with at least one mention (or referenced by one that has), mentions in text order. */
  list(): FoundEntity[] {
    const out = [...this.byKey.values()];
    for (const e of out) e.mentions.sort((x, y) => x.start - y.start);
    const needed = new Set<string>();
    const need = (key: string): void => {
      const e = this.byKey.get(key);
      if (!e || needed.has(key)) return;
      needed.add(key);
      for (const m of e.memberOf ?? []) need(m.key);
      if (e.partOf) need(e.partOf);
    };
    for (const e of out) if (e.mentions.length > 0) need(e.key);
    return out.filter((e) => needed.has(e.key));
  }
}
