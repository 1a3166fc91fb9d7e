// CONTRADICTS and SUPPORTS between statements: negation, denial, synonyms from WordNet and phrasal groups.
import { describe, expect, it } from 'vitest';
import { linkStatements } from '../../src/ingest/resolve/contradictions.ts';
import type { PlaceRecord, StatementRecord } from '../../src/model/index.ts';

let n = 0;
function st(article: string, speaker: string, text: string, polarity: 'affirms' | 'denies' = 'affirms', about = ['a:garrison']): StatementRecord {
  n++;
  return { id: `s:${n}`, article, speaker, text, quote: false, verb: 'say', polarity, date: null, start: n * 100, end: n * 100 + text.length, about };
}
const actors = new Set(['a:garrison', 'a:brell', 'a:olga', 'a:herald']);
const names = new Map([['a:garrison', 'the garrison'], ['a:brell', 'Brell'], ['a:olga', 'Varenko'], ['a:herald', 'the Herald']]);

describe('linkStatements', () => {
  it('finds a contradiction between "surrounded" and "not encircled" across articles, with a reason', () => {
    const a = st('art:1', 'a:brell', 'the garrison in Vessa is surrounded');
    const b = st('art:2', 'a:herald', 'the garrison is under pressure but it is not encircled');
    const links = linkStatements([a, b], actors, names);
    expect(links.contradictions).toHaveLength(1);
    expect(links.contradictions[0]!.reason).toMatch(/Brell/);
    expect(links.contradictions[0]!.reason).toMatch(/not encircled/);
  });

  it('reads a denial as the negation of its claim', () => {
    const a = st('art:1', 'a:brell', 'the garrison has been cut off');
    const b = st('art:2', 'a:olga', 'the garrison is trapped', 'denies');
    expect(linkStatements([a, b], actors, names).contradictions).toHaveLength(1);
  });

  it('finds support between synonyms with the same polarity', () => {
    const a = st('art:1', 'a:brell', 'the garrison was encircled on Monday');
    const b = st('art:2', 'a:olga', 'the garrison is surrounded');
    const links = linkStatements([a, b], actors, names);
    expect(links.contradictions).toHaveLength(0);
    expect(links.supports).toHaveLength(1);
  });

  it('treats "no evidence that …" as denying the whole claim', () => {
    const a = st('art:1', 'a:brell', 'the garrison is surrounded');
    const b = st('art:2', 'a:herald', 'there is no evidence that enemy units have encircled the garrison');
    expect(linkStatements([a, b], actors, names).contradictions).toHaveLength(1);
  });

  it('keeps within-article contradictions apart from cross-article ones', () => {
    const a = st('art:1', 'a:brell', 'the garrison is surrounded');
    const b = st('art:1', 'a:olga', 'the garrison is not surrounded');
    const links = linkStatements([a, b], actors, names);
    expect(links.contradictions).toHaveLength(0);
    expect(links.withinArticle).toHaveLength(1);
  });

  it('links nothing when the statements share no actor or no predicate', () => {
    const a = st('art:1', 'a:brell', 'the garrison is surrounded');
    const b = st('art:2', 'a:olga', 'the bridge is not surrounded', 'affirms', ['a:bridge']);
    const c = st('art:2', 'a:olga', 'the garrison received new rifles', 'denies');
    const links = linkStatements([a, b, c], actors, names);
    expect(links.contradictions).toHaveLength(0);
  });

  it('keeps claims about different places apart', () => {
    const places = new Set(['pl:vessa', 'pl:karn']);
    const a = st('art:1', 'a:brell', 'the garrison in Vessa is surrounded', 'affirms', ['a:garrison', 'pl:vessa']);
    const b = st('art:2', 'a:olga', 'the garrison in Karn is not surrounded', 'affirms', ['a:garrison', 'pl:karn']);
    const c = st('art:3', 'a:olga', 'the garrison in Vessa is not surrounded', 'affirms', ['a:garrison', 'pl:vessa']);
    const links = linkStatements([a, b, c], actors, names, places);
    expect(links.contradictions.map((l) => [l.a, l.b].sort())).toEqual([[a.id, c.id].sort()]);
  });

  it('ignores hypothetical claims', () => {
    const a = st('art:1', 'a:brell', 'the garrison would be surrounded if the road fell');
    const b = st('art:2', 'a:olga', 'the garrison is not surrounded');
    expect(linkStatements([a, b], actors, names).contradictions).toHaveLength(0);
  });
});

