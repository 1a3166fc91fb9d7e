// Name keys for matching spelling and transliteration variants of the same name
// (Zelensky / Zelenskyy / Zelenskiy, Syrskyi / Syrskii) without merging near-homonyms
// (Donald Trump / Donald Tusk): whole-token comparison on folded keys, never shared words.
import { distance } from 'fastest-levenshtein';

/** Lower-case ASCII words of a name: diacritics, possessives, punctuation and a leading "the" removed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Transliteration-insensitive key of one word: y/i and j/i merged, doubled letters collapsed. */
export function wordKey(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.{3})ie$/, 'i');
}

/** Key of a whole name: folded words, each transliteration-folded. */
export function nameKey(name: string): string {
  return foldName(name)
    .split(' ')
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

const ORG_STOP = new Set(['of', 'the', 'for', 'and', 'on', 'in']);
const ORG_SPELLING: Record<string, string> = { defence: 'defense', organisation: 'organization', centre: 'center', programme: 'program', labour: 'labor' };

/**
 * Key of an organisation name that ignores word order, connectors and British/American spelling:
 * "Russian Ministry of Defence" = "Russian Defense Ministry", but "Ministry of Defence" alone differs.
 */
export function orgNameKey(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !ORG_STOP.has(w))
    .map((w) => ORG_SPELLING[w] ?? w)
    .sort()
    .join(' ');
}

/** True when two words are spellings of one name: equal keys, or one edit apart on long words. */
export function sameWord(a: string, b: string): boolean {
  const ka = wordKey(a);
  const kb = wordKey(b);
  if (ka === kb) return true;
  return Math.min(ka.length, kb.length) >= 6 && ka[0] === kb[0] && distance(ka, kb) <= 1;
}

/**
 * True when two person names can be the same person: the same number of words matching one
 * to one, or one is the other's surname alone. Different first names never match.
 */
export function samePersonName(a: string, b: string): boolean {
  const wa = foldName(a).split(' ').filter(Boolean);
  const wb = foldName(b).split(' ').filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return false;
  const la = wa[wa.length - 1] as string;
  const lb = wb[wb.length - 1] as string;
  if (!sameWord(la, lb)) return false;
  if (wa.length === 1 || wb.length === 1) return true;
  return sameWord(wa[0] as string, wb[0] as string);
}
