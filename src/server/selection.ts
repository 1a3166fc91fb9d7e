// GraphSelection (and export options) from a URL query string, validated against the model's unions.
import type { GraphSelection } from '../model/api.ts';
import { EVENT_TYPE_NAMES, NODE_LABELS, type EventType, type NodeLabel } from '../model/types.ts';
import { parseParamValue } from '../db/queries-params.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types.ts';
import { HttpError } from './http.ts';

/** Repeated or comma-separated values: `label=Actor&label=Place` or `label=Actor,Place`. */
function list(q: URLSearchParams, name: string): string[] | undefined {
  const values = q.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function oneOf<T extends string>(values: string[] | undefined, allowed: readonly T[], name: string): T[] | undefined {
  if (!values) return undefined;
  for (const v of values) if (!(allowed as readonly string[]).includes(v)) throw new HttpError(400, `${name} must be one of ${allowed.join(', ')}; got "${v}"`);
  return values as T[];
}

function int(q: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  return n;
}

function date(q: URLSearchParams, name: string): string | undefined {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw)) throw new HttpError(400, `${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); got "${raw}"`);
  return raw;
}

/** GraphSelection of GET /api/graph and /api/export. */
export function selectionFromQuery(q: URLSearchParams, maxLimit: number): GraphSelection {
  const sel: GraphSelection = {
    label: oneOf<NodeLabel>(list(q, 'label'), NODE_LABELS, 'label'),
    kind: list(q, 'kind'),
    type: oneOf<EventType>(list(q, 'type'), EVENT_TYPE_NAMES, 'type'),
    source: list(q, 'source'),
    article: list(q, 'article'),
    from: date(q, 'from'),
    to: date(q, 'to'),
    minDegree: int(q, 'minDegree', 0, 1_000_000),
    around: q.get('around') || undefined,
    depth: int(q, 'depth', 1, 2),
    contested: q.has('contested') ? ['', '1', 'true', 'yes'].includes(q.get('contested')!.toLowerCase()) : undefined,
    limit: int(q, 'limit', 1, maxLimit),
  };
  return Object.fromEntries(Object.entries(sel).filter(([, v]) => v !== undefined)) as GraphSelection;
}

/** `format` of GET /api/export. */
export function exportFormatFromQuery(q: URLSearchParams): ExportFormat {
  const f = q.get('format') ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new HttpError(400, `format must be one of ${EXPORT_FORMATS.join(', ')}; got "${f}"`);
  return f as ExportFormat;
}

/** `params` of GET /api/export?query=…: a JSON object, or `param.name=value` pairs typed like the CLI's. */
export function paramsFromQuery(q: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const json = q.get('params');
  if (json) {
    const v = parseParamValue(json);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new HttpError(400, 'params must be a JSON object');
    Object.assign(params, v);
  }
  for (const [k, v] of q) if (k.startsWith('param.')) params[k.slice(6)] = parseParamValue(v);
  return params;
}
