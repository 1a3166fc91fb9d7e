// Events: trigger typing, agent/target/place, dates against publication, hypothetical marking.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/ingest/extract/events/index.ts';
import { PEOPLE, passage } from './extract/fixtures.ts';

function eventsOf(text: string, published: string | null = '2025-03-13') {
  const p = passage(text, PEOPLE, published);
  return findEvents(p.article, p.segments, p.mentions).map((e) => {
    for (const v of e.evidence) expect(p.article.text.slice(v.start, v.end)).toBe(v.text);
    return e;
  });
}

describe('findEvents', () => {
  it('types a capture with agent, place and a weekday date', () => {
    const [e, ...rest] = eventsOf('Norlandic forces captured Vessa on Wednesday.');
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ type: 'capture', place: 'pl:vessa', date: '2025-03-12', hypothetical: false });
    expect(e!.actors).toContainEqual({ key: 'f:norland', role: 'agent' });
    expect(e!.label).toMatch(/captures Vessa/);
  });

  it('finds a visit by a person to a region, dated by "last August"', () => {
    const [e] = eventsOf('Tomas Brell made a visit to the Karn region last August.');
    expect(e).toMatchObject({ type: 'visit', place: 'pl:karn', date: '2024-08' });
    expect(e!.actors[0]).toEqual({ key: 'p:tomas', role: 'agent' });
  });

  it('takes an appeal with its target', () => {
    const [e] = eventsOf('Olga Varenko urged Estmark to reopen the border crossing.');
    expect(e!.type).toBe('appeal');
    expect(e!.actors).toEqual([
      { key: 'p:olga', role: 'agent' },
      { key: 'c:estmark', role: 'target' },
    ]);
  });

  it('marks modal and conditional events as hypothetical', () => {
    const [may] = eventsOf('Tomas Brell may meet Olga Varenko in Vessa next month.');
    expect(may).toMatchObject({ type: 'meeting', hypothetical: true });
    const [cond] = eventsOf('If talks fail, Norland would attack Vessa.');
    expect(cond).toMatchObject({ type: 'attack', hypothetical: true });
  });

  it('skips negated triggers and captures of people', () => {
    expect(eventsOf('Norland has not attacked Vessa.')).toEqual([]);
    expect(eventsOf('Soldiers captured in Vessa were released.')).toEqual([]);
  });

  it('dates "a day after" from the previous explicit day', () => {
    const ev = eventsOf('Tomas Brell arrived in Vessa on Wednesday. The trip came a day after Estmark agreed to the plan.');
    const agreement = ev.find((e) => e.type === 'agreement');
    expect(agreement).toMatchObject({ date: '2025-03-11' });
    expect(agreement!.actors[0]).toEqual({ key: 'c:estmark', role: 'agent' });
  });

  it('resolves a demonym before a noun trigger to the forces of that country', () => {
    const [e] = eventsOf('Vessa was hit by a wave of Norlandic drone strikes overnight.');
    expect(e).toMatchObject({ type: 'attack', date: '2025-03-13' });
  });

  it('takes the antecedent of "who" as the agent of a relative clause', () => {
    const ev = eventsOf('Tomas Brell, who met Olga Varenko in Vessa, said the talks went well.');
    const meeting = ev.find((e) => e.type === 'meeting');
    expect(meeting!.actors.map((a) => a.key)).toEqual(['p:tomas', 'p:olga']);
    expect(meeting!.actors.every((a) => a.role === 'participant')).toBe(true);
  });

  it('does not make the one who rejects a proposal its proposer', () => {
    const ev = eventsOf('Tomas Brell rejected the proposal on Tuesday.');
    expect(ev.map((e) => e.type)).toEqual(['rejection']);
    expect(ev[0]!.date).toBe('2025-03-11');
  });

  it('ignores headlines', () => {
    expect(eventsOf('Norland Captures Vessa In Surprise Attack')).toEqual([]);
  });
});
