// findEntities on company names (a corporate designator or business-line head makes an organisation,
// even in apposition to a role noun), fleets, peacekeepers, portfolio titles and regions described
// with a lower-case "province". Passages are invented.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanArticle, DraftEntity } from '../../src/model/index.ts';
import { findEntities } from '../../src/ingest/extract/entities/index.ts';
import { loadGazetteer } from '../../src/ingest/geo/index.ts';

beforeAll(() => void loadGazetteer(), 60_000);

const article = (text: string): CleanArticle => ({ id: 'article:c', file: 'c.txt', title: '', source: null, url: null, published: null, publishedInferred: false, text });
const kindOf = (text: string, name: string): string | undefined =>
  findEntities(article(text), []).entities.find((e: DraftEntity) => e.name === name || e.aliases.includes(name))?.kind;

describe('findEntities: companies', () => {
  it('classifies names ending in a company head as organisations', () => {
    expect(kindOf('The manager, Piraeus-based Selvik Bulk Management, rejected the claim hours later.', 'Selvik Bulk Management')).toBe('organization');
    expect(kindOf('The vessel is owned by Dorran Shipping Ltd, a firm registered in Malta.', 'Dorran Shipping Ltd')).toBe('organization');
    expect(kindOf('Analysts at Kestra Holdings said the deal was off.', 'Kestra Holdings')).toBe('organization');
  });
});

describe('findEntities: forces, titles and regions', () => {
  const found = (text: string): string[] => findEntities(article(text), []).entities.filter((e) => e.mentions.length).map((e) => `${e.name}/${e.kind}`);

  it('takes a fleet as an armed force and peacekeepers as a country\'s forces', () => {
    expect(found('Norway’s Arctic Fleet said it had sent a frigate.').some((x) => /Arctic Fleet\/armed_force$/.test(x))).toBe(true);
    expect(found('Russian peacekeepers left the area last year.')).toContain('Russian forces/armed_force');
  });

  it('reads a portfolio before "Minister" as part of the title, not as an organisation', () => {
    const es = found('Estonian Communication Minister Amani Ilunga said the report was a lie.');
    expect(es).toContain('Amani Ilunga/person');
    expect(es.some((x) => x.includes('Communication'))).toBe(false);
  });

  it('also names a region described with a lower-case "province" by its own name', () => {
    const region = findEntities(article('Thousands have fled fighting in Upper Lomami province since January.'), []).entities.find((e) => e.kind === 'region');
    expect(region?.aliases).toContain('Upper Lomami');
  });
});
