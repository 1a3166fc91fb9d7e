// runIngest: the whole pipeline, read → clean → segment → extract → resolve → write, in batches so
// memory stays flat in the corpus size (files are read batch by batch too). Composition only: each
// stage lives in its own folder. Faults: a lost server ends the run quickly with every article that
// did not land named; a re-run converges because every write is idempotent.
import { DbError } from '../model/errors.ts';
import { isConnectionLost, readKnownEntities, readRelatedStatements, watchServer, type Db } from '../db/index.ts';
import type { ArticleDraft, Extraction, Extractor, RawArticle } from '../model/index.ts';
import { listArticleFiles, readArticles } from './read/index.ts';
import { failureOf, type IngestFailure, type ProgressListener } from './report.ts';
import { linkToEarlier } from './resolve/cross-batch.ts';
import { KnownIndex } from './resolve/known-index.ts';
import { resolveDrafts } from './resolve/index.ts';
import { cleanAll, draftAll } from './run-extraction.ts';
import { writeExtraction } from './write/index.ts';

export { runExtraction, type ExtractionRun } from './run-extraction.ts';
export type { IngestFailure, IngestStage, ProgressListener } from './report.ts';

/** Runs `fn` alone among the ingests writing to one database (the CLI passes a lock file). */
export type Exclusive = <T>(fn: () => Promise<T>) => Promise<T>;

export interface IngestOptions {
  db: Db;
  extractor: Extractor;
  maxFileBytes: number;
  /** Articles read, resolved and written together; cross-article links are found within a batch and
   * against the entities already in the graph. */
  batchSize?: number;
  onProgress?: ProgressListener;
  /**
   * Runs the whole ingest alone among ingests into the same database, so two ingests at once give the
   * graph of one after the other (resolution reads the entities the first one wrote). Default: none.
   */
  exclusive?: Exclusive;
  /** How often the server is probed while the ingest runs (ms); two misses in a row end the run. */
  probeMs?: number;
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
  /** Set when Neo4j went away mid-run: why. Every article that did not land is among `failures`. */
  unavailable?: string;
}

const DEFAULT_BATCH = 250;
/** Earlier statements a batch is compared with: at most this many per topic and in all (bounds each batch's cost). */
const RELATED = { perTopic: 25, limit: 2_000 };
const passThrough: Exclusive = (fn) => fn();

/** Ingests files and folders into Neo4j. Per-article failures are reported; the batch goes on. */
export function runIngest(paths: string[], options: IngestOptions): Promise<IngestReport> {
  return (options.exclusive ?? passThrough)(() => ingestAll(paths, options));
}

async function ingestAll(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const { db } = options;
  const listed = await listArticleFiles(paths);
  const report: IngestReport = {
    read: 0,
    articles: 0,
    duplicates: [],
    written: { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 },
    failures: listed.failures.map((f) => failureOf(f.file, 'read', f.error, f.line)),
  };
  const lostServer = new AbortController();
  const watch = watchServer(db, () => lostServer.abort(unreachable(db)), { intervalMs: options.probeMs });
  const run: BatchRun = { options, report, seen: new Map(), signal: lostServer.signal, done: 0, total: listed.files.length, landing: Promise.resolve() };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  try {
    const pending: RawArticle[] = [];
    for (const file of listed.files) {
      if (report.unavailable !== undefined) {
        // Not even read: the server is gone, so the file is simply one that did not land.
        report.failures.push(failureOf(file, 'write', `not written: ${report.unavailable}`));
        continue;
      }
      const read = await readArticles([file], { maxFileBytes: options.maxFileBytes });
      report.read += read.articles.length;
      for (const f of read.failures) report.failures.push(failureOf(f.file, 'read', f.error, f.line));
      pending.push(...read.articles);
      while (pending.length >= batchSize) await ingestBatch(run, pending.splice(0, batchSize));
    }
    if (pending.length) await ingestBatch(run, pending);
    await run.landing;
  } finally {
    watch.stop();
  }
  return report;
}

interface BatchRun {
  options: IngestOptions;
  report: IngestReport;
  /** Article id -> first file, across batches. */
  seen: Map<string, string>;
  signal: AbortSignal;
  done: number;
  total: number;
  /** The previous batch being resolved and written while the next one is extracted. */
  landing: Promise<void>;
  /** The graph's actors and places, read once and then kept up to date with what each batch wrote. */
  known?: KnownIndex;
}

