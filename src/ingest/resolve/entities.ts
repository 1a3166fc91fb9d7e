// Cross-article entity resolution: one node per real entity, with ids that depend only on the set
// of names seen (never on article order), and that converge with entities already in the graph.
import type { ActorRecord, ArticleDraft, DraftEntity, KnownEntity, PlaceRecord } from '../../model/index.ts';
import { buildRecords } from './entities-records.ts';
import { foldName, nameKey, orgNameKey, samePersonName, sameWord, wordKey } from './names.ts';

export interface ResolvedEntities {
  actors: ActorRecord[];
  places: PlaceRecord[];
  /** Graph id of a draft entity key of an article, or null when the key is unknown. */
  idOf(articleId: string, key: string): string | null;
}

export interface Item {
  article: string;
  e: DraftEntity;
  node: number;
}

export type Group = 'country' | 'force' | 'region' | 'place' | 'person' | 'org' | 'group';

export function groupOf(e: { key?: string; label: string; kind: string; id?: string }): Group {
  const key = e.key ?? e.id ?? '';
  if (e.kind === 'country' || key.startsWith('country:')) return 'country';
  if (e.kind === 'armed_force') return 'force';
  if (e.label === 'Place') return e.kind === 'region' ? 'region' : 'place';
  if (e.kind === 'person') return 'person';
  if (e.kind === 'group') return 'group';
  return 'org';
}

/** Union-find over item and known-entity nodes. */
export class Clusters {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x] as number] as number;
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const isAcronym = (s: string): boolean => /^\p{Lu}{2,6}$/u.test(s.replace(/\./g, ''));
const baseKey = (key: string): string => key.replace(/@place$/, '');

/** Exact-match keys under which two entities of the same group are the same (never a shared word). */
function matchKeys(group: Group, name: string, aliases: string[], key: string | null, geonameId: number | null | undefined): string[] {
  switch (group) {
    case 'country':
    case 'force':
    case 'region':
      return key ? [`${group}|${baseKey(key)}`] : [`${group}|${nameKey(name)}`];
    case 'place':
      return geonameId ? [`gn|${geonameId}`] : [`place|${nameKey(name)}`];
    case 'org':
      return [name, ...aliases.filter(isAcronym)].map((n) => `org|${orgNameKey(n)}`);
    case 'group':
      return [`group|${nameKey(name)}`];
    case 'person':
      return [];
  }
}

/** Exact-match keys of an entity already in the graph (its id carries the country/force/region key). */
export function knownMatchKeys(k: KnownEntity): string[] {
  const g = groupOf(k);
  if (g === 'country' || g === 'force' || g === 'region') return [`${g}|${baseKey(k.id)}`];
  const keys = matchKeys(g, k.name, k.aliases, null, null);
  return g === 'place' ? [...keys, `place|${nameKey(k.name)}`] : keys;
}

/** Exact-match keys of a draft entity. */
export function draftMatchKeys(e: DraftEntity): string[] {
  const g = groupOf(e);
  if (g === 'country' || g === 'force' || g === 'region') return [`${g}|${baseKey(e.key)}`];
  return matchKeys(g, e.name, e.aliases, e.key, e.geonameId);
}

/**
 * Merges the entities of all drafts (and the known graph entities) into actor and place records.
 * Same input → same ids; an entity matching a known one takes the known id.
 */
export function resolveEntities(drafts: ArticleDraft[], known: KnownEntity[] = []): ResolvedEntities {
  const cl = new Clusters();
  const items: Item[] = [];
  const knownNode = new Map<number, KnownEntity>();
  const byMatch = new Map<string, number>();
  const join = (node: number, keys: string[]): void => {
    for (const k of keys) {
      const other = byMatch.get(k);
      if (other === undefined) byMatch.set(k, node);
      else cl.union(node, other);
    }
  };
  const knownPersons: Array<{ node: number; names: string[] }> = [];
  for (const k of [...known].sort((a, b) => a.id.localeCompare(b.id))) {
    const node = cl.add();
    knownNode.set(node, k);
    if (groupOf(k) === 'person') knownPersons.push({ node, names: [k.name, ...k.aliases] });
    join(node, knownMatchKeys(k));
  }
  for (const d of drafts) {
    for (const e of d.entities) {
      const node = cl.add();
      items.push({ article: d.article.id, e, node });
      join(node, draftMatchKeys(e));
    }
  }
  // A place not geocoded joins the one geocoded place of that name, if there is exactly one.
  const geoByName = new Map<string, Set<number>>();
  for (const it of items) if (groupOf(it.e) === 'place' && it.e.geonameId) {
    const k = nameKey(it.e.name);
    geoByName.set(k, (geoByName.get(k) ?? new Set()).add(it.e.geonameId));
  }
  for (const it of items) {
    if (groupOf(it.e) !== 'place' || it.e.geonameId) continue;
    const ids = geoByName.get(nameKey(it.e.name));
    if (ids?.size === 1) join(it.node, [`gn|${[...ids][0]}`]);
  }
  linkPersons(cl, items.filter((it) => groupOf(it.e) === 'person'), knownPersons);
  linkRegionSeats(cl, items);
  return buildRecords(cl, items, knownNode);
}

