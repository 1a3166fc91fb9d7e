// The write statements: one per node label and one per (relationship type, from label, to label).
// Labels and types come only from the model's unions (never from data); values only as parameters.
import type { NodeLabel, RelType } from '../model/types.ts';

/** Entity labels that may share a node (a country is both an Actor and a Place, with one id). */
const PARTNER: Partial<Record<NodeLabel, NodeLabel>> = { Actor: 'Place', Place: 'Actor' };

/**
 * MERGE statement for a label. Rows: `{id, props, name?, aliases?}`.
 * - Article: `ingestedAt` is set on create only, so re-writing changes nothing.
 * - Actor/Place: a node that already has the partner label and this id gets this label too (one node,
 *   two labels, not two nodes); the first name stays canonical, later names and aliases join `aliases`
 *   as a set (order of first appearance), so an article adding an alias merges into the known entity.
 */
export function mergeNodeCypher(label: NodeLabel): string {
  const partner = PARTNER[label];
  if (partner) {
    // Set-based, no per-row subquery (a CALL { … UNION … } per row made these the slowest statements):
    // a partner node with this id first gets this label (SET on a null `o` does nothing), so the
    // MERGE then finds it instead of creating a second node.
    return `UNWIND $rows AS row
OPTIONAL MATCH (o:${partner} {id: row.id})
SET o:${label}
WITH row
MERGE (n:${label} {id: row.id})
WITH n, row, coalesce(n.name, row.name) AS name
SET n.name = name,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases + [row.name] | CASE WHEN a IN acc OR a = name THEN acc ELSE acc + a END)
SET n += row.props
RETURN count(n) AS n`;
  }
  const onCreate = label === 'Article' ? '\nON CREATE SET n.ingestedAt = $now' : '';
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})${onCreate}
SET n += row.props
RETURN count(n) AS n`;
}

/** Relationship types whose identity includes `role` (an actor may be agent and target of one event). */
const KEYED_BY_ROLE: ReadonlySet<RelType> = new Set<RelType>(['PARTICIPATED_IN']);

/** MERGE statement for a relationship type between two labels. Rows: `{from, to, props}`. */
export function mergeRelCypher(type: RelType, from: NodeLabel, to: NodeLabel): string {
  const key = KEYED_BY_ROLE.has(type) ? ' {role: row.props.role}' : '';
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}${key}]->(b)
SET r += row.props
RETURN count(r) AS n`;
}
