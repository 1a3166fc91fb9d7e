// The rows of the saved queries rewritten for speed (top-sources, events-in-range, actor-timeline)
// equal those of their plain forms (kept below as the reference) on a seeded graph built for the
// cases the rewrites must keep: skewed sources, many statements in one article, unreported and
// unattributed statements, events with zero to two places, dates as days, months, years or none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.ts';
import { writeBatch, type Db, type NodeRow, type RelRow, type WriteBatch } from '../../src/db/index.ts';
import { getSavedQuery, resolveSavedParams, runSavedQuery } from '../../src/db/queries.ts';
import { runInReadTransaction } from '../../src/db/readonly.ts';
import { freshDb } from '../helpers/db.ts';

const LIMITS = { timeoutMs: 20_000, maxRows: 10_000 };

/** The plain forms: every actor / event scanned and counted, no index or pruning. */
const REFERENCE: Record<string, string> = {
  'top-sources': `
    MATCH (src:Actor)
    WITH src, COUNT { MATCH (a:Article)-[:CITES]->(src) RETURN DISTINCT a } AS citedBy,
      COUNT { MATCH (src)-[:STATED]->(:Statement)<-[:REPORTS]-(a:Article) RETURN DISTINCT a } AS quotedIn,
      COUNT { MATCH (src)-[:STATED]->(s:Statement)<-[:REPORTS]-(:Article) RETURN DISTINCT s } AS statements
    WHERE citedBy + quotedIn > 0
    WITH src, citedBy, quotedIn, statements,
      COLLECT { MATCH (a:Article)-[:CITES]->(src) RETURN DISTINCT coalesce(a.source, a.file) } AS cited,
      COLLECT { MATCH (src)-[:STATED]->(:Statement)<-[:REPORTS]-(a:Article) RETURN DISTINCT coalesce(a.source, a.file) } AS quoted
    RETURN src.name AS source, src.kind AS kind, citedBy, quotedIn, statements, cited + [o IN quoted WHERE NOT o IN cited] AS outlets, src.id AS id
    ORDER BY citedBy + quotedIn DESC, statements DESC, source
    LIMIT $limit`,
  'events-in-range': `
    MATCH (e:Event)
    WHERE e.date IS NOT NULL AND toString(e.date) >= left($from, size(toString(e.date))) AND toString(e.date) <= $to
    OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Place)
    WITH e, p, COLLECT {
      MATCH path = (p)-[:PART_OF*0..3]->(q:Place) WHERE q.lat IS NOT NULL AND q.lon IS NOT NULL
      RETURN q ORDER BY length(path) LIMIT 1
    } AS geo
    RETURN toString(e.date) AS date, e.type AS type, e.label AS label, p.name AS place, geo[0].lat AS lat, geo[0].lon AS lon,
      COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN a.name + ' (' + coalesce(r.role, 'participant') + ')' } AS participants,
      COLLECT { MATCH (x:Article)-[:REPORTS]->(e) RETURN DISTINCT coalesce(x.source, x.file) } AS outlets, e.id AS id
    ORDER BY date, type, label
    LIMIT $limit`,
  'actor-timeline': `
    MATCH (x:Actor)
    WHERE x.id = $actor OR toLower(x.name) = toLower($actor) OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($actor))
    CALL (x) {
      MATCH (x)-[:STATED]->(s:Statement)
      RETURN toString(s.date) AS date, 'statement' AS kind, s.text AS what, s.verb + ' (' + s.polarity + ')' AS detail, s AS n
      UNION
      MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
      RETURN toString(e.date) AS date, 'event' AS kind, e.label AS what, e.type + ' (' + coalesce(p.role, 'participant') + ')' AS detail, e AS n
    }
    RETURN date, kind, what, detail, COLLECT { MATCH (a:Article)-[:REPORTS]->(n) RETURN DISTINCT coalesce(a.source, a.file) } AS outlets, n.id AS id
    ORDER BY date, kind, what
    LIMIT $limit`,
};

/** The ORDER BY columns of each query: rows tied on them may come in any order. */
const SORT_KEYS: Record<string, (row: Record<string, unknown>) => unknown[]> = {
  'top-sources': (r) => [Number(r.citedBy) + Number(r.quotedIn), r.statements, r.source],
  'events-in-range': (r) => [r.date, r.type, r.label],
  'actor-timeline': (r) => [r.date, r.kind, r.what],
};

