// Extraction speed: articles/s and words/s of the pure pipeline (read → clean → segment → extract →
// resolve) on one core, against compromise's raw tagging of the same texts in the same process.
import nlp from 'compromise';
import { readArticles } from '../src/ingest/read/index.ts';
import { runExtraction } from '../src/ingest/run-extraction.ts';
import { createRulesExtractor } from '../src/ingest/extract/index.ts';
import { cleanArticle } from '../src/ingest/clean/index.ts';
import type { Extraction } from '../src/model/types.ts';
import { elapsedMs, type Log } from './util.ts';

export interface ExtractionFigures {
  articles: number;
  words: number;
  seconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  /** CPU time of this process (user + system) for the pipeline: the one-core figure on a shared machine. */
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  wordsPerCpuSecond: number;
  /** compromise `nlp(text)` (tokenise + full tagger) over the same cleaned texts. */
  baselineSeconds: number;
  baselineWordsPerSecond: number;
  baselineWordsPerCpuSecond: number;
  baselineCpuSeconds: number;
  /** Pipeline CPU time / raw tagging CPU time: what the rest of the pipeline costs on top of tagging. */
  ratioToBaseline: number;
  failures: number;
}

const MAX_FILE_BYTES = 10 * 1024 * 1024;

async function cleanTexts(folder: string): Promise<{ texts: string[]; files: string[] }> {
  const { articles } = await readArticles([folder], { maxFileBytes: MAX_FILE_BYTES });
  return { texts: articles.map((raw) => cleanArticle(raw).text), files: articles.map((raw) => raw.file) };
}

/** Times compromise's full tagger (the NLP library the extractor is built on) over `texts`. */
export function tagWithCompromise(texts: string[]): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let terms = 0;
  // nlp() tokenises and runs the whole tagger (preTagger + postTagger) before returning.
  for (const text of texts) terms += nlp(text).terms().length;
  if (terms === 0 && texts.length > 0) throw new Error('tagWithCompromise: compromise found no terms');
  return { wall: elapsedMs(t0) / 1000, cpu: cpuSeconds(c0) };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

/**
 * Runs the extraction `repeat` times over `folder` (after a warm-up that loads lexicons and the
 * gazetteer) and the compromise baseline as many times over the same texts; keeps the best of each.
 */
export async function benchExtraction(folder: string, log: Log, repeat = 1): Promise<{ figures: ExtractionFigures; extraction: Extraction }> {
  const { texts, files } = await cleanTexts(folder);
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const extractor = createRulesExtractor();
  const run = () => runExtraction([folder], { maxFileBytes: MAX_FILE_BYTES, extractor });
  // Warm-up on a few articles: lexicons, gazetteer and JIT, so the timed runs measure steady speed.
  await runExtraction(files.slice(0, 5), { maxFileBytes: MAX_FILE_BYTES, extractor });
  tagWithCompromise(texts.slice(0, 5));
  let best = Infinity;
  let bestBase = Infinity;
  let bestCpu = Infinity;
  let bestBaseCpu = Infinity;
  let failures = 0;
  let extraction: Extraction | null = null;
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const result = await run();
    bestCpu = Math.min(bestCpu, cpuSeconds(c0));
    best = Math.min(best, elapsedMs(t0) / 1000);
    failures = result.failures.length;
    extraction = result.extraction;
    const base = tagWithCompromise(texts);
    bestBase = Math.min(bestBase, base.wall);
    bestBaseCpu = Math.min(bestBaseCpu, base.cpu);
  }
  const figures: ExtractionFigures = {
    articles: texts.length,
    words,
    seconds: round(best, 3),
    articlesPerSecond: round(texts.length / best, 1),
    wordsPerSecond: Math.round(words / best),
    cpuSeconds: round(bestCpu, 3),
    articlesPerCpuSecond: round(texts.length / bestCpu, 1),
    wordsPerCpuSecond: Math.round(words / bestCpu),
    baselineSeconds: round(bestBase, 3),
    baselineWordsPerSecond: Math.round(words / bestBase),
    baselineWordsPerCpuSecond: Math.round(words / bestBaseCpu),
    baselineCpuSeconds: round(bestBaseCpu, 3),
    ratioToBaseline: round(bestCpu / bestBaseCpu, 2),
    failures,
  };
  log(`extraction ${folder}: ${figures.articles} articles, ${figures.articlesPerSecond} articles/s, ${figures.wordsPerSecond} words/s (${figures.articlesPerCpuSecond} articles per CPU-second); compromise ${figures.baselineWordsPerSecond} words/s (${figures.baselineWordsPerCpuSecond} per CPU-second) (×${figures.ratioToBaseline})`);
  return { figures, extraction: extraction! };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
