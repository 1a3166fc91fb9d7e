// Read-only traversals of the viewer graph for the details and contested views (speaker of a
// statement, reports of a fact, contradiction pairs). Pure: they only read the graph.
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../model/api.ts';
import type { RelType } from '../model/types.ts';
import type { DataGraph } from './filters.ts';

export interface Link {
  edge: string;
  node: string;
  attrs: GraphNodeAttributes;
  rel: GraphEdgeAttributes;
}

/** Neighbours through edges of one type, in one direction ('out': key -> node). */
export function linked(graph: DataGraph, key: string, type: RelType, direction: 'in' | 'out'): Link[] {
  const out: Link[] = [];
  if (!graph.hasNode(key)) return out;
  const each = direction === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(key, (edge, rel, source, target, sAttrs, tAttrs) => {
    if (rel.type !== type) return;
    out.push(direction === 'out' ? { edge, node: target, attrs: tAttrs, rel } : { edge, node: source, attrs: sAttrs, rel });
  });
  return out;
}

/** The speaker of a statement (first STATED source), or null when unattributed. */
export function speakerOf(graph: DataGraph, statement: string): Link | null {
  return linked(graph, statement, 'STATED', 'in')[0] ?? null;
}

export interface Report {
  article: string;
  title: string;
  source: string | null;
  published: string | null;
  start: number | null;
  end: number | null;
  sentence: string | null;
}

/** The articles that report a statement or event, with offsets and sentence. */
export function reportsOf(graph: DataGraph, key: string): Report[] {
  return linked(graph, key, 'REPORTS', 'in').map((l) => ({
    article: l.node,
    title: l.attrs.title ?? l.attrs.name,
    source: l.attrs.sources?.[0] ?? (typeof l.attrs.source === 'string' ? l.attrs.source : null),
    published: l.attrs.date ?? (typeof l.attrs.published === 'string' ? l.attrs.published : null),
    start: l.rel.start ?? null,
    end: l.rel.end ?? null,
    sentence: l.rel.sentence ?? null,
  }));
}

export interface ContradictionPair {
  edge: string;
  a: string;
  b: string;
  reason: string | null;
}

/** Every CONTRADICTS edge as a pair (one per unordered pair of statements). */
export function contradictionPairs(graph: DataGraph): ContradictionPair[] {
  const seen = new Set<string>();
  const out: ContradictionPair[] = [];
  graph.forEachEdge((edge, rel, a, b) => {
    if (rel.type !== 'CONTRADICTS') return;
    const id = [a, b].sort().join('\u0000');
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ edge, a, b, reason: rel.reason ?? null });
  });
  return out.sort((x, y) => (graph.getNodeAttribute(x.a, 'date') ?? '').localeCompare(graph.getNodeAttribute(y.a, 'date') ?? ''));
}

/** Contradiction pairs that involve one of the given statements. */
export function pairsInvolving(graph: DataGraph, statements: ReadonlySet<string>): ContradictionPair[] {
  return contradictionPairs(graph).filter((p) => statements.has(p.a) || statements.has(p.b));
}

/** Publishers behind a node: its own `sources`, else those of the reporting articles (or their titles, cut). */
export function outletsOf(graph: DataGraph, key: string): string[] {
  const own = graph.getNodeAttribute(key, 'sources');
  if (own && own.length) return own;
  const cut = (t: string): string => (t.length > 48 ? `“${t.slice(0, 47).trimEnd()}…”` : `“${t}”`);
  return [...new Set(reportsOf(graph, key).map((r) => r.source ?? cut(r.title)))];
}

/** When a fact is dated: its own date, else "reported <first publication date>", else null. */
export function whenOf(graph: DataGraph, key: string): string | null {
  const own = graph.getNodeAttribute(key, 'date');
  if (own) return own;
  const published = reportsOf(graph, key)
    .map((r) => r.published)
    .filter((d): d is string => !!d)
    .sort()[0];
  return published ? `reported ${published}` : null;
}