/** A seeded graph of ~500 nodes with the shapes listed in the header. */
function testGraph(seed: number): { batch: WriteBatch; actors: NodeRow[] } {
  const rng = createRng(seed);
  const outlets = ['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E'];
  const articles: NodeRow[] = Array.from({ length: 30 }, (_, i) => ({
    id: `art-${i}`,
    // some articles have no publisher: their file name stands for it
    props: { title: `Article ${i}`, file: `a${i}.txt`, ...(rng.chance(0.8) ? { source: rng.pick(outlets) } : {}) },
  }));
  const actors: NodeRow[] = Array.from({ length: 60 }, (_, i) => ({
    id: `act-${i}`,
    name: `Zorvan Keltic ${i}`,
    aliases: i < 5 || rng.chance(0.3) ? [`ZK ${i}`] : [],
    props: { kind: rng.pick(['person', 'organization', 'media']) },
  }));
  const places: NodeRow[] = Array.from({ length: 15 }, (_, i) => ({
    id: `plc-${i}`,
    name: `Vellmar ${i}`,
    aliases: [],
    props: { kind: 'town', ...(i % 3 === 0 ? { lat: 50 + i / 10, lon: 30 + i / 10 } : {}) },
  }));
  // skewed: low actor numbers speak far more often (a few prominent sources, a long tail)
  const speaker = () => actors[Math.floor(actors.length * rng.next() ** 3)]!.id;
  const dates = () => `${rng.pick(['2024', '2025'])}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const statements: NodeRow[] = Array.from({ length: 200 }, (_, i) => ({
    id: `stm-${i}`,
    props: { text: `Claim ${i}`, verb: 'said', polarity: rng.chance(0.2) ? 'denies' : 'affirms', quote: false, ...(rng.chance(0.8) ? { date: dates() } : {}) },
  }));
  const events: NodeRow[] = Array.from({ length: 80 }, (_, i) => {
    const d = dates();
    const date = rng.chance(0.1) ? null : rng.chance(0.15) ? d.slice(0, 4) : rng.chance(0.2) ? d.slice(0, 7) : d;
    return { id: `evt-${i}`, props: { type: rng.pick(['attack', 'capture', 'meeting']), label: `Event ${i}`, ...(date ? { date } : {}) } };
  });
  const stated: RelRow[] = [];
  const reports: RelRow[] = [];
  for (const s of statements) {
    if (rng.chance(0.9)) stated.push({ from: speaker(), to: s.id, props: {} }); // else unattributed
    const n = rng.chance(0.1) ? 0 : rng.int(1, 3); // some statements no article reports
    for (const a of rng.sample(articles, n)) reports.push({ from: a.id, to: s.id, props: { start: 0, end: 1, sentence: 'S.' } });
  }
  // one actor with many statements, all in one article: a high bound, a low rank
  for (let i = 0; i < 12; i++) {
    const id = `stm-one-${i}`;
    statements.push({ id, props: { text: `Repeated claim ${i}`, verb: 'said', polarity: 'affirms', quote: false } });
    stated.push({ from: 'act-59', to: id, props: {} });
    reports.push({ from: 'art-0', to: id, props: { start: 0, end: 1, sentence: 'S.' } });
  }
  const reportsEvents: RelRow[] = events.flatMap((e) =>
    rng.sample(articles, rng.int(1, 2)).map((a) => ({ from: a.id, to: e.id, props: { start: 0, end: 1, sentence: 'S.' } })),
  );
  const participated: RelRow[] = events.flatMap((e) =>
    rng.sample(actors, rng.int(0, 3)).map((a) => ({ from: a.id, to: e.id, props: { role: rng.pick(['agent', 'target']) } })),
  );
  const located: RelRow[] = events.flatMap((e) => rng.sample(places, rng.int(0, 2)).map((p) => ({ from: e.id, to: p.id, props: {} })));
  const partOf: RelRow[] = places.slice(3).map((p, i) => ({ from: p.id, to: places[i % 5]!.id, props: {} }));
  const cites: RelRow[] = Array.from({ length: 40 }, () => ({ from: rng.pick(articles).id, to: speaker(), props: {} }));
  return {
    actors,
    batch: {
      nodes: [
        { label: 'Article', rows: articles },
        { label: 'Actor', rows: actors },
        { label: 'Place', rows: places },
        { label: 'Statement', rows: statements },
        { label: 'Event', rows: events },
      ],
      rels: [
        { type: 'STATED', from: 'Actor', to: 'Statement', rows: stated },
        { type: 'REPORTS', from: 'Article', to: 'Statement', rows: reports },
        { type: 'REPORTS', from: 'Article', to: 'Event', rows: reportsEvents },
        { type: 'PARTICIPATED_IN', from: 'Actor', to: 'Event', rows: participated },
        { type: 'LOCATED_IN', from: 'Event', to: 'Place', rows: located },
        { type: 'PART_OF', from: 'Place', to: 'Place', rows: partOf },
        { type: 'CITES', from: 'Article', to: 'Actor', rows: dedupe(cites) },
      ],
    },
  };
}

function dedupe(rows: RelRow[]): RelRow[] {
  return [...new Map(rows.map((r) => [`${r.from}>${r.to}`, r])).values()];
}

/** A row with its list columns sorted (collect() order is not part of the contract). */
function normal(row: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v]));
}

/**
 * The saved query's rows equal the reference's: the same sort keys in the same order, and rows that
 * the reference also returns (all of them, as a multiset, when nothing is cut by the limit).
 */
async function expectSameRows(db: Db, name: string, given: Record<string, unknown>): Promise<number> {
  const q = getSavedQuery(name);
  const params = resolveSavedParams(q, given);
  const saved = await runSavedQuery(db, name, given, LIMITS);
  const ref = await runInReadTransaction(db, REFERENCE[name]!, params, LIMITS);
  const all = await runInReadTransaction(db, REFERENCE[name]!, { ...params, limit: LIMITS.maxRows }, LIMITS);
  expect(saved.columns).toEqual(ref.columns);
  expect(saved.rows.map(SORT_KEYS[name]!)).toEqual(ref.rows.map(SORT_KEYS[name]!));
  const allRows = new Set(all.rows.map(normal));
  for (const row of saved.rows) expect(allRows.has(normal(row)), `${name} row ${normal(row)}`).toBe(true);
  if (ref.rows.length < Number(params.limit)) expect(saved.rows.map(normal).sort()).toEqual(ref.rows.map(normal).sort());
  return saved.rows.length;
}

/** Actors that are cited or quoted at all (the most top-sources can list). */
async function scoredActors(db: Db): Promise<number> {
  const r = await runInReadTransaction(db, `RETURN COUNT { MATCH (a:Actor) WHERE EXISTS { (:Article)-[:CITES]->(a) }
    OR EXISTS { (a)-[:STATED]->(:Statement)<-[:REPORTS]-(:Article) } } AS n`, {}, LIMITS);
  return Number(r.rows[0]!.n);
}

describe.each([1, 2])('rewritten saved queries on seeded graph %i', (seed) => {
  let db: Db;
  let actors: NodeRow[];
  beforeAll(async () => {
    db = await freshDb();
    const g = testGraph(seed);
    actors = g.actors;
    await writeBatch(db, g.batch, `test graph ${seed}`);
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each([1, 3, 10, 25, 1000])('top-sources with limit %i returns the reference rows', async (limit) => {
    expect(await expectSameRows(db, 'top-sources', { limit })).toBe(Math.min(limit, await scoredActors(db)));
  });

  it('top-sources ranks by articles, not statements: twelve statements in one article count once', async () => {
    const r = await runSavedQuery(db, 'top-sources', { limit: 1000 }, LIMITS);
    const heavy = r.rows.find((row) => row.id === 'act-59');
    expect(heavy).toMatchObject({ statements: expect.any(Number) });
    expect(Number(heavy!.statements)).toBeGreaterThanOrEqual(12);
    expect(Number(heavy!.quotedIn)).toBeLessThan(Number(heavy!.statements));
  });

  it.each([
    ['2025-03-01', '2025-03-31', 1000],
    ['2024-06-15', '2025-02-10', 1000],
    ['2025-01-01', '2025-12-31', 5],
    ['2025', '2025-12-31', 1000],
    ['2024-11', '2025-01-05', 1000],
    ['0000-01-01', '9999-12-31', 7],
  ])('events-in-range from %s to %s (limit %i) returns the reference rows', async (from, to, limit) => {
    const n = await expectSameRows(db, 'events-in-range', { from, to, limit });
    expect(n).toBeGreaterThan(0);
  });

  it('events-in-range keeps an event dated by its year only when the range starts in that year', async () => {
    const r = await runSavedQuery(db, 'events-in-range', { from: '2025-05-20', to: '2025-12-31', limit: 1000 }, LIMITS);
    const years = r.rows.filter((row) => String(row.date).length === 4);
    const ref = await runInReadTransaction(db, "MATCH (e:Event) WHERE e.date = '2025' RETURN count(e) AS n", {}, LIMITS);
    expect(Number(ref.rows[0]!.n)).toBeGreaterThan(0);
    expect(new Set(years.map((row) => row.id)).size).toBe(Number(ref.rows[0]!.n));
    expect(years.every((row) => row.date === '2025')).toBe(true);
  });

  it('actor-timeline finds the actor by id, by name in another case and by alias, with the reference rows', async () => {
    const alias = actors.find((a) => a.id === 'act-4')!.aliases![0]!;
    for (const given of [{ actor: 'act-1' }, { actor: 'ZORVAN KELTIC 2' }, { actor: alias.toLowerCase() }, { actor: 'act-3', limit: 2 }]) {
      expect(await expectSameRows(db, 'actor-timeline', given)).toBeGreaterThan(0);
    }
    expect((await runSavedQuery(db, 'actor-timeline', { actor: 'Zorvan' }, LIMITS)).rows).toEqual([]);
  });
});
