// Search index: accent/case-insensitive, aliases, prefix before substring, restriction to keys.
import { describe, expect, it } from 'vitest';
import type { GraphNodeAttributes } from '../../src/model/api.ts';
import { SearchIndex, normalise } from '../../src/viewer/search-index.ts';

const n = (label: GraphNodeAttributes['label'], name: string, aliases: string[] = []): GraphNodeAttributes => ({ label, labels: [label], name, aliases });

describe('SearchIndex', () => {
  const idx = new SearchIndex();
  idx.build([
    ['a', n('Actor', 'Ilsa Dorn', ['Minister Dorn'])],
    ['b', n('Place', 'Dornava')],
    ['c', n('Actor', 'Zoë Ândrade')],
    ['d', n('Statement', 'we are not leaving Dornava')],
  ]);
  it('normalises accents and case', () => {
    expect(normalise('  Zoë   ÂNDRADE ')).toBe('zoe andrade');
    expect(idx.search('zoe')[0]?.key).toBe('c');
  });
  it('matches aliases and reports which one', () => {
    const hit = idx.search('minister')[0];
    expect(hit).toMatchObject({ key: 'a', alias: 'Minister Dorn' });
  });
  it('ranks prefix matches above word and substring matches', () => {
    expect(idx.search('dorn').map((h) => h.key)).toEqual(['b', 'a', 'd']);
  });
  it('restricts to allowed keys and ignores empty queries', () => {
    expect(idx.search('dorn', 10, new Set(['d'])).map((h) => h.key)).toEqual(['d']);
    expect(idx.search('   ')).toEqual([]);
  });
});

describe('SearchIndex ranking', () => {
  it('puts an actor known by an alias before headlines and statements starting with it', () => {
    const idx = new SearchIndex();
    idx.build([
      ['art', n('Article', 'Tamsin Lorr visits the coast')],
      ['st', n('Statement', 'Tamsin is likely to resign')],
      ['act', n('Actor', 'Bela Tamsin', ['Tamsin'])],
      ['ev', n('Event', 'Bela Tamsin meets Orr')],
    ]);
    expect(idx.search('tams').map((h) => h.key)).toEqual(['act', 'art', 'st', 'ev']);
  });
});
