// Repeated paragraphs: a caption printed twice, a headline repeated by the page template, a caption
// re-run with another credit. The first occurrence is kept; offsets then refer to the kept text.

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens with quotes and punctuation folded away. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface Candidate {
  text: string;
  /** True when a photo credit was stripped from it: it was a caption. */
  caption: boolean;
}

/** Words of `later` found in `earlier`, as a share of `later`'s words. */
function containment(later: string[], earlier: Set<string>): number {
  if (later.length === 0) return 0;
  let hit = 0;
  for (const t of later) if (earlier.has(t)) hit++;
  return hit / later.length;
}

/**
 * Drops exact repeats (anywhere, when 4+ words) and near-repeats of a caption: a caption whose
 * words are ≥ 85 % inside one of the three previous kept paragraphs.
 */
export function dropRepeats(paragraphs: Candidate[]): string[] {
  const kept: { text: string; words: string[]; set: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const words = tokens(p.text);
    const key = words.join(' ');
    const previous = kept[kept.length - 1];
    if (key && (previous?.words.join(' ') === key || (words.length >= 4 && seen.has(key)))) continue;
    if (p.caption && words.length >= 5 && kept.slice(-3).some((k) => containment(words, k.set) >= 0.85)) continue;
    seen.add(key);
    kept.push({ text: p.text, words, set: new Set(words) });
  }
  return kept.map((k) => k.text);
}
