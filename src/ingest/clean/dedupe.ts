// Repeated paragraphs: a caption printed twice, a headline repeated by the page template, a caption
// re-run with another credit. The first occurrence is kept; offsets then refer to the kept text.

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

/** Lower-cased letters and digits with everything else folded to single spaces: the repeat key. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Drops exact repeats (anywhere, when 4+ words) and near-repeats of a caption: a caption whose
 * words are ≥ 85 % inside one of the three previous kept paragraphs.
 */
export function dropRepeats(paragraphs: Candidate[]): string[] {
  const kept: { text: string; key: string; set?: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const key = keyOf(p.text);
    const wordCount = key === '' ? 0 : key.split(' ').length;
    if (key && (kept[kept.length - 1]?.key === key || (wordCount >= 4 && seen.has(key)))) continue;
    if (p.caption && wordCount >= 5) {
      const words = key.split(' ');
      const near = kept.slice(-3).some((k) => containment(words, (k.set ??= new Set(k.key.split(' ')))) >= 0.85);
      if (near) continue;
    }
    seen.add(key);
    kept.push({ text: p.text, key });
  }
  return kept.map((k) => k.text);
}
