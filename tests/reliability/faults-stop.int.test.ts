// Issue 6, faults: Neo4j stopped in the middle of an ingest. A Neo4j instance of this file's own (so
// stopping it disturbs no other test) is stopped while a real `newsgraph ingest --json` child writes:
// the run ends quickly, names every article that did not land, leaves no article half-written, and a
// re-run after the restart converges to the graph of an uninterrupted run.
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { boltUri, createDb, graphChecksum, localStatus, startLocalNeo4j, stopLocalNeo4j, type Db, type GraphChecksum } from '../../src/db/index.ts';
import { readLocalPassword } from '../../src/db/local/index.ts';
import { DbError } from '../../src/model/errors.ts';
import type { IngestReport } from '../../src/ingest/index.ts';
import { cleanDb, freshDb } from '../helpers/db.ts';
import { corpusArticles, writeCorpus } from '../fixtures/reliability/corpus.ts';
import { articleCount, articleFingerprints, articleFiles, cliEnv, hasStackTrace, runCli, startCli, waitFor } from './fault-helpers.ts';

const shared = inject('neo4j');
const N = 16;
/** Small batches, so articles land a few at a time (a write may group a batch's articles in one transaction). */
const INGEST = ['ingest', '--batch-size', '4'];

/** This file's instance: the test instance's name + "-stop", its ports + 100 (so parallel runs differ). */
function stopInstanceConfig(): Config {
  const base = Number(new URL(shared.uri.replace(/^bolt/, 'http')).port) || 7697;
  return loadConfig({
    NEWSGRAPH_HOME: process.env.NEWSGRAPH_HOME,
    NEWSGRAPH_INSTANCE: `${basename(shared.instanceDir ?? 'test')}-stop`,
    NEWSGRAPH_BOLT_PORT: String(base + 100),
    NEWSGRAPH_HTTP_PORT: String(base + 101),
    NEWSGRAPH_NEO4J_HEAP_MB: '512',
    NEWSGRAPH_NEO4J_PAGECACHE_MB: '256',
  });
}

// An external server (NEO4J_URI) cannot be stopped by the tests, and may mean no local Neo4j here.
describe.skipIf(shared.instanceDir === null)('Neo4j stopped in the middle of an ingest', () => {
  const config = stopInstanceConfig();
  let dir: string;
  let db: Db | undefined;
  let reference: GraphChecksum;

  beforeAll(async () => {
    dir = await writeCorpus(corpusArticles(21, 0, N));
    const starting = startLocalNeo4j(config.local); // slow (a JVM): overlaps the reference run
    // The uninterrupted run, on the shared test server; every ingest of this file is a CLI child, so
    // all run the same code even in a working tree being edited.
    const sharedDb = await freshDb();
    try {
      const r = await runCli([...INGEST, dir], cliEnv(shared));
      expect(r.code, r.stderr).toBe(0);
      reference = await graphChecksum(sharedDb);
    } finally {
      await sharedDb.close();
    }
    await starting;
    db = await createDb(config);
    await cleanDb(db);
  });
  afterAll(async () => {
    await db?.close();
    await stopLocalNeo4j(config.local);
  });

  it('reports what did not land, quickly; no article half-written; a re-run after restart converges', async () => {
    const env = cliEnv({ uri: boltUri(config), user: 'neo4j', password: readLocalPassword(config.local) ?? '', database: 'neo4j' });
    const run = startCli([...INGEST, '--json', dir], env);
    expect(await waitFor(async () => (await articleCount(db!)) >= 3, 180_000, 50)).toBe(true);
    const stopping = Date.now();
    await stopLocalNeo4j(config.local);
    const stopped = Date.now();
    const r = await run.done;
    // The driver alone would retry each article's transaction for 30 s; the run must not.
    const afterStop = Date.now() - stopped;
    console.error(`[faults-stop] stop took ${stopped - stopping} ms; the ingest ended ${afterStop} ms after`);
    expect(afterStop).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const report = JSON.parse(r.stdout) as IngestReport;
    expect(report.unavailable).toMatch(/stopped answering.*re-run/);
    const notLanded = new Set(report.failures.filter((f) => f.stage === 'write').map((f) => f.file));
    expect(report.failures.every((f) => f.stage === 'write')).toBe(true);

    // While it is down, the command a user runs next says how to start it.
    expect(localStatus(config.local).running).toBe(false);
    const down = await createDb(config).catch((err: unknown) => err);
    expect(down).toBeInstanceOf(DbError);
    expect((down as DbError).message).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:\d+: start it with `newsgraph db start`/);

    await startLocalNeo4j(config.local);
    const landed = await articleFingerprints(db!);
    expect(landed.size).toBeGreaterThanOrEqual(3);
    expect(landed.size).toBeLessThan(N);
    // Every article is either in the graph or named in the report.
    const inGraph = new Set(await articleFiles(db!));
    for (const a of corpusArticles(21, 0, N)) {
      const file = `${dir}/${a.file}`;
      expect(inGraph.has(file) || notLanded.has(file), `${a.file} landed or reported`).toBe(true);
    }
    expect(notLanded.size).toBeGreaterThanOrEqual(N - landed.size);

    const rerun = await runCli([...INGEST, dir], env);
    expect(rerun.code, rerun.stderr).toBe(0);
    // The re-run changed nothing of an article that had landed: it was whole.
    const whole = await articleFingerprints(db!);
    for (const [id, print] of landed) expect(print, `article ${id} is whole`).toBe(whole.get(id));
    expect(await graphChecksum(db!)).toEqual(reference);
  }, 420_000); // a Neo4j stop and restart: a minute on a busy 2-core box
});
