// Test seeding for the cypher/export/server tests: the sample corpus's Extraction written with the
// project's own writer (src/ingest/write), and the db helper's checksum of the whole graph.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphChecksum as dbChecksum, type Db, type GraphChecksum } from '../../src/db/index.ts';
import { writeExtraction } from '../../src/ingest/write/index.ts';
import type { Extraction } from '../../src/model/types.ts';

/** Writes an Extraction with the project's writer (src/ingest/write); throws if an article failed. */
export async function seedExtraction(db: Db, x: Extraction): Promise<void> {
  const stats = await writeExtraction(db, x);
  if (stats.failed.length > 0) throw new Error(`seedExtraction: ${stats.failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
}

let cached: Extraction | null = null;

/** The sample corpus (../shared/seeds) run through the project's own extraction pipeline. */
export async function seedsExtraction(): Promise<Extraction> {
  if (cached) return cached;
  const seeds = existsSync(fileURLToPath(new URL('../../../shared/seeds', import.meta.url)))
    ? fileURLToPath(new URL('../../../shared/seeds', import.meta.url))
    : fileURLToPath(new URL('../../samples/kursk-2025-03', import.meta.url));
  try {
    // Imported here so that extractor work in progress that does not even load only costs the live run.
    const { createRulesExtractor } = await import('../../src/ingest/extract/index.ts');
    const { runExtraction } = await import('../../src/ingest/run-extraction.ts');
    const run = await runExtraction([seeds], { maxFileBytes: 10 * 1024 * 1024, extractor: createRulesExtractor() });
    if (run.extraction.articles.length > 0 && run.failures.length === 0) return (cached = run.extraction);
    console.warn(`seedsExtraction: live extraction failed (${run.failures[0]?.error ?? 'no articles'}); using the recorded one`);
  } catch (err) {
    console.warn(`seedsExtraction: live extraction threw (${(err as Error).message}); using the recorded one`);
  }
  // The samples' extraction recorded by `newsgraph extract` (keeps these tests independent of extractor work in progress).
  return (cached = JSON.parse(readFileSync(new URL('./queries-seeds.json', import.meta.url), 'utf8')) as Extraction);
}

/** The db helper's checksum (ids, labels, properties, relationships; ingestedAt excluded). */
export async function graphChecksum(db: Db): Promise<GraphChecksum> {
  return dbChecksum(db);
}

/** Reads a file of this repo (for tests that compare with on-disk queries). */
export function repoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}
