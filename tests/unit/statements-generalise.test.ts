// Statements: general attribution rules added for unseen wire copy (gendered pronouns).
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/ingest/extract/statements/index.ts';
import { PEOPLE, passage } from './extract/fixtures.ts';

function statementsOf(text: string, published: string | null = '2025-03-13') {
  const p = passage(text, PEOPLE, published);
  return findStatements(p.article, p.segments, p.mentions);
}

describe('findStatements with gendered pronouns', () => {
  it('gives "she said" to the last person not called a man, not to the previous (male) speaker', () => {
    const st = statementsOf('Spokesman Tomas Brell said the road was closed. Olga Varenko visited Vessa on Sunday. She said the bridge would reopen in May.');
    expect(st.find((s) => s.text.startsWith('the bridge'))).toMatchObject({ speaker: 'p:olga' });
  });

  it('learns gender from a pronoun after a mention in its sentence and keeps "he" with that person', () => {
    const st = statementsOf('Tomas Brell said he had toured Vessa. Olga Varenko said her ministry had checked the dams. He said the army would help.');
    expect(st.find((s) => s.text.startsWith('the army'))).toMatchObject({ speaker: 'p:tomas' });
  });

  it('still gives a pronoun to the previous speaker when the article says nothing about gender', () => {
    const st = statementsOf('Olga Varenko said the road was closed. She said the bridge would reopen in May.');
    expect(st.find((s) => s.text.startsWith('the bridge'))).toMatchObject({ speaker: 'p:olga' });
  });
});

describe('findStatements with dates and quantities after the verb', () => {
  it('takes the claim left of a trailing "X said Monday, in …"', () => {
    const [s] = statementsOf('Shells hit a camp near Vessa on Sunday, killing 14 civilians, Estmark said Monday, in the worst breach of the truce.');
    expect(s).toMatchObject({ speaker: 'c:estmark', text: 'Shells hit a camp near Vessa on Sunday, killing 14 civilians' });
  });

  it('reads "says at least …" as a bare clause, and keeps "said Monday\'s …" as one', () => {
    const [a] = statementsOf('The Ministry of Roads says at least 14 civilians were killed in Vessa.');
    expect(a).toMatchObject({ speaker: 'o:ministry', text: 'at least 14 civilians were killed in Vessa' });
    const [b] = statementsOf("Olga Varenko said Monday's attack was a provocation.");
    expect(b).toMatchObject({ speaker: 'p:olga', text: "Monday's attack was a provocation" });
  });
});

describe('findStatements with descriptions of organisations', () => {
  it('gives "the company said" to an organisation that became the topic since the previous statement', () => {
    const specs = [...PEOPLE, { key: 'o:kelp', name: 'Kelp Shipping', kind: 'organization' as const }];
    const text = 'Estmark said its forces had struck a ship near Vessa. The manager, Kelp Shipping, rejected the claim. "The ship was not hit," the company said.';
    const p = passage(text, specs);
    const st = findStatements(p.article, p.segments, p.mentions);
    expect(st.find((s) => s.text.startsWith('The ship was not hit'))).toMatchObject({ speaker: 'o:kelp' });
  });
});

describe('findStatements around datelines and demonstratives', () => {
  it('keeps a wire dateline out of a claim told before its attribution', () => {
    const [s] = statementsOf('VESSA, Estmark (Herald Wire) — Shells hit a camp near Vessa on Sunday, Olga Varenko said on Monday.');
    expect(s).toMatchObject({ speaker: 'p:olga', text: 'Shells hit a camp near Vessa on Sunday' });
  });

  it('reads "denied that, saying P" as a report of P, not a denial of P', () => {
    const st = statementsOf('Norland said its forces had taken Vessa. Olga Varenko denied that, saying the town remained under Estmark control.');
    const s = st.find((x) => x.text.includes('remained under'));
    expect(s).toMatchObject({ speaker: 'p:olga', polarity: 'affirms' });
  });
});
