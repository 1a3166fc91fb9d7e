// Builds actor and place records from resolved clusters: the canonical name, aliases, kind,
// title, MEMBER_OF and PART_OF links, coordinates and mentions, and the cluster's stable id.
import type { ActorKind, ActorRecord, KnownEntity, Mention, PlaceKind, PlaceRecord } from '../../model/index.ts';
import { stableId } from '../../model/index.ts';
import { type Clusters, type Group, type Item, type ResolvedEntities, groupOf } from './entities.ts';

const GROUP_ORDER: Group[] = ['country', 'force', 'region', 'person', 'org', 'place', 'group'];

const isAcronym = (s: string): boolean => /^\p{Lu}{2,6}$/u.test(s.replace(/\./g, ''));

/** Most frequent value, ties broken by `tie` then alphabetically, so the choice ignores input order. */
function pick<T extends string>(values: T[], tie: (a: T, b: T) => number = () => 0): T | null {
  const count = new Map<T, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  const sorted = [...count.entries()].sort((a, b) => b[1] - a[1] || tie(a[0], b[0]) || a[0].localeCompare(b[0]));
  return sorted[0]?.[0] ?? null;
}

/** Region names: "Kursk Oblast" (its own word) before "Kursk region" before "Kursk". */
const regionRank = (n: string): number => (/ (?!Region$)\p{Lu}\p{Ll}+$/u.test(n) ? 0 : / [Rr]egion$/.test(n) ? 1 : 2);

function canonicalName(group: Group, all: Item[]): string {
  const items = all.filter((it) => groupOf(it.e) === group);
  const names = (items.length ? items : all).map((it) => it.e.name);
  switch (group) {
    case 'person':
      return pick(names, (a, b) => b.split(' ').length - a.split(' ').length) as string;
    case 'org':
      return pick(names.filter((n) => !isAcronym(n)).length ? names.filter((n) => !isAcronym(n)) : names, (a, b) => b.length - a.length) as string;
    case 'region': {
      const best = Math.min(...names.map(regionRank));
      return pick(names.filter((n) => regionRank(n) === best)) as string;
    }
    default:
      return pick(names) as string;
  }
}

function idFor(group: Group, items: Item[], name: string): string {
  const first = items[0] as Item;
  switch (group) {
    case 'country':
    case 'force':
    case 'region':
      return [...new Set(items.filter((it) => groupOf(it.e) === group).map((it) => it.e.key.replace(/@place$/, '')))].sort()[0] as string;
    case 'place':
      return stableId('place', name);
    case 'person':
      return stableId('person', name);
    case 'group':
      return stableId('group', name);
    default:
      return stableId('org', name || first.e.name);
  }
}

/** Records of every cluster, and the draft key → id map. */
export function buildRecords(cl: Clusters, items: Item[], knownNode: Map<number, KnownEntity>): ResolvedEntities {
  const byRoot = new Map<number, { items: Item[]; known: KnownEntity[] }>();
  for (const it of items) {
    const r = cl.find(it.node);
    const c = byRoot.get(r) ?? { items: [], known: [] };
    c.items.push(it);
    byRoot.set(r, c);
  }
  for (const [node, k] of knownNode) byRoot.get(cl.find(node))?.known.push(k);

  const ids = new Map<string, string>();
  const clusters = [...byRoot.values()].map((c) => {
    // The strongest group of the cluster, so the id never depends on which article came first.
    const groups = c.items.map((it) => groupOf(it.e));
    const group = GROUP_ORDER.find((g) => groups.includes(g)) ?? (groups[0] as Group);
    const name = canonicalName(group, c.items);
    const knownId = c.known.map((k) => k.id).sort()[0];
    const id = knownId ?? idFor(group, c.items, name);
    return { ...c, group, name, id, sig: c.items.map((it) => `${it.e.name}|${it.e.geonameId ?? ''}`).sort().join(';') };
  });
  // Two clusters with one id (namesakes in different countries): suffix in a stable order.
  clusters.sort((a, b) => a.id.localeCompare(b.id) || a.sig.localeCompare(b.sig));
  const seen = new Map<string, number>();
  for (const c of clusters) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
    for (const it of c.items) ids.set(`${it.article}\u0001${it.e.key}`, c.id);
  }
  const idOf = (article: string, key: string): string | null => ids.get(`${article}\u0001${key}`) ?? null;

  const actors: ActorRecord[] = [];
  const places: PlaceRecord[] = [];
  for (const c of clusters) {
    const names = new Set<string>();
    for (const it of c.items) for (const n of [it.e.name, ...it.e.aliases]) names.add(n);
    for (const k of c.known) for (const n of [k.name, ...k.aliases]) names.add(n);
    names.delete(c.name);
    const aliases = [...names].filter((n) => n.trim()).sort();
    const mentionsOf = (label: 'Actor' | 'Place'): Mention[] =>
      c.items.filter((it) => it.e.label === label).flatMap((it) => it.e.mentions.map((m) => ({ article: it.article, ...m })));
    const actorItems = c.items.filter((it) => it.e.label === 'Actor');
    const placeItems = c.items.filter((it) => it.e.label === 'Place');
    if (actorItems.length) {
      const kinds = actorItems.map((it) => it.e.kind as ActorKind);
      const kind = kinds.includes('media') && kinds.includes('organization') ? 'media' : (pick(kinds) as ActorKind);
      const memberOf = new Map<string, string | null>();
      for (const it of actorItems) for (const m of it.e.memberOf ?? []) {
        const id = idOf(it.article, m.key);
        if (id && id !== c.id && !memberOf.has(id)) memberOf.set(id, m.role ?? null);
      }
      actors.push({
        id: c.id,
        name: c.name,
        kind,
        aliases,
        title: pick(actorItems.map((it) => it.e.title).filter((t): t is string => !!t)),
        memberOf: [...memberOf].sort().map(([id, role]) => ({ id, role })),
        mentions: mentionsOf('Actor'),
      });
    }
    if (placeItems.length) {
      const partOf = pick(placeItems.map((it) => (it.e.partOf ? idOf(it.article, it.e.partOf) : null)).filter((p): p is string => !!p && p !== c.id));
      const geo = placeItems.find((it) => it.e.lat != null)?.e;
      places.push({
        id: c.id,
        name: c.name,
        kind: c.group === 'region' ? 'region' : (pick(placeItems.map((it) => it.e.kind as PlaceKind)) as PlaceKind),
        aliases,
        partOf,
        lat: geo?.lat ?? null,
        lon: geo?.lon ?? null,
        country: placeItems.find((it) => it.e.country)?.e.country ?? null,
        geonameId: geo?.geonameId ?? null,
        mentions: mentionsOf('Place'),
      });
    }
  }
  return { actors, places, idOf };
}
