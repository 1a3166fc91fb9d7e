// The bench's own Neo4j: instance "bench" on ports 7717/7718 (unless NEO4J_URI or NEWSGRAPH_* say
// otherwise), started with the project's functions, and a way to empty it between figures.
import { loadConfig, type Config, type Env } from '../src/config.ts';
import { applySchema, ensureLocalNeo4j, type Db } from '../src/db/index.ts';

/** Config for the bench: the caller's environment, with the bench instance as default. */
export function benchConfig(env: Env): Config {
  return loadConfig({
    NEWSGRAPH_INSTANCE: 'bench',
    NEWSGRAPH_BOLT_PORT: '7717',
    NEWSGRAPH_HTTP_PORT: '7718',
    NEWSGRAPH_NEO4J_HEAP_MB: '1024',
    NEWSGRAPH_NEO4J_PAGECACHE_MB: '1024',
    ...env,
  });
}

/** Starts (or reuses) the bench instance and returns an open Db. */
export async function openBenchDb(config: Config): Promise<Db> {
  return ensureLocalNeo4j(config);
}

/** Deletes every node and relationship (in chunks, so a large graph fits in the heap), then re-applies the schema. */
export async function emptyDb(db: Db): Promise<void> {
  const session = db.session('WRITE');
  try {
    // Relationships first, then nodes: DETACH DELETE of a hub (an article with hundreds of edges) in
    // large chunks can exceed the server's transaction memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}

/** Nodes and relationships in the database. */
export async function countElements(db: Db): Promise<{ nodes: number; relationships: number }> {
  const session = db.session('READ');
  try {
    const nodes = await session.run('MATCH (n) RETURN count(n) AS c');
    const rels = await session.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(nodes.records[0]!.get('c')), relationships: Number(rels.records[0]!.get('c')) };
  } finally {
    await session.close();
  }
}
