// readKnownEntities(db): the actors and places already in the graph, for the resolver to merge into.
import type { KnownEntity } from '../model/pipeline.ts';
import type { Db } from './connect.ts';

/** Every Actor and Place (a node with both labels gives one entry per label), sorted by id. */
export async function readKnownEntities(db: Db): Promise<KnownEntity[]> {
  const session = db.session('READ');
  try {
    const result = await session.run(
      `MATCH (n:Actor) RETURN n.id AS id, 'Actor' AS label, n.name AS name, n.kind AS kind, n.aliases AS aliases
       UNION ALL
       MATCH (n:Place) RETURN n.id AS id, 'Place' AS label, n.name AS name, n.kind AS kind, n.aliases AS aliases`,
    );
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
