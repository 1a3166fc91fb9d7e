// The read-only battery against a real Neo4j holding the sample corpus: every attempt is refused
// and the graph's checksum is unchanged; each defence layer also holds on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import { explainQueryType, runInReadTransaction, runReadOnly } from '../../src/db/readonly.ts';
import { DbError, ReadOnlyViolation } from '../../src/model/errors.ts';
import { freshDb } from '../helpers/db.ts';
import { ATTACKS, READS } from './readonly-attacks.ts';
import { graphChecksum, seedExtraction, seedsExtraction } from './queries-seed.ts';

const LIMITS = { timeoutMs: 10_000, maxRows: 1000 };
let db: Db;
let before: Awaited<ReturnType<typeof graphChecksum>>;

beforeAll(async () => {
  db = await freshDb();
  await seedExtraction(db, await seedsExtraction());
  before = await graphChecksum(db);
  expect(before.nodes).toBeGreaterThan(50);
});
afterAll(async () => {
  await db?.close();
});

describe('the read-only battery', () => {
  it(`has at least 30 attempts (${ATTACKS.length})`, () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ATTACKS.map((a) => [a.name, a.query]))('refuses %s, graph unchanged', async (_name, query) => {
    await expect(runReadOnly(db, query, {}, LIMITS)).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it.each(READS.map((q) => [q]))('runs the read %s', async (query) => {
    const r = await runReadOnly(db, query, {}, LIMITS);
    expect(r.columns.length).toBeGreaterThan(0);
  });
});

describe('each layer on its own', () => {
  const writes = [
    "CREATE (:Actor {id: 'pwn'})",
    "MATCH (n:Actor) SET n.name = 'pwned'",
    'MATCH (n) DETACH DELETE n',
    "MERGE (:Pwn {id: 'x'})",
    'FOREACH (i IN [1] | CREATE (:Pwn))',
    "MATCH (n:Actor) CALL (n) { SET n.x = 1 } RETURN count(*) AS c",
  ];

  it.each(writes.map((q) => [q]))('EXPLAIN reports a write type for %s', async (query) => {
    expect(await explainQueryType(db, query)).not.toBe('r');
  });

  it('EXPLAIN reports schema changes as "s"', async () => {
    expect(await explainQueryType(db, 'CREATE INDEX pwn IF NOT EXISTS FOR (n:Actor) ON (n.kind)')).toBe('s');
  });

  it.each(writes.map((q) => [q]))('a READ transaction refuses %s', async (query) => {
    await expect(runInReadTransaction(db, query, {}, LIMITS)).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('the server refuses LOAD CSV from files even when the parse check is bypassed', async () => {
    await expect(runInReadTransaction(db, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", {}, LIMITS)).rejects.toBeInstanceOf(DbError);
  });

  it('the server cannot reach the network with LOAD CSV even when the parse check is bypassed', async () => {
    await expect(runInReadTransaction(db, "LOAD CSV FROM 'http://example.org/x.csv' AS l RETURN l", {}, LIMITS)).rejects.toBeInstanceOf(DbError);
  });

  it('the server has no write procedures to call', async () => {
    await expect(runInReadTransaction(db, "CALL db.createLabel('Pwn')", {}, LIMITS)).rejects.toThrow();
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('limits and parameters', () => {
  it('caps rows and says so', async () => {
    const r = await runReadOnly(db, 'UNWIND range(1, 50) AS x RETURN x', {}, { timeoutMs: 10_000, maxRows: 7 });
    expect(r.rows).toHaveLength(7);
    expect(r.truncated).toBe(true);
  });

  it('stops a query at its time limit', async () => {
    const slow = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS c';
    await expect(runReadOnly(db, slow, {}, { timeoutMs: 300, maxRows: 10 })).rejects.toBeInstanceOf(DbError);
  });

  it('passes typed parameters (integers stay integers for LIMIT)', async () => {
    const r = await runReadOnly(db, 'MATCH (n:Actor) RETURN n.name AS name LIMIT $n', { n: 3 }, LIMITS);
    expect(r.rows).toHaveLength(3);
    const l = await runReadOnly(db, 'UNWIND $xs AS x RETURN x', { xs: [1, 'a', true, null, { k: 2.5 }] }, LIMITS);
    expect(l.rows.map((row) => row.x)).toEqual([1, 'a', true, null, { k: 2.5 }]);
  });
});
