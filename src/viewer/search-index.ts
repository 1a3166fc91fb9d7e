// Search over node names and aliases: accent- and case-insensitive, word-prefix matches first. Pure.
import type { GraphNodeAttributes } from '../model/api.ts';
import type { NodeLabel } from '../model/types.ts';

export interface SearchHit {
  key: string;
  name: string;
  label: NodeLabel;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
  score: number;
}

interface Entry {
  key: string;
  name: string;
  label: NodeLabel;
  terms: { text: string; norm: string; alias: boolean }[];
}

/** Lower-case, strip diacritics and collapse spaces. */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Entities first: a statement or headline that starts with a name must not outrank the named actor. */
const LABEL_RANK: Record<NodeLabel, number> = { Actor: 0, Place: 0.1, Event: 0.6, Article: 0.8, Statement: 0.9 };

export class SearchIndex {
  private entries: Entry[] = [];

  /** (Re)build from the graph's nodes. */
  build(nodes: Iterable<[string, GraphNodeAttributes]>): void {
    this.entries = [];
    for (const [key, a] of nodes) {
      const terms = [{ text: a.name, norm: normalise(a.name), alias: false }];
      for (const alias of a.aliases ?? []) if (alias && alias !== a.name) terms.push({ text: alias, norm: normalise(alias), alias: true });
      this.entries.push({ key, name: a.name, label: a.label, terms });
    }
  }

  /** Best matches for a query; `allowed` restricts to keys (e.g. visible nodes) when given. */
  search(query: string, limit = 10, allowed?: ReadonlySet<string>): SearchHit[] {
    const q = normalise(query);
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      if (allowed && !allowed.has(e.key)) continue;
      let best: { score: number; alias: string | null } | null = null;
      for (const t of e.terms) {
        let score: number;
        if (t.norm === q) score = 0;
        else if (t.norm.startsWith(q)) score = 1;
        else if (t.norm.includes(` ${q}`)) score = 2;
        else if (t.norm.includes(q)) score = 3;
        else continue;
        score += t.alias ? 0.5 : 0;
        if (!best || score < best.score) best = { score, alias: t.alias ? t.text : null };
      }
      if (best) hits.push({ key: e.key, name: e.name, label: e.label, alias: best.alias, score: best.score + LABEL_RANK[e.label] });
    }
    hits.sort((a, b) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name));
    return hits.slice(0, limit);
  }
}
