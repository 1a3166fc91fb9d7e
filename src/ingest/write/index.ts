// writeExtraction(db, extraction) -> WriteStats: the only ingest code that touches the database.
// Articles grouped into few transactions (each article all or nothing), then one for the cross-article links.
import { ensureSchema, writeBatch, addCounters, zeroCounters, type Db, type WriteBatch } from '../../db/index.ts';
import { isConnectionLost } from '../../db/liveness.ts';
import type { Extraction } from '../../model/types.ts';
import { DEFAULT_GROUP, groupArticles, mergeBatches } from './group.ts';
import { planWrites } from './plan.ts';
import type { WriteFailure, WriteOptions, WriteStats } from './types.ts';

export type { WriteFailure, WriteOptions, WriteStats } from './types.ts';
export { planWrites, type ArticleBatch, type WritePlan } from './plan.ts';
export { DEFAULT_GROUP, groupArticles, mergeBatches, type GroupLimits } from './group.ts';

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Drops CONTRADICTS/SUPPORTS rows whose statements belong to an article that failed. */
function withoutFailedStatements(links: WriteBatch, failedArticles: Set<string>, statementArticle: Map<string, string>): { batch: WriteBatch; skipped: number } {
  let skipped = 0;
  const dead = (id: string) => failedArticles.has(statementArticle.get(id) ?? '');
  const rels = links.rels.map((g) => {
    if (g.from !== 'Statement' || g.to !== 'Statement') return g;
    const rows = g.rows.filter((r) => !(dead(r.from) || dead(r.to)));
    skipped += g.rows.length - rows.length;
    return { ...g, rows };
  });
  return { batch: { nodes: links.nodes, rels }, skipped };
}

/**
 * Writes an Extraction to Neo4j. The schema is applied first (once per Db). Articles are written in
 * groups (up to 50 articles / 20,000 rows, `opts.group`), each group ONE managed transaction whose
 * statements carry the rows of all its articles per label and type; a group that fails is retried
 * one article per transaction, so a bad article fails alone and the others land. Either way every
 * article lands whole or not at all; failures are returned, not thrown. Idempotent: MERGE on ids,
 * `ingestedAt` only on create, aliases merged as a set.
 */
export async function writeExtraction(db: Db, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const t0 = Date.now();
  await ensureSchema(db);
  const now = opts.now ?? new Date().toISOString();
  const plan = planWrites(extraction);
  const failed: WriteFailure[] = [];
  let counters = zeroCounters();
  let articles = 0;
  let done = 0;
  // Once the server is gone (the caller's signal, or a write failing with a lost connection after the
  // driver's retries), the remaining articles are reported as not written instead of each waiting 30 s.
  let unavailable: string | undefined;
  const lost = (err: unknown): string | undefined => (opts.signal?.aborted ? message(opts.signal.reason) : isConnectionLost(err) ? message(err) : undefined);
  const report = (failure: WriteFailure | null): void => {
    if (failure) failed.push(failure);
    opts.onArticle?.(++done, plan.articles.length, failure);
  };
  /** Writes `batch` as one transaction; on failure returns the error message (and notes a lost server). */
  const attempt = async (batch: WriteBatch, label: string): Promise<string | null> => {
    if (unavailable === undefined && opts.signal?.aborted) unavailable = message(opts.signal.reason);
    if (unavailable !== undefined) return `not written: ${unavailable}`;
    try {
      counters = addCounters(counters, await writeBatch(db, batch, label, now, opts.signal));
      return null;
    } catch (err) {
      unavailable = lost(err);
      return message(err);
    }
  };
  for (const group of groupArticles(plan.articles, { ...DEFAULT_GROUP, ...opts.group })) {
    if (group.length > 1) {
      const first = group[0]!;
      const error = await attempt(mergeBatches(group.map((a) => a.batch)), `${group.length} articles from ${first.file || first.article}`);
      if (error === null) {
        articles += group.length;
        for (let k = 0; k < group.length; k++) report(null);
        continue;
      }
      if (unavailable !== undefined) {
        // The server went away: retrying article by article would only wait for it again.
        for (const a of group) report({ article: a.article, file: a.file, error });
        continue;
      }
    }
    for (const a of group) {
      const error = await attempt(a.batch, a.file || a.article);
      if (error === null) articles++;
      report(error === null ? null : { article: a.article, file: a.file, error });
    }
  }
  const { batch, skipped } = withoutFailedStatements(plan.links, new Set(failed.map((f) => f.article)), plan.statementArticle);
  if (unavailable !== undefined) {
    failed.push({ article: '(links)', file: '', error: `not written: ${unavailable}` });
  } else if (batch.nodes.length || batch.rels.some((g) => g.rows.length)) {
    try {
      counters = addCounters(counters, await writeBatch(db, batch, 'cross-article links', now, opts.signal));
    } catch (err) {
      failed.push({ article: '(links)', file: '', error: message(err) });
      unavailable = lost(err);
    }
  }
  return { ...counters, articles, skippedLinks: skipped, failed, ms: Date.now() - t0, ...(unavailable !== undefined ? { unavailable } : {}) };
}
