// GraphML for yEd and Cytoscape. Our own small writer: graphology-graphml 0.5 ships only a parser.
// Plain GraphML <key>/<data> (Cytoscape maps `name`), plus yFiles ShapeNode graphics so yEd shows
// labels and colours without a properties mapper. Lists are written as JSON strings (GraphML has no lists).
import { flattenEdge, flattenNode, LABEL_COLOURS, type FlatValue } from './flatten.ts';
import type { ExportGraph } from './types.ts';

type KeyType = 'boolean' | 'long' | 'double' | 'string';

/** Escape text for an XML attribute or text node; drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function typeOf(v: FlatValue): KeyType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

/** The widest type seen for one attribute: long < double < string; boolean mixed with anything is string. */
function widen(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function cell(v: FlatValue): string {
  return xmlEscape(Array.isArray(v) ? JSON.stringify(v) : String(v));
}

function collectKeys(records: Record<string, FlatValue>[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const r of records) for (const [k, v] of Object.entries(r)) keys.set(k, widen(keys.get(k), typeOf(v)));
  return keys;
}

/** Serialise an export graph as GraphML (directed), with typed keys for every attribute. */
export function writeGraphml(graph: ExportGraph): string {
  const nodes = graph.nodes.map((n) => ({ key: n.key, attrs: n.attributes, flat: flattenNode(n.attributes) }));
  const edges = graph.edges.map((e, i) => ({ ...e, id: e.key ?? `e${i}`, flat: flattenEdge(e.attributes) }));
  const nodeKeys = collectKeys(nodes.map((n) => n.flat));
  const edgeKeys = collectKeys(edges.map((e) => e.flat));
  const ids = new Map<string, string>(); // attribute name → key id, per domain
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
  ];
  const declare = (domain: 'node' | 'edge', keys: Map<string, KeyType>) => {
    let i = 0;
    for (const [name, type] of keys) {
      const id = `${domain[0]}${i++}`;
      ids.set(`${domain}:${name}`, id);
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
    }
  };
  declare('node', nodeKeys);
  declare('edge', edgeKeys);
  lines.push('  <key id="ygraphics" for="node" yfiles.type="nodegraphics"/>');
  lines.push('  <graph id="G" edgedefault="directed">');
  for (const n of nodes) {
    lines.push(`    <node id="${xmlEscape(n.key)}">`);
    for (const [k, v] of Object.entries(n.flat)) lines.push(`      <data key="${ids.get(`node:${k}`)}">${cell(v)}</data>`);
    const colour = LABEL_COLOURS[String(n.attrs?.label)] ?? '#666666';
    const name = xmlEscape(String(n.attrs?.name ?? n.key));
    lines.push(
      `      <data key="ygraphics"><y:ShapeNode><y:Fill color="${colour}" transparent="false"/>` +
        `<y:NodeLabel>${name}</y:NodeLabel><y:Shape type="ellipse"/></y:ShapeNode></data>`,
    );
    lines.push('    </node>');
  }
  for (const e of edges) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    for (const [k, v] of Object.entries(e.flat)) lines.push(`      <data key="${ids.get(`edge:${k}`)}">${cell(v)}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
