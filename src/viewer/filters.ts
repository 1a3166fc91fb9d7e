// Filters as a discriminated union with pure predicates, and the derivation of the visible node set.
// Filters never touch the data graph: they produce a Set of visible keys that the reducers read.
import type { AbstractGraph } from 'graphology-types';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../model/api.ts';
import type { EventType, NodeLabel } from '../model/types.ts';
import { NODE_LABELS } from '../model/types.ts';
import type { FilterState } from './state.ts';

export type DataGraph = AbstractGraph<GraphNodeAttributes, GraphEdgeAttributes>;

/** Attribute filters: decided from one node's attributes alone. */
export type Filter =
  | { type: 'label'; labels: NodeLabel[] }
  | { type: 'kind'; kinds: string[] }
  | { type: 'eventType'; types: EventType[] }
  | { type: 'source'; sources: string[] }
  | { type: 'article'; articles: string[] }
  | { type: 'dateRange'; from: string | null; to: string | null };

/** Topology filters: need the graph. */
export type TopologyFilter =
  | { type: 'minDegree'; min: number }
  | { type: 'contested' }
  | { type: 'ego'; node: string; depth: 1 | 2 }
  | { type: 'ids'; ids: ReadonlySet<string> };

/** The active attribute filters of a FilterState (inactive ones are left out). */
export function attributeFilters(f: FilterState): Filter[] {
  const out: Filter[] = [];
  if (f.labels.length < NODE_LABELS.length) out.push({ type: 'label', labels: f.labels });
  if (f.kinds.length) out.push({ type: 'kind', kinds: f.kinds });
  if (f.types.length) out.push({ type: 'eventType', types: f.types });
  if (f.sources.length) out.push({ type: 'source', sources: f.sources });
  if (f.articles.length) out.push({ type: 'article', articles: f.articles });
  if (f.from || f.to) out.push({ type: 'dateRange', from: f.from, to: f.to });
  return out;
}

/** The active topology filters of a FilterState, plus the ids of a query result when one is shown. */
export function topologyFilters(f: FilterState, queryIds: ReadonlySet<string> | null = null): TopologyFilter[] {
  const out: TopologyFilter[] = [];
  if (queryIds) out.push({ type: 'ids', ids: queryIds });
  if (f.minDegree > 0) out.push({ type: 'minDegree', min: f.minDegree });
  if (f.contested) out.push({ type: 'contested' });
  if (f.focus) out.push({ type: 'ego', node: f.focus, depth: f.depth });
  return out;
}

/** First and last day covered by an ISO date or a partial one (YYYY or YYYY-MM). */
export function dateBounds(date: string): [string, string] {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) return [`${date}-01`, `${date}-31`];
  const day = date.slice(0, 10);
  return [day, day];
}

/** Whether a (possibly partial) date overlaps [from, to]; both ends inclusive and optional. */
export function dateInRange(date: string, from: string | null, to: string | null): boolean {
  const [start, end] = dateBounds(date);
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}

function intersects(values: readonly string[] | undefined, wanted: readonly string[]): boolean | null {
  if (!values || values.length === 0) return null;
  return values.some((v) => wanted.includes(v));
}

/** Whether a node passes one attribute filter. Nodes that lack the filtered property pass (dates: see visibleNodes). */
export function matchesFilter(key: string, attrs: GraphNodeAttributes, filter: Filter): boolean {
  switch (filter.type) {
    case 'label':
      return filter.labels.includes(attrs.label);
    case 'kind':
      if (attrs.label !== 'Actor' && attrs.label !== 'Place') return true;
      return !!attrs.kind && filter.kinds.includes(attrs.kind);
    case 'eventType':
      if (attrs.label !== 'Event') return true;
      return !!attrs.type && filter.types.includes(attrs.type);
    case 'source':
      return intersects(attrs.sources, filter.sources) ?? true;
    case 'article':
      if (attrs.label === 'Article') return filter.articles.includes(key);
      return intersects(attrs.articles, filter.articles) ?? true;
    case 'dateRange':
      return !attrs.date || dateInRange(attrs.date, filter.from, filter.to);
  }
}

/** Whether a node passes every attribute filter. */
export function matchesAll(key: string, attrs: GraphNodeAttributes, filters: readonly Filter[]): boolean {
  return filters.every((f) => matchesFilter(key, attrs, f));
}

/** Keys within `depth` hops of `node` (edges in both directions). */
export function neighbourhood(graph: DataGraph, node: string, depth: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(node)) return seen;
  seen.add(node);
  let frontier = [node];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    frontier = next;
  }
  return seen;
}

/** Statements in a CONTRADICTS pair plus their speakers (STATED sources). */
export function contestedNodes(graph: DataGraph): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.type === 'CONTRADICTS') out.add(source).add(target);
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.label === 'Statement' && attrs.contested) out.add(key);
  });
  for (const s of [...out])
    graph.forEachInEdge(s, (_e, attrs, source) => {
      if (attrs.type === 'STATED') out.add(source);
    });
  return out;
}

function passesTopology(graph: DataGraph, filter: TopologyFilter): (key: string) => boolean {
  switch (filter.type) {
    case 'minDegree':
      return (key) => graph.degree(key) >= filter.min;
    case 'contested': {
      const set = contestedNodes(graph);
      return (key) => set.has(key);
    }
    case 'ego': {
      const set = neighbourhood(graph, filter.node, filter.depth);
      return (key) => set.has(key);
    }
    case 'ids':
      return (key) => filter.ids.has(key);
  }
}

/**
 * The keys of the nodes to show. With a date range, undated entities (actors, places) stay only
 * when linked to a dated node inside the range, so moving the range changes the picture.
 */
export function visibleNodes(graph: DataGraph, f: FilterState, queryIds: ReadonlySet<string> | null = null): Set<string> {
  const attrFilters = attributeFilters(f);
  const topo = topologyFilters(f, queryIds).map((t) => passesTopology(graph, t));
  const dated = !!(f.from || f.to);
  const visible = new Set<string>();
  const undated: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (!matchesAll(key, attrs, attrFilters) || !topo.every((p) => p(key))) return;
    if (dated && !attrs.date && attrs.label !== 'Article') undated.push(key);
    else visible.add(key);
  });
  for (const key of undated) {
    const linked = graph.someNeighbor(key, (n, a) => visible.has(n) && !!a.date && a.label !== 'Article');
    if (linked) visible.add(key);
  }
  return visible;
}
