// End-to-end ingest (runIngest: read → … → write into Neo4j) of generated corpora of growing size:
// time, peak RSS of this process (sampled), and how time grows with size (linear ≈ size ratio).
import { rm } from 'node:fs/promises';
import type { Db } from '../src/db/index.ts';
import { createRulesExtractor } from '../src/ingest/extract/index.ts';
import { runIngest } from '../src/ingest/index.ts';
import { emptyDb } from './db.ts';
import { generateArticles, writeArticles } from './generate.ts';
import { elapsedMs, sampleRss, type Log } from './util.ts';

export interface IngestRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Peak RSS of the bench process while ingesting (MB), and the RSS just before. */
  peakRssMb: number;
  startRssMb: number;
  /**
   * Heap still in use after a full GC (MB), at each fifth of the run: what the ingest keeps. RSS also
   * holds garbage V8 has not collected yet, so it grows with the run even when nothing is retained.
   * Empty when the bench runs without --expose-gc.
   */
  retainedHeapMb: number[];
  failures: number;
}

export interface IngestFigures {
  runs: IngestRun[];
  /** time(largest) / time(smallest); linear growth gives sizes(largest) / sizes(smallest). */
  growth: number;
  sizeRatio: number;
  /** peak RSS growth (largest − smallest, MB): lazy GC lets it grow even when nothing is retained. */
  peakRssGrowthMb: number;
  /** Retained heap at the end of the largest run minus at its first fifth (MB): flat memory keeps it near 0. */
  retainedHeapGrowthMb: number | null;
  /** Minutes 10,000 articles would take at the largest run's rate (target ≤ 15). */
  projected10kMinutes: number;
}

/** Ingests corpora of each size (seed 7) into an emptied database, smallest first. */
export async function benchIngest(db: Db, sizes: number[], log: Log, maxFileBytes: number): Promise<IngestFigures> {
  const runs: IngestRun[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const dir = await writeArticles(generateArticles(size, 7));
    await emptyDb(db);
    global.gc?.();
    const rss = sampleRss();
    const startRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const t0 = process.hrtime.bigint();
    let last = 0;
    const retainedHeapMb: number[] = [];
    const report = await runIngest([dir], {
      db,
      extractor: createRulesExtractor(),
      maxFileBytes,
      onProgress: ({ done, total }) => {
        if (done - last >= Math.max(100, total / 5) || done === total) {
          last = done;
          if (global.gc) {
            global.gc();
            retainedHeapMb.push(Math.round(process.memoryUsage().heapUsed / 1048576));
          }
          log(`ingest ${size}: ${done}/${total} articles, ${(elapsedMs(t0) / 1000).toFixed(0)} s, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
        }
      },
    });
    const seconds = elapsedMs(t0) / 1000;
    const run: IngestRun = {
      articles: size,
      seconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round((size / seconds) * 10) / 10,
      peakRssMb: rss.stop(),
      startRssMb,
      retainedHeapMb,
      failures: report.failures.length,
    };
    log(`ingest ${size}: ${run.seconds} s (${run.articlesPerSecond} articles/s), peak RSS ${run.peakRssMb} MB, retained heap ${retainedHeapMb.join(' → ') || 'n/a'} MB, ${run.failures} failures`);
    runs.push(run);
    await rm(dir, { recursive: true, force: true });
  }
  const small = runs[0]!;
  const big = runs[runs.length - 1]!;
  return {
    runs,
    growth: Math.round((big.seconds / small.seconds) * 100) / 100,
    sizeRatio: big.articles / small.articles,
    peakRssGrowthMb: big.peakRssMb - small.peakRssMb,
    retainedHeapGrowthMb: big.retainedHeapMb.length > 1 ? big.retainedHeapMb[big.retainedHeapMb.length - 1]! - big.retainedHeapMb[0]! : null,
    projected10kMinutes: Math.round((10_000 / big.articlesPerSecond / 60) * 10) / 10,
  };
}
