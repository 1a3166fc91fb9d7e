// The JSON API: thin routes over the same db functions the CLI uses. Each returns a JSON body or
// throws (HttpError / KgError), which app.ts turns into `{error}` with a status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CypherResult } from '../model/api.ts';
import type { Db } from '../db/connect.ts';
import { selectExportGraph } from '../db/export-select.ts';
import { graphOfRows } from '../db/graph-read-rows.ts';
import { readArticleView, readCounts, readGraphView, readNodeDetails } from '../db/graph-read-views.ts';
import { MAX_GRAPH_LIMIT } from '../db/graph-read.ts';
import { listSavedQueries } from '../db/queries.ts';
import { runReadOnly, type ReadOnlyLimits } from '../db/readonly.ts';
import { bundleExport, writeExport } from '../export/index.ts';
import { HttpError, readJsonObject, sendJson } from './http.ts';
import { SECURITY_HEADERS } from './security.ts';
import { exportFormatFromQuery, paramsFromQuery, selectionFromQuery } from './selection.ts';

export interface ApiDeps {
  db: Db;
  limits: ReadOnlyLimits;
  maxBodyBytes: number;
  /** graph/queries (tests may point elsewhere). */
  queriesDir?: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, match: RegExpExecArray, deps: ApiDeps) => Promise<void>;

async function health(_req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  try {
    const counts = await readCounts(deps.db);
    sendJson(res, 200, { ok: true, neo4j: 'up', counts });
  } catch (err) {
    sendJson(res, 200, { ok: false, neo4j: 'down', counts: null, error: (err as Error).message.split('\n')[0] });
  }
}

async function graph(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  sendJson(res, 200, await readGraphView(deps.db, selectionFromQuery(url.searchParams, MAX_GRAPH_LIMIT)));
}

async function node(_req: IncomingMessage, res: ServerResponse, _url: URL, m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  const id = decodeURIComponent(m[1]!);
  const details = await readNodeDetails(deps.db, id);
  if (!details) throw new HttpError(404, `no node with id "${id}"`);
  sendJson(res, 200, details);
}

async function article(_req: IncomingMessage, res: ServerResponse, _url: URL, m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  const id = decodeURIComponent(m[1]!);
  const view = await readArticleView(deps.db, id);
  if (!view) throw new HttpError(404, `no article with id "${id}"`);
  sendJson(res, 200, view);
}

async function cypher(req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  const body = await readJsonObject(req, deps.maxBodyBytes);
  if (typeof body.query !== 'string') throw new HttpError(400, 'body.query must be a string of Cypher');
  const params = body.params ?? {};
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new HttpError(400, 'body.params must be a JSON object');
  // The viewer runs saved queries by their text: give them their declared defaults.
  const saved = listSavedQueries(deps.queriesDir).find((q) => q.text === body.query);
  const defaults = Object.fromEntries((saved?.params ?? []).filter((p) => 'default' in p).map((p) => [p.name, p.default]));
  const result = await runReadOnly(deps.db, body.query, { ...defaults, ...(params as Record<string, unknown>) }, deps.limits);
  const out: CypherResult = { columns: result.columns, rows: result.rows, graph: await graphOfRows(deps.db, result.rows), truncated: result.truncated };
  sendJson(res, 200, out);
}

async function exportRoute(_req: IncomingMessage, res: ServerResponse, url: URL, _m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  const q = url.searchParams;
  const format = exportFormatFromQuery(q);
  const sel = selectionFromQuery(q, MAX_GRAPH_LIMIT);
  const query = q.get('query') ?? undefined;
  const graphData = await selectExportGraph(deps.db, { ...sel, ...(query !== undefined ? { query, params: paramsFromQuery(q) } : {}) }, deps.limits);
  const bundle = bundleExport(writeExport(graphData, format));
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': bundle.mime,
    'content-disposition': `attachment; filename="${bundle.filename}"`,
    'content-length': String(bundle.bytes.byteLength),
    'cache-control': 'no-store',
  });
  res.end(Buffer.from(bundle.bytes));
}

async function queries(_req: IncomingMessage, res: ServerResponse, _url: URL, _m: RegExpExecArray, deps: ApiDeps): Promise<void> {
  // `cypher` repeats `text` for the viewer's client (api-client.ts); both are the whole file.
  sendJson(res, 200, listSavedQueries(deps.queriesDir).map((q) => ({ ...q, cypher: q.text })));
}

const ROUTES: { method: string; pattern: RegExp; handler: Handler }[] = [
  { method: 'GET', pattern: /^\/api\/health$/, handler: health },
  { method: 'GET', pattern: /^\/api\/graph$/, handler: graph },
  { method: 'GET', pattern: /^\/api\/node\/([^/]+)$/, handler: node },
  { method: 'GET', pattern: /^\/api\/article\/([^/]+)$/, handler: article },
  { method: 'POST', pattern: /^\/api\/cypher$/, handler: cypher },
  { method: 'GET', pattern: /^\/api\/export$/, handler: exportRoute },
  { method: 'GET', pattern: /^\/api\/queries$/, handler: queries },
];

/** Dispatches an /api/ request; 404 for unknown paths, 405 for a known path with another method. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: ApiDeps): Promise<void> {
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  let pathKnown = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(url.pathname);
    if (!m) continue;
    pathKnown = true;
    if (r.method === method) return r.handler(req, res, url, m, deps);
  }
  if (pathKnown) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
  throw new HttpError(404, `no API route ${url.pathname}`);
}
