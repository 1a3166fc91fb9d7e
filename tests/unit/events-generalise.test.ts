// Events: general trigger rules added for unseen wire copy (fire, hits, deployments of craft,
// withdrawals, vetoes, requests) and the false friends and denials that must not become events.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/ingest/extract/events/index.ts';
import { PEOPLE, passage } from './extract/fixtures.ts';

function eventsOf(text: string, published: string | null = '2025-03-13') {
  const p = passage(text, PEOPLE, published);
  return findEvents(p.article, p.segments, p.mentions);
}
const types = (text: string): string[] => eventsOf(text).map((e) => e.type);

describe('findEvents on general attack wording', () => {
  it('takes "opened fire", "fired first at" and an exchange of fire as attacks', () => {
    expect(types('Norlandic troops opened fire on positions near Vessa on Tuesday.')).toEqual(['attack']);
    expect(types('Estmark said Norlandic forces had fired first at its posts.')).toEqual(['attack']);
    expect(types('A brief exchange of fire near Vessa killed two soldiers in May.')).toEqual(['attack']);
    expect(types('Norlandic forces fired at least 20 mortar rounds from the hills.')).not.toContain('rejection');
  });

  it('takes hits and destruction of military targets, not of abstractions', () => {
    expect(types('Norlandic troops had destroyed an observation post near Vessa.')).toEqual(['attack']);
    expect(types('A rocket hit a petrol station in Vessa, killing three people.')).toEqual(['attack']);
    expect(types('Tomas Brell said the scandal destroyed public trust.')).toEqual([]);
  });

  it('skips trigger words inside capitalised names', () => {
    expect(types('Olga Varenko told the Associated Dispatch that the road was open.')).toEqual([]);
    expect(types('A veteran of Operation Desert Storm, Tomas Brell spoke in Vessa.')).toEqual([]);
  });

  it('does not take a storm at sea or a mandate ("on orders from") as an attack or an order', () => {
    expect(types('Estmark said the ship had lost an anchor in a storm off Vessa in December.')).toEqual([]);
    expect(types('Tomas Brell accused Norland of acting on orders from Estmark.')).toEqual([]);
  });
});

describe('findEvents on deployments, withdrawals and diplomacy', () => {
  it('takes ships and guards sent or moved as deployments, not as aid', () => {
    const [sent] = eventsOf("Estmark's navy sent a patrol vessel to Vessa on Tuesday.");
    expect(sent).toMatchObject({ type: 'deployment', date: '2025-03-11' });
    expect(types('Norland said it had moved additional border guards to the Karn region.')).toEqual(['deployment']);
    expect(types('Olga Varenko said Norland was ready to send 200 officers.')).toEqual(['deployment']);
  });

  it('takes forces leaving a named place and abandoned posts as withdrawals, not evacuated civilians', () => {
    expect(types('Norlandic troops left Vessa last year.')).toEqual(['withdrawal']);
    expect(types('Some outposts were temporarily abandoned for tactical reasons.')).toEqual(['withdrawal']);
    expect(types('Estmark evacuated about 40,000 residents from Vessa.')).toEqual([]);
  });

  it('takes vetoes, blocked texts, requests and pressure as rejections and appeals', () => {
    expect(types('Estmark blocked a joint statement on aid.')).toContain('rejection');
    expect(types('Estmark vetoed the plan.')).toEqual(['rejection']);
    const [asked] = eventsOf('Olga Varenko asked the Ministry of Roads to reopen the bridge.');
    expect(asked).toMatchObject({ type: 'appeal', actors: [{ key: 'p:olga', role: 'agent' }, { key: 'o:ministry', role: 'target' }] });
    expect(types('Estmark pressed Norland to lift the restrictions.')).toEqual(['appeal']);
    expect(types('A witness, who asked not to be named, said Vessa was calm.')).toEqual([]);
  });

  it('does not take "offered no evidence" or "meet its obligations" as a proposal or a meeting', () => {
    expect(types('Tomas Brell offered no evidence for the claim.')).toEqual([]);
    expect(types('Olga Varenko said Estmark will meet its obligations.')).toEqual([]);
  });
});

