// Regular English verb inflection (3rd person, past, -ing) for the closed word lists of the lexicon.
// Own code because the lists are small and closed; irregular forms are listed in the entries themselves.

const VOWEL = /[aeiou]/;

/** Inflected forms of a regular verb lemma: lemma, -s, -ed, -ing (with e-drop and y → ied). */
export function regularForms(lemma: string): string[] {
  const last = lemma.slice(-1);
  const prev = lemma.slice(-2, -1);
  const third = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : last === 'y' && !VOWEL.test(prev)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = last === 'e' ? `${lemma}d` : last === 'y' && !VOWEL.test(prev) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = last === 'e' && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, ing];
}

/**
 * Builds a form → lemma map from entries "lemma" or "lemma|extra form|extra form" (irregulars,
 * doubled consonants). Multi-word lemmas inflect their first word ("pull back" → "pulled back").
 */
export function buildFormMap(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const [lemma, ...extra] = entry.split('|') as [string, ...string[]];
    const [head, ...rest] = lemma.split(' ') as [string, ...string[]];
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    for (const form of [...regularForms(head).map((f) => f + tail), ...extra]) if (!map.has(form)) map.set(form, lemma);
  }
  return map;
}
