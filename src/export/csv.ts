// CSV for `neo4j-admin database import full`: one node file per primary label and one relationship
// file per type, in the import tool's header format (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE`, typed columns like `lat:double`, `aliases:string[]`). Ids are globally unique (prefixed),
// so one id space serves every file. Cells that a spreadsheet would run as a formula (= + - @ …)
// are escaped by csv-stringify's `escape_formulas` (a leading apostrophe).
import { stringify } from 'csv-stringify/sync';
import type { ExportFile, ExportGraph } from './types.ts';

/** Array delimiter inside cells: neo4j-admin's default. */
const ARRAY_DELIMITER = ';';

type ColumnType = 'boolean' | 'long' | 'double' | 'string' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';
type Cell = string | number | undefined;

function scalarType(v: unknown): 'boolean' | 'long' | 'double' | 'string' {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

function valueType(v: unknown): ColumnType {
  if (Array.isArray(v)) {
    const inner = v.reduce<ColumnType | undefined>((t, x) => widen(t, scalarType(x)), undefined) ?? 'string';
    return `${inner}[]` as ColumnType;
  }
  return scalarType(v);
}

function widen(a: ColumnType | undefined, b: ColumnType): ColumnType {
  if (a === undefined || a === b) return b;
  const pair = new Set([a, b]);
  if (pair.has('long') && pair.has('double')) return 'double';
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]';
  return a.endsWith('[]') && b.endsWith('[]') ? 'string[]' : 'string';
}

function toCell(v: unknown, type: ColumnType): Cell {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(ARRAY_DELIMITER);
  if (typeof v === 'number') return type === 'string' ? String(v) : v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Typed property columns shared by a group of records. */
function columnsOf(records: Record<string, unknown>[]): [string, ColumnType][] {
  const types = new Map<string, ColumnType>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) if (v !== null && v !== undefined && k !== 'id') types.set(k, widen(types.get(k), valueType(v)));
  }
  return [...types.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function headerName(name: string, type: ColumnType): string {
  return type === 'string' ? name : `${name}:${type}`;
}

function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows], { escape_formulas: true, record_delimiter: 'unix' });
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Node and relationship CSV files plus `import.txt` with the neo4j-admin command that loads them. */
export function writeCsv(graph: ExportGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const [label, nodes] of groupBy(graph.nodes, (n) => String(n.attributes?.label ?? 'Node'))) {
    const props = nodes.map((n) => n.attributes?.props ?? {});
    const cols = columnsOf(props);
    const rows = nodes.map((n, i) => [
      n.key,
      (n.attributes?.labels ?? [label]).join(ARRAY_DELIMITER),
      ...cols.map(([k, t]) => toCell(props[i]![k], t)),
    ]);
    files.push({ name: `nodes-${label}.csv`, text: toCsv(['id:ID', ':LABEL', ...cols.map(([k, t]) => headerName(k, t))], rows) });
  }
  for (const [type, edges] of groupBy(graph.edges, (e) => String(e.attributes?.type ?? 'RELATED'))) {
    const props = edges.map(({ attributes }) => {
      const { type: _t, ...rest } = attributes ?? ({} as Record<string, unknown>);
      return rest as Record<string, unknown>;
    });
    const cols = columnsOf(props);
    const rows = edges.map((e, i) => [e.source, e.target, type, ...cols.map(([k, t]) => toCell(props[i]![k], t))]);
    files.push({ name: `relationships-${type}.csv`, text: toCsv([':START_ID', ':END_ID', ':TYPE', ...cols.map(([k, t]) => headerName(k, t))], rows) });
  }
  const args = files.map((f) => `  --${f.name.startsWith('nodes-') ? 'nodes' : 'relationships'}=${f.name} \\`);
  files.push({
    name: 'import.txt',
    text: [
      '# Load these files into an empty database (Neo4j 5) from this folder:',
      // the database name goes first: --nodes/--relationships take several files and would swallow it
      'neo4j-admin database import full neo4j --multiline-fields=true --array-delimiter=";" \\',
      ...args.map((a, i) => (i === args.length - 1 ? a.replace(/ \\$/, '') : a)),
      '# Cells that began with = + - @ (or tab/CR) carry a leading apostrophe: CSV-injection escaping.',
      '',
    ].join('\n'),
  });
  return files;
}
