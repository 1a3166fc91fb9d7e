// readKnownEntities(db[, ids]): the actors and places already in the graph, for the resolver to merge into.
import type { KnownEntity } from '../model/pipeline.ts';
import type { Db } from './connect.ts';

/** Actors, then places, each optionally filtered: one entry per label a node has. */
const entitiesWhere = (where: string): string =>
  (['Actor', 'Place'] as const)
    .map((label) => `MATCH (n:${label}) ${where} RETURN n.id AS id, '${label}' AS label, n.name AS name, n.kind AS kind, n.aliases AS aliases`)
    .join('\nUNION ALL\n');
const ALL = entitiesWhere('');
// Looked up through the id uniqueness constraints: cost in the number of ids, not the graph's size.
const BY_IDS = entitiesWhere('WHERE n.id IN $ids');

/**
 * Every Actor and Place (a node with both labels gives one entry per label), sorted by id; with
 * `ids`, only the nodes of those ids (e.g. the entities an ingest batch just wrote).
 */
export async function readKnownEntities(db: Db, ids?: string[]): Promise<KnownEntity[]> {
  if (ids && ids.length === 0) return [];
  const session = db.session('READ');
  try {
    const result = ids ? await session.run(BY_IDS, { ids }) : await session.run(ALL);
    return result.records
      .map((r) => ({
        id: String(r.get('id')),
        label: r.get('label') as 'Actor' | 'Place',
        name: String(r.get('name') ?? ''),
        kind: String(r.get('kind') ?? ''),
        aliases: ((r.get('aliases') as string[] | null) ?? []).map(String),
      }))
      .sort((a, b) => (a.id === b.id ? a.label.localeCompare(b.label) : a.id < b.id ? -1 : 1));
  } finally {
    await session.close();
  }
}
