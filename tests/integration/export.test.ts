// Subgraph export against the real Neo4j: the five formats parse with real readers and hold the
// selected nodes, edges and provenance; the Cypher script rebuilds the same subgraph in an empty
// database, idempotently.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStatementsStrs } from '@neo4j-cypher/language-support';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectExportGraph } from '../../src/db/export-select.ts';
import { toPlain, type Db } from '../../src/db/index.ts';
import { writeCsv, writeCypher, writeExport, writeGexf, writeGraphml, type ExportGraph } from '../../src/export/index.ts';
import { cleanDb, freshDb, testConfig } from '../helpers/db.ts';
import { graphChecksum, seedExtraction, seedsExtraction } from './queries-seed.ts';

const LIMITS = { timeoutMs: 20_000, maxRows: 5000 };
let db: Db;
let centre: string;
let sub: ExportGraph;

beforeAll(async () => {
  db = await freshDb();
  await seedExtraction(db, await seedsExtraction());
  const s = db.session('READ');
  try {
    const r = await s.run('MATCH (a:Actor)-[:STATED]->() WITH a, count(*) AS c RETURN a.name AS name ORDER BY c DESC, name LIMIT 1');
    centre = r.records[0]!.get('name') as string;
  } finally {
    await s.close();
  }
  sub = await selectExportGraph(db, { around: centre, depth: 1 }, LIMITS);
});
afterAll(async () => {
  await db?.close();
});

const keys = (g: ExportGraph) => g.nodes.map((n) => n.key).sort();

describe('selection', () => {
  it('--around picks the node by name with its neighbours and the articles behind them', () => {
    const me = sub.nodes.find((n) => n.attributes?.name === centre);
    expect(me).toBeDefined();
    expect(sub.nodes.length).toBeGreaterThan(3);
    expect(sub.nodes.some((n) => n.attributes?.label === 'Statement')).toBe(true);
    expect(sub.nodes.some((n) => n.attributes?.label === 'Article')).toBe(true);
    const reports = sub.edges.filter((e) => e.attributes?.type === 'REPORTS');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((e) => typeof e.attributes?.start === 'number' && typeof e.attributes?.sentence === 'string')).toBe(true);
    for (const e of sub.edges) expect(keys(sub)).toContain(e.source);
  });

  it('--query takes nodes from paths (read-only checked) and adds their provenance', async () => {
    const g = await selectExportGraph(db, { query: 'MATCH p = (:Actor)-[:STATED]->(:Statement) RETURN p LIMIT $n', params: { n: 3 } }, LIMITS);
    expect(g.nodes.filter((n) => n.attributes?.label === 'Statement').length).toBeGreaterThan(0);
    expect(g.nodes.filter((n) => n.attributes?.label === 'Article').length).toBeGreaterThan(0);
    await expect(selectExportGraph(db, { query: 'MATCH (n) DETACH DELETE n' }, LIMITS)).rejects.toThrow(/DELETE/);
  });

  it('--label keeps only those labels (plus provenance articles)', async () => {
    const g = await selectExportGraph(db, { label: ['Actor'] }, LIMITS);
    expect(new Set(g.nodes.map((n) => n.attributes?.label))).toEqual(new Set(['Actor', 'Article']));
  });
});

