// writeExtraction when things go wrong: an article whose transaction fails midway leaves nothing of
// itself while the others land; two overlapping extractions written concurrently give no duplicates.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph, graphChecksum, toPlain, type Db } from '../../src/db/index.ts';
import { writeExtraction } from '../../src/ingest/write/index.ts';
import type { Extraction } from '../../src/model/types.ts';
import { extractionAll } from '../fixtures/extraction-all.ts';
import { cleanDb, freshDb, openTestDb } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});
beforeEach(async () => {
  await cleanDb(db);
});
afterAll(async () => {
  await db?.close();
});

async function ids(): Promise<string[]> {
  const session = db.session('READ');
  try {
    const r = await session.run('MATCH (n) RETURN n.id AS id ORDER BY id');
    return r.records.map((x) => String(x.get('id')));
  } finally {
    await session.close();
  }
}

/** The fixture with a poisoned second article: its last statement carries a value Neo4j cannot store. */
function poisoned(): Extraction {
  const ex = extractionAll();
  const bad = ex.statements.find((s) => s.id === 'stmt:3')!;
  // A map is not a storable property value: Neo4j rejects it inside the transaction, after the
  // article's other nodes and edges were already written by earlier statements of that transaction.
  (bad as unknown as { verb: unknown }).verb = { not: 'storable' };
  return ex;
}

describe('an article whose write fails midway', () => {
  it('leaves nothing of itself, and the other articles land', async () => {
    const stats = await writeExtraction(db, poisoned());
    expect(stats.articles).toBe(1);
    expect(stats.failed.map((f) => [f.article, f.file])).toEqual([['article:fx2', 'fx2.txt']]);
    expect(stats.failed[0]?.error).toMatch(/fx2\.txt/);
    const present = await ids();
    expect(present).toContain('article:fx1');
    expect(present).toContain('stmt:1');
    expect(present).toContain('event:kessel-capture'); // reported by fx1 too
    for (const id of ['article:fx2', 'stmt:2', 'stmt:3', 'event:tarn-shelling', 'actor:harbor-ledger']) expect(present).not.toContain(id);
    // The links batch left out the statements of the failed article instead of failing too.
    expect(stats.skippedLinks).toBe(2);
    const session = db.session('READ');
    try {
      const r = await session.run("MATCH (:Article {id: 'article:fx2'})-[r]-() RETURN count(r) AS c");
      expect(toPlain(r.records[0]?.get('c'))).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('fails an article whose edge names a node that exists nowhere, and keeps the rest', async () => {
    const ex = extractionAll();
    ex.statements[0]!.about.push('actor:nobody-at-all');
    const stats = await writeExtraction(db, ex);
    expect(stats.failed.map((f) => f.article)).toEqual(['article:fx1']);
    expect(stats.failed[0]?.error).toMatch(/ABOUT/);
    const present = await ids();
    expect(present).not.toContain('article:fx1');
    expect(present).not.toContain('stmt:1');
    expect(present).toContain('article:fx2');
  });

  it('lands the failed article on a re-run once the input is fixed, converging to a clean write', async () => {
    await writeExtraction(db, poisoned());
    const rerun = await writeExtraction(db, extractionAll());
    expect(rerun.failed).toEqual([]);
    const converged = await graphChecksum(db);
    await cleanDb(db);
    await writeExtraction(db, extractionAll());
    expect(await graphChecksum(db)).toEqual(converged);
  });
});

describe('concurrent writers', () => {
  it('two overlapping extractions written at once end with no duplicate node', async () => {
    const full = extractionAll();
    // Overlap: both carry the second article and every entity; the first also has article 1.
    const one: Extraction = full;
    const two: Extraction = { ...extractionAll(), articles: full.articles.slice(1), statements: full.statements.filter((s) => s.article !== 'article:fx1'), contradictions: [], supports: [] };
    const other = await openTestDb();
    try {
      const results = await Promise.all([writeExtraction(db, one), writeExtraction(other, two), writeExtraction(db, two), writeExtraction(other, one)]);
      for (const r of results) expect(r.failed).toEqual([]);
    } finally {
      await other.close();
    }
    const present = await ids();
    expect(new Set(present).size).toBe(present.length);
    const concurrent = { counts: await countGraph(db), sum: await graphChecksum(db) };
    await cleanDb(db);
    await writeExtraction(db, one);
    await writeExtraction(db, two);
    expect(await countGraph(db)).toEqual(concurrent.counts);
    expect(await graphChecksum(db)).toEqual(concurrent.sum);
  });
});
