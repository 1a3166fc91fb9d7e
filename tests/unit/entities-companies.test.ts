// findEntities on company names: a corporate designator or business-line head makes an organisation,
// even in apposition to a role noun ("The manager, X Management, …"). Passages are invented.
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
