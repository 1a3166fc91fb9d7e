// The rules Extractor end to end on invented passages, and property-based: random text never crashes
// extraction or resolution, and every offset slices back to its text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { resolveDrafts } from '../../src/ingest/resolve/index.ts';
import { segmentArticle } from '../../src/ingest/segment/index.ts';
import { anArticle } from './extract/fixtures.ts';

const extractor = createRulesExtractor();
const run = async (text: string, published: string | null = '2025-03-13') => {
  const article = anArticle(text, published);
  return extractor.extract(article, segmentArticle(article));
};

const WORDS = ['said', 'that', 'according', 'to', 'President', 'Mara', 'Quell', 'the', 'army', 'captured', 'Dovrin',
  'on', 'Wednesday', 'not', '“', '”', '"', ',', '.', ':', 'he', 'denied', 'troops', 'attacked', 'last', 'August',
  'may', 'visit', 'Lusk', 'region', 'a', 'day', 'after', 'urged', 'Ostavia', '’s', '\n', 'told', 'Reuters', '–', 'if'];

describe('rules extractor', () => {
  // The first call loads the gazetteer and word lists (seconds on a busy machine).
  beforeAll(() => run('Troops captured the town of Warmby, the minister said.'), 120_000);

  it('is an Extractor named rules', () => {
    expect(extractor.name).toBe('rules');
  });

  it('extracts a statement and an event from an invented report', async () => {
    const d = await run('Defence Minister Mara Quell said on Wednesday that Ostavian troops had captured the town of Dovrin. “We hold the bridge,” she added.');
    expect(d.statements.map((s) => s.text)).toEqual(expect.arrayContaining(['Ostavian troops had captured the town of Dovrin', 'We hold the bridge']));
    const speakers = new Set(d.statements.map((s) => d.entities.find((e) => e.key === s.speaker)?.name));
    expect(speakers).toEqual(new Set(['Mara Quell']));
    expect(d.events.find((e) => e.type === 'capture')?.date).toBe('2025-03-12');
  }, 60_000);

  it('never crashes on random text and keeps every offset exact', async () => {
    const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
    const text = fc.oneof(sentence, fc.string({ maxLength: 300 }), fc.array(sentence, { maxLength: 5 }).map((s) => s.join('\n\n')));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('2025-03-13', null), async (t, published) => {
        const d = await run(t, published);
        for (const s of d.statements) expect(t.slice(s.start, s.end)).toBe(s.text);
        for (const e of d.events) for (const v of e.evidence) expect(t.slice(v.start, v.end)).toBe(v.text);
        for (const e of d.entities) for (const m of e.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
        const x = resolveDrafts([d]);
        const ids = new Set([...x.actors, ...x.places].map((e) => e.id));
        for (const s of x.statements) if (s.speaker) expect(ids.has(s.speaker)).toBe(true);
        for (const ev of x.events) for (const a of ev.actors) expect(ids.has(a.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
