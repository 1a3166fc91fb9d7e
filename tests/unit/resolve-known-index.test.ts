// KnownIndex: an ingest batch resolved against only its candidate known entities gives exactly the
// Extraction it gets against every entity of the graph, and the candidates are few.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles, writeArticles } from '../../bench/generate.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { readArticles } from '../../src/ingest/read/index.ts';
import { resolveDrafts } from '../../src/ingest/resolve/index.ts';
import { KnownIndex } from '../../src/ingest/resolve/known-index.ts';
import { cleanAll, draftAll } from '../../src/ingest/run-extraction.ts';
import type { ArticleDraft, Extraction, KnownEntity } from '../../src/model/index.ts';

const REPO = resolve(import.meta.dirname, '../..');

async function draftsOf(paths: string[]): Promise<ArticleDraft[]> {
  const { articles } = await readArticles(paths, { maxFileBytes: 5_000_000 });
  return draftAll(cleanAll(articles, [], []), createRulesExtractor(), []);
}

/** What the graph holds after writing an Extraction, as the resolver reads it back. */
const knownOf = (x: Extraction): KnownEntity[] => [
  ...x.actors.map((a) => ({ id: a.id, label: 'Actor' as const, name: a.name, kind: a.kind, aliases: a.aliases })),
  ...x.places.map((p) => ({ id: p.id, label: 'Place' as const, name: p.name, kind: p.kind, aliases: p.aliases })),
];

/** Resolves `batches` one after the other like an ingest; checks each against the full known list. */
function checkBatches(batches: ArticleDraft[][]): { candidates: number[]; known: number[] } {
  const all: KnownEntity[] = [];
  const index = new KnownIndex();
  const sizes = { candidates: [] as number[], known: [] as number[] };
  for (const batch of batches) {
    const candidates = index.candidatesFor(batch);
    const expected = resolveDrafts(batch, all);
    expect(resolveDrafts(batch, candidates)).toEqual(expected);
    sizes.candidates.push(candidates.length);
    sizes.known.push(all.length);
    // Later batches see the merged node (same id, grown aliases) replace the earlier one.
    const written = knownOf(expected);
    const ids = new Set(written.map((k) => `${k.label}|${k.id}`));
    all.splice(0, all.length, ...all.filter((k) => !ids.has(`${k.label}|${k.id}`)), ...written);
    index.upsert(written);
  }
  return sizes;
}

describe('KnownIndex', () => {
  it('gives the same resolution as all known entities on overlapping real articles', async () => {
    const drafts = await draftsOf([
      resolve(REPO, 'samples/kursk-2025-03'),
      resolve(REPO, 'tests/fixtures/heldout/articles'),
      resolve(REPO, 'tests/fixtures/heldout-blind/articles'),
    ]);
    expect(drafts.length).toBeGreaterThan(15);
    // Several batch boundaries, so each article meets the others both in its batch and as known.
    for (const size of [1, 4, 7]) {
      const batches: ArticleDraft[][] = [];
      for (let i = 0; i < drafts.length; i += size) batches.push(drafts.slice(i, i + size));
      const { candidates } = checkBatches(batches);
      expect(candidates.slice(1).some((n) => n > 0)).toBe(true);
    }
  }, 120_000);

  it('hands the resolver few of the known entities on a generated corpus', async () => {
    const drafts = await draftsOf([await writeArticles(generateArticles(60, 11))]);
    const batches = [drafts.slice(0, 20), drafts.slice(20, 40), drafts.slice(40)];
    const { candidates, known } = checkBatches(batches);
    expect(known[2]).toBeGreaterThan(200);
    expect(candidates[2]).toBeLessThan((known[2] as number) / 2);
  }, 120_000);
});
