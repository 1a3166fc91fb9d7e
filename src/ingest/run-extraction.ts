// Composition of the pure part of ingest: read → clean → segment → extract → resolve.
// One article failing at any stage is recorded and the batch goes on.
import type { ArticleDraft, CleanArticle, Extraction, Extractor, KnownEntity, RawArticle } from '../model/index.ts';
import { cleanArticle } from './clean/index.ts';
import { readArticles } from './read/index.ts';
import { failureOf, type IngestFailure, type ProgressListener } from './report.ts';
import { resolveDrafts } from './resolve/index.ts';
import { segmentArticle } from './segment/index.ts';

export interface ExtractOptions {
  maxFileBytes: number;
  extractor: Extractor;
  /** Entities already in the graph, so new articles merge into them. */
  known?: KnownEntity[];
  onProgress?: ProgressListener;
}

export interface ExtractionRun {
  extraction: Extraction;
  failures: IngestFailure[];
  /** Articles read, before de-duplication. */
  read: number;
  /** Articles dropped because an identical article (same cleaned text) came earlier in the batch. */
  duplicates: { file: string; sameAs: string }[];
}

/** Cleans raw articles and drops repeats (same id = same cleaned text), keeping the first. */
export function cleanAll(raws: RawArticle[], failures: IngestFailure[], duplicates: ExtractionRun['duplicates']): CleanArticle[] {
  const byId = new Map<string, CleanArticle>();
  for (const raw of raws) {
    try {
      const clean = cleanArticle(raw);
      const first = byId.get(clean.id);
      if (first) duplicates.push({ file: clean.file, sameAs: first.file });
      else byId.set(clean.id, clean);
    } catch (err) {
      failures.push(failureOf(raw.file, 'clean', err));
    }
  }
  return [...byId.values()];
}

/** Extracts drafts article by article; a failing article is recorded, not fatal. */
export async function draftAll(
  articles: CleanArticle[],
  extractor: Extractor,
  failures: IngestFailure[],
  onProgress?: ProgressListener,
): Promise<ArticleDraft[]> {
  const drafts: ArticleDraft[] = [];
  let done = 0;
  for (const article of articles) {
    let stage: 'segment' | 'extract' = 'segment';
    try {
      const segments = segmentArticle(article);
      stage = 'extract';
      drafts.push(await extractor.extract(article, segments));
    } catch (err) {
      failures.push(failureOf(article.file, stage, err));
    }
    onProgress?.({ done: ++done, total: articles.length, file: article.file });
    // Give the event loop a turn between articles: an ingest writes the previous batch meanwhile, and
    // its database replies (and the liveness probe) would otherwise wait for the whole batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return drafts;
}

/** Runs the whole pure pipeline over files and folders; touches no database. */
export async function runExtraction(paths: string[], options: ExtractOptions): Promise<ExtractionRun> {
  const { articles: raws, failures: readFailures } = await readArticles(paths, { maxFileBytes: options.maxFileBytes });
  const failures: IngestFailure[] = readFailures.map((f) => failureOf(f.file, 'read', f.error, f.line));
  const duplicates: ExtractionRun['duplicates'] = [];
  const clean = cleanAll(raws, failures, duplicates);
  const drafts = await draftAll(clean, options.extractor, failures, options.onProgress);
  const extraction = resolveDrafts(drafts, options.known ?? []);
  return { extraction, failures, read: raws.length, duplicates };
}
