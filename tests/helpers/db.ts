// Test access to the real Neo4j of the global setup: a Config pointing at it, and a clean database
// (everything deleted, schema applied) for each test file.
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { clearGraph, createDb, type Db } from '../../src/db/index.ts';

/** A Config whose neo4j section points at the test server (as if NEO4J_URI were set). */
export function testConfig(): Config {
  const n = inject('neo4j');
  return loadConfig({ NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database });
}

/** Opens a Db on the test server (no cleaning). */
export function openTestDb(): Promise<Db> {
  return createDb(testConfig());
}

/** Deletes every node and relationship, then applies the schema. */
export const cleanDb: (db: Db) => Promise<void> = clearGraph;

/** A Db on a clean database: call in beforeAll of each test file, close in afterAll. */
export async function freshDb(): Promise<Db> {
  const db = await openTestDb();
  await cleanDb(db);
  return db;
}