/**
 * A city called like a region of the corpus, in the same country ("Kursk" beside "Kursk region" in
 * another article), is that region: articles of one story use the bare name for the region.
 */
function linkRegionSeats(cl: Clusters, items: Item[]): void {
  const regions = new Map<string, Item>();
  for (const it of items) if (groupOf(it.e) === 'region') regions.set(it.e.key, it);
  for (const it of items) {
    if (groupOf(it.e) !== 'place' || it.e.kind === 'facility') continue;
    const r = regions.get(`region:${it.e.key.replace(/^place:/, '')}`);
    if (r && (!r.e.country || !it.e.country || r.e.country === it.e.country)) cl.union(it.node, r.node);
  }
}

/**
 * Candidates for `sameWord` by the transliteration key of a word: `sameWord` needs equal keys, or keys
 * with the same first letter whose lengths differ by at most one (Levenshtein ≤ 1). Indexing by first
 * letter and length keeps the comparisons near-linear; the answers are exactly those of comparing all.
 */
export class WordIndex<T> {
  private buckets = new Map<string, T[]>();
  add(word: string, value: T): void {
    const k = wordKey(word);
    const b = `${k[0] ?? ''}|${k.length}`;
    const list = this.buckets.get(b);
    if (list) list.push(value);
    else this.buckets.set(b, [value]);
  }
  /** Values whose word may be `sameWord` as this one (a superset; callers still compare). */
  near(word: string): T[] {
    const k = wordKey(word);
    const out: T[] = [];
    for (const len of [k.length - 1, k.length, k.length + 1]) out.push(...(this.buckets.get(`${k[0] ?? ''}|${len}`) ?? []));
    return out;
  }
}

export const lastWord = (name: string): string => name.split(' ').pop() ?? '';
export const foldedSurname = (name: string): string => lastWord(foldName(name));

/** Persons: full names that are spellings of one another merge; a surname alone joins its one full name. */
function linkPersons(cl: Clusters, persons: Item[], known: Array<{ node: number; names: string[] }>): void {
  const full = persons.filter((p) => p.e.name.includes(' '));
  const sorted = [...full].sort((a, b) => a.e.name.localeCompare(b.e.name));
  // Same pairs, in the same order, as comparing every pair: candidates come from the surname index.
  const fullBySurname = new WordIndex<number>();
  sorted.forEach((a, i) => fullBySurname.add(foldedSurname(a.e.name), i));
  const knownByFolded = new WordIndex<number>();
  const knownByRaw = new WordIndex<number>();
  known.forEach((k, i) => {
    for (const n of k.names) {
      if (n.includes(' ')) knownByFolded.add(foldedSurname(n), i);
      knownByRaw.add(lastWord(n), i);
    }
  });
  const ascending = (xs: number[]): number[] => [...new Set(xs)].sort((x, y) => x - y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Item;
    for (const j of ascending(fullBySurname.near(foldedSurname(a.e.name)))) {
      const b = sorted[j] as Item;
      if (j > i && samePersonName(a.e.name, b.e.name)) cl.union(a.node, b.node);
    }
    for (const ki of ascending(knownByFolded.near(foldedSurname(a.e.name)))) {
      const k = known[ki] as { node: number; names: string[] };
      if (k.names.some((n) => n.includes(' ') && samePersonName(n, a.e.name))) cl.union(a.node, k.node);
    }
  }
  const fullByRaw = new WordIndex<Item>();
  for (const f of full) fullByRaw.add(lastWord(f.e.name), f);
  for (const p of persons) {
    if (p.e.name.includes(' ')) continue;
    const roots = new Set<number>();
    for (const f of fullByRaw.near(p.e.name)) if (sameWord(lastWord(f.e.name), p.e.name)) roots.add(cl.find(f.node));
    for (const ki of ascending(knownByRaw.near(p.e.name))) {
      const k = known[ki] as { node: number; names: string[] };
      if (k.names.some((n) => sameWord(lastWord(n), p.e.name))) roots.add(cl.find(k.node));
    }
    if (roots.size === 1) cl.union(p.node, [...roots][0] as number);
    else if (roots.size === 0) {
      const same = persons.find((q) => q !== p && !q.e.name.includes(' ') && sameWord(q.e.name, p.e.name));
      if (same) cl.union(p.node, same.node);
    }
  }
}
