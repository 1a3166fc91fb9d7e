// Statements: quotation and reported-speech attribution, pronouns, denials, nested attribution, spans.
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/ingest/extract/statements/index.ts';
import { PEOPLE, passage } from './extract/fixtures.ts';

function statementsOf(text: string, published: string | null = '2025-03-13') {
  const p = passage(text, PEOPLE, published);
  return findStatements(p.article, p.segments, p.mentions).map((s) => {
    expect(p.article.text.slice(s.start, s.end)).toBe(s.text);
    return s;
  });
}

describe('findStatements', () => {
  it('attributes reported speech with the speaker before the verb', () => {
    const [s, ...rest] = statementsOf('Olga Varenko said that the bridge at Vessa would reopen next week.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'p:olga', text: 'the bridge at Vessa would reopen next week', verb: 'say', polarity: 'affirms', quote: false });
    expect(s!.about).toContain('pl:vessa');
  });

  it('attributes a quotation with the speaker after it', () => {
    const [s] = statementsOf('“We will not give up a single street of Vessa,” Tomas Brell said on Tuesday.');
    expect(s).toMatchObject({ speaker: 'p:tomas', text: 'We will not give up a single street of Vessa', quote: true });
  });

  it('resolves "he" to the person named in the previous sentence', () => {
    const st = statementsOf('Tomas Brell toured the flooded districts. He said the army would help rebuild the dams by spring.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ speaker: 'p:tomas', text: 'the army would help rebuild the dams by spring' });
  });

  it('takes a quotation introduced by a colon, split per sentence', () => {
    const st = statementsOf('Varenko added: “The roads are open again. The trucks are moving.”');
    expect(st.map((s) => s.text)).toEqual(['The roads are open again', 'The trucks are moving']);
    expect(st.every((s) => s.speaker === 'p:olga' && s.quote)).toBe(true);
  });

  it('handles "according to X" leading and trailing', () => {
    const lead = statementsOf('According to the Daily Herald, the Ministry of Roads spent twice its budget.');
    expect(lead[0]).toMatchObject({ speaker: 'm:herald', text: 'the Ministry of Roads spent twice its budget' });
    const trail = statementsOf('Repairs on the main road will take three months, according to the Ministry of Roads.');
    expect(trail[0]).toMatchObject({ speaker: 'o:ministry', text: 'Repairs on the main road will take three months' });
  });

  it('keeps the claim of a denial, with polarity denies', () => {
    const [s] = statementsOf('Norland denied that its troops had entered Vessa.');
    expect(s).toMatchObject({ speaker: 'c:norland', text: 'its troops had entered Vessa', polarity: 'denies', verb: 'deny' });
  });

  it('gives the inner speaker of a nested attribution, the outer source as via', () => {
    const [s] = statementsOf('According to the Daily Herald, Tomas Brell told reporters that the talks had failed.');
    expect(s).toMatchObject({ speaker: 'p:tomas', text: 'the talks had failed', via: ['m:herald'] });
  });

  it('splits two reports in one sentence at the conjunction', () => {
    const st = statementsOf('The Ministry of Roads said the tunnel was safe, but Olga Varenko said it needed new lights.');
    expect(st.map((s) => [s.speaker, s.text])).toEqual([
      ['o:ministry', 'the tunnel was safe'],
      ['p:olga', 'it needed new lights'],
    ]);
  });

  it('attributes a possessed claim ("X’s claim that P") and a dismissal of it', () => {
    const st = statementsOf('Officials dismissed Brell’s claim that the dam had been sabotaged.');
    const claim = st.find((s) => s.speaker === 'p:tomas');
    expect(claim).toMatchObject({ text: 'the dam had been sabotaged', polarity: 'affirms' });
    expect(st.find((s) => s.polarity === 'denies')?.speaker).toBeNull();
  });

  it('dates a statement by the weekday in its sentence, else by publication', () => {
    const [a] = statementsOf('On Monday, Olga Varenko said the border would stay closed.', '2025-03-13');
    expect(a!.date).toBe('2025-03-10');
    const [b] = statementsOf('Olga Varenko said the border would stay closed.', '2025-03-13');
    expect(b!.date).toBe('2025-03-13');
  });

  it('attributes an inverted quotation and the quotation that follows it', () => {
    const st = statementsOf('“The bridge is gone,” said Olga Varenko. “We will build a ferry instead.”');
    expect(st.map((s) => [s.speaker, s.text])).toEqual([
      ['p:olga', 'The bridge is gone'],
      ['p:olga', 'We will build a ferry instead'],
    ]);
  });

  it('gives a mouthpiece’s words to its owner and unnamed sources a null speaker', () => {
    const [a] = statementsOf('The Ministry of Roads’s spokesman said the tunnel would close in May.');
    expect(a).toMatchObject({ speaker: 'o:ministry', text: 'the tunnel would close in May' });
    const [b] = statementsOf('Police said four lorries were stuck near Vessa.');
    expect(b).toMatchObject({ speaker: null, text: 'four lorries were stuck near Vessa' });
  });

  it('gives the words of "a statement from X" to X', () => {
    const [s] = statementsOf('A statement from the Ministry of Roads said the tolls would double.');
    expect(s).toMatchObject({ speaker: 'o:ministry', text: 'the tolls would double' });
  });

  it('does not take "claimed responsibility" for a claim', () => {
    expect(statementsOf('Norland claimed responsibility for the blast near Vessa.')).toEqual([]);
  });

  it('finds nothing in a passage without attribution', () => {
    expect(statementsOf('The river rose by two metres overnight and flooded the lower town.')).toEqual([]);
  });
});

describe('findStatements: patterns that generalise', () => {
  it('splits "said that P and that Q" into two claims of the same speaker', () => {
    const st = statementsOf('Tomas Brell said that the rebels had seized Vessa after two days of fighting, and that Norlandic troops had fled towards Karn.');
    expect(st.map((s) => [s.speaker, s.text])).toEqual([
      ['p:tomas', 'the rebels had seized Vessa after two days of fighting'],
      ['p:tomas', 'Norlandic troops had fled towards Karn'],
    ]);
  });

  it('does not take "which cited …" after "according to X" as the claim', () => {
    const [s, ...rest] = statementsOf('According to the Daily Herald, which cited two officials familiar with the talks, the Ministry of Roads has frozen all contracts in Karn.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'm:herald', text: 'the Ministry of Roads has frozen all contracts in Karn' });
  });

  it('never makes the outlet of a dateline the speaker of an indefinite subject', () => {
    const st = statementsOf('VESSA, Norland, May 3, 2025 (Daily Herald) — An armed group said on Tuesday that its fighters had seized a depot near Vessa.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ speaker: null, text: 'its fighters had seized a depot near Vessa' });
  });

  it('reads "demanded that P" and a gerund after "denied"', () => {
    expect(statementsOf('Tomas Brell demanded that Norlandic forces leave Vessa by Friday.')[0]).toMatchObject({ speaker: 'p:tomas', verb: 'demand', text: 'Norlandic forces leave Vessa by Friday' });
    expect(statementsOf('Estmark has repeatedly denied supplying weapons to the rebels in Karn.')[0]).toMatchObject({ speaker: 'c:estmark', polarity: 'denies', text: 'supplying weapons to the rebels in Karn' });
  });

  it('gives "rejected claims that P" to the rejecting speaker only, as a denial', () => {
    const st = statementsOf('Olga Varenko rejected claims that the convoy had been turned back at Vessa.');
    expect(st.map((s) => [s.speaker, s.polarity, s.text])).toEqual([['p:olga', 'denies', 'the convoy had been turned back at Vessa']]);
  });

  it('reads "the army" as the force called an army, not a foreign corps named since', () => {
    const specs = [
      { key: 'f:estarmy', name: 'Estmark Armed Forces', kind: 'armed_force' as const, surfaces: ['Estmark Armed Forces', 'Estmark army'] },
      { key: 'f:corps', name: 'Northern Legion', kind: 'armed_force' as const, surfaces: ['Northern Legion'] },
    ];
    const p = passage('The Estmark army fought near Vessa with help from the Northern Legion. The army denied that civilians had been hit.', specs);
    const [s] = findStatements(p.article, p.segments, p.mentions);
    expect(s).toMatchObject({ speaker: 'f:estarmy', polarity: 'denies', text: 'civilians had been hit' });
  });

  it('takes no statement from the headline', () => {
    const text = 'Norland says its troops retook Vessa overnight\n\nThe Ministry of Roads said on Monday that the bridge at Vessa had been repaired.';
    const p = passage(text, PEOPLE);
    const st = findStatements({ ...p.article, title: 'Norland says its troops retook Vessa overnight' }, p.segments, p.mentions);
    expect(st.map((s) => s.text)).toEqual(['the bridge at Vessa had been repaired']);
  });

  it('reads "called X “…”", an owner\'s body as speaker, and a short "to" claim with its object', () => {
    expect(statementsOf('Tomas Brell called the raid "a lesson to those who doubt our army."')[0]).toMatchObject({ speaker: 'p:tomas', verb: 'call', text: 'a lesson to those who doubt our army' });
    expect(statementsOf("Estmark's coast guard said on Monday that it had turned back a fishing boat near Vessa.")[0]).toMatchObject({ speaker: 'c:estmark' });
    const st = statementsOf('The Daily Herald said 12 people had died in Vessa. The newspaper urged the authorities to investigate.');
    expect(st.map((s) => s.text)).toContain('the authorities to investigate');
  });

  it('takes no claim from ", a claim X denied" after a report, nor gives it to a name inside "an X-linked group"', () => {
    const specs = [...PEOPLE, { key: 'g:front', name: 'Kovar Front', kind: 'group' as const, surfaces: ['Kovar Front'] }];
    const p = passage('An armed Kovar Front-linked group said on Tuesday that its fighters had seized the depot at Vessa, a claim Norlandic forces denied.', specs);
    const st = findStatements(p.article, p.segments, p.mentions);
    expect(st.map((s) => [s.speaker, s.polarity, s.text])).toEqual([[null, 'affirms', 'its fighters had seized the depot at Vessa']]);
  });

  it('gives a quotation after a coordinated verb to the sentence\'s speaker, not to a name in the first claim', () => {
    const st = statementsOf('Spokesperson Olga Varenko told a briefing in Karn that Estmark had "staged the incident" and warned Norland against "meddling in our affairs."');
    expect(st.map((s) => s.speaker)).toEqual(['p:olga', 'p:olga']);
  });

  it('reads "P, the government said on Thursday, as Y warned that Q" and "the government" as the country named', () => {
    const st = statementsOf('Floods in Norland have forced about 9,000 people from their homes in the Karn region, the government said on Thursday, as aid agencies warned that the dams could fail.');
    expect(st[0]).toMatchObject({ speaker: 'c:norland', text: 'Floods in Norland have forced about 9,000 people from their homes in the Karn region' });
  });

  it('keeps a quotation inside a reported clause as part of that claim', () => {
    const st = statementsOf('Tomas Brell said inspectors had found "repeated and deliberate breaches" of the permit at Vessa.');
    expect(st.map((s) => [s.speaker, s.text])).toEqual([['p:tomas', 'inspectors had found "repeated and deliberate breaches" of the permit at Vessa']]);
  });

  it('reads "the chairman" as the person introduced with that word, and never a person named near another noun', () => {
    const specs = [
      { key: 'p:ines', name: 'Ines Marlow', kind: 'person' as const, surfaces: ['Ines Marlow'] },
      { key: 'p:kade', name: 'Kade Orrin', kind: 'person' as const, surfaces: ['Kade Orrin'] },
    ];
    const text = 'Its chairman, Judge Kade Orrin, spoke after Ines Marlow won the vote. "Anyone with proof should bring it to us, not to a rally," the chairman said. The regional bloc, whose monitors also watched the vote, has urged both camps to settle the dispute in court.';
    const p = passage(text, specs);
    const st = findStatements(p.article, p.segments, p.mentions);
    expect(st.map((s) => s.speaker)).toEqual(['p:kade', null]);
  });

  it('splits ", and had been …" after a reported clause into a second claim of the same speaker', () => {
    const st = statementsOf('Olga Varenko said the boat had entered waters near Vessa, and had been turned back at dawn.');
    expect(st.map((s) => [s.speaker, s.text])).toEqual([
      ['p:olga', 'the boat had entered waters near Vessa'],
      ['p:olga', 'had been turned back at dawn'],
    ]);
  });
});
