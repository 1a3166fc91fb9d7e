// Test access to the real Neo4j of the global setup: a Config pointing at it, and a clean database
// (everything deleted, schema applied) for each test file.
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDb, type Db } from '../../src/db/index.ts';
import { applySchema } from '../../src/db/schema.ts';

/** A Config whose neo4j section points at the test server (as if NEO4J_URI were set). */
export function testConfig(): Config {
  const n = inject('neo4j');
  return loadConfig({ NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database });
}

/** Opens a Db on the test server (no cleaning). */
export function openTestDb(): Promise<Db> {
  return createDb(testConfig());
}

/** Deletes every node and relationship (in batches), then applies the schema. */
export async function cleanDb(db: Db): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}

/** A Db on a clean database: call in beforeAll of each test file, close in afterAll. */
export async function freshDb(): Promise<Db> {
  const db = await openTestDb();
  await cleanDb(db);
  return db;
}
