// KnownIndex: the actors and places already in the graph, indexed by the keys the resolver matches
// on, so each ingest batch resolves against the few known entities it can merge with instead of all
// of them. Resolving a batch then costs the same at 100 or 100,000 known entities, which keeps a
// long ingest linear in its size. `candidatesFor` returns exactly the known entities that
// `resolveEntities` could put in a cluster with the batch's entities (tests compare both answers).
import type { ArticleDraft, KnownEntity } from '../../model/index.ts';
import { draftMatchKeys, foldedSurname, groupOf, knownMatchKeys, lastWord, WordIndex } from './entities.ts';

const entryKey = (k: KnownEntity): string => `${k.label}\u0001${k.id}`;

export class KnownIndex {
  private readonly entries = new Map<string, KnownEntity>();
  /**
   * Match key -> entry keys. A replaced entity keeps its old keys too: a superset of candidates is
   * harmless (a known entity joined to no draft entity yields no record), a missing one is not.
   */
  private readonly byKey = new Map<string, Set<string>>();
  /** Persons by the folded surname of their full names, and by the raw last word of every name. */
  private readonly byFoldedSurname = new WordIndex<string>();
  private readonly byLastWord = new WordIndex<string>();

  constructor(known: Iterable<KnownEntity> = []) {
    this.upsert(known);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds entities, or replaces them by label and id (their names and aliases may have grown). */
  upsert(known: Iterable<KnownEntity>): void {
    for (const k of known) {
      const ek = entryKey(k);
      this.entries.set(ek, k);
      for (const key of knownMatchKeys(k)) {
        const set = this.byKey.get(key);
        if (set) set.add(ek);
        else this.byKey.set(key, new Set([ek]));
      }
      if (groupOf(k) !== 'person') continue;
      for (const n of [k.name, ...k.aliases]) {
        if (n.includes(' ')) this.byFoldedSurname.add(foldedSurname(n), ek);
        this.byLastWord.add(lastWord(n), ek);
      }
    }
  }

  /**
   * The known entities the batch can merge with: those sharing an exact key with a draft entity, and
   * (transitively) with one of those, since known entities sharing a key join one cluster too; plus
   * persons whose surname is near a draft person's (the resolver then compares the names).
   */
  candidatesFor(drafts: ArticleDraft[]): KnownEntity[] {
    const picked = new Set<string>();
    const queue: string[] = [];
    const visitKey = (key: string): void => {
      for (const ek of this.byKey.get(key) ?? []) if (!picked.has(ek)) {
        picked.add(ek);
        queue.push(ek);
      }
    };
    for (const d of drafts) for (const e of d.entities) {
      for (const key of draftMatchKeys(e)) visitKey(key);
      if (groupOf(e) !== 'person') continue;
      const near = e.name.includes(' ') ? this.byFoldedSurname.near(foldedSurname(e.name)) : this.byLastWord.near(e.name);
      for (const ek of near) picked.add(ek);
    }
    while (queue.length) {
      const k = this.entries.get(queue.pop() as string);
      if (k) for (const key of knownMatchKeys(k)) visitKey(key);
    }
    return [...picked].map((ek) => this.entries.get(ek) as KnownEntity);
  }
}
