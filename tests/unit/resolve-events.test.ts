// Event coreference across articles: one Event per real event, stable ids whatever the input order.
import { describe, expect, it } from 'vitest';
import { resolveDrafts } from '../../src/ingest/resolve/index.ts';
import { datesCompatible } from '../../src/ingest/resolve/events.ts';
import type { DraftEvent } from '../../src/model/index.ts';
import { aDraft, anArticle, entitiesOf, PEOPLE } from './extract/fixtures.ts';

function draftWith(file: string, text: string, events: Omit<DraftEvent, 'evidence' | 'label'>[]) {
  const article = anArticle(text, '2025-03-13', file);
  const entities = entitiesOf(text, PEOPLE);
  return aDraft(article, entities.filter((e) => e.mentions.length), {
    events: events.map((e) => ({ ...e, label: e.type, evidence: [{ start: 0, end: text.length, text, sentence: text }] })),
  });
}

const capture = (date: string | null, place = 'pl:vessa'): Omit<DraftEvent, 'evidence' | 'label'> => ({
  type: 'capture', date, place, actors: [{ key: 'f:norland', role: 'agent' }], hypothetical: false,
});

describe('resolve events', () => {
  const a = draftWith('a.txt', 'Norlandic forces captured Vessa on Wednesday.', [capture('2025-03-12')]);
  const b = draftWith('b.txt', 'Vessa fell to Norlandic troops, officials said.', [capture(null)]);
  const c = draftWith('c.txt', 'Norlandic forces took the Karn region in 2023.', [capture('2023', 'pl:karn')]);

  it('merges reports of one event from two articles, keeping both as evidence', () => {
    const x = resolveDrafts([a, b, c]);
    const merged = x.events.filter((e) => e.type === 'capture' && e.evidence.length === 2);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.date).toBe('2025-03-12');
    expect(new Set(merged[0]!.evidence.map((v) => v.article))).toEqual(new Set(['article:a.txt', 'article:b.txt']));
    expect(x.events).toHaveLength(2);
  });

  it('gives the same ids whatever the order of the drafts', () => {
    const ids = (xs: typeof a[]) => resolveDrafts(xs).events.map((e) => e.id).sort();
    expect(ids([c, b, a])).toEqual(ids([a, b, c]));
  });

  it('keeps events with incompatible dates apart', () => {
    const d = draftWith('d.txt', 'Norlandic forces captured Vessa in 2019.', [capture('2019')]);
    expect(resolveDrafts([a, d]).events).toHaveLength(2);
  });

  it('compares dates at their common precision', () => {
    expect(datesCompatible('2025-03', '2025-03-12')).toBe(true);
    expect(datesCompatible('2025-03-11', '2025-03-12')).toBe(false);
    expect(datesCompatible(null, '2025-03-12')).toBe(true);
  });
});
