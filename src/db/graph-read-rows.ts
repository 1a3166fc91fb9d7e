// The `graph` of a Cypher result: the nodes, relationships and paths found anywhere in its rows,
// as a graphology serialized graph (POST /api/cypher, `export --query`).
import type { SerializedGraphJson } from '../model/api.ts';
import type { Db } from './connect.ts';
import { edgeAttributes, edgeKeyer, isRelType } from './graph-read-attrs.ts';
import { readNodes } from './graph-read.ts';

interface FoundRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

function isPlainNode(v: Record<string, unknown>): boolean {
  return typeof v.elementId === 'string' && Array.isArray(v.labels) && typeof v.properties === 'object';
}

function isPlainRel(v: Record<string, unknown>): v is Record<string, unknown> & FoundRel {
  return typeof v.elementId === 'string' && typeof v.type === 'string' && typeof v.start === 'string' && typeof v.end === 'string';
}

/** Walks plain row values (toPlain output) and collects node element ids and relationships. */
export function collectGraphElements(rows: Record<string, unknown>[]): { nodeEids: Set<string>; rels: Map<string, FoundRel> } {
  const nodeEids = new Set<string>();
  const rels = new Map<string, FoundRel>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 20 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (isPlainNode(o)) nodeEids.add(o.elementId as string);
    else if (isPlainRel(o)) {
      rels.set(o.elementId, o);
      nodeEids.add(o.start);
      nodeEids.add(o.end);
    } else for (const x of Object.values(o)) visit(x, depth + 1);
  };
  for (const row of rows) visit(row, 0);
  return { nodeEids, rels };
}

/** The graph of a result's rows: its nodes (with the same attributes as /api/graph) and relationships. */
export async function graphOfRows(db: Db, rows: Record<string, unknown>[], opts: { withProps?: boolean } = {}): Promise<SerializedGraphJson> {
  const { nodeEids, rels } = collectGraphElements(rows);
  const nodes = await readNodes(db, [...nodeEids], opts);
  const idOf = new Map(nodes.map((n) => [n.eid, n.id]));
  const key = edgeKeyer();
  const edges: SerializedGraphJson['edges'] = [];
  for (const r of [...rels.values()].sort((a, b) => a.elementId.localeCompare(b.elementId))) {
    const source = idOf.get(r.start);
    const target = idOf.get(r.end);
    if (!source || !target || !isRelType(r.type)) continue;
    edges.push({ key: key(r.type, source, target), source, target, attributes: edgeAttributes(r.type, r.properties) });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) => ({ key: n.id, attributes: n.attributes })),
    edges,
  };
}