function unreachable(db: Db): DbError {
  return new DbError(`Neo4j at ${db.uri} stopped answering during the ingest; start it again (\`newsgraph db start\` for the local one) and re-run the same command to land the rest`);
}

/**
 * Cleans and extracts one batch while the previous batch is still being written (Neo4j works on the
 * other core meanwhile), then waits for that write, since resolution needs the entities it wrote, and
 * starts resolving and writing this batch. At most two batches are in memory at once.
 */
async function ingestBatch(run: BatchRun, batch: RawArticle[]): Promise<void> {
  const { options, report } = run;
  if (report.unavailable !== undefined) {
    for (const raw of batch) report.failures.push(failureOf(raw.file, 'write', `not written: ${report.unavailable}`));
    return;
  }
  const clean = cleanAll(batch, report.failures, report.duplicates).filter((a) => {
    const first = run.seen.get(a.id);
    if (first !== undefined) report.duplicates.push({ file: a.file, sameAs: first });
    else run.seen.set(a.id, a.file);
    return first === undefined;
  });
  const offset = run.done;
  const drafts = await draftAll(clean, options.extractor, report.failures, (e) =>
    options.onProgress?.({ done: offset + e.done, total: Math.max(run.total, offset + e.total), file: e.file }),
  );
  run.done += batch.length;
  await run.landing;
  run.landing = landBatch(run, drafts);
}

/** Resolves and writes one batch; never throws: what did not land is reported. */
async function landBatch(run: BatchRun, drafts: ArticleDraft[]): Promise<void> {
  const { options, report } = run;
  if (report.unavailable !== undefined) {
    for (const d of drafts) report.failures.push(failureOf(d.article.file, 'write', `not written: ${report.unavailable}`));
    return;
  }
  try {
    await resolveAndWrite(run, drafts);
  } catch (err) {
    // The known-entity read or the schema failed: nothing of this batch is known to have landed.
    const lost = run.signal.aborted || isConnectionLost(err);
    const reason = lost ? unreachable(options.db).message : err instanceof Error ? err.message : String(err);
    if (lost) report.unavailable = reason;
    for (const d of drafts) report.failures.push(failureOf(d.article.file, 'write', `not written: ${reason}`));
  }
}

async function resolveAndWrite(run: BatchRun, drafts: ArticleDraft[]): Promise<void> {
  const { options, report } = run;
  run.signal.throwIfAborted();
  // Read once per run (the ingest holds the database's ingest lock, so only this run adds entities),
  // then only the candidates of each batch are handed to the resolver.
  run.known ??= new KnownIndex(await readKnownEntities(options.db));
  let extraction;
  try {
    extraction = resolveDrafts(drafts, run.known.candidatesFor(drafts));
  } catch (err) {
    for (const d of drafts) report.failures.push(failureOf(d.article.file, 'resolve', err));
    return;
  }
  await linkEarlier(options.db, extraction);
  const stats = await writeExtraction(options.db, extraction, { signal: run.signal });
  report.articles += stats.articles;
  report.written.nodesCreated += stats.nodesCreated;
  report.written.relationshipsCreated += stats.relationshipsCreated;
  report.written.propertiesSet += stats.propertiesSet;
  for (const f of stats.failed) report.failures.push(failureOf(f.file || '(cross-article links)', 'write', f.error));
  if (stats.unavailable !== undefined) report.unavailable = stats.unavailable;
  else await rememberWritten(run, [...extraction.actors, ...extraction.places].map((e) => e.id));
}

/**
 * Adds CONTRADICTS/SUPPORTS between the batch's statements and related statements already in the graph
 * (earlier batches and runs), so a story ingested in parts is linked as if ingested at once.
 */
async function linkEarlier(db: Db, extraction: Extraction): Promise<void> {
  const about = [...new Set(extraction.statements.flatMap((s) => s.about))];
  const earlier = await readRelatedStatements(db, { about, exclude: extraction.articles.map((a) => a.id), ...RELATED });
  const links = linkToEarlier(extraction, earlier);
  extraction.contradictions.push(...links.contradictions);
  extraction.supports = [...(extraction.supports ?? []), ...links.supports];
}

/** Adds the entities a batch wrote, as the graph now holds them (names and aliases merged), to the index. */
async function rememberWritten(run: BatchRun, ids: string[]): Promise<void> {
  try {
    run.known?.upsert(await readKnownEntities(run.options.db, [...new Set(ids)]));
  } catch {
    // Not fatal for what was written: the next batch reads the whole graph again.
    run.known = undefined;
  }
}