describe('linkStatements on claims about places', () => {
  const text3 = 'Fighters of the Kovar Front entered the town of Teslin on Friday after a long siege. The army said the town was never taken.';
  const teslin3 = text3.indexOf('Teslin');
  const claim3 = text3.indexOf('the town was never taken');
  const text4 = 'The Kovar Front said its fighters had taken full control of Teslin. A spokesman for the army said Teslin remains under the control of the army.';
  const places: PlaceRecord[] = [
    {
      id: 'p:teslin',
      name: 'Teslin',
      kind: 'town',
      aliases: [],
      partOf: null,
      mentions: [
        { article: 'art:3', start: teslin3, end: teslin3 + 6, text: 'Teslin' },
        ...[...text4.matchAll(/Teslin/g)].map((m) => ({ article: 'art:4', start: m.index, end: m.index + 6, text: 'Teslin' })),
      ],
    },
  ];
  const placeIds = new Set(['p:teslin']);
  const texts = new Map([
    ['art:3', text3],
    ['art:4', text4],
  ]);
  const claim = (article: string, speaker: string, text: string, start: number, polarity: 'affirms' | 'denies' = 'affirms'): StatementRecord => ({
    ...st(article, speaker, text, polarity, []),
    start,
    end: start + text.length,
  });
  const taken = claim('art:4', 'a:brell', 'its fighters had taken full control of Teslin', text4.indexOf('its fighters'));
  const remains = claim('art:4', 'a:olga', 'Teslin remains under the control of the army', text4.indexOf('Teslin remains'));
  const never = claim('art:3', 'a:herald', 'the town was never taken', claim3);

  it('reads "the town" as the town introduced before, and "never taken" as the negation of "took control"', () => {
    const links = linkStatements([taken, never], actors, new Map([...names, ['p:teslin', 'Teslin']]), placeIds, places, texts);
    expect(links.contradictions).toHaveLength(1);
    expect(links.contradictions[0]!.reason).toMatch(/Teslin/);
  });

  it('reads "remains under the control of" as denying a capture, inside one article', () => {
    const links = linkStatements([taken, remains], actors, names, placeIds, places, texts);
    expect(links.withinArticle).toHaveLength(1);
    expect(links.contradictions).toHaveLength(0);
  });

  it('does not link claims about a place without a predicate in common', () => {
    const other = claim('art:3', 'a:herald', 'Teslin has a population of 9,000', teslin3);
    expect(linkStatements([taken, other], actors, names, placeIds, places, texts).contradictions).toHaveLength(0);
  });

  it('links opposite claims of two speakers in one article on a predicate group, but not one speaker with himself', () => {
    const a = st('art:5', 'a:brell', 'ballots in two wards had been tampered with', 'affirms', []);
    const b = st('art:5', 'a:olga', 'no ballots had been altered', 'affirms', []);
    const c = st('art:5', 'a:brell', 'no ballots had been altered', 'affirms', []);
    expect(linkStatements([a, b], actors, names).withinArticle).toHaveLength(1);
    expect(linkStatements([a, c], actors, names).withinArticle).toHaveLength(0);
  });

  it('does not read "its zone of control" as a claim that a place was taken', () => {
    const zone = claim('art:3', 'a:herald', 'the delegation left after maps showed Teslin inside its zone of control', teslin3 - 40);
    expect(linkStatements([zone, remains], actors, names, placeIds, places, texts).contradictions).toHaveLength(0);
  });

  describe('predicates beyond the capture groups', () => {
    const pids = new Set(['p:orvel', 'p:dunmere']);
    const atPlace = (article: string, speaker: string, text: string, place: string): StatementRecord => st(article, speaker, text, 'affirms', [place]);

    it('links a casualty claim with its denial ("slain" / "no … had been killed")', () => {
      const a = st('art:1', 'a:brell', 'four soldiers of the garrison were slain overnight');
      const b = st('art:2', 'a:olga', 'no servicemen of the garrison had been killed');
      const links = linkStatements([a, b], actors, names);
      expect(links.contradictions).toHaveLength(1);
      expect(links.contradictions[0]!.reason).toMatch(/not killed/);
    });

    it('links "downed two missiles" with "none of our missiles was intercepted" about one place', () => {
      const a = atPlace('art:1', 'a:brell', 'air defences downed two missiles over Orvel', 'p:orvel');
      const b = atPlace('art:2', 'a:olga', 'none of our missiles was intercepted over Orvel', 'p:orvel');
      expect(linkStatements([a, b], actors, names, pids).contradictions).toHaveLength(1);
    });

    it('links opposite WordNet synonyms outside any group through a shared place', () => {
      const a = atPlace('art:1', 'a:brell', 'the market in Orvel was looted', 'p:orvel');
      const b = atPlace('art:2', 'a:olga', 'the market in Orvel was never plundered', 'p:orvel');
      expect(linkStatements([a, b], actors, names, pids).contradictions).toHaveLength(1);
    });

    it('does not link shelling of one place with a denial about another', () => {
      const a = atPlace('art:1', 'a:brell', 'artillery shelled the depot at Orvel', 'p:orvel');
      const b = atPlace('art:2', 'a:olga', 'not a single shell had landed in Dunmere', 'p:dunmere');
      const c = atPlace('art:2', 'a:olga', 'not a single shell had landed in Orvel', 'p:orvel');
      expect(linkStatements([a, b], actors, names, pids).contradictions).toHaveLength(0);
      expect(linkStatements([a, c], actors, names, pids).contradictions).toHaveLength(1);
    });
  });
});
