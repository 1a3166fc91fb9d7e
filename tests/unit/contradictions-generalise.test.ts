// Contradictions on casualty, injury and fire claims: tolls as deaths, hits/shelling/fire as one
// predicate, "no X took place", a negation in each clause, and different parties kept apart.
import { describe, expect, it } from 'vitest';
import { linkStatements } from '../../src/ingest/resolve/contradictions.ts';
import type { StatementRecord } from '../../src/model/index.ts';

let n = 0;
function st(article: string, speaker: string, text: string, about: string[] = [], polarity: 'affirms' | 'denies' = 'affirms'): StatementRecord {
  n++;
  return { id: `s:${n}`, article, speaker, text, quote: false, verb: 'say', polarity, date: null, start: n * 100, end: n * 100 + text.length, about };
}
const actors = new Set(['a:brell', 'a:olga', 'a:nor', 'a:est']);
const places = new Set(['p:vessa']);
const names = new Map([['a:brell', 'Brell'], ['a:olga', 'Varenko'], ['a:nor', 'Norlandic forces'], ['a:est', 'Estmark forces'], ['p:vessa', 'Vessa']]);
const link = (a: StatementRecord, b: StatementRecord) => linkStatements([a, b], actors, names, places);

describe('linkStatements on casualties and fire', () => {
  it('reads a toll ("22 bodies", "no casualties") as a claim about deaths', () => {
    const a = st('art:1', 'a:brell', 'residents had counted 22 bodies in Vessa', ['p:vessa']);
    const b = st('art:2', 'a:olga', 'nobody had been killed in Vessa', ['p:vessa']);
    expect(link(a, b).contradictions).toHaveLength(1);
    const c = st('art:3', 'a:olga', 'the garrison in Vessa suffered no casualties', ['p:vessa']);
    expect(link(a, c).contradictions).toHaveLength(1);
  });

  it('links injuries with a denial of injuries', () => {
    const a = st('art:1', 'a:brell', 'two sailors were injured when officers boarded in Vessa', ['p:vessa']);
    const b = st('art:2', 'a:olga', 'nobody was hurt during the boarding at Vessa', ['p:vessa']);
    expect(link(a, b).contradictions).toHaveLength(1);
  });

  it('treats hits, shelling and firing as one predicate, "fire" only as a verb', () => {
    const a = st('art:1', 'a:brell', 'we did not fire a single shell on Vessa', ['p:vessa']);
    const b = st('art:2', 'a:olga', 'mortar rounds hit a camp near Vessa', ['p:vessa']);
    expect(link(a, b).contradictions).toHaveLength(1);
    const blaze = st('art:3', 'a:olga', 'there was a small fire in Vessa', ['p:vessa']);
    expect(link(blaze, b).contradictions).toHaveLength(0);
  });

  it('reads "no drone strike had taken place" as denying a strike, not a capture', () => {
    const a = st('art:1', 'a:brell', 'drones had struck positions at Vessa on Saturday', ['p:vessa']);
    const b = st('art:2', 'a:olga', 'no drone strike had taken place at Vessa', ['p:vessa']);
    const links = link(a, b);
    expect(links.contradictions).toHaveLength(1);
    expect(links.contradictions[0]!.reason).not.toMatch(/taken/);
  });

  it('keeps a negation in one clause when another clause is negated too', () => {
    const a = st('art:1', 'a:brell', 'the vessel was not hit and there is no fire on board');
    const b = st('art:1', 'a:olga', 'a missile hit the vessel');
    expect(link(a, b).withinArticle).toHaveLength(1);
  });

  it('does not link, by predicate alone, opposite claims about different parties', () => {
    const a = st('art:1', 'a:brell', 'three Norlandic servicemen were killed', ['a:nor']);
    const b = st('art:1', 'a:olga', 'no Estmark servicemen had been killed', ['a:est']);
    expect(link(a, b).withinArticle).toHaveLength(0);
  });
});
