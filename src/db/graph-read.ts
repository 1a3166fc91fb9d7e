// The reads behind /api/graph and the exports: select node element ids for a GraphSelection, then
// build the graphology graph (nodes with derived attributes, edges among them). Values go in only as
// parameters; labels and relationship types only from the model's unions.
import type { GraphNodeAttributes, GraphSelection, SerializedGraphJson } from '../model/api.ts';
import { NODE_LABELS, REL_TYPES } from '../model/types.ts';
import { InputError } from '../model/errors.ts';
import type { Db } from './connect.ts';
import { edgeAttributes, edgeKeyer, isRelType, nodeAttributes } from './graph-read-attrs.ts';
import { toPlain } from './plain.ts';
import { toDriverParams } from './readonly.ts';

/** Relationships that carry provenance (Article → fact); neighbourhoods do not walk through them. */
const PROVENANCE_TYPES = ['MENTIONS', 'REPORTS', 'CITES'] as const;
const SEMANTIC_TYPES = REL_TYPES.filter((t) => !(PROVENANCE_TYPES as readonly string[]).includes(t)).join('|');
export const DEFAULT_GRAPH_LIMIT = 2000;
export const MAX_GRAPH_LIMIT = 20_000;

/** Runs one fixed read query in a READ session and returns plain rows. */
export async function readRows(db: Db, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = db.session('READ');
  try {
    const res = await session.executeRead((tx) => tx.run(query, toDriverParams(params) as Record<string, unknown>));
    return res.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
  } finally {
    await session.close();
  }
}

/** The filters shared by every selection (see GraphSelection). `n` is the candidate node. */
const FILTERS = `
  any(l IN labels(n) WHERE l IN $labels)
  AND ($kinds IS NULL OR n.kind IS NULL OR n.kind IN $kinds)
  AND ($types IS NULL OR NOT n:Event OR n.type IN $types)
  AND ($from IS NULL OR coalesce(n.date, n.published) IS NULL OR toString(coalesce(n.date, n.published)) >= left($from, size(toString(coalesce(n.date, n.published)))))
  AND ($to IS NULL OR coalesce(n.date, n.published) IS NULL OR toString(coalesce(n.date, n.published)) <= $to)
  AND ($sources IS NULL OR (n:Article AND n.source IN $sources)
       OR EXISTS { MATCH (a:Article)-[:REPORTS|MENTIONS|CITES]->(n) WHERE a.source IN $sources })
  AND ($articles IS NULL OR n.id IN $articles OR EXISTS { MATCH (a:Article)-[:REPORTS|MENTIONS|CITES]->(n) WHERE a.id IN $articles })
  AND (NOT $contested OR EXISTS { (n)-[:CONTRADICTS]-() } OR EXISTS { (n)-[:STATED]->(:Statement)-[:CONTRADICTS]-() })`;

const RANK_AND_CAP = `
  WITH DISTINCT n
  WITH n, COUNT { (n)--() } AS degree WHERE degree >= $minDegree
  WITH collect({n: n, degree: degree}) AS picked
  UNWIND picked AS x
  WITH size(picked) AS total, x ORDER BY x.degree DESC, x.n.id
  LIMIT $limit
  RETURN total, elementId(x.n) AS eid`;

/** Finds the node a user named: exact id first, then name or alias (case-insensitive), best connected. */
const FIND_CENTRE = `
  MATCH (c) WHERE any(l IN labels(c) WHERE l IN $allLabels)
    AND (c.id = $around OR toLower(c.name) = toLower($around) OR toLower(c.title) = toLower($around)
         OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($around)))
  RETURN elementId(c) AS eid, c:Article AS article
  ORDER BY CASE WHEN c.id = $around THEN 0 ELSE 1 END, COUNT { (c)--() } DESC LIMIT 1`;

function neighbourhoodQuery(depth: 1 | 2, throughProvenance: boolean): string {
  const types = throughProvenance ? '' : `:${SEMANTIC_TYPES}`;
  return `MATCH (c) WHERE elementId(c) = $centre
  MATCH (c)-[${types}*0..${depth}]-(n) WHERE elementId(n) = $centre OR (${FILTERS})
  ${RANK_AND_CAP}`;
}

function selectionParams(sel: GraphSelection): Record<string, unknown> {
  const list = <T>(v: T[] | undefined) => (v && v.length > 0 ? v : null);
  return {
    labels: list(sel.label) ?? [...NODE_LABELS],
    allLabels: [...NODE_LABELS],
    kinds: list(sel.kind),
    types: list(sel.type),
    sources: list(sel.source),
    articles: list(sel.article),
    from: sel.from ?? null,
    to: sel.to ?? null,
    contested: sel.contested === true,
    minDegree: Math.max(0, Math.floor(sel.minDegree ?? 0)),
    limit: Math.min(MAX_GRAPH_LIMIT, Math.max(1, Math.floor(sel.limit ?? DEFAULT_GRAPH_LIMIT))),
    around: sel.around ?? null,
  };
}

