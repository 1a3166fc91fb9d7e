// Write speed: graph elements (nodes + relationships) per second into the real Neo4j with the
// project's writer (writeExtraction: one transaction per article, UNWIND per label/type) against the
// naive writer (one auto-commit MERGE per element), on the same extraction, each into an empty graph;
// plus a what-if (bench/merged-writer.ts) that sends the same rows merged across articles.
import type { Db } from '../src/db/index.ts';
import { planWrites, writeExtraction } from '../src/ingest/write/index.ts';
import type { Extraction } from '../src/model/types.ts';
import { countElements, emptyDb } from './db.ts';
import { writeMerged } from './merged-writer.ts';
import { countRows, writeNaively } from './naive-writer.ts';
import { elapsedMs, procCpuSeconds, type Log } from './util.ts';

export interface WriteFigures {
  articles: number;
  /** Nodes + relationships in the graph after the project's writer wrote the extraction. */
  elements: number;
  /** Rows the plan sends (an entity mentioned by several articles is sent once per article). */
  plannedRows: number;
  seconds: number;
  elementsPerSecond: number;
  /** Elements the naive writer wrote (a prefix of the same rows: its rate is what counts). */
  naiveElements: number;
  naiveSeconds: number;
  naiveElementsPerSecond: number;
  /** elementsPerSecond / naiveElementsPerSecond (target ≥ 20). */
  speedup: number;
  /** What-if: the same plan merged across articles, 5,000 rows per transaction (bench/merged-writer.ts). */
  mergedSeconds: number;
  mergedElementsPerSecond: number;
  mergedElementsPerCpuSecond: number | null;
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

/** Measures both writers on `extraction`; the naive one stops after `naiveCap` elements. */
export async function benchWrite(db: Db, extraction: Extraction, log: Log, naiveCap: number, serverPid: number | null): Promise<WriteFigures> {
  const plan = planWrites(extraction);
  const batches = [...plan.articles.map((a) => a.batch), plan.links];
  const plannedRows = batches.reduce((n, b) => n + countRows(b), 0);

  await emptyDb(db);
  const cpu = cpuMeter(serverPid);
  const t0 = process.hrtime.bigint();
  const stats = await writeExtraction(db, extraction);
  const seconds = elapsedMs(t0) / 1000;
  const cpuSeconds = cpu();
  const inGraph = await countElements(db);
  const elements = inGraph.nodes + inGraph.relationships;
  log(`write: project writer, ${elements} elements (${plannedRows} planned rows) of ${extraction.articles.length} articles in ${seconds.toFixed(1)} s`);

  await emptyDb(db);
  const mergedCpu = cpuMeter(serverPid);
  const t2 = process.hrtime.bigint();
  await writeMerged(db, batches);
  const mergedSeconds = elapsedMs(t2) / 1000;
  const mergedCpuSeconds = mergedCpu();
  const merged = await countElements(db);
  if (merged.nodes + merged.relationships !== elements) log(`write: note: merged writer gave ${merged.nodes + merged.relationships} elements, project writer ${elements}`);
  log(`write: merged what-if in ${mergedSeconds.toFixed(1)} s`);

  await emptyDb(db);
  const naiveCpu = cpuMeter(serverPid);
  const t1 = process.hrtime.bigint();
  const naiveElements = await writeNaively(db, batches, naiveCap);
  const naiveSeconds = elapsedMs(t1) / 1000;
  const naiveCpuSeconds = naiveCpu();
  await emptyDb(db);

  const figures: WriteFigures = {
    articles: extraction.articles.length,
    elements,
    plannedRows,
    seconds: Math.round(seconds * 100) / 100,
    mergedSeconds: Math.round(mergedSeconds * 100) / 100,
    mergedElementsPerSecond: Math.round(elements / mergedSeconds),
    mergedElementsPerCpuSecond: perCpu(elements, mergedCpuSeconds),
    elementsPerSecond: Math.round(elements / seconds),
    naiveElements,
    naiveSeconds: Math.round(naiveSeconds * 100) / 100,
    naiveElementsPerSecond: Math.round(naiveElements / naiveSeconds),
    speedup: Math.round((elements / seconds / (naiveElements / naiveSeconds)) * 10) / 10,
    cpuSeconds: round2(cpuSeconds),
    naiveCpuSeconds: round2(naiveCpuSeconds),
    elementsPerCpuSecond: perCpu(elements, cpuSeconds),
    naiveElementsPerCpuSecond: perCpu(naiveElements, naiveCpuSeconds),
    failures: stats.failed.length,
  };
  log(`write: ${figures.elementsPerSecond} elements/s batched vs ${figures.naiveElementsPerSecond} naive (×${figures.speedup}); merged what-if ${figures.mergedElementsPerSecond}; per CPU-second ${figures.elementsPerCpuSecond} vs ${figures.naiveElementsPerCpuSecond}`);
  return figures;
}
