// The API reads: the capped graph view (/api/graph), node details with provenance (/api/node/:id),
// an article with the spans of its facts (/api/article/:id) and the health counts (/api/health).
import type { ApiGraph, ArticleView, GraphSelection, NodeDetails, Provenance } from '../model/api.ts';
import { NODE_LABELS, type NodeLabel, type RelType } from '../model/types.ts';
import type { Db } from './connect.ts';
import { displayName, isRelType, modelLabels, primaryLabel } from './graph-read-attrs.ts';
import { graphOf, readRows, selectNodes } from './graph-read.ts';

/** GET /api/graph: the selected nodes (capped, best connected first) with the edges among them. */
export async function readGraphView(db: Db, sel: GraphSelection): Promise<ApiGraph> {
  const { eids, total } = await selectNodes(db, sel);
  const graph = await graphOf(db, eids);
  return { ...graph, attributes: { total, shown: graph.nodes.length, more: Math.max(0, total - graph.nodes.length) } };
}

/** A MATCH on `id` that uses each label's uniqueness constraint (labels from the model union). */
const MATCH_BY_ID = `CALL () { ${NODE_LABELS.map((l) => `MATCH (n:${l} {id: $id}) RETURN n`).join(' UNION ')} }`;

/** Properties a node details panel does not need (the article text has its own route). */
const OMIT_IN_DETAILS = new Set(['text']);

/** GET /api/node/:id; null when there is no such node. */
export async function readNodeDetails(db: Db, id: string, maxNeighbours = 500): Promise<NodeDetails | null> {
  const [node] = await readRows(db, `${MATCH_BY_ID} RETURN labels(n) AS labels, properties(n) AS props LIMIT 1`, { id });
  if (!node) return null;
  const labels = modelLabels(node.labels as string[]);
  const props = node.props as Record<string, unknown>;
  const properties = Object.fromEntries(Object.entries(props).filter(([k]) => !(labels[0] === 'Article' && OMIT_IN_DETAILS.has(k))));

  const prov = await readRows(
    db,
    `${MATCH_BY_ID}
     CALL (n) {
       MATCH (a:Article)-[r:REPORTS]->(n)
       RETURN a, r.start AS start, r.end AS end, r.sentence AS sentence
       UNION
       MATCH (a:Article)-[r:MENTIONS]->(n)
       UNWIND CASE WHEN size(coalesce(r.starts, [])) = 0 THEN [null] ELSE range(0, size(r.starts) - 1) END AS i
       RETURN a, r.starts[i] AS start, r.ends[i] AS end, null AS sentence
       UNION
       MATCH (a:Article) WHERE a = n
       RETURN a, null AS start, null AS end, null AS sentence
     }
     RETURN a.id AS id, a.title AS title, a.source AS source, toString(a.published) AS published, start, end, sentence,
       CASE WHEN sentence IS NULL AND start IS NOT NULL THEN a.text END AS text
     ORDER BY published, id, start
     LIMIT $max`,
    { id, max: maxNeighbours },
  );
  const provenance: Provenance[] = prov.map((r) => {
    const start = typeof r.start === 'number' ? r.start : null;
    const end = typeof r.end === 'number' ? r.end : null;
    const sentence = typeof r.sentence === 'string' ? r.sentence : typeof r.text === 'string' && start !== null && end !== null ? sentenceAround(r.text, start, end) : null;
    return {
      article: { id: String(r.id), title: String(r.title ?? r.id), source: (r.source as string) ?? null, published: (r.published as string) ?? null },
      start,
      end,
      sentence,
    };
  });

  const rels = await readRows(
    db,
    `${MATCH_BY_ID}
     MATCH (n)-[r]-(m)
     RETURN type(r) AS type, startNode(r) = n AS out, r.role AS role, r.reason AS reason,
       coalesce(m.id, elementId(m)) AS id, labels(m) AS labels,
       CASE WHEN m:Article THEN m {.title, .file} ELSE m {.name, .label, .text, .type} END AS props
     ORDER BY type, id LIMIT $max`,
    { id, max: maxNeighbours },
  );
  const neighbours: NodeDetails['neighbours'] = [];
  for (const r of rels) {
    const label = primaryLabel(r.labels as string[]);
    if (!label || !isRelType(String(r.type))) continue;
    neighbours.push({
      rel: String(r.type) as RelType,
      direction: r.out === true ? 'out' : 'in',
      role: (r.role as NodeDetails['neighbours'][number]['role']) ?? null,
      reason: typeof r.reason === 'string' ? r.reason : null,
      node: { id: String(r.id), label, name: displayName(label, r.props as Record<string, unknown>, String(r.id)) },
    });
  }
  return { id, labels, properties, provenance, neighbours };
}

/**
 * The sentence around a mention (MENTIONS keeps offsets, not sentences): from the last sentence end
 * before `start` to the next one after `end`, at most 400 characters. A plain cut: src/db may not
 * import the ingest segmenter, and this only labels a provenance entry.
 */
export function sentenceAround(text: string, start: number, end: number): string | null {
  if (start < 0 || end > text.length || start >= end) return null;
  let from = start;
  while (from > 0 && start - from < 300 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** GET /api/article/:id; null when there is no such article. Spans: REPORTS offsets and MENTIONS offsets. */
export async function readArticleView(db: Db, id: string): Promise<ArticleView | null> {
  const [a] = await readRows(
    db,
    `MATCH (a:Article {id: $id})
     RETURN a.title AS title, a.source AS source, toString(a.published) AS published, a.url AS url, a.text AS text,
       [(a)-[r:REPORTS]->(n) WHERE r.start IS NOT NULL AND r.end IS NOT NULL | {start: r.start, end: r.end, nodeId: n.id, labels: labels(n)}]
       + reduce(acc = [], m IN [(a)-[r:MENTIONS]->(n) | {starts: coalesce(r.starts, []), ends: coalesce(r.ends, []), nodeId: n.id, labels: labels(n)}] |
           acc + [i IN range(0, size(m.starts) - 1) WHERE i < size(m.ends) | {start: m.starts[i], end: m.ends[i], nodeId: m.nodeId, labels: m.labels}]) AS spans`,
    { id },
  );
  if (!a) return null;
  const text = typeof a.text === 'string' ? a.text : '';
  const spans = ((a.spans ?? []) as { start: number; end: number; nodeId: string; labels: string[] }[])
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((s) => ({ start: s.start, end: s.end, nodeId: s.nodeId, label: (primaryLabel(s.labels) ?? 'Statement') as NodeLabel }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    id,
    title: typeof a.title === 'string' ? a.title : id,
    source: (a.source as string) ?? null,
    published: (a.published as string) ?? null,
    url: (a.url as string) ?? null,
    text,
    spans,
  };
}

/** Node counts per model label and relationship counts per type (for /api/health and stats). */
export async function readCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const l of NODE_LABELS) {
    const [r] = await readRows(db, `MATCH (n:${l}) RETURN count(n) AS c`);
    counts[l] = Number(r?.c ?? 0);
  }
  const [r] = await readRows(db, 'MATCH ()-[r]->() RETURN count(r) AS c');
  counts.relationships = Number(r?.c ?? 0);
  return counts;
}
