// A Cypher script that recreates an exported subgraph in any Neo4j 5, idempotently: nodes MERGE on
// `id` (with a uniqueness constraint per label), relationships MERGE on their endpoints, type and
// properties. Every value is written as a literal escaped by cypherLiteral(); labels and types come
// only from the model's unions and property keys are backtick-quoted when not plain identifiers.
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../model/types.ts';
import type { ExportGraph } from './types.ts';

const BATCH = 200;

/** A Cypher string literal: single-quoted, with backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) {
      out += `\\u${c.toString(16).padStart(4, '0')}`; // lone surrogates and controls as escapes
    } else out += ch;
  }
  return out + "'";
}

/** A property key, backtick-quoted unless it is a plain identifier. */
export function cypherKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}

/** Any plain JSON value as a Cypher literal (maps, lists, numbers, booleans, strings, null). */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'null';
    // String() is JS's shortest exact round-trip form; Cypher reads `1e21`/`1e-7` but not `e+`.
    return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? String(v) : String(v).replace('e+', 'e');
  }
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined);
    return `{${entries.map(([k, x]) => `${cypherKey(k)}: ${cypherLiteral(x)}`).join(', ')}}`;
  }
  return cypherString(String(v));
}

function nodeLabel(l: unknown): NodeLabel {
  if (!(NODE_LABELS as readonly unknown[]).includes(l)) throw new TypeError(`writeCypher: unknown label ${String(l)}`);
  return l as NodeLabel;
}

function relType(t: unknown): RelType {
  if (!(REL_TYPES as readonly unknown[]).includes(t)) throw new TypeError(`writeCypher: unknown relationship type ${String(t)}`);
  return t as RelType;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** The script: constraints, then nodes per label set, then relationships per type, `;`-terminated. */
export function writeCypher(graph: ExportGraph): string {
  const out: string[] = ['// newsgraph subgraph export: run with cypher-shell -f <file>. Idempotent (MERGE on id).'];
  const labelOf = new Map<string, NodeLabel>();
  const groups = new Map<string, { key: string; props: Record<string, unknown> }[]>();
  for (const n of graph.nodes) {
    const labels = (n.attributes?.labels ?? [n.attributes?.label]).map(nodeLabel);
    const primary = nodeLabel(n.attributes?.label ?? labels[0]);
    labelOf.set(n.key, primary);
    const set = [primary, ...labels.filter((l) => l !== primary).sort()].join(':');
    const list = groups.get(set) ?? [];
    list.push({ key: n.key, props: n.attributes?.props ?? {} });
    groups.set(set, list);
  }
  for (const l of new Set(labelOf.values())) {
    out.push(`CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE;`);
  }
  for (const [set, nodes] of groups) {
    const [primary, ...extra] = set.split(':');
    for (const batch of chunks(nodes)) {
      const rows = batch.map((n) => `  {id: ${cypherString(n.key)}, props: ${cypherLiteral({ ...n.props, id: n.key })}}`);
      out.push(
        `UNWIND [\n${rows.join(',\n')}\n] AS row\nMERGE (n:${primary} {id: row.id})${extra.map((l) => ` SET n:${l}`).join('')} SET n += row.props;`,
      );
    }
  }
  const byType = new Map<RelType, ExportGraph['edges']>();
  for (const e of graph.edges) {
    const t = relType(e.attributes?.type);
    byType.set(t, [...(byType.get(t) ?? []), e]);
  }
  for (const [type, edges] of byType) {
    for (const e of edges) {
      const { type: _t, ...props } = e.attributes ?? ({} as Record<string, unknown>);
      const a = labelOf.get(e.source);
      const b = labelOf.get(e.target);
      if (!a || !b) throw new TypeError(`writeCypher: edge ${e.source} -> ${e.target} has an endpoint outside the export`);
      out.push(
        `MATCH (a:${a} {id: ${cypherString(e.source)}}) MATCH (b:${b} {id: ${cypherString(e.target)}}) ` +
          `MERGE (a)-[:${type} ${cypherLiteral(props)}]->(b);`,
      );
    }
  }
  return out.join('\n') + '\n';
}
