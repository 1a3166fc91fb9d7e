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

  it('types a clause by its governing verb: a demand, and the demanded strikes only hypothetical', () => {
    const ev = eventsOf('Olga Varenko demanded that Norland halt air strikes on Vessa.');
    expect(ev.find((e) => e.type === 'demand')!.actors[0]).toEqual({ key: 'p:olga', role: 'agent' });
    expect(ev.filter((e) => e.type === 'attack').every((e) => e.hypothetical)).toBe(true);
  });

  it('reads "refused to accept" as a rejection only', () => {
    expect(eventsOf('Tomas Brell refused to accept the results.').map((e) => e.type)).toEqual(['rejection']);
  });

  it('reads "warned that … would" and "warned X against" as threats', () => {
    expect(eventsOf('Estmark warned on Tuesday that it would retaliate.')[0]).toMatchObject({ type: 'threat', date: '2025-03-11' });
    expect(eventsOf('Olga Varenko warned Norland against provocations.')[0]!.type).toBe('threat');
  });

  it('finds aid pledged, sent and cut', () => {
    const types = (t: string): string[] => eventsOf(t).map((e) => e.type);
    expect(types('Estmark pledged $3 million in emergency aid on Monday.')).toEqual(['aid']);
    expect(types('Norland sent a plane with tents and blankets to Vessa.')).toEqual(['aid']);
    expect(types('Estmark cut most of its humanitarian funding for Norland.')).toEqual(['aid']);
    expect(types('Norland sent a letter to Estmark.')).toEqual([]);
  });

  it('finds a capture of a base, with the place named with the base resolving "the base" later', () => {
    const ev = eventsOf('Norlandic forces seized the army base at Vessa. Later they withdrew from the base.');
    expect(ev[0]).toMatchObject({ type: 'capture', place: 'pl:vessa' });
    expect(ev[1]).toMatchObject({ type: 'withdrawal', place: 'pl:vessa' });
  });

  it('finds interceptions and water-cannon attacks', () => {
    expect(eventsOf('Norland said it had expelled a fishing boat from the waters off Vessa.')[0]!.type).toBe('interception');
    expect(eventsOf('Norland expelled Estmark troops in 2022.')).toEqual([]);
    expect(eventsOf('The raiders came with car bombs.')).toEqual([]);
    expect(eventsOf('Norland scrambled jets to warn the aircraft away.')[0]!.type).toBe('interception');
    expect(eventsOf('Two Norlandic ships fired water cannon at the vessel on Sunday.')[0]!.type).toBe('attack');
  });

  it('gives a coordinated verb the subject of the sentence', () => {
    const ev = eventsOf('Tomas Brell said the talks had failed, but demanded a new vote in Vessa.');
    expect(ev.find((e) => e.type === 'demand')!.actors[0]).toEqual({ key: 'p:tomas', role: 'agent' });
  });

  it('does not assert denied events, nor purposes of a visit', () => {
    expect(eventsOf('Olga Varenko denied that Norlandic troops had shelled Vessa.')).toEqual([]);
    expect(eventsOf('Tomas Brell arrived in Vessa on Sunday for talks with Olga Varenko.').map((e) => e.type)).toEqual(['visit']);
  });

  it('places an event by a description in its own clause, not by a place elsewhere in the sentence', () => {
    const ev = eventsOf('Officials said Vessa was quiet. Residents of the Karn region said Norlandic drones struck positions east of the town on Tuesday night.');
    expect(ev.find((e) => e.type === 'attack')).toMatchObject({ place: 'pl:vessa', date: '2025-03-11' });
  });

  it('resolves "it" in reported speech to the reporter, and to nobody when the reporter is unnamed', () => {
    const named = eventsOf('Olga Varenko met Tomas Brell. Norland said on Monday that it had taken full control of Vessa.');
    expect(named.find((e) => e.type === 'capture')!.actors[0]).toEqual({ key: 'c:norland', role: 'agent' });
    const quoted = eventsOf('Norland said on Tuesday that its fighters had "taken full control of Vessa" after two days of fighting.');
    expect(quoted.map((e) => e.type)).toEqual(['capture']);
    expect(quoted[0]!.actors[0]).toEqual({ key: 'c:norland', role: 'agent' });
    const unnamed = eventsOf('Norland met Estmark. A rebel group said that its fighters had seized the town of Vessa.');
    expect(unnamed.find((e) => e.type === 'capture')!.actors).toEqual([]);
  });

  it('places a meeting held during a visit at the visited place', () => {
    const ev = eventsOf('Tomas Brell arrived in Vessa on Sunday. Brell met Olga Varenko at the foreign ministry.');
    expect(ev.find((e) => e.type === 'meeting')).toMatchObject({ place: 'pl:vessa' });
  });
});

