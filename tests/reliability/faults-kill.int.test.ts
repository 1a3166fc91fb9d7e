// Issue 6, faults: the ingest killed with SIGKILL mid-run, and two ingests of overlapping folders at
// once. Real `newsgraph ingest` child processes against the test Neo4j; graphs compared with
// graphChecksum (ids, labels, properties, relationships) to runs without the fault.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphChecksum, type Db } from '../../src/db/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { cleanDb, freshDb } from '../helpers/db.ts';
import { corpusArticles, writeCorpus } from '../fixtures/reliability/corpus.ts';
import { articleCount, articleFingerprints, cliEnv, hasStackTrace, runCli, startCli, waitFor } from './fault-helpers.ts';

let db: Db;
const extractor = createRulesExtractor();
const opts = (): Parameters<typeof runIngest>[1] => ({ db, extractor, maxFileBytes: 10 * 1024 * 1024 });

beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

describe('SIGKILL mid-run', () => {
  const N = 16;

  // Batches of 4, killed in the second batch or later: the re-run resolves the first batch again while
  // entities of later batches are already in the graph, the case where resolution could drift.
  const BATCH = 4;

  it('re-running converges to exactly the graph of an uninterrupted run, and no article is half-written', async () => {
    // Every ingest here is a CLI child, so all of them run the same code even in a tree being edited.
    const dir = await writeCorpus(corpusArticles(11, 0, N));
    const args = ['ingest', '--batch-size', String(BATCH), dir];
    const env = cliEnv(inject('neo4j'));
    await cleanDb(db);
    const run = startCli(args, env);
    const someLanded = await waitFor(async () => (await articleCount(db)) >= BATCH + 2, 180_000, 50);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(someLanded).toBe(true);
    expect(killed.signal).toBe('SIGKILL');
    const landed = await articleFingerprints(db);
    expect(landed.size).toBeGreaterThan(BATCH);
    expect(landed.size).toBeLessThan(N);

    // The killed run left its ingest lock behind: the re-run takes it over and lands the rest.
    const rerun = await runCli(args, env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const converged = await graphChecksum(db);
    const whole = await articleFingerprints(db);
    expect(whole.size).toBe(N);
    // The re-run changed nothing of an article that had landed: it was whole.
    for (const [id, print] of landed) expect(print, `article ${id} is whole`).toBe(whole.get(id));

    await cleanDb(db);
    const uninterrupted = await runCli(args, env);
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    expect(converged).toEqual(await graphChecksum(db));
  }, 300_000);
});

describe('two ingests of overlapping folders at once', () => {
  it('give the graph of running them one after the other', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-overlap-'));
    const all = corpusArticles(12, 0, 12);
    const [a, shared, b] = [join(root, 'a'), join(root, 'shared'), join(root, 'b')];
    for (const d of [a, shared, b]) await mkdir(d);
    await writeCorpus(all.slice(0, 4), a);
    await writeCorpus(all.slice(4, 8), shared);
    await writeCorpus(all.slice(8), b);
    const first = [a, shared];
    const second = [shared, b];

    await cleanDb(db);
    const env = cliEnv(inject('neo4j'));
    const [r1, r2] = await Promise.all([runCli(['ingest', ...first], env), runCli(['ingest', ...second], env)]);
    for (const r of [r1, r2]) {
      expect(r.code, r.stderr).toBe(0);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    const together = await graphChecksum(db);

    // One after the other, in either order (whichever ingest got the database first).
    const sequential = async (x: string[], y: string[]): Promise<Awaited<ReturnType<typeof graphChecksum>>> => {
      await cleanDb(db);
      await runIngest(x, opts());
      await runIngest(y, opts());
      return graphChecksum(db);
    };
    const oneThenTwo = await sequential(first, second);
    if (together.checksum !== oneThenTwo.checksum) expect(together).toEqual(await sequential(second, first));
    else expect(together).toEqual(oneThenTwo);
  }, 300_000);
});
