// Test seeding for the cypher/export/server tests: the sample corpus's Extraction written with the
// project's own writer (src/ingest/write), and the db helper's checksum of the whole graph.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphChecksum as dbChecksum, type Db, type GraphChecksum } from '../../src/db/index.ts';
import { writeExtraction } from '../../src/ingest/write/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { runExtraction } from '../../src/ingest/run-extraction.ts';
import type { Extraction } from '../../src/model/types.ts';

/** Writes an Extraction with the project's writer (src/ingest/write); throws if an article failed. */
export async function seedExtraction(db: Db, x: Extraction): Promise<void> {
  const stats = await writeExtraction(db, x);
  if (stats.failed.length > 0) throw new Error(`seedExtraction: ${stats.failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
}

let cached: Extraction | null = null;

/** The sample corpus (../shared/seeds, else the bundled copy) run through the project's own pipeline. */
export async function seedsExtraction(): Promise<Extraction> {
  if (cached) return cached;
  const shared = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
  const seeds = existsSync(shared) ? shared : fileURLToPath(new URL('../../samples/kursk-2025-03', import.meta.url));
  const run = await runExtraction([seeds], { maxFileBytes: 10 * 1024 * 1024, extractor: createRulesExtractor() });
  if (run.extraction.articles.length === 0 || run.failures.length > 0) {
    throw new Error(`seedsExtraction: the pipeline failed on the samples: ${run.failures.map((f) => `${f.file}: ${f.error}`).join('; ') || 'no articles'}`);
  }
  return (cached = run.extraction);
}

/** The db helper's checksum (ids, labels, properties, relationships; ingestedAt excluded). */
export async function graphChecksum(db: Db): Promise<GraphChecksum> {
  return dbChecksum(db);
}

/** Reads a file of this repo (for tests that compare with on-disk queries). */
export function repoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}
