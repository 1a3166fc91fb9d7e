// countGraph(db): node counts per label and relationship counts per type (from Neo4j's count store,
// so it is instant at any size).
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../model/types.ts';
import type { Db } from './connect.ts';
import { toPlain } from './plain.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<NodeLabel, number>;
  relTypes: Record<RelType, number>;
}

// Built from the model's unions only (no data reaches this text).
const COUNT_CYPHER = [
  'MATCH (n) RETURN "node" AS kind, "*" AS name, count(n) AS c',
  'MATCH ()-[r]->() RETURN "rel" AS kind, "*" AS name, count(r) AS c',
  ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN "node" AS kind, "${l}" AS name, count(n) AS c`),
  ...REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN "rel" AS kind, "${t}" AS name, count(r) AS c`),
].join('\nUNION ALL\n');

/** Counts per label and relationship type (every label/type of the model, zeros included). */
export async function countGraph(db: Db): Promise<GraphCounts> {
  const session = db.session('READ');
  try {
    const result = await session.run(COUNT_CYPHER);
    const out: GraphCounts = {
      nodes: 0,
      relationships: 0,
      labels: Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>,
      relTypes: Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as Record<RelType, number>,
    };
    for (const r of result.records) {
      const kind = r.get('kind') as string;
      const name = r.get('name') as string;
      const c = toPlain(r.get('c')) as number;
      if (name === '*') out[kind === 'node' ? 'nodes' : 'relationships'] = c;
      else if (kind === 'node') out.labels[name as NodeLabel] = c;
      else out.relTypes[name as RelType] = c;
    }
    return out;
  } finally {
    await session.close();
  }
}
