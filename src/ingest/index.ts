// runIngest: the whole pipeline, read → clean → segment → extract → resolve → write, in batches so
// memory stays flat in the corpus size. Composition only: each stage lives in its own folder.
import { readKnownEntities, type Db } from '../db/index.ts';
import type { Extraction, Extractor, KnownEntity, RawArticle } from '../model/index.ts';
import { readArticles } from './read/index.ts';
import { failureOf, type IngestFailure, type ProgressListener } from './report.ts';
import { resolveDrafts } from './resolve/index.ts';
import { cleanAll, draftAll } from './run-extraction.ts';
import { writeExtraction } from './write/index.ts';

export { runExtraction, type ExtractionRun } from './run-extraction.ts';
export type { IngestFailure, IngestStage, ProgressListener } from './report.ts';

export interface IngestOptions {
  db: Db;
  extractor: Extractor;
  maxFileBytes: number;
  /** Articles resolved and written together; cross-article links are found within a batch and
   * against the entities already in the graph. */
  batchSize?: number;
  onProgress?: ProgressListener;
}

export interface IngestReport {
  /** Articles read (before de-duplication). */
  read: number;
  /** Articles written (each in its own transaction). */
  articles: number;
  duplicates: { file: string; sameAs: string }[];
  /** What changed in the graph: a re-ingest of the same articles creates nothing. */
  written: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
  failures: IngestFailure[];
}

const DEFAULT_BATCH = 250;

/** Ingests files and folders into Neo4j. Per-article failures are reported; the batch goes on. */
export async function runIngest(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const { db, extractor } = options;
  const { articles: raws, failures: readFailures } = await readArticles(paths, { maxFileBytes: options.maxFileBytes });
  const report: IngestReport = {
    read: raws.length,
    articles: 0,
    duplicates: [],
    written: { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 },
    failures: readFailures.map((f) => failureOf(f.file, 'read', f.error, f.line)),
  };
  const known = new Map<string, KnownEntity>((await readKnownEntities(db)).map((e) => [e.id, e]));
  const seen = new Map<string, string>(); // article id -> first file, across batches
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let done = 0;
  for (let i = 0; i < raws.length; i += batchSize) {
    const batch: RawArticle[] = raws.slice(i, i + batchSize);
    const clean = cleanAll(batch, report.failures, report.duplicates).filter((a) => {
      const first = seen.get(a.id);
      if (first !== undefined) report.duplicates.push({ file: a.file, sameAs: first });
      else seen.set(a.id, a.file);
      return first === undefined;
    });
    const offset = done;
    const drafts = await draftAll(clean, extractor, report.failures, (e) =>
      options.onProgress?.({ done: offset + e.done, total: raws.length, file: e.file }),
    );
    let extraction: Extraction;
    try {
      extraction = resolveDrafts(drafts, [...known.values()]);
    } catch (err) {
      for (const d of drafts) report.failures.push(failureOf(d.article.file, 'resolve', err));
      continue;
    }
    const stats = await writeExtraction(db, extraction);
    report.articles += stats.articles;
    report.written.nodesCreated += stats.nodesCreated;
    report.written.relationshipsCreated += stats.relationshipsCreated;
    report.written.propertiesSet += stats.propertiesSet;
    for (const f of stats.failed) report.failures.push(failureOf(f.file, 'write', f.error));
    rememberEntities(known, extraction);
    done += batch.length;
  }
  return report;
}

/** Entities of a written batch become known to the next batch's resolver. */
function rememberEntities(known: Map<string, KnownEntity>, extraction: Extraction): void {
  for (const a of extraction.actors) known.set(a.id, { id: a.id, label: 'Actor', name: a.name, kind: a.kind, aliases: a.aliases });
  for (const p of extraction.places) if (!known.has(p.id)) known.set(p.id, { id: p.id, label: 'Place', name: p.name, kind: p.kind, aliases: p.aliases });
}
