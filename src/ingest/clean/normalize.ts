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

/** Number of words: whitespace-separated tokens holding a letter or digit (a plain loop: it runs on every article). */
export function countWords(text: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && (c >= 0x80 ? /[\p{L}\p{N}]/u.test(text[i]!) : (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
      n++;
      counted = true;
    }
  }
  return n;
}