describe('formats', () => {
  it('GEXF parses with graphology-gexf and holds every node and edge', () => {
    const g = parseGexf(Graph, writeGexf(sub));
    expect(g.nodes().sort()).toEqual(keys(sub));
    expect(g.size).toBe(sub.edges.length);
    const e = g.findEdge((_k, a) => a.type === 'REPORTS');
    expect(typeof g.getEdgeAttribute(e!, 'sentence')).toBe('string');
  });

  it('GraphML parses with graphology-graphml and holds every node and edge', () => {
    const g = parseGraphml(Graph, writeGraphml(sub));
    expect(g.nodes().sort()).toEqual(keys(sub));
    expect(g.size).toBe(sub.edges.length);
  });

  it('JSON loads with Graph.from, with the viewer attributes', () => {
    const out = writeExport(sub, 'json');
    const g = Graph.from(JSON.parse(out.kind === 'text' ? out.text : ''));
    expect(g.order).toBe(sub.nodes.length);
    g.forEachNode((_k, a) => {
      expect(typeof a.name).toBe('string');
      expect(Array.isArray(a.labels)).toBe(true);
    });
  });

  it('CSV parses and covers every node and relationship in neo4j-admin headers', () => {
    const files = writeCsv(sub).filter((f) => f.name.endsWith('.csv'));
    let nodes = 0;
    let rels = 0;
    for (const f of files) {
      const rows = parseCsv(f.text) as string[][];
      if (f.name.startsWith('nodes-')) {
        expect(rows[0]!.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
        nodes += rows.length - 1;
      } else {
        expect(rows[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
        rels += rows.length - 1;
      }
    }
    expect(nodes).toBe(sub.nodes.length);
    expect(rels).toBe(sub.edges.length);
  });
});

async function runScript(script: string): Promise<void> {
  const statements = parseStatementsStrs(script).map((s) => s.trim()).filter((s) => s.replace(/^\/\/[^\n]*\n?/gm, '').trim() !== '');
  const s = db.session('WRITE');
  try {
    for (const st of statements) await s.run(st);
  } finally {
    await s.close();
  }
}

function canon(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
}

describe('Cypher round trip', () => {
  it('rebuilds the same subgraph in an empty database, and again without change', async () => {
    const script = writeCypher(sub);
    await cleanDb(db);
    await runScript(script);
    const first = await graphChecksum(db);
    const s = db.session('READ');
    try {
      const nodes = await s.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
      const rels = await s.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props');
      const gotNodes = nodes.records.map((r) => canon({ id: r.get('id'), labels: [...r.get('labels')].sort(), props: toPlain(r.get('props')) })).sort();
      const wantNodes = sub.nodes.map((n) => canon({ id: n.key, labels: [...(n.attributes?.labels ?? [])].sort(), props: { ...n.attributes?.props, id: n.key } })).sort();
      expect(gotNodes).toEqual(wantNodes);
      const gotRels = rels.records.map((r) => canon([r.get('a'), r.get('t'), r.get('b'), toPlain(r.get('props'))])).sort();
      const wantRels = sub.edges.map((e) => {
        const { type, ...props } = e.attributes!;
        return canon([e.source, type, e.target, props]);
      }).sort();
      expect(gotRels).toEqual(wantRels);
    } finally {
      await s.close();
    }
    await runScript(script);
    expect(await graphChecksum(db)).toEqual(first);
  });
});

describe('CSV with the real neo4j-admin', () => {
  // The local Neo4j's jars include neo4j-admin (src/db/local); with an external NEO4J_URI there is none.
  const dist = testConfig().local.installDir;
  const version = existsSync(dist) ? readdirSync(dist).find((v) => existsSync(join(dist, v, 'READY'))) : undefined;

  it.skipIf(!version)('imports every node and relationship into an empty store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-admin-'));
    const home = join(dir, 'home');
    mkdirSync(join(home, 'conf'), { recursive: true });
    writeFileSync(join(home, 'conf', 'neo4j.conf'), `server.directories.data=${join(home, 'data')}\nserver.directories.logs=${join(home, 'logs')}\nserver.memory.pagecache.size=32m\n`);
    const files = writeCsv(sub);
    for (const f of files) writeFileSync(join(dir, f.name), f.text);
    const command = files.find((f) => f.name === 'import.txt')!.text;
    const args = [...command.matchAll(/--(nodes|relationships)=(\S+)/g)].map((m) => `--${m[1]}=${m[2]}`);
    expect(command).toMatch(/import full neo4j /);
    const out = execFileSync('java', ['-Xmx256m', '-cp', `${join(dist, version!, 'lib')}/*`, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', '--multiline-fields=true', '--array-delimiter=;', ...args], {
      cwd: dir,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(new RegExp(`${sub.nodes.length} nodes`));
    expect(out).toMatch(new RegExp(`${sub.edges.length} relationships`));
    rmSync(dir, { recursive: true, force: true });
  });
});
