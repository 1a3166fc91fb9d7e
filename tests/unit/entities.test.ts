// findEntities on short passages written for the test (invented people and villages, real countries).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanArticle, DraftEntity } from '../../src/model/index.ts';
import { entityAt, findEntities } from '../../src/ingest/extract/entities/index.ts';
import { loadGazetteer } from '../../src/ingest/geo/index.ts';

// The gazetteer loads once per process (~1 s of CPU; more on a busy machine).
beforeAll(() => void loadGazetteer(), 60_000);

function anArticle(text: string, id = 'article:test'): CleanArticle {
  return { id, file: `${id}.txt`, title: '', source: null, url: null, published: null, publishedInferred: false, text };
}
const find = (text: string): DraftEntity[] => findEntities(anArticle(text), []).entities;
const named = (es: DraftEntity[], name: string): DraftEntity | undefined => es.find((e) => e.name === name);

describe('findEntities: people and titles', () => {
  it('splits the title and nationality off a person and strips possessives', () => {
    const es = find("France's Chief of the Defence Staff Gen. Pierre Lambert said the plan was sound. Lambert's aides agreed.");
    const p = named(es, 'Pierre Lambert');
    expect(p?.kind).toBe('person');
    expect(p?.title).toBe('Chief of the Defence Staff');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Pierre Lambert', 'Lambert']);
    expect(es.some((e) => /['’]s\b/.test(e.name))).toBe(false);
  });

  it('takes a lower-case title before the name and finds the surname later', () => {
    const es = find('Kremlin spokesman Ivan Dorokhov said talks were planned. Later, Dorokhov declined to comment.');
    const p = named(es, 'Ivan Dorokhov');
    expect(p?.title).toBe('spokesman');
    expect(p?.mentions).toHaveLength(2);
    expect(named(es, 'Kremlin')?.kind).toBe('organization');
  });

  it('merges spelling variants of one person within an article', () => {
    const es = find('General Andriy Kovalenkyi visited the front. Andriy Kovalenkii said the line would hold, Kovalenkyy added.');
    const people = es.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions).toHaveLength(3);
  });

  it('keeps two people with one surname apart', () => {
    const es = find('Anna Petrenko met Olga Petrenko in Warsaw on Monday.');
    expect(es.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Anna Petrenko', 'Olga Petrenko']);
  });

  it('resolves "the <demonym> <title>" to the one person with that title and nationality', () => {
    const text = 'Polish President Marek Zielonka met German Chancellor Klaus Brenner. The Polish president later flew home.';
    const es = find(text);
    const p = named(es, 'Marek Zielonka');
    const at = text.indexOf('The Polish president');
    expect(p?.mentions.some((m) => m.start === at)).toBe(true);
  });
});

describe('findEntities: countries, metonymy and forces', () => {
  it('makes a country an actor when it acts and a place when it locates', () => {
    const es = find('Germany said it would send more aid. Talks were later held in Germany.');
    const actor = es.find((e) => e.label === 'Actor' && e.name === 'Germany');
    const place = es.find((e) => e.label === 'Place' && e.name === 'Germany');
    expect(actor?.kind).toBe('country');
    expect(place?.kind).toBe('country');
    expect(actor?.mentions).toHaveLength(1);
    expect(place?.mentions).toHaveLength(1);
  });

  it('reads a capital that acts as its country, and as a city where it locates', () => {
    const es = find('Paris rejected the proposal on Tuesday. Officials from both sides then landed in Paris.');
    const france = es.find((e) => e.label === 'Actor' && e.name === 'France');
    expect(france?.mentions.map((m) => m.text)).toEqual(['Paris']);
    expect(es.find((e) => e.label === 'Place' && e.name === 'Paris')?.kind).toBe('city');
  });

  it('turns demonym phrases into one armed force per country, member of the country', () => {
    const es = find('Polish troops crossed the river while Poland’s army held the bridge. Later the Polish forces withdrew.');
    const forces = es.filter((e) => e.kind === 'armed_force');
    expect(forces).toHaveLength(1);
    expect(forces[0]?.mentions.map((m) => m.text)).toEqual(['Polish troops', 'Poland’s army', 'Polish forces']);
    const country = es.find((e) => e.key === forces[0]?.memberOf?.[0]?.key);
    expect(country?.name).toBe('Poland');
  });

  it('names an organisation with its country instead of a possessive', () => {
    const es = find('Lithuania’s Ministry of Defence said the drills were over.');
    expect(named(es, 'Lithuanian Ministry of Defence')?.kind).toBe('organization');
  });

  it('treats a source of the article as media and cites it', () => {
    const r = findEntities(anArticle('The bridge was destroyed, according to Gazetrix. The Daily Meridian reported further strikes.'), []);
    const keys = r.entities.filter((e) => e.kind === 'media').map((e) => e.name).sort();
    expect(keys).toEqual(['Daily Meridian', 'Gazetrix']);
    expect(r.cites).toHaveLength(2);
  });
});

describe('findEntities: places', () => {
  it('finds a village missing from the gazetteer from its context', () => {
    const es = find('Troops entered the village of Zarichne-Velyke on Friday. Dovhobridka, a settlement in the Sumy region, was shelled.');
    expect(named(es, 'Zarichne-Velyke')?.kind).toBe('village');
    const d = named(es, 'Dovhobridka');
    expect(d?.kind).toBe('village');
    expect(es.find((e) => e.key === d?.partOf)?.name).toBe('Sumy region');
  });

  it('puts an unknown village in the region of a town named beside it', () => {
    const es = find('Troops advanced into southern Pereviz-Dolyna, north-west of Lebedyn in the Sumy region.');
    const v = named(es, 'Pereviz-Dolyna');
    expect(v?.label).toBe('Place');
    expect(v?.partOf).toBe(named(es, 'Lebedyn')?.partOf);
    expect(es.find((e) => e.key === v?.partOf)?.kind).toBe('region');
  });

  it('geocodes a real town and links it town → region → country', () => {
    const es = find('Strikes hit the town of Lebedyn in the Sumy region overnight.');
    const town = named(es, 'Lebedyn');
    expect(town?.lat).toBeCloseTo(50.58, 1);
    const region = es.find((e) => e.key === town?.partOf);
    expect(region?.kind).toBe('region');
    expect(es.find((e) => e.key === region?.partOf)?.name).toBe('Ukraine');
  });

  it('makes "X", "X region" and "X Oblast" one region in an article that names the region', () => {
    const es = find('Fighting in the Sumy region went on. Sumy Oblast officials said Sumy was calm.');
    const regions = es.filter((e) => e.kind === 'region');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.mentions).toHaveLength(3);
    expect(regions[0]?.name).toBe('Sumy Oblast');
  });

  it('knows states and provinces from CLDR, but a big city keeps its name', () => {
    const es = find('Governor Ann Mallory of Nevada said voters in New York and Texas were watching.');
    expect(named(es, 'Nevada')?.kind).toBe('region');
    expect(named(es, 'Texas')?.kind).toBe('region');
    expect(es.find((e) => e.key === named(es, 'Texas')?.partOf)?.name).toBe('United States');
    expect(named(es, 'New York')?.kind).toBe('city');
    expect(named(es, 'Ann Mallory')?.kind).toBe('person');
  });

  it('reads "the region" as the one region the article names', () => {
    const text = 'Troops crossed into the Sumy region on Monday. Fighting in the region went on.';
    const region = find(text).find((e) => e.kind === 'region');
    expect(region?.mentions.map((m) => m.start)).toEqual([text.indexOf('Sumy region'), text.indexOf('the region')]);
  });

  it('keeps a region apart from a facility that shares its name', () => {
    const es = find('Shelling near the Varnok Nuclear Plant worried experts in the Varnok region.');
    expect(es.filter((e) => e.label === 'Place').map((e) => e.kind).sort()).toEqual(['facility', 'region']);
  });
});

describe('findEntities: offsets', () => {
  it('maps a span to the entity mentioned there', () => {
    const text = 'Officials said Hungary would veto the package.';
    const r = findEntities(anArticle(text), []);
    const at = text.indexOf('Hungary');
    const key = entityAt(r, at, at + 'Hungary'.length);
    expect(r.entities.find((e) => e.key === key)?.name).toBe('Hungary');
  });

  it('never crashes on random text; every mention slices back to its text and none overlap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom('Russia', 'Anna Petrenko', ' said ', 'in Kyiv', '’s', 'the village of ', 'Ukrainian troops', '\n', '. '), { maxLength: 12 }), (noise, parts) => {
        const text = noise + parts.join(' ');
        const spans = findEntities(anArticle(text), []).entities.flatMap((e) => e.mentions);
        for (const m of spans) expect(text.slice(m.start, m.end)).toBe(m.text);
        // no character belongs to two mentions
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      }),
      { numRuns: 150 },
    );
  });
});
