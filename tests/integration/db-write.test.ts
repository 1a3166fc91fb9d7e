// writeExtraction against the real Neo4j: every label and relationship type written and read back
// equal, idempotent re-writes, aliases merged into known entities, one node for an Actor+Place id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, graphChecksum, readKnownEntities, toPlain, type Db } from '../../src/db/index.ts';
import { writeExtraction } from '../../src/ingest/write/index.ts';
import { NODE_LABELS, REL_TYPES, type Extraction } from '../../src/model/types.ts';
import { EXPECTED_EDGES, extractionAll } from '../fixtures/extraction-all.ts';
import { freshDb } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = db.session('READ');
  try {
    const r = await session.run(cypher, params);
    return r.records.map((x) => toPlain(x.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

async function node(id: string): Promise<{ labels: string[]; props: Record<string, unknown> }> {
  const found = await rows('MATCH (n {id: $id}) RETURN labels(n) AS labels, properties(n) AS props', { id });
  expect(found, `exactly one node with id ${id}`).toHaveLength(1);
  const n = found[0] as { labels: string[]; props: Record<string, unknown> };
  return { labels: [...n.labels].sort(), props: n.props };
}

describe('writeExtraction: the full fixture', () => {
  const ex = extractionAll();

  it('writes every label and relationship type, and reports what it created', async () => {
    const stats = await writeExtraction(db, ex);
    expect(stats.failed).toEqual([]);
    expect(stats.articles).toBe(2);
    expect(stats.nodesCreated).toBe(2 + 5 + 2 + 3 + 2); // articles, actors, places (Veloria is one of the actors), statements, events
    const counts = await countGraph(db);
    for (const label of NODE_LABELS) expect(counts.labels[label], label).toBeGreaterThan(0);
    for (const type of REL_TYPES) expect(counts.relTypes[type], type).toBeGreaterThan(0);
    expect(counts.relationships).toBe(EXPECTED_EDGES.length);
  });

  it('reads back every edge, and no other', async () => {
    const edges = await rows('MATCH (a)-[r]->(b) RETURN a.id + " -" + type(r) + "-> " + b.id AS e ORDER BY e');
    expect(edges.map((r) => r.e)).toEqual(EXPECTED_EDGES);
  });

  it('reads back nodes equal to the extraction', async () => {
    for (const a of ex.articles) {
      const n = await node(a.id);
      expect(n.labels).toEqual(['Article']);
      const { ingestedAt, ...rest } = n.props;
      expect(typeof ingestedAt).toBe('string');
      expect(rest).toEqual({ id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, file: a.file, wordCount: a.wordCount, text: a.text, ...(a.publishedInferred === undefined ? {} : { publishedInferred: a.publishedInferred }) });
    }
    for (const s of ex.statements) {
      const n = await node(s.id);
      expect(n.labels).toEqual(['Statement']);
      expect(n.props).toMatchObject({ text: s.text, quote: s.quote, verb: s.verb, polarity: s.polarity, start: s.start, end: s.end, article: s.article });
      expect(n.props.date ?? null).toBe(s.date);
      expect(s.text).toBe(ex.articles.find((a) => a.id === s.article)?.text.slice(s.start, s.end));
    }
    for (const e of ex.events) {
      const n = await node(e.id);
      expect(n.props).toMatchObject({ type: e.type, label: e.label, date: e.date, cameo: e.cameo });
    }
    const mara = await node('actor:mara-velken');
    expect(mara).toEqual({ labels: ['Actor'], props: { id: 'actor:mara-velken', name: 'Mara Velken', kind: 'person', aliases: ['M. Velken'], title: 'chair', description: 'chair of the Northgate Council' } });
    const kessel = await node('place:kessel');
    expect(kessel.props).toEqual({ id: 'place:kessel', name: 'Kessel', kind: 'town', aliases: [], lat: 48.25, lon: 31.5, country: 'Veloria' });
  });

  it('writes an id that is both Actor and Place as one node with both labels', async () => {
    const v = await node('country:veloria');
    expect(v.labels).toEqual(['Actor', 'Place']);
    expect(v.props).toMatchObject({ name: 'Veloria', kind: 'country', aliases: ['Republic of Veloria'], geonameId: 9999001 });
    const known = await readKnownEntities(db);
    expect(known.filter((k) => k.id === 'country:veloria').map((k) => k.label)).toEqual(['Actor', 'Place']);
    expect(known).toHaveLength(4 + 1 + 3);
  });

  it('keeps provenance on REPORTS and MENTIONS edges', async () => {
    const reports = await rows("MATCH (:Article {id: 'article:fx2'})-[r:REPORTS]->(:Event {id: 'event:kessel-capture'}) RETURN properties(r) AS p");
    const ev = ex.events[0]!.evidence[1]!;
    expect(reports.map((r) => r.p)).toEqual([{ start: ev.start, end: ev.end, sentence: ev.sentence }]);
    const mentions = await rows("MATCH (:Article {id: 'article:fx1'})-[r:MENTIONS]->(:Place {id: 'place:kessel'}) RETURN r.count AS c, r.starts AS s");
    expect(mentions).toEqual([{ c: 3, s: ex.places[2]!.mentions.filter((m) => m.article === 'article:fx1').map((m) => m.start) }]);
  });

  it('changes nothing when the same extraction is written again', async () => {
    const before = { counts: await countGraph(db), sum: await graphChecksum(db, { exclude: [] }) };
    const stats = await writeExtraction(db, extractionAll());
    expect(stats.failed).toEqual([]);
    expect(stats.nodesCreated + stats.relationshipsCreated + stats.labelsAdded).toBe(0);
    expect(await countGraph(db)).toEqual(before.counts);
    // ingestedAt included: it is set on create only.
    expect(await graphChecksum(db, { exclude: [] })).toEqual(before.sum);
  });
});

describe('writeExtraction: merging into known entities', () => {
  it('adds a new alias and a new spelling to a known entity without a second node', async () => {
    const before = await countGraph(db);
    const later: Extraction = {
      ...extractionAll(),
      articles: [{ id: 'article:fx3', file: 'fx3.txt', title: 'Velken visits', source: null, url: null, published: null, wordCount: 3, text: 'Chair Velkenova visits.' }],
      actors: [{ id: 'actor:mara-velken', name: 'Mara Velkenova', kind: 'person', aliases: ['Velkenova', 'M. Velken'], mentions: [{ article: 'article:fx3', start: 6, end: 15, text: 'Velkenova' }] }],
      places: [],
      statements: [],
      events: [],
      contradictions: [],
      supports: [],
    };
    const stats = await writeExtraction(db, later);
    expect(stats.failed).toEqual([]);
    const mara = await node('actor:mara-velken');
    expect(mara.props.name).toBe('Mara Velken');
    expect(mara.props.aliases).toEqual(['M. Velken', 'Velkenova', 'Mara Velkenova']);
    const after = await countGraph(db);
    expect(after.labels.Actor).toBe(before.labels.Actor);
    expect(after.labels.Article).toBe(before.labels.Article + 1);
    // Idempotent here too.
    const sum = await graphChecksum(db);
    await writeExtraction(db, later);
    expect(await graphChecksum(db)).toEqual(sum);
  });
});
