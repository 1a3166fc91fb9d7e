// A what-if writer for the write bench: the project's own plan and writeBatch, but with the rows of
// all articles merged per label / relationship type and sent in large chunks (a few statements per
// thousands of rows) instead of one transaction of ~15 small statements per article. It shows what
// batching across articles would gain; it gives up the project's all-or-nothing-per-article rule.
import { writeBatch, type Db, type NodeRow, type RelRow, type WriteBatch } from '../src/db/index.ts';
import type { NodeLabel, RelType } from '../src/model/types.ts';

/** Merges batches into one: node rows de-duplicated by id (aliases joined), relationship rows by endpoints and props. */
export function mergeBatches(batches: WriteBatch[]): WriteBatch {
  const nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  const rels = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: Map<string, RelRow> }>();
  for (const b of batches) {
    for (const { label, rows } of b.nodes) {
      const byId = nodes.get(label) ?? new Map<string, NodeRow>();
      nodes.set(label, byId);
      for (const row of rows) {
        const seen = byId.get(row.id);
        if (!seen) byId.set(row.id, { ...row });
        else if (row.aliases) seen.aliases = [...new Set([...(seen.aliases ?? []), ...row.aliases])];
      }
    }
    for (const { type, from, to, rows } of b.rels) {
      const key = `${type}|${from}|${to}`;
      const group = rels.get(key) ?? { type, from, to, rows: new Map<string, RelRow>() };
      rels.set(key, group);
      for (const row of rows) group.rows.set(`${row.from}|${row.to}|${JSON.stringify(row.props)}`, row);
    }
  }
  return {
    nodes: [...nodes].map(([label, byId]) => ({ label, rows: [...byId.values()] })),
    rels: [...rels.values()].map((g) => ({ type: g.type, from: g.from, to: g.to, rows: [...g.rows.values()] })),
  };
}

/** Writes the merged rows with writeBatch, `chunk` rows per transaction, nodes before relationships. */
export async function writeMerged(db: Db, batches: WriteBatch[], chunk = 5000): Promise<void> {
  const merged = mergeBatches(batches);
  for (const { label, rows } of merged.nodes) {
    for (let i = 0; i < rows.length; i += chunk) await writeBatch(db, { nodes: [{ label, rows: rows.slice(i, i + chunk) }], rels: [] }, `merged ${label}`);
  }
  for (const g of merged.rels) {
    for (let i = 0; i < g.rows.length; i += chunk) await writeBatch(db, { nodes: [], rels: [{ ...g, rows: g.rows.slice(i, i + chunk) }] }, `merged ${g.type}`);
  }
}
