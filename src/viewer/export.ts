// Export of the CURRENT view (visible nodes, edges between them) with styling (color, size, x, y,
// shape) and provenance attributes: graphology JSON, GraphML and CSV writers. Pure, tested in Node.
// GraphML is written here because graphology-graphml 0.5 ships only a parser.
import type { GraphNodeAttributes, SerializedGraphJson } from '../model/api.ts';
import type { DataGraph } from './filters.ts';

export interface NodeStyle {
  color: string;
  size: number;
  shape: string;
}

/** The visible part of the graph as a serialized graph, each node carrying its style. */
export function viewToSerialized(
  graph: DataGraph,
  visible: ReadonlySet<string>,
  styleOf: (key: string, attrs: GraphNodeAttributes) => NodeStyle,
): SerializedGraphJson {
  const nodes: SerializedGraphJson['nodes'] = [];
  graph.forEachNode((key, attrs) => {
    if (!visible.has(key)) return;
    const s = styleOf(key, attrs);
    nodes.push({ key, attributes: { ...attrs, color: s.color, size: Number(s.size.toFixed(2)), shape: s.shape } });
  });
  const edges: SerializedGraphJson['edges'] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    if (visible.has(source) && visible.has(target)) edges.push({ key, source, target, attributes: { ...attrs } });
  });
  return { attributes: { ...graph.getAttributes(), exportedAt: new Date().toISOString() }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges };
}

/** A scalar cell for flat formats: lists joined with '|', objects as JSON. */
export function flatValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('|');
  return JSON.stringify(value);
}

/** CSV cell: quoted when needed; cells starting with = + - @ get a leading quote (formula injection). */
export function csvCell(value: unknown): string {
  const flat = flatValue(value);
  if (flat === null) return '';
  let text = String(flat);
  if (typeof flat === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function columnsOf(rows: Record<string, unknown>[], first: string[]): string[] {
  const cols = new Set(first);
  for (const r of rows) for (const k of Object.keys(r)) cols.add(k);
  return [...cols];
}

function toCsv(rows: Record<string, unknown>[], first: string[]): string {
  const cols = columnsOf(rows, first);
  const lines = [cols.map(csvCell).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Nodes and edges of a serialized graph as two CSV documents. */
export function serializedToCsv(data: SerializedGraphJson): { nodes: string; edges: string } {
  const nodes = toCsv(
    data.nodes.map((n) => ({ id: n.key, ...(n.attributes ?? {}) })),
    ['id', 'label', 'name', 'kind', 'type', 'date', 'x', 'y', 'size', 'color'],
  );
  const edges = toCsv(
    data.edges.map((e) => ({ id: e.key ?? '', source: e.source, target: e.target, ...(e.attributes ?? {}) })),
    ['id', 'source', 'target', 'type'],
  );
  return { nodes, edges };
}

/** Escape text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type GraphmlType = 'string' | 'double' | 'boolean';

function graphmlType(values: unknown[]): GraphmlType {
  const present = values.map(flatValue).filter((v) => v !== null);
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function keyDecls(domain: 'node' | 'edge', rows: Record<string, unknown>[], prefix: string): { decls: string[]; ids: Map<string, string> } {
  const names = columnsOf(rows, []);
  const ids = new Map<string, string>();
  const decls = names.map((name, i) => {
    const id = `${prefix}${i}`;
    ids.set(name, id);
    const type = graphmlType(rows.map((r) => r[name]));
    return `  <key id="${id}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`;
  });
  return { decls, ids };
}

function dataLines(row: Record<string, unknown>, ids: Map<string, string>): string {
  const out: string[] = [];
  for (const [name, value] of Object.entries(row)) {
    const flat = flatValue(value);
    if (flat === null) continue;
    out.push(`<data key="${ids.get(name)}">${xmlEscape(String(flat))}</data>`);
  }
  return out.join('');
}

/** A serialized graph as GraphML (yEd, Cytoscape, Gephi read it). */
export function serializedToGraphml(data: SerializedGraphJson): string {
  const nodeRows = data.nodes.map((n) => ({ ...(n.attributes ?? {}) }) as Record<string, unknown>);
  const edgeRows = data.edges.map((e) => ({ ...(e.attributes ?? {}) }) as Record<string, unknown>);
  const nk = keyDecls('node', nodeRows, 'n');
  const ek = keyDecls('edge', edgeRows, 'e');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nk.decls,
    ...ek.decls,
    '  <graph id="newsgraph" edgedefault="directed">',
  ];
  data.nodes.forEach((n, i) => lines.push(`    <node id="${xmlEscape(n.key)}">${dataLines(nodeRows[i] ?? {}, nk.ids)}</node>`));
  data.edges.forEach((e, i) => {
    const id = e.key !== undefined ? ` id="${xmlEscape(e.key)}"` : '';
    lines.push(`    <edge${id} source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${dataLines(edgeRows[i] ?? {}, ek.ids)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

