// findEntities on name shapes beyond the sample articles: particles, appositions, glossed acronyms,
// lower-case bodies, datelines, unknown villages, other names of one place. Passages are invented.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanArticle, DraftEntity } from '../../src/model/index.ts';
import { findEntities } from '../../src/ingest/extract/entities/index.ts';
import { loadGazetteer } from '../../src/ingest/geo/index.ts';

beforeAll(() => void loadGazetteer(), 60_000);

const article = (text: string): CleanArticle => ({ id: 'article:g', file: 'g.txt', title: '', source: null, url: null, published: null, publishedInferred: false, text });
const find = (text: string): DraftEntity[] => findEntities(article(text), []).entities;
const named = (es: DraftEntity[], name: string): DraftEntity | undefined => es.find((e) => e.name === name || e.aliases.includes(name));
const names = (es: DraftEntity[]): string[] => es.filter((e) => e.mentions.length > 0).map((e) => e.name);

describe('findEntities: person names of many shapes', () => {
  it('keeps Arabic particles inside the name', () => {
    const es = find('The talks were led by Tariq al-Mansouri, who met envoys on Monday. Later, Hassan el-Tayeb said the truce held.');
    expect(named(es, 'Tariq al-Mansouri')?.kind).toBe('person');
    expect(named(es, 'Hassan el-Tayeb')?.kind).toBe('person');
    expect(names(es)).not.toContain('Tariq');
  });

  it('finds a person in apposition to a role, with a generational suffix', () => {
    const es = find('Mokoena Dlamini-Zwane, a senior researcher at the institute, disagreed. An elder in the valley, Kwesi Ampofo II, said the river had turned brown.');
    expect(named(es, 'Mokoena Dlamini-Zwane')?.kind).toBe('person');
    expect(named(es, 'Kwesi Ampofo II')?.kind).toBe('person');
  });

  it('does not make a place followed by "the minister said" a person', () => {
    const es = find('After the fall of Zarqa in North Velora, the minister said the town would be retaken.');
    expect(es.some((e) => e.kind === 'person' && e.name.includes('Velora'))).toBe(false);
  });

  it('strips police ranks and never takes a capitalised pronoun for a name', () => {
    const es = find('"We have made arrests," police spokesperson Inspector Tawonga Phiri said. "The situation is calm," He added.');
    expect(named(es, 'Tawonga Phiri')?.title).toBe('Inspector');
    expect(names(es)).not.toContain('He');
  });

  it('reads a one-word place that is a named person\'s surname as the person', () => {
    const es = find('Opposition leader Grace Mbeya rejected the result. Police said they had spoken with Mbeya on Tuesday.');
    const p = named(es, 'Grace Mbeya');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Grace Mbeya', 'Mbeya']);
    expect(es.some((e) => e.label === 'Place' && e.name === 'Mbeya')).toBe(false);
  });
});

describe('findEntities: organisations', () => {
  it('makes a long name glossed by its acronym one organisation', () => {
    const es = find("Harakat Nasr al-Watan wal-Adl (HNWA) said it had taken the hill. HNWA fighters then withdrew.");
    const o = named(es, 'Harakat Nasr al-Watan wal-Adl');
    expect(o?.kind).toBe('organization');
    expect(o?.aliases).toContain('HNWA');
    expect(es.filter((e) => e.name === 'HNWA')).toHaveLength(0);
  });

  it('names lower-case bodies by their country, not the country itself', () => {
    const es = find("Egypt's coast guard said it had rescued 40 people. The Kenyan presidency said the visit would go ahead.");
    expect(named(es, 'Egyptian coast guard')?.kind).toBe('armed_force');
    expect(named(es, 'Kenyan presidency')?.kind).toBe('organization');
  });

  it('takes one-word companies described as such, and the body after "the UN refugee agency"', () => {
    const es = find('Veltrax, the Dutch parts maker, halted two lines, said Ana Ruiz of the think tank Corvell. The UN refugee agency UNRWX said 900 people fled.');
    expect(named(es, 'Veltrax')?.kind).toBe('organization');
    expect(named(es, 'Corvell')?.kind).toBe('organization');
    expect(named(es, 'UNRWX')?.kind).toBe('organization');
    expect(names(es)).not.toContain('UN');
  });

  it('ends an organisation before "in <country>" and takes "X-affiliated" as the organisation X', () => {
    const es = find('The Falcon Group in Chad has hired guards. An al-Shabaab-affiliated cell said it was behind the raid.');
    expect(named(es, 'Falcon Group')).toBeDefined();
    expect(names(es)).not.toContain('Falcon Group in Chad');
    expect(named(es, 'al-Shabaab')?.kind).toBe('organization');
  });
});

describe('findEntities: places', () => {
  it('takes the dateline city, a "Perth-based" city and villages after locating prepositions', () => {
    const es = find('NAIROBI, Kenya, May 2 (Wire) — The Mombasa-based firm said trucks left from Kilimani. An elder in Ndururu, who declined to be named, confirmed it.');
    expect(named(es, 'Nairobi')?.label).toBe('Place');
    expect(named(es, 'Mombasa')?.label).toBe('Place');
    expect(named(es, 'Ndururu')?.label).toBe('Place');
  });

  it('drops regional adjectives and time zones, keeps water bodies', () => {
    const es = find('Published: 10:32 GMT. European carmakers and Arab diplomats watched as ships crossed the Lomar Strait.');
    expect(names(es)).not.toContain('European');
    expect(names(es)).not.toContain('Arab');
    expect(names(es)).not.toContain('GMT');
    expect(named(es, 'Lomar Strait')?.label).toBe('Place');
  });

  it('folds another name of one place ("Y, the Chinese name for the shoal")', () => {
    const es = find('Ships gathered at Velmar Shoal on Sunday. Beijing said its ship entered waters near Hailan Island, the Chinese name for the shoal.');
    const shoal = named(es, 'Velmar Shoal');
    expect(shoal?.aliases).toContain('Hailan Island');
    expect(es.filter((e) => e.label === 'Place' && /Hailan/.test(e.name))).toHaveLength(0);
  });

  it('reads Brussels acting as the EU and keeps English country names', () => {
    const es = find('Brussels has refused to lift the tariffs, and Turkey said it would mediate.');
    expect(named(es, 'Brussels')?.name).toBe('European Union');
    expect(named(es, 'Turkey')?.name).toBe('Turkey');
    expect(es.some((e) => e.name === 'Belgium')).toBe(false);
  });
});