describe('findEvents on denied and negated events', () => {
  it('does not assert an event that its subject denies', () => {
    expect(types('Norland denied shelling a camp near Vessa.')).toEqual([]);
    expect(types('Estmark denied the attack.')).toEqual([]);
  });

  it('does not assert an event under a negative quantifier', () => {
    expect(types('Norland insisted that not a single Norlandic shell had landed in Vessa.')).toEqual([]);
    expect(types('None of the Norlandic drones struck Vessa.')).toEqual([]);
  });
});

describe('findEvents on reactions, stopped events and captures', () => {
  it('takes "X dismissed the demand" as X rejecting, not as X demanding', () => {
    expect(types('Olga Varenko dismissed the demand.')).toEqual(['rejection']);
    expect(types('Estmark is weighing up a Norland-backed proposal for a truce.')).toEqual(['proposal']);
  });

  it('does not take characterising an accusation as a rejection event', () => {
    expect(types('Estmark dismissed the allegation as "cynical".')).toEqual([]);
    expect(types('The Ministry of Roads dismissed the allegations within hours.')).toEqual(['rejection']);
  });

  it('does not report attacks that are to be halted or fled from, nor munitions fired at something', () => {
    expect(types('Olga Varenko called on both sides to halt attacks.')).toEqual(['appeal']);
    expect(types('About 4,000 people have fled fighting in the Karn region.')).toEqual([]);
    expect(types('Norland said its forces downed two missiles fired at shipping.')).toEqual(['interception']);
  });

  it('takes ambushes, captures told in a relative clause and captures of a described town', () => {
    expect(types('Norlandic troops were ambushed on the road to Vessa.')).toEqual(['attack']);
    const [rel] = eventsOf('Vessa, which Norlandic forces captured early last year, is quiet.');
    expect(rel).toMatchObject({ type: 'capture', place: 'pl:vessa' });
    expect(types('Norlandic forces took control of the border trade town of Vessa.')).toEqual(['capture']);
  });
});

describe('findEvents on wire datelines', () => {
  it('keeps the dateline out of the evidence and its date out of the events', () => {
    const [e] = eventsOf('VESSA, March 10 (Herald Wire) - Norlandic troops shelled Vessa.');
    expect(e).toMatchObject({ type: 'attack', date: null });
    expect(e!.evidence[0]!.text).toBe('Norlandic troops shelled Vessa');
    const [f] = eventsOf('Vessa (HW) — Norlandic troops shelled Vessa on Tuesday.');
    expect(f).toMatchObject({ date: '2025-03-11' });
    expect(f!.evidence[0]!.text).toBe('Norlandic troops shelled Vessa on Tuesday');
  });
});

describe('findEvents on definite event nouns', () => {
  it('takes "the X attack" without a complement as a reference back, not a new event', () => {
    expect(types('Olga Varenko proposed a joint team to investigate the Vessa attack.')).toEqual(['proposal']);
    expect(types('Estmark asked the council to hold an emergency session on the attack.')).toEqual(['appeal']);
    expect(types('Tomas Brell said the shelling lasted almost three hours.')).toEqual([]);
  });

  it('keeps definite nouns with a complement, gerunds after "of", and nouns after the conjunction "that"', () => {
    expect(types('The attack on Vessa began at dawn.')).toEqual(['attack']);
    expect(types('Estmark accused Norlandic forces of shelling Vessa.')).toEqual(['attack']);
    expect(types('Olga Varenko said that reinforcements had been deployed to Vessa.')).toEqual(['deployment']);
  });
});

describe('findEvents on questions and references to ambushes', () => {
  it('does not take an open question ("who fired first") or "the ambush" mentioned again as events', () => {
    expect(types('Observers could not establish who fired first near Vessa.')).toEqual([]);
    expect(types('The Ministry of Roads did not comment on the ambush.')).toEqual([]);
  });
});

describe('findEvents with a described reporter', () => {
  it('gives "The army said it had …" to the armed force named before, not to the repelled attack', () => {
    const ev = eventsOf('Norlandic forces moved towards Vessa on Monday. The army said it had repelled an attack near Vessa.');
    expect(ev.find((e) => e.type === 'interception')!.actors).toContainEqual({ key: 'f:norland', role: 'agent' });
    expect(ev.find((e) => e.type === 'attack')?.actors ?? []).not.toContainEqual({ key: 'f:norland', role: 'agent' });
  });
});
