// The JSON contract between `newsgraph serve` (src/server) and the viewer (src/viewer), and of
// the graphology JSON export. The viewer imports these types only, never db/ or the driver.
import type { EventType, NodeLabel, Polarity, RelType, Role } from './types.ts';

/** Attributes of a node in the served/exported graphology graph. Values are plain JSON. */
export interface GraphNodeAttributes {
  /** Primary label (Actor before Place for a country that is both). */
  label: NodeLabel;
  labels: NodeLabel[];
  /** Display name: actor/place name, event label, statement text (shortened), article title. */
  name: string;
  kind?: string | null;
  /** Event type. */
  type?: EventType | null;
  /** ISO date (statement, event) or publication date (article). */
  date?: string | null;
  aliases?: string[];
  title?: string | null;
  /** Statement fields. */
  text?: string | null;
  polarity?: Polarity | null;
  quote?: boolean | null;
  verb?: string | null;
  /** In a CONTRADICTS pair. */
  contested?: boolean;
  /** Place coordinates. */
  lat?: number | null;
  lon?: number | null;
  /** Publishers and article ids behind the node (for filters). */
  sources?: string[];
  articles?: string[];
  /** Number of reports / mentions behind the node. */
  mentions?: number;
  /** Degree in the whole stored graph (not only the part served). */
  degree?: number;
  /** Layout position when known. */
  x?: number;
  y?: number;
  [extra: string]: unknown;
}

export interface GraphEdgeAttributes {
  type: RelType;
  role?: Role | null;
  reason?: string | null;
  count?: number | null;
  /** Provenance of REPORTS edges. */
  start?: number | null;
  end?: number | null;
  sentence?: string | null;
  [extra: string]: unknown;
}

/** graphology's SerializedGraph, restated so the model needs no import from graphology. */
export interface SerializedGraphJson {
  attributes?: Record<string, unknown>;
  options?: { type?: 'directed' | 'undirected' | 'mixed'; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes?: GraphNodeAttributes }[];
  edges: { key?: string; source: string; target: string; attributes?: GraphEdgeAttributes; undirected?: boolean }[];
}

/** GET /api/graph: the graph or a filtered part, capped. */
export interface ApiGraph extends SerializedGraphJson {
  attributes: { total: number; shown: number; more: number; [k: string]: unknown };
}

/** Query parameters of GET /api/graph and GET /api/export (all optional). */
export interface GraphSelection {
  label?: NodeLabel[];
  kind?: string[];
  type?: EventType[];
  source?: string[];
  article?: string[];
  from?: string;
  to?: string;
  minDegree?: number;
  /** Node id or name to centre on, with depth 1–2. */
  around?: string;
  depth?: number;
  contested?: boolean;
  limit?: number;
}

export interface Provenance {
  article: { id: string; title: string; source: string | null; published: string | null };
  start: number | null;
  end: number | null;
  sentence: string | null;
}

/** GET /api/node/:id */
export interface NodeDetails {
  id: string;
  labels: NodeLabel[];
  properties: Record<string, unknown>;
  provenance: Provenance[];
  neighbours: { rel: RelType; direction: 'out' | 'in'; role?: Role | null; reason?: string | null; node: { id: string; label: NodeLabel; name: string } }[];
}

/** GET /api/article/:id */
export interface ArticleView {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  text: string;
  spans: { start: number; end: number; nodeId: string; label: NodeLabel }[];
}

/** POST /api/cypher {query, params} */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}
export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: SerializedGraphJson;
  truncated?: boolean;
}

/** Every error response: `{error}` with an HTTP status. */
export interface ApiError {
  error: string;
}
