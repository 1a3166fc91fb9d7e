// Typed client of the newsgraph JSON API (src/model/api.ts). Errors carry the server's message.
import type { ApiGraph, ArticleView, CypherResult, NodeDetails } from '../model/api.ts';

/** Saved query as listed by GET /api/queries. */
export interface SavedQuery {
  name: string;
  description?: string;
  params?: unknown;
  cypher: string;
}

/** An API call failed; `message` is the server's own `{error}` text when there is one. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const BASE = './api';

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${BASE}${path}`, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const msg = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : text.slice(0, 300) || res.statusText;
    throw new ApiRequestError(msg, res.status);
  }
  return body as T;
}

/** Whether a newsgraph server answers (static mode otherwise). */
export async function isServerUp(timeoutMs = 2500): Promise<boolean> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetch(`${BASE}/health`, { signal: ctrl.signal });
    return res.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const api = {
  graph: (query = ''): Promise<ApiGraph> => request(`/graph${query ? `?${query}` : ''}`),
  node: (id: string): Promise<NodeDetails> => request(`/node/${encodeURIComponent(id)}`),
  article: (id: string): Promise<ArticleView> => request(`/article/${encodeURIComponent(id)}`),
  cypher: (query: string, params: Record<string, unknown> = {}): Promise<CypherResult> =>
    request('/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) }),
  queries: async (): Promise<SavedQuery[]> => {
    const body = await request<SavedQuery[] | { queries: SavedQuery[] }>('/queries');
    return Array.isArray(body) ? body : body.queries;
  },
};
