// Saved queries: graph/queries/<name>.cypher, one read-only query per file, with a header comment
// (description, `@param name type [= default] description`, `@column name description`). Listed for
// GET /api/queries and the viewer's panel, run by name through the read-only pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../model/errors.ts';
import type { Db } from './connect.ts';
import { parseParamValue } from './queries-params.ts';
import { runReadOnly, type ReadOnlyLimits, type ReadOnlyResult } from './readonly.ts';

export interface SavedQueryParam {
  name: string;
  type: string;
  /** Undefined when the parameter is required. */
  default?: unknown;
  description: string;
}

export interface SavedQuery {
  name: string;
  description: string;
  params: SavedQueryParam[];
  columns: { name: string; description: string }[];
  /** The whole file, header included (what the viewer shows and runs). */
  text: string;
}

/** graph/queries of this checkout. */
export const SAVED_QUERIES_DIR = fileURLToPath(new URL('../../graph/queries/', import.meta.url));

/** Parses one saved query file's text. */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const description: string[] = [];
  const params: SavedQueryParam[] = [];
  const columns: SavedQuery['columns'] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!m) break;
    const body = m[1]!.trim();
    const p = /^@param\s+([A-Za-z_]\w*)\s+(\w+)(?:\s*=\s*(\S+))?\s*(.*)$/.exec(body);
    const c = /^@column\s+([A-Za-z_]\w*)\s*(.*)$/.exec(body);
    if (p) params.push({ name: p[1]!, type: p[2]!, ...(p[3] !== undefined ? { default: parseParamValue(p[3]) } : {}), description: p[4]! });
    else if (c) columns.push({ name: c[1]!, description: c[2]! });
    else if (body) description.push(body);
  }
  return { name, description: description.join(' '), params, columns, text };
}

/** Every saved query of `dir`, sorted by name. */
export function listSavedQueries(dir = SAVED_QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(basename(f, '.cypher'), readFileSync(join(dir, f), 'utf8')));
}

/** The saved query called `name`; UsageError listing the names when there is none. */
export function getSavedQuery(name: string, dir = SAVED_QUERIES_DIR): SavedQuery {
  const all = listSavedQueries(dir);
  const q = all.find((x) => x.name === name);
  if (!q) throw new UsageError(`no saved query "${name}"; saved queries: ${all.map((x) => x.name).join(', ')}`);
  return q;
}

/** Fills defaults and checks that every required parameter is given (unknown ones are refused). */
export function resolveSavedParams(q: SavedQuery, given: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of q.params) {
    if (p.name in given) params[p.name] = given[p.name];
    else if ('default' in p) params[p.name] = p.default;
    else throw new InputError(q.name, `parameter "${p.name}" (${p.type}) is required: ${p.description}`);
  }
  const unknown = Object.keys(given).filter((k) => !q.params.some((p) => p.name === k));
  if (unknown.length > 0) throw new InputError(q.name, `unknown parameter(s) ${unknown.join(', ')}; it takes ${q.params.map((p) => p.name).join(', ')}`);
  return params;
}

/** Runs a saved query by name through the read-only pipeline (the same checks as typed queries). */
export async function runSavedQuery(db: Db, name: string, given: Record<string, unknown>, limits: ReadOnlyLimits, dir = SAVED_QUERIES_DIR): Promise<ReadOnlyResult> {
  const q = getSavedQuery(name, dir);
  return runReadOnly(db, q.text, resolveSavedParams(q, given), limits);
}
