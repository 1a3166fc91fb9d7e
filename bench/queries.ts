// Saved-query latency: median and p95 of each graph/queries/*.cypher, run through the project's
// read-only pipeline (runSavedQuery: parse check, EXPLAIN, READ transaction) on a ~100k-node graph.
import type { Db } from '../src/db/index.ts';
import { listSavedQueries, resolveSavedParams, runSavedQuery, type SavedQuery } from '../src/db/queries.ts';
import { runInReadTransaction, type ReadOnlyLimits } from '../src/db/readonly.ts';
import type { BigGraph } from './big-graph.ts';
import { elapsedMs, median, percentile, type Log } from './util.ts';

export interface QueryFigures {
  /** Through runSavedQuery (parse check + EXPLAIN + READ transaction): what a user waits for. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The READ transaction alone (runInReadTransaction): Neo4j's share. */
  dbMedianMs: number;
  dbP95Ms: number;
  runs: number;
  /** Rows returned by the last run. */
  rows: number;
}

export type QueryOutcome = QueryFigures | { error: string };

/**
 * Times `a` and `b` alternately, `runs` times each, so that both see the same machine: on a shared,
 * noisy one, all runs of one side and then all of the other let a burst of load fall on one side only.
 */
async function timedPair(
  runs: number,
  a: (i: number) => Promise<number>,
  b: (i: number) => Promise<number>,
): Promise<{ a: number[]; b: number[]; rows: number }> {
  const times = { a: [] as number[], b: [] as number[] };
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    for (const [side, run] of [['a', a], ['b', b]] as const) {
      const t0 = process.hrtime.bigint();
      const n = await run(i);
      times[side].push(elapsedMs(t0));
      if (side === 'a') rows = n;
    }
  }
  return { ...times, rows };
}

/** Values for a query's required parameters, varied by run `i` (names that exist in the graph). */
function paramsFor(q: SavedQuery, graph: BigGraph, i: number): Record<string, unknown> | null {
  const params: Record<string, unknown> = {};
  for (const p of q.params) {
    if ('default' in p) continue;
    if (p.name === 'actor' || p.name === 'node') params[p.name] = graph.actorNames[(i * 7) % graph.actorNames.length]!;
    else if (p.name === 'place') params[p.name] = graph.placeNames[(i * 3) % graph.placeNames.length]!;
    else return null;
  }
  if (q.params.some((p) => p.name === 'from')) Object.assign(params, { from: '2025-03-01', to: '2025-03-31' });
  return params;
}

/**
 * Times every saved query `runs` times after two warm-up runs (plans cached, pages warm), through the
 * full read-only pipeline and through the READ transaction alone, one run of each in turn. A query
 * that fails or times out (after `timeoutMs`) is reported with its error and the bench goes on.
 */
export async function benchQueries(db: Db, graph: BigGraph, log: Log, runs: number, timeoutMs = 30_000): Promise<Record<string, QueryOutcome>> {
  const out: Record<string, QueryOutcome> = {};
  const limits: ReadOnlyLimits = { timeoutMs, maxRows: 10_000 };
  for (const q of listSavedQueries()) {
    if (paramsFor(q, graph, 0) === null) {
      log(`queries: ${q.name}: skipped (a required parameter the bench cannot fill)`);
      continue;
    }
    const params = (i: number) => paramsFor(q, graph, i)!;
    try {
      for (let w = 0; w < 2; w++) await runSavedQuery(db, q.name, params(w), limits);
      const { a: full, b: direct, rows } = await timedPair(
        runs,
        async (i) => (await runSavedQuery(db, q.name, params(i + 2), limits)).rows.length,
        async (i) => (await runInReadTransaction(db, q.text, resolveSavedParams(q, params(i + 2)), limits)).rows.length,
      );
      const f: QueryFigures = {
        medianMs: round1(median(full)),
        p95Ms: round1(percentile(full, 95)),
        maxMs: round1(Math.max(...full)),
        dbMedianMs: round1(median(direct)),
        dbP95Ms: round1(percentile(direct, 95)),
        runs,
        rows,
      };
      out[q.name] = f;
      log(`queries: ${q.name}: median ${f.medianMs} ms, p95 ${f.p95Ms} ms (Neo4j alone: median ${f.dbMedianMs}, p95 ${f.dbP95Ms}; ${f.rows} rows)`);
    } catch (err) {
      out[q.name] = { error: (err instanceof Error ? err.message : String(err)).split('\n')[0]! };
      log(`queries: ${q.name}: FAILED: ${(out[q.name] as { error: string }).error}`);
    }
  }
  return out;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
