// Text identity and size: the id of an article is a hash of its cleaned body with whitespace,
// quotes, dashes and case folded, so the same story re-served with other furniture converges.
import { contentId } from '../../model/index.ts';

/** Folds typography that varies between copies of one story: quotes, dashes, spaces, case, NFKC. */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The article id: `article:<hash>` of the normalized cleaned body. */
export function articleId(text: string): string {
  return contentId('article', normalizeForId(text));
}

const WORDS = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Number of words (letters/digits runs, contractions and hyphenations count once). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
  return n;
}
