// Group article batches into fewer, larger transactions: per-statement overhead, not rows, is what a
// write costs (docs/benchmarks.md, Findings), so several articles' rows go in one statement per label/type.
import type { NodeRow, RelRow, WriteBatch } from '../../db/write.ts';
import type { NodeLabel, RelType } from '../../model/types.ts';
import type { ArticleBatch } from './plan.ts';

export interface GroupLimits {
  /** Articles per group at most. */
  articles: number;
  /** Node + relationship rows per group at most (a single bigger article still forms its own group). */
  rows: number;
}

// 20,000 rows: at ~280 rows per generated article a group of 50 fits; statements then carry thousands of
// rows each, well inside the per-transaction memory cap and timeout of the local Neo4j (src/db/local/conf.ts).
export const DEFAULT_GROUP: GroupLimits = { articles: 50, rows: 20_000 };

/** Node and relationship rows of a batch. */
export function batchRows(b: WriteBatch): number {
  let n = 0;
  for (const g of b.nodes) n += g.rows.length;
  for (const g of b.rels) n += g.rows.length;
  return n;
}

/** Splits article batches, in order, into consecutive groups within `limits`. */
export function groupArticles(articles: readonly ArticleBatch[], limits: GroupLimits = DEFAULT_GROUP): ArticleBatch[][] {
  const groups: ArticleBatch[][] = [];
  let cur: ArticleBatch[] = [];
  let rows = 0;
  for (const a of articles) {
    const r = batchRows(a.batch);
    if (cur.length && (cur.length >= limits.articles || rows + r > limits.rows)) {
      groups.push(cur);
      cur = [];
      rows = 0;
    }
    cur.push(a);
    rows += r;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

const NODE_ORDER: NodeLabel[] = ['Article', 'Actor', 'Place', 'Event', 'Statement'];
const relKey = (type: RelType, r: RelRow): string => `${r.from}\u0001${r.to}\u0001${type === 'PARTICIPATED_IN' ? String(r.props.role) : ''}`;

/**
 * One batch holding the rows of several: node rows merged per label (de-duplicated by id: every
 * batch of one plan builds an entity's row from the same record, so duplicates are equal) and sorted
 * by id (lock order), relationship rows merged per (type, from, to) and de-duplicated like the planner does.
 */
export function mergeBatches(batches: readonly WriteBatch[]): WriteBatch {
  const nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  const rels = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: Map<string, RelRow> }>();
  for (const b of batches) {
    for (const g of b.nodes) {
      let m = nodes.get(g.label);
      if (!m) nodes.set(g.label, (m = new Map()));
      for (const r of g.rows) if (!m.has(r.id)) m.set(r.id, r);
    }
    for (const g of b.rels) {
      const k = `${g.type}|${g.from}|${g.to}`;
      let e = rels.get(k);
      if (!e) rels.set(k, (e = { type: g.type, from: g.from, to: g.to, rows: new Map() }));
      for (const r of g.rows) {
        const rk = relKey(g.type, r);
        if (!e.rows.has(rk)) e.rows.set(rk, r);
      }
    }
  }
  const byId = (a: NodeRow, b: NodeRow): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: NODE_ORDER.filter((l) => nodes.has(l)).map((label) => ({ label, rows: [...nodes.get(label)!.values()].sort(byId) })),
    rels: [...rels.values()].map((g) => ({ type: g.type, from: g.from, to: g.to, rows: [...g.rows.values()] })),
  };
}