/** Element ids of the nodes a selection picks (capped at `limit`, best connected first) and the uncapped total. */
export async function selectNodes(db: Db, sel: GraphSelection): Promise<{ eids: string[]; total: number }> {
  const params = selectionParams(sel);
  let query = `MATCH (n) WHERE ${FILTERS} ${RANK_AND_CAP}`;
  if (sel.around) {
    const [centre] = await readRows(db, FIND_CENTRE, params);
    if (!centre) throw new InputError('selection', `no node has the id, name or alias "${sel.around}"`);
    params.centre = centre.eid;
    query = neighbourhoodQuery(sel.depth === 2 ? 2 : 1, centre.article === true);
  }
  const rows = await readRows(db, query, params);
  return { eids: rows.map((r) => String(r.eid)), total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
}

/** Element ids of the Articles behind the given nodes (REPORTS/MENTIONS), so provenance travels with a subgraph. */
export async function provenanceArticles(db: Db, eids: string[]): Promise<string[]> {
  const rows = await readRows(
    db,
    `MATCH (a:Article)-[:REPORTS|MENTIONS]->(n) WHERE elementId(n) IN $eids RETURN DISTINCT elementId(a) AS eid`,
    { eids },
  );
  return rows.map((r) => String(r.eid));
}

export interface ReadNode {
  eid: string;
  id: string;
  attributes: GraphNodeAttributes;
}

/** Nodes by element id with their derived attributes; `withProps` adds the stored properties as `props`. */
export async function readNodes(db: Db, eids: string[], opts: { withProps?: boolean } = {}): Promise<ReadNode[]> {
  if (eids.length === 0) return [];
  const rows = await readRows(
    db,
    `MATCH (n) WHERE elementId(n) IN $eids
     RETURN elementId(n) AS eid, coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props,
       COUNT { (n)--() } AS degree,
       CASE WHEN n:Article THEN [{id: n.id, source: n.source, count: 1}]
            ELSE [(a:Article)-[r:REPORTS|MENTIONS]->(n) | {id: a.id, source: a.source, count: coalesce(r.count, 1)}] END AS prov,
       (EXISTS { (n)-[:CONTRADICTS]-() } OR EXISTS { (n)-[:STATED]->(:Statement)-[:CONTRADICTS]-() }) AS contested`,
    { eids },
  );
  // Ids are unique per label; two nodes sharing an id (an Actor and a Place written apart) are
  // shown as one node with both labels, since graph keys must be unique.
  const byId = new Map<string, ReadNode>();
  for (const node of rows.map((r) => toReadNode(r, opts))) {
    const seen = byId.get(node.id);
    if (!seen) byId.set(node.id, node);
    else seen.attributes.labels = NODE_LABELS.filter((l) => seen.attributes.labels.includes(l) || node.attributes.labels.includes(l));
  }
  return [...byId.values()];
}

function toReadNode(r: Record<string, unknown>, opts: { withProps?: boolean }): ReadNode {
  {
    const props = (r.props ?? {}) as Record<string, unknown>;
    const prov = (r.prov ?? []) as { id: string; source: string | null; count: number }[];
    const attributes = nodeAttributes(String(r.id), r.labels as string[], props, {
      degree: Number(r.degree),
      articles: [...new Set(prov.map((p) => p.id))].sort(),
      sources: [...new Set(prov.map((p) => p.source).filter((s): s is string => typeof s === 'string'))].sort(),
      mentions: prov.reduce((s, p) => s + (Number(p.count) || 1), 0),
      contested: r.contested === true,
    });
    if (opts.withProps) {
      const { id: _id, ...rest } = props;
      (attributes as GraphNodeAttributes & { props?: Record<string, unknown> }).props = rest;
    }
    return { eid: String(r.eid), id: String(r.id), attributes };
  }
}

/** The relationships among a set of nodes (by element id), keyed deterministically. */
export async function readEdgesAmong(db: Db, eids: string[]): Promise<SerializedGraphJson['edges']> {
  if (eids.length === 0) return [];
  const rows = await readRows(
    db,
    `MATCH (a)-[r]->(b) WHERE elementId(a) IN $eids AND elementId(b) IN $eids
     RETURN coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target, type(r) AS type, properties(r) AS props
     ORDER BY source, type, target, coalesce(r.start, -1)`,
    { eids },
  );
  const key = edgeKeyer();
  return rows
    .filter((r) => isRelType(String(r.type)))
    .map((r) => {
      const type = String(r.type) as (typeof REL_TYPES)[number];
      const source = String(r.source);
      const target = String(r.target);
      return { key: key(type, source, target), source, target, attributes: edgeAttributes(type, (r.props ?? {}) as Record<string, unknown>) };
    });
}

/** A graphology serialized graph of the given nodes and the edges among them. */
export async function graphOf(db: Db, eids: string[], opts: { withProps?: boolean } = {}): Promise<SerializedGraphJson> {
  const nodes = await readNodes(db, eids, opts);
  const edges = await readEdgesAmong(db, eids);
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) => ({ key: n.id, attributes: n.attributes })),
    edges,
  };
}
