// resolveEntities: one node per real entity across articles, stable ids, convergence with known entities.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/geo/index.ts';
import type { ArticleDraft, CleanArticle, KnownEntity } from '../../src/model/index.ts';
import { findEntities } from '../../src/ingest/extract/entities/index.ts';
import { resolveEntities } from '../../src/ingest/resolve/entities.ts';
import { nameKey, samePersonName } from '../../src/ingest/resolve/names.ts';

function aDraft(id: string, text: string): ArticleDraft {
  const article: CleanArticle = { id, file: `${id}.txt`, title: '', source: null, url: null, published: null, publishedInferred: false, text };
  const found = findEntities(article, []);
  return { article, wordCount: 0, entities: found.entities, statements: [], events: [], cites: found.cites };
}

loadGazetteer(); // once, before the drafts below are built at import time
const drafts = [
  aDraft('a1', 'President Andriy Kovalenkyi said Germany would help. Polish troops entered the village of Zarichne-Velyke.'),
  aDraft('a2', 'Andriy Kovalenkii met Donald Tusk in Berlin. Kovalenkii thanked Germany, and talks were held in Germany.'),
  aDraft('a3', 'Donald Trump said Poland’s army was ready. Kovalenkyy said he had spoken to Polish forces near Zarichne-Velyke.'),
];

describe('resolveEntities', () => {
  it('merges spelling variants and surname-only references across articles', () => {
    const { actors, idOf } = resolveEntities(drafts);
    const k = actors.filter((a) => a.kind === 'person' && /Kovalenk/.test(a.name));
    expect(k).toHaveLength(1);
    expect(new Set(k[0]?.mentions.map((m) => m.article))).toEqual(new Set(['a1', 'a2', 'a3']));
    expect(k[0]?.aliases).toEqual(expect.arrayContaining(['Kovalenkii', 'Kovalenkyy']));
    expect(idOf('a3', drafts[2]?.entities.find((e) => e.name === 'Kovalenkyy')?.key ?? '')).toBe(k[0]?.id);
  });

  it('never merges near-homonyms that share a word', () => {
    const { actors } = resolveEntities(drafts);
    const names = actors.filter((a) => a.kind === 'person').map((a) => a.name.replace(/Kovalenk\w+/, 'Kovalenko')).sort();
    expect(names).toEqual(['Andriy Kovalenko', 'Donald Trump', 'Donald Tusk']);
    expect(samePersonName('Donald Trump', 'Donald Tusk')).toBe(false);
    expect(samePersonName('Anna Petrenko', 'Olga Petrenko')).toBe(false);
    expect(samePersonName('Volodymyr Zelenskyy', 'Zelensky')).toBe(true);
    expect(nameKey('Syrskyi')).toBe(nameKey('Syrskii'));
  });

  it('gives a country one id as actor and as place, and one force per country', () => {
    const { actors, places } = resolveEntities(drafts);
    const germanyActor = actors.find((a) => a.name === 'Germany');
    const germanyPlace = places.find((p) => p.name === 'Germany');
    expect(germanyActor?.id).toBe('country:germany');
    expect(germanyPlace?.id).toBe(germanyActor?.id);
    const forces = actors.filter((a) => a.kind === 'armed_force');
    expect(forces.map((f) => f.id)).toEqual(['force:poland']);
    expect(forces[0]?.memberOf?.[0]?.id).toBe('country:poland');
    expect(places.filter((p) => p.name === 'Zarichne-Velyke')).toHaveLength(1);
  });

  it('gives the same ids whatever the order of the articles', () => {
    const ids = (ds: ArticleDraft[]): string[] => {
      const r = resolveEntities(ds);
      return [...r.actors, ...r.places].map((e) => `${e.id}=${e.name}`).sort();
    };
    expect(ids([...drafts].reverse())).toEqual(ids(drafts));
    expect(ids([drafts[1], drafts[2], drafts[0]] as ArticleDraft[])).toEqual(ids(drafts));
  });

  it('reads a bare city as the region another article names, whatever the order', () => {
    const a = aDraft('b1', 'Fighting raged in Sumy on Monday, officials said.');
    const b = aDraft('b2', 'Troops left the Sumy region on Tuesday.');
    for (const ds of [[a, b], [b, a]]) {
      const regions = resolveEntities(ds).places.filter((p) => /Sumy/.test(p.name));
      expect(regions.map((r) => [r.id, r.kind])).toEqual([['region:sumy', 'region']]);
    }
    // Alone, the bare name is the city.
    expect(resolveEntities([a]).places.find((p) => p.name === 'Sumy')?.kind).toBe('city');
  });

  it('merges one ministry written two ways, never a ministry of another or no country', () => {
    const ds = [
      aDraft('m1', 'The Russian Defense Ministry said the village was taken.'),
      aDraft('m2', 'Russia’s Ministry of Defence claimed new gains.'),
      aDraft('m3', 'The British Ministry of Defence and the Ministry of Defence of no stated country disagreed.'),
    ];
    const orgs = resolveEntities(ds).actors.filter((a) => /Ministry/.test(a.name));
    const russian = orgs.filter((o) => /Russian/.test(o.name));
    expect(russian).toHaveLength(1);
    expect(new Set(russian[0]?.mentions.map((m) => m.article))).toEqual(new Set(['m1', 'm2']));
    expect(orgs.some((o) => /British/.test(o.name) && o.id !== russian[0]?.id)).toBe(true);
    expect(russian[0]?.memberOf?.[0]?.id ?? 'country:russia').toBe('country:russia');
  });

  it('converges with entities already in the graph and adds the new aliases', () => {
    const known: KnownEntity[] = [
      { id: 'person:kovalenkyi-a', label: 'Actor', name: 'Andriy Kovalenkyi', kind: 'person', aliases: [] },
      { id: 'country:germany', label: 'Actor', name: 'Germany', kind: 'country', aliases: [] },
    ];
    const { actors } = resolveEntities([drafts[2] as ArticleDraft, drafts[1] as ArticleDraft], known);
    const k = actors.find((a) => a.id === 'person:kovalenkyi-a');
    expect(k?.aliases).toEqual(expect.arrayContaining(['Kovalenkyy']));
    expect(actors.filter((a) => a.kind === 'person' && /Kovalenk/.test(a.name))).toHaveLength(1);
  });
});
