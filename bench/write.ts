// Write speed: graph elements (nodes + relationships) per second into the real Neo4j with the
// project's writer (writeExtraction: articles grouped into few transactions, UNWIND per label/type)
// against the naive writer (one auto-commit MERGE per element), on the same extraction, each into an
// emptied graph. Each writer first gets an untimed warm-up pass: the JVM compiles Neo4j's write paths
// during the first seconds, and whichever writer ran first would otherwise pay for it.
import type { Db } from '../src/db/index.ts';
import { planWrites, writeExtraction } from '../src/ingest/write/index.ts';
import type { Extraction } from '../src/model/types.ts';
import { countElements, emptyDb } from './db.ts';
import { countRows, writeNaively } from './naive-writer.ts';
import { elapsedMs, median, procCpuSeconds, type Log } from './util.ts';

export interface WriteFigures {
  articles: number;
  /** Nodes + relationships in the graph after the project's writer wrote the extraction. */
  elements: number;
  /** Rows the plan sends (an entity mentioned by several articles is sent once per article). */
  plannedRows: number;
  /** Timed runs of the project's writer (median reported). */
  runs: number;
  seconds: number;
  elementsPerSecond: number;
  /** Elements the naive writer wrote (a prefix of the same rows: its rate is what counts). */
  naiveElements: number;
  naiveSeconds: number;
  naiveElementsPerSecond: number;
  /** elementsPerSecond / naiveElementsPerSecond (target ≥ 20). */
  speedup: number;
  /** CPU seconds Neo4j (serverPid) and this process spent per writer: a figure a busy machine does not skew. */
  cpuSeconds: number | null;
  naiveCpuSeconds: number | null;
  /** Elements per CPU-second (Neo4j + client) of each writer. */
  elementsPerCpuSecond: number | null;
  naiveElementsPerCpuSecond: number | null;
  failures: number;
}

/** CPU seconds of Neo4j plus this process since `start()`. */
function cpuMeter(serverPid: number | null): () => number | null {
  const s0 = procCpuSeconds(serverPid);
  const c0 = process.cpuUsage();
  return () => {
    const s1 = procCpuSeconds(serverPid);
    if (s0 === null || s1 === null) return null;
    const c = process.cpuUsage(c0);
    return s1 - s0 + (c.user + c.system) / 1e6;
  };
}

const perCpu = (n: number, cpu: number | null): number | null => (cpu === null || cpu === 0 ? null : Math.round(n / cpu));
const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/** Runs `write` into an emptied graph: wall seconds and CPU seconds (Neo4j + this process). */
async function timedInto<T>(db: Db, serverPid: number | null, write: () => Promise<T>): Promise<{ seconds: number; cpu: number | null; value: T }> {
  await emptyDb(db);
  const cpu = cpuMeter(serverPid);
  const t0 = process.hrtime.bigint();
  const value = await write();
  return { seconds: elapsedMs(t0) / 1000, cpu: cpu(), value };
}

/**
 * Measures both writers on `extraction`: the project's `runs` times after a warm-up (median), the
 * naive one after a short warm-up, stopping after `naiveCap` elements.
 */
export async function benchWrite(db: Db, extraction: Extraction, log: Log, naiveCap: number, serverPid: number | null, runs = 1): Promise<WriteFigures> {
  const plan = planWrites(extraction);
  const batches = [...plan.articles.map((a) => a.batch), plan.links];
  const plannedRows = batches.reduce((n, b) => n + countRows(b), 0);

  await timedInto(db, serverPid, () => writeExtraction(db, extraction));
  const timed: Array<{ seconds: number; cpu: number | null }> = [];
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const run = await timedInto(db, serverPid, () => writeExtraction(db, extraction));
    failures = run.value.failed.length;
    timed.push(run);
  }
  const inGraph = await countElements(db);
  const elements = inGraph.nodes + inGraph.relationships;
  const seconds = median(timed.map((t) => t.seconds));
  const cpuSeconds = timed.find((t) => t.seconds === seconds)?.cpu ?? null;
  log(`write: project writer, ${elements} elements (${plannedRows} planned rows) of ${extraction.articles.length} articles in ${timed.map((t) => t.seconds.toFixed(2)).join(' / ')} s`);

  await timedInto(db, serverPid, () => writeNaively(db, batches, Math.min(500, naiveCap)));
  const naive = await timedInto(db, serverPid, () => writeNaively(db, batches, naiveCap));
  await emptyDb(db);

  const figures: WriteFigures = {
    articles: extraction.articles.length,
    elements,
    plannedRows,
    runs,
    seconds: Math.round(seconds * 100) / 100,
    elementsPerSecond: Math.round(elements / seconds),
    naiveElements: naive.value,
    naiveSeconds: Math.round(naive.seconds * 100) / 100,
    naiveElementsPerSecond: Math.round(naive.value / naive.seconds),
    speedup: Math.round((elements / seconds / (naive.value / naive.seconds)) * 10) / 10,
    cpuSeconds: round2(cpuSeconds),
    naiveCpuSeconds: round2(naive.cpu),
    elementsPerCpuSecond: perCpu(elements, cpuSeconds),
    naiveElementsPerCpuSecond: perCpu(naive.value, naive.cpu),
    failures,
  };
  log(`write: ${figures.elementsPerSecond} elements/s batched vs ${figures.naiveElementsPerSecond} naive (×${figures.speedup}); per CPU-second ${figures.elementsPerCpuSecond} vs ${figures.naiveElementsPerCpuSecond}`);
  return figures;
}
