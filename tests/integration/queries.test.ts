// Every saved query (graph/queries/*.cypher) documents itself, passes EXPLAIN as a read and returns
// rows on the sample corpus; parameters are picked from the data, not hard-coded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import { listSavedQueries, resolveSavedParams, runSavedQuery } from '../../src/db/queries.ts';
import { explainQueryType, runReadOnly } from '../../src/db/readonly.ts';
import { InputError } from '../../src/model/errors.ts';
import { freshDb } from '../helpers/db.ts';
import { seedExtraction, seedsExtraction } from './queries-seed.ts';

const LIMITS = { timeoutMs: 20_000, maxRows: 1000 };
let db: Db;
const given: Record<string, Record<string, unknown>> = {};

async function one(query: string): Promise<unknown> {
  const r = await runReadOnly(db, query, {}, LIMITS);
  return r.rows[0] ? Object.values(r.rows[0])[0] : null;
}

beforeAll(async () => {
  db = await freshDb();
  await seedExtraction(db, await seedsExtraction());
  given['actor-timeline'] = { actor: await one('MATCH (a:Actor)-[:STATED]->(s) WITH a.name AS n, count(s) AS c RETURN n ORDER BY c DESC, n LIMIT 1') };
  given['statements-about-place'] = {
    place: await one('MATCH (s:Statement)-[:ABOUT]->(p:Place) WITH p.name AS n, count(s) AS c RETURN n ORDER BY c DESC, n LIMIT 1'),
  };
  given['neighbourhood'] = { node: await one('MATCH (a:Actor)--() WITH a.id AS n, count(*) AS c RETURN n ORDER BY c DESC, n LIMIT 1') };
  const dates = (await runReadOnly(db, 'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN min(toString(e.date)) AS a, max(toString(e.date)) AS b', {}, LIMITS)).rows[0]!;
  given['events-in-range'] = { from: dates.a, to: dates.b };
});
afterAll(async () => {
  await db?.close();
});

const saved = listSavedQueries();

describe('saved queries', () => {
  it('include the ones the viewer and the docs rely on', () => {
    expect(saved.map((q) => q.name)).toEqual(
      expect.arrayContaining(['statements-about-place', 'contradictions', 'actor-timeline', 'events-in-range', 'top-sources', 'merged-entities', 'neighbourhood']),
    );
  });

  it.each(saved.map((q) => [q.name, q]))('%s has a description, typed parameters and columns', (_n, q) => {
    expect(q.description.length).toBeGreaterThan(20);
    expect(q.columns.length).toBeGreaterThan(0);
    for (const p of q.params) expect(p.type).toMatch(/^(string|integer|number|boolean|list)$/);
  });

  it.each(saved.map((q) => [q.name, q]))('%s passes EXPLAIN as a read and returns rows', async (name, q) => {
    const params = resolveSavedParams(q, given[name] ?? {});
    expect(await explainQueryType(db, q.text, params)).toBe('r');
    const result = await runSavedQuery(db, name, given[name] ?? {}, LIMITS);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.columns).toEqual(q.columns.map((c) => c.name));
  });

  it('refuses a missing required parameter and an unknown one', async () => {
    await expect(runSavedQuery(db, 'actor-timeline', {}, LIMITS)).rejects.toBeInstanceOf(InputError);
    await expect(runSavedQuery(db, 'contradictions', { nope: 1 }, LIMITS)).rejects.toBeInstanceOf(InputError);
  });

  it('events-in-range gives coordinates for the map where places have them', async () => {
    const r = await runSavedQuery(db, 'events-in-range', {}, LIMITS);
    expect(r.rows.some((row) => typeof row.lat === 'number' && typeof row.lon === 'number')).toBe(true);
  });
});
