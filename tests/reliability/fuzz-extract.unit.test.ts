// Property-based fuzzing (issue 6, item 4) of the extract and resolve stages: the same adversarial
// text as the clean/segment fuzzing runs through the whole pure pipeline. Nothing crashes, every
// offset slices back to its text, and time per article stays bounded.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { resolveDrafts } from '../../src/ingest/resolve/index.ts';
import { segmentArticle } from '../../src/ingest/segment/index.ts';
import { InputError, type CleanArticle, type Extraction } from '../../src/model/index.ts';
import { cpuMsSince } from '../helpers/cpu.ts';
import { text, unclosed } from './fuzz-arbitraries.ts';

// CPU time, not wall time: the bound is there to catch runaway work (catastrophic regex backtracking
// takes seconds of CPU), and wall time on a shared, loaded machine also counts other processes.
const PER_CASE_MS = 3000;

const extractor = createRulesExtractor();
let extracted = 0; // articles that reached the extractor, so the property is not vacuous

/** Every span of the extraction is a verbatim slice of its article's cleaned text. */
function checkOffsets(extraction: Extraction, articles: Map<string, CleanArticle>): void {
  const slice = (id: string, start: number, end: number) => articles.get(id)?.text.slice(start, end);
  for (const e of [...extraction.actors, ...extraction.places]) for (const m of e.mentions) expect(slice(m.article, m.start, m.end)).toBe(m.text);
  for (const s of extraction.statements) expect(slice(s.article, s.start, s.end)).toBe(s.text);
  for (const ev of extraction.events) for (const v of ev.evidence) expect(slice(v.article, v.start, v.end)).toBe(v.text);
}

async function extractAll(bodies: string[]): Promise<void> {
  const articles = new Map<string, CleanArticle>();
  const drafts = [];
  for (const [i, body] of bodies.entries()) {
    let clean: CleanArticle;
    try {
      clean = cleanArticle({ file: `fuzz-${i}.txt`, format: 'text', body });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError); // nothing left after cleaning: a refusal, not a crash
      continue;
    }
    if (articles.has(clean.id)) continue;
    articles.set(clean.id, clean);
    const started = process.cpuUsage();
    drafts.push(await extractor.extract(clean, segmentArticle(clean)));
    extracted++;
    expect(cpuMsSince(started)).toBeLessThan(PER_CASE_MS);
  }
  const started = process.cpuUsage();
  const extraction = resolveDrafts(drafts, []);
  expect(cpuMsSince(started)).toBeLessThan(PER_CASE_MS);
  checkOffsets(extraction, articles);
}

describe('fuzz: clean → segment → extract → resolve', () => {
  beforeAll(async () => {
    // the gazetteer and WordNet load once; that one-time cost is not what the time bound is about
    await extractAll(['Officials in Paris said on Monday that the talks would resume.']);
  }, 60_000);

  it('adversarial text never crashes a stage and every offset slices back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(text, unclosed), { minLength: 1, maxLength: 3 }), (bodies) => extractAll(bodies)),
      { numRuns: 60 },
    );
    expect(extracted).toBeGreaterThan(30);
  }, 120_000);
});
