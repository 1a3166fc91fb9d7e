// writeExtraction(db, extraction) -> WriteStats: the only ingest code that touches the database.
// One transaction per article (all or nothing), then one for the cross-article links.
import { ensureSchema, writeBatch, addCounters, zeroCounters, type Db, type WriteBatch } from '../../db/index.ts';
import { isConnectionLost } from '../../db/liveness.ts';
import type { Extraction } from '../../model/types.ts';
import { planWrites } from './plan.ts';
import type { WriteFailure, WriteOptions, WriteStats } from './types.ts';

export type { WriteFailure, WriteOptions, WriteStats } from './types.ts';
export { planWrites, type ArticleBatch, type WritePlan } from './plan.ts';

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
 * Writes an Extraction to Neo4j. The schema is applied first (once per Db). Each article, with its
 * statements, events, the entities it mentions and all their edges, is one managed transaction, so
 * an article lands whole or not at all; failures are returned, not thrown, and the other articles
 * still land. Idempotent: MERGE on ids, `ingestedAt` only on create, aliases merged as a set.
 */
export async function writeExtraction(db: Db, extraction: Extraction, opts: WriteOptions = {}): Promise<WriteStats> {
  const t0 = Date.now();
  await ensureSchema(db);
  const now = opts.now ?? new Date().toISOString();
  const plan = planWrites(extraction);
  const failed: WriteFailure[] = [];
  let counters = zeroCounters();
  let articles = 0;
  // Once the server is gone (the caller's signal, or a write failing with a lost connection after the
  // driver's retries), the remaining articles are reported as not written instead of each waiting 30 s.
  let unavailable: string | undefined;
  const lost = (err: unknown): string | undefined => (opts.signal?.aborted ? message(opts.signal.reason) : isConnectionLost(err) ? message(err) : undefined);
  for (const [i, a] of plan.articles.entries()) {
    let failure: WriteFailure | null = null;
    if (unavailable === undefined && opts.signal?.aborted) unavailable = message(opts.signal.reason);
    if (unavailable !== undefined) {
      failure = { article: a.article, file: a.file, error: `not written: ${unavailable}` };
      failed.push(failure);
      opts.onArticle?.(i + 1, plan.articles.length, failure);
      continue;
    }
    try {
      counters = addCounters(counters, await writeBatch(db, a.batch, a.file || a.article, now, opts.signal));
      articles++;
    } catch (err) {
      failure = { article: a.article, file: a.file, error: message(err) };
      failed.push(failure);
      unavailable = lost(err);
    }
    opts.onArticle?.(i + 1, plan.articles.length, failure);
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
