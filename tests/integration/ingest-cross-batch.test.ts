// Contradictions and agreement across batches and runs: the sample articles ingested one run per
// article get the same CONTRADICTS and SUPPORTS edges between articles as one run of all of them.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { cleanDb, freshDb } from '../helpers/db.ts';

const SAMPLES = resolve(import.meta.dirname, '../../samples/kursk-2025-03');
const extractor = createRulesExtractor();
let db: Db;

beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

/**
 * Links between statements of different articles, as "type a b" lines. Reasons are not compared: they
 * name entities, and an entity's canonical name may differ between one run of all articles and several
 * runs (each run picks from the spellings it sees; a node keeps its first name).
 */
async function links(): Promise<string[]> {
  const session = db.session('READ');
  try {
    const r = await session.run(
      `MATCH (a:Statement)-[r:CONTRADICTS|SUPPORTS]->(b:Statement) WHERE a.article <> b.article
       RETURN type(r) + ' ' + a.id + ' ' + b.id AS line, r.reason AS reason ORDER BY line`,
    );
    for (const x of r.records) expect(String(x.get('reason'))).toMatch(/\S/);
    return r.records.map((x) => String(x.get('line')));
  } finally {
    await session.close();
  }
}

describe('ingest links statements to those of earlier runs', () => {
  it('one run per article gives the cross-article links of one run of all', async () => {
    const files = (await readdir(SAMPLES)).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f)).sort();
    await cleanDb(db);
    expect((await runIngest([SAMPLES], { db, extractor, maxFileBytes: 5_000_000 })).failures).toEqual([]);
    const together = await links();
    expect(together.filter((l) => l.startsWith('CONTRADICTS')).length).toBeGreaterThan(0);
    await cleanDb(db);
    for (const file of files) expect((await runIngest([file], { db, extractor, maxFileBytes: 5_000_000 })).failures).toEqual([]);
    expect(await links()).toEqual(together);
  });
});
