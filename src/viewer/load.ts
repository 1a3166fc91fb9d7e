// SerializedGraph (API, ?graph= URL or a picked file) -> graphology Graph, validated, with positions.
import Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes, SerializedGraphJson } from '../model/api.ts';
import { NODE_LABELS, REL_TYPES } from '../model/types.ts';
import type { DataGraph } from './filters.ts';

export type ViewerGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

/** Raised when a JSON document is not a graphology serialized graph of our model. */
export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

export function createGraph(): ViewerGraph {
  return new Graph<GraphNodeAttributes, GraphEdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** A stable pseudo-random number in [0,1) from a string (FNV-1a), for reproducible seed positions. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

function seedPosition(key: string, label: string): { x: number; y: number } {
  // Each label starts in its own sector so ForceAtlas2 converges faster and deterministically.
  const sector = Math.max(0, (NODE_LABELS as readonly string[]).indexOf(label));
  const angle = ((sector + hashUnit(key)) / NODE_LABELS.length) * 2 * Math.PI;
  const radius = 10 + 90 * hashUnit(`${key}#r`);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Check the shape of a serialized graph; `where` names the source in errors. */
export function validateSerialized(json: unknown, where: string): SerializedGraphJson {
  if (!isRecord(json) || !Array.isArray(json.nodes) || !Array.isArray(json.edges))
    throw new GraphFormatError(`${where}: not a graphology serialized graph (needs "nodes" and "edges" arrays)`);
  json.nodes.forEach((n, i) => {
    if (!isRecord(n) || typeof n.key !== 'string') throw new GraphFormatError(`${where}: node ${i} has no string "key"`);
  });
  json.edges.forEach((e, i) => {
    if (!isRecord(e) || typeof e.source !== 'string' || typeof e.target !== 'string')
      throw new GraphFormatError(`${where}: edge ${i} needs string "source" and "target"`);
  });
  return json as unknown as SerializedGraphJson;
}

function normaliseNode(key: string, raw: Partial<GraphNodeAttributes> | undefined): GraphNodeAttributes {
  const attrs = { ...(raw ?? {}) } as GraphNodeAttributes;
  if (!(NODE_LABELS as readonly string[]).includes(attrs.label)) {
    const fromList = attrs.labels?.find((l) => (NODE_LABELS as readonly string[]).includes(l));
    attrs.label = fromList ?? 'Actor';
  }
  if (!attrs.labels) attrs.labels = [attrs.label];
  if (typeof attrs.name !== 'string' || !attrs.name) attrs.name = String(attrs.title ?? attrs.text ?? key);
  if (typeof attrs.x !== 'number' || typeof attrs.y !== 'number' || !Number.isFinite(attrs.x) || !Number.isFinite(attrs.y))
    Object.assign(attrs, seedPosition(key, attrs.label));
  return attrs;
}

function normaliseEdge(raw: Partial<GraphEdgeAttributes> | undefined): GraphEdgeAttributes {
  const attrs = { ...(raw ?? {}) } as GraphEdgeAttributes;
  if (!(REL_TYPES as readonly string[]).includes(attrs.type)) attrs.type = 'MENTIONS';
  return attrs;
}

/**
 * Merge a serialized graph into `graph` (adds missing nodes and edges, updates attributes but keeps
 * existing positions). Returns the keys of the merged nodes. Edges to unknown nodes are skipped.
 */
export function mergeSerialized(graph: ViewerGraph, data: SerializedGraphJson, seeded?: Set<string>): Set<string> {
  const keys = new Set<string>();
  for (const n of data.nodes) {
    keys.add(n.key);
    if (graph.hasNode(n.key)) {
      const { x: _x, y: _y, ...rest } = n.attributes ?? ({} as GraphNodeAttributes);
      graph.mergeNodeAttributes(n.key, rest);
    } else {
      if (seeded && (typeof n.attributes?.x !== 'number' || typeof n.attributes?.y !== 'number')) seeded.add(n.key);
      graph.addNode(n.key, normaliseNode(n.key, n.attributes));
    }
  }
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const attrs = normaliseEdge(e.attributes);
    if (e.key !== undefined) {
      if (!graph.hasEdge(e.key)) graph.addEdgeWithKey(e.key, e.source, e.target, attrs);
    } else if (!graph.someEdge(e.source, e.target, (_k, a) => a.type === attrs.type)) graph.addEdge(e.source, e.target, attrs);
  }
  return keys;
}

/**
 * Build a viewer graph from a serialized graph: a fresh one, or `graph` when given (an empty graph no
 * renderer listens to yet, so a snapshot is built once in place instead of built and then copied).
 */
export function graphFromSerialized(json: unknown, where: string, seeded?: Set<string>, graph: ViewerGraph = createGraph()): ViewerGraph {
  mergeSerialized(graph, validateSerialized(json, where), seeded);
  const attrs = (json as SerializedGraphJson).attributes;
  if (attrs) graph.replaceAttributes(attrs);
  return graph;
}

/**
 * Fetch and parse a snapshot (static mode, ?graph=URL), into `into` when given (see graphFromSerialized);
 * `response` is a request already under way for `url`.
 */
export async function fetchSnapshot(url: string, seeded?: Set<string>, into?: ViewerGraph, response?: Promise<Response>): Promise<ViewerGraph> {
  const res = await (response ?? fetch(url));
  if (!res.ok) throw new GraphFormatError(`${url}: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (cause) {
    throw new GraphFormatError(`${url}: not JSON`, { cause });
  }
  return graphFromSerialized(json, url, seeded, into);
}

/** Parse a picked file (static mode). */
export async function readSnapshotFile(file: File, seeded?: Set<string>): Promise<ViewerGraph> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (cause) {
    throw new GraphFormatError(`${file.name}: not JSON`, { cause });
  }
  return graphFromSerialized(json, file.name, seeded);
}

/** Replace the content of `target` with `source`, keeping the same instance (one sigma for the app's life). */
export function replaceGraph(target: DataGraph, source: ViewerGraph): void {
  target.clear();
  target.import(source.export());
}
