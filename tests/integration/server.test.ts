// `newsgraph serve` against the real Neo4j: the API contract (health, graph, node, article, cypher,
// export, queries) and its security (CSP, token, Host check, body cap, refused writes, loopback rule).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import type { ApiGraph, ArticleView, CypherResult, NodeDetails } from '../../src/model/api.ts';
import { UsageError } from '../../src/model/errors.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { freshDb } from '../helpers/db.ts';
import { graphChecksum, seedExtraction, seedsExtraction } from './queries-seed.ts';

const LIMITS = { timeoutMs: 10_000, maxRows: 1000 };
const TOKEN = 'test-token-0123456789abcdef';
let db: Db;
let open: RunningServer;
let locked: RunningServer;
const viewerDir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));

beforeAll(async () => {
  db = await freshDb();
  await seedExtraction(db, await seedsExtraction());
  writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title><script type="module" src="./main.js"></script>');
  open = await startServer(db, { host: '127.0.0.1', port: 0, token: null, maxBodyBytes: 4096, limits: LIMITS, viewerDir, log: () => {} });
  locked = await startServer(db, { host: '127.0.0.1', port: 0, token: TOKEN, maxBodyBytes: 4096, limits: LIMITS, viewerDir, log: () => {} });
});
afterAll(async () => {
  await open?.close();
  await locked?.close();
  await db?.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${open.url}${path}`, init);
const postJson = (body: unknown, base = open.url, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('security', () => {
  it('sends a CSP without inline script, and nosniff, on pages and API answers', async () => {
    for (const path of ['/', '/api/health', '/api/nope']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses a body over the cap with 413', async () => {
    const res = await postJson({ query: 'RETURN 1', pad: 'x'.repeat(10_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/4096/);
  });

  it('refuses non-JSON bodies (no cross-site form posts)', async () => {
    const res = await fetch(`${open.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"RETURN 1"}' });
    expect(res.status).toBe(415);
  });

  it('refuses to start on a non-loopback host without a token', async () => {
    await expect(startServer(db, { host: '0.0.0.0', port: 0, token: null, maxBodyBytes: 1000, limits: LIMITS, viewerDir })).rejects.toBeInstanceOf(UsageError);
  });

  it('requires the token when one is set', async () => {
    expect((await fetch(`${locked.url}/api/health`)).status).toBe(401);
    expect((await fetch(`${locked.url}/api/health`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(`${locked.url}/api/health`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await postJson({ query: 'RETURN 1' }, locked.url)).status).toBe(401);
  });

  it('turns /?token= into an HttpOnly cookie the API accepts', async () => {
    const res = await fetch(`${locked.url}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const ok = await fetch(`${locked.url}/api/health`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(ok.status).toBe(200);
  });

  it('answers only to loopback Host names (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(`${open.url}/api/health`);
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: { host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('refuses writes on /api/cypher with the reason, graph unchanged', async () => {
    const before = await graphChecksum(db);
    for (const query of ['MATCH (n) DETACH DELETE n', "CREATE (:Actor {id: 'x'})", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'RETURN 1; MATCH (n) DELETE n']) {
      const res = await postJson({ query });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/read-only query refused/);
    }
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('does not serve files outside the viewer folder', async () => {
    expect((await get('/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
  });
});

describe('API', () => {
  it('GET /api/health reports Neo4j up with counts', async () => {
    const body = await (await get('/api/health')).json();
    expect(body.ok).toBe(true);
    expect(body.neo4j).toBe('up');
    expect(body.counts.Statement).toBeGreaterThan(0);
  });

  it('GET /api/graph caps nodes and says how many more there are', async () => {
    const g = (await (await get('/api/graph?limit=10')).json()) as ApiGraph;
    expect(g.nodes).toHaveLength(10);
    expect(g.attributes.shown).toBe(10);
    expect(g.attributes.more).toBe(g.attributes.total - 10);
    expect(g.attributes.total).toBeGreaterThan(10);
    const n = g.nodes[0]!.attributes!;
    expect(typeof n.name).toBe('string');
    expect(typeof n.degree).toBe('number');
    expect(Array.isArray(n.sources)).toBe(true);
    Graph.from(g as never); // loads as graphology
  });

  it('GET /api/graph filters by label and validates input', async () => {
    const g = (await (await get('/api/graph?label=Statement&contested=true')).json()) as ApiGraph;
    expect(g.nodes.length).toBeGreaterThan(0);
    expect(g.nodes.every((n) => n.attributes!.label === 'Statement' && n.attributes!.contested === true)).toBe(true);
    expect((await get('/api/graph?label=Pwn')).status).toBe(400);
    expect((await get('/api/graph?limit=abc')).status).toBe(400);
  });

  it('GET /api/node/:id gives properties, provenance sentences and neighbours', async () => {
    const r = (await (await postJson({ query: 'MATCH (a:Article)-[:REPORTS]->(s:Statement) RETURN s.id AS id LIMIT 1' })).json()) as CypherResult;
    const id = String(r.rows[0]!.id);
    const d = (await (await get(`/api/node/${encodeURIComponent(id)}`)).json()) as NodeDetails;
    expect(d.labels).toContain('Statement');
    expect(d.provenance.length).toBeGreaterThan(0);
    expect(typeof d.provenance[0]!.sentence).toBe('string');
    expect(d.provenance[0]!.article.id).toMatch(/./);
    expect((await get('/api/node/nope%3Anothing')).status).toBe(404);
  });

  it('GET /api/article/:id gives the text with spans that slice back to facts', async () => {
    const r = (await (await postJson({ query: 'MATCH (a:Article) RETURN a.id AS id LIMIT 1' })).json()) as CypherResult;
    const a = (await (await get(`/api/article/${encodeURIComponent(String(r.rows[0]!.id))}`)).json()) as ArticleView;
    expect(a.text.length).toBeGreaterThan(100);
    expect(a.spans.length).toBeGreaterThan(0);
    for (const s of a.spans) expect(s.end).toBeLessThanOrEqual(a.text.length);
    expect(new Set(a.spans.map((s) => s.label)).size).toBeGreaterThan(1); // facts and mentioned entities
  });

  it('POST /api/cypher returns columns, rows and the graph of the rows, with params', async () => {
    const res = await postJson({ query: 'MATCH p = (a:Actor)-[:STATED]->(s:Statement) RETURN p, a.name AS name LIMIT $n', params: { n: 2 } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CypherResult;
    expect(body.columns).toEqual(['p', 'name']);
    expect(body.rows).toHaveLength(2);
    expect(body.graph.nodes.length).toBeGreaterThanOrEqual(2);
    expect(body.graph.edges.every((e) => e.attributes?.type === 'STATED')).toBe(true);
  });

  it('POST /api/cypher refuses syntax errors with a message', async () => {
    const res = await postJson({ query: 'MATCH (n RETURN n' });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/syntax/);
  });

  it('POST /api/cypher fills the declared defaults of a saved query sent by its text', async () => {
    const list = (await (await get('/api/queries')).json()) as { name: string; text: string }[];
    const contradictions = list.find((q) => q.name === 'contradictions')!;
    const res = await postJson({ query: contradictions.text, params: {} });
    expect(res.status).toBe(200);
    expect(((await res.json()) as CypherResult).rows.length).toBeGreaterThan(0);
  });

  it('GET /api/node/:id of an actor gives mention offsets with the sentence around them', async () => {
    const r = (await (await postJson({ query: 'MATCH (a:Article)-[:MENTIONS]->(x:Actor) RETURN x.id AS id LIMIT 1' })).json()) as CypherResult;
    const d = (await (await get(`/api/node/${encodeURIComponent(String(r.rows[0]!.id))}`)).json()) as NodeDetails;
    const withOffsets = d.provenance.filter((p) => p.start !== null);
    expect(withOffsets.length).toBeGreaterThan(0);
    for (const p of withOffsets) expect(typeof p.sentence).toBe('string');
  });

  it('GET /api/queries lists saved queries with params and text', async () => {
    const list = (await (await get('/api/queries')).json()) as { name: string; description: string; params: unknown[]; text: string; cypher: string }[];
    expect(list.map((q) => q.name)).toContain('contradictions');
    for (const q of list) {
      expect(q.text).toContain('MATCH');
      expect(q.cypher).toBe(q.text);
    }
  });

  it('GET /api/export gives a GEXF file that parses', async () => {
    const id = String(((await (await postJson({ query: 'MATCH (a:Actor)-[:STATED]->() RETURN a.id AS id LIMIT 1' })).json()) as CypherResult).rows[0]!.id);
    const res = await get(`/api/export?format=gexf&around=${encodeURIComponent(id)}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="newsgraph-export\.gexf"/);
    const g = parseGexf(Graph, await res.text());
    expect(g.hasNode(id)).toBe(true);
    const zip = await get(`/api/export?format=csv&around=${encodeURIComponent(id)}`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await get('/api/export?format=xls')).status).toBe(400);
    expect((await get('/api/export?format=json&query=MATCH%20(n)%20DETACH%20DELETE%20n')).status).toBe(403);
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    const r404 = await get('/api/nope');
    expect(r404.status).toBe(404);
    expect((await r404.json()).error).toMatch(/no API route/);
    expect((await get('/api/cypher')).status).toBe(405);
  });
});
