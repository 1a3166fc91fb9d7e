// The schema applies (twice, idempotently) on the real Neo4j, and the connection helpers behave.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDb, toPlain, type Db } from '../../src/db/index.ts';
import { applySchema } from '../../src/db/schema.ts';
import { DbError } from '../../src/model/errors.ts';
import { NODE_LABELS } from '../../src/model/types.ts';
import { freshDb } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

async function schemaNames(): Promise<{ constraints: string[]; indexes: string[] }> {
  const session = db.session('READ');
  try {
    const c = await session.run('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties');
    const i = await session.run("SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, type, state");
    expect(i.records.every((r) => r.get('state') === 'ONLINE')).toBe(true);
    return { constraints: c.records.map((r) => `${r.get('labelsOrTypes')}.${r.get('properties')}`).sort(), indexes: i.records.map((r) => String(r.get('name'))).sort() };
  } finally {
    await session.close();
  }
}

describe('graph/schema.cypher', () => {
  it('applies twice without error and without adding anything the second time', async () => {
    await applySchema(db);
    const first = await schemaNames();
    await applySchema(db);
    expect(await schemaNames()).toEqual(first);
    for (const label of NODE_LABELS) expect(first.constraints).toContain(`${label}.id`);
    expect(first.indexes).toContain('search');
  });

  it('rejects a second node with the same label and id', async () => {
    const session = db.session('WRITE');
    try {
      await session.run("CREATE (:Actor {id: 'dup-test'})");
      await expect(session.run("CREATE (:Actor {id: 'dup-test'})")).rejects.toThrow(/already exists/);
      await session.run("MATCH (n:Actor {id: 'dup-test'}) DELETE n");
    } finally {
      await session.close();
    }
  });

  it('finds aliases (a string list) through the full-text index', async () => {
    const session = db.session('WRITE');
    try {
      await session.run("CREATE (:Actor {id: 'ft-test', name: 'Ondrej Vlasak', aliases: ['Vlasakovic', 'O. V.']})");
      await session.run('CALL db.awaitIndexes(60)');
      const r = await session.run("CALL db.index.fulltext.queryNodes('search', 'Vlasakovic') YIELD node RETURN node.id AS id");
      expect(r.records.map((x) => x.get('id'))).toEqual(['ft-test']);
      await session.run("MATCH (n:Actor {id: 'ft-test'}) DELETE n");
    } finally {
      await session.close();
    }
  });
});

describe('toPlain', () => {
  it('turns driver integers, temporals, points and nodes into plain JS', async () => {
    const session = db.session('READ');
    try {
      const r = await session.run(
        "RETURN 42 AS i, 9007199254740993 AS big, date('2025-03-12') AS d, datetime('2025-03-12T10:00:00Z') AS dt, point({x: 1.5, y: 2}) AS p, {a: [1, 2]} AS m",
      );
      const row = toPlain(r.records[0]?.toObject()) as Record<string, unknown>;
      expect(row).toEqual({ i: 42, big: '9007199254740993', d: '2025-03-12', dt: '2025-03-12T10:00:00Z', p: { srid: 7203, x: 1.5, y: 2 }, m: { a: [1, 2] } });
    } finally {
      await session.close();
    }
  });
});

describe('createDb', () => {
  it('fails with a DbError naming the address and NEO4J_URI when an external server does not answer', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    const err = await createDb(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as Error).message).toContain('bolt://127.0.0.1:1');
    expect((err as Error).message).toContain('NEO4J_URI');
  });

  it('tells how to start the local Neo4j when it is not running', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ng-nodb-'));
    try {
      const config = loadConfig({ NEWSGRAPH_HOME: home, NEWSGRAPH_BOLT_PORT: '1' });
      const err = await createDb(config).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DbError);
      expect((err as Error).message).toContain('bolt://127.0.0.1:1');
      expect((err as Error).message).toContain('newsgraph db start');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
