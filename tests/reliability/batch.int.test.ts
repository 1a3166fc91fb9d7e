// Issue 6 through the real ingest: the "Checked by" batch (one good article, seven bad files) run by
// the CLI; the same article twice and a near-duplicate give one Article; and a large run is read,
// extracted and written batch by batch (not all files and drafts held at once).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphChecksum, type Db } from '../../src/db/index.ts';
import { createRulesExtractor } from '../../src/ingest/extract/index.ts';
import { runIngest } from '../../src/ingest/index.ts';
import type { Extractor } from '../../src/model/index.ts';
import { cleanDb, freshDb } from '../helpers/db.ts';
import { corpusArticle, corpusArticles, withFurniture, writeCorpus } from '../fixtures/reliability/corpus.ts';
import { articleCount, articleFiles, cliEnv, hasStackTrace, runCli } from './fault-helpers.ts';

let db: Db;
const extractor = createRulesExtractor();
const MAX_FILE_BYTES = 10 * 1024 * 1024;

beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

describe('the "Checked by" batch of issue 6', () => {
  it('one good article and seven bad files: exit 1, each bad file named on its own line, the good one lands, no stack', async () => {
    await cleanDb(db);
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-checked-by-'));
    const good = corpusArticle(5, 1);
    const bad: Record<string, string | Buffer> = {
      'empty.txt': '',
      'blank.txt': '  \n\t\n   \n',
      'random.txt': randomBytes(20 * 1024),
      'latin1.txt': Buffer.from('Le ministre Émile Dufrène a déclaré à Tervograd que la trêve était rompue.\n', 'latin1'),
      'broken.jsonl': `${JSON.stringify({ title: 'Grain talks', text: corpusArticle(5, 2).text })}\n{"title": "B", "text": "unterminated\n`,
      'deep.html': `<html><body>${'<div>'.repeat(3000)}<script>document.title = "pwned"</script>${'</div>'.repeat(3000)}</body></html>`,
      'huge.txt': Buffer.alloc(60 * 1024 * 1024, 0x61), // 60 MB, written here (never committed)
    };
    await writeFile(join(dir, 'good.txt'), good.text);
    for (const [name, content] of Object.entries(bad)) await writeFile(join(dir, name), content);
    try {
      const r = await runCli(['ingest', dir], cliEnv(inject('neo4j')));
      expect(r.code).toBe(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('newsgraph: '));
      for (const name of Object.keys(bad)) {
        const mine = lines.filter((l) => l.includes(join(dir, name)));
        expect(mine, `${name} named on exactly one line`).toHaveLength(1);
      }
      // The reasons are the specific ones (the line of the .jsonl, the cap of the big file).
      const line = (name: string): string => lines.find((l) => l.includes(join(dir, name))) ?? '';
      expect(line('empty.txt')).toMatch(/empty/);
      expect(line('blank.txt')).toMatch(/whitespace/);
      expect(line('random.txt')).toMatch(/binary/);
      expect(line('latin1.txt')).toMatch(/UTF-8/);
      expect(line('broken.jsonl')).toContain(`${join(dir, 'broken.jsonl')}:2:`);
      expect(line('huge.txt')).toContain(String(MAX_FILE_BYTES));
      expect(line('deep.html')).toMatch(/no article text/);
      const files = await articleFiles(db);
      expect(files).toContain(join(dir, 'good.txt'));
      expect(files.map((f) => basename(f))).toEqual(['broken.jsonl#1', 'good.txt']); // line 1 of the .jsonl lands too
      expect(r.stdout).toMatch(/ingested 2 of 3 articles/); // deep.html was read, then found empty
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('duplicates through ingest', () => {
  it('the same article twice and a near-duplicate with other site furniture give one Article node', async () => {
    await cleanDb(db);
    const a = corpusArticle(6, 0);
    const dir = await writeCorpus([
      { file: 'a.txt', text: a.text },
      { file: 'b-copy.txt', text: a.text },
      { file: 'c-furniture.txt', text: withFurniture(a.text) },
      corpusArticle(6, 1),
    ]);
    const report = await runIngest([dir], { db, extractor, maxFileBytes: MAX_FILE_BYTES });
    expect(report.failures).toEqual([]);
    expect(report.read).toBe(4);
    expect(report.articles).toBe(2);
    expect(report.duplicates.map((d) => [basename(d.file), basename(d.sameAs)])).toEqual([
      ['b-copy.txt', 'a.txt'],
      ['c-furniture.txt', 'a.txt'],
    ]);
    expect(await articleCount(db)).toBe(2);
    // Across batches too: the copy in a later batch is still a duplicate.
    const again = await runIngest([dir], { db, extractor, maxFileBytes: MAX_FILE_BYTES, batchSize: 1 });
    expect(again.duplicates).toHaveLength(2);
    expect(await articleCount(db)).toBe(2);
  });
});

describe('batches', () => {
  it('reads, extracts and writes per batch: a batch is extracted while the one before it is written, after all earlier ones landed', async () => {
    await cleanDb(db);
    const articles = corpusArticles(7, 0, 12);
    const dir = await writeCorpus(articles);
    const last = join(dir, articles[articles.length - 1]!.file);
    const seenCounts: number[] = [];
    // The only faked part is the extractor port, wrapped to observe the run from inside.
    const observing: Extractor = {
      name: 'observing',
      async extract(article, segments) {
        seenCounts.push(await articleCount(db));
        // Once extraction has begun, remove the last file: a reader that read everything up front
        // would already hold it; one that reads per batch reports it as unreadable.
        if (seenCounts.length === 1) await rm(last);
        return extractor.extract(article, segments);
      },
    };
    const report = await runIngest([dir], { db, extractor: observing, maxFileBytes: MAX_FILE_BYTES, batchSize: 4 });
    expect(report.articles).toBe(11);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ file: last, stage: 'read' });
    // Article k (0-based) of batch b is extracted after batches 0..b-2 landed, and before batch b is
    // written (batch b-1 may be landing meanwhile): never more than two batches in flight.
    seenCounts.forEach((count, k) => {
      const batch = Math.floor(k / 4);
      expect(count, `article ${k}`).toBeGreaterThanOrEqual(Math.max(0, batch - 1) * 4);
      expect(count, `article ${k}`).toBeLessThanOrEqual(batch * 4);
    });
  });

  it('one run in batches gives the graph of one run per batch: entities known from earlier batches resolve as if read from the graph', async () => {
    // Later articles name people of earlier ones by surname alone, in another spelling: only the
    // known entities (index or graph) can join them to the full name.
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-known-'));
    const texts = [
      'Talks to resume\n\nVARSOVA, March 3 - President Andriy Kovalenkyi said on Monday that talks with Poland would resume next week. Foreign Minister Marta Dubrovska said the offer was serious.',
      'Offer stands\n\nVARSOVA, March 4 - Kovalenkii told reporters on Tuesday that the offer still stood. Dubrovska said Poland had not answered.',
      'No answer\n\nVARSOVA, March 5 - Poland rejected the offer on Wednesday, Dubrovska said. Kovalenkyy said he regretted the decision.',
    ];
    const files = await Promise.all(texts.map(async (t, i) => {
      const file = join(dir, `0${i + 1}.txt`);
      await writeFile(file, t);
      return file;
    }));
    await cleanDb(db);
    const oneRun = await runIngest(files, { db, extractor, maxFileBytes: MAX_FILE_BYTES, batchSize: 1 });
    expect(oneRun.failures).toEqual([]);
    const inBatches = await graphChecksum(db);
    await cleanDb(db);
    for (const file of files) expect((await runIngest([file], { db, extractor, maxFileBytes: MAX_FILE_BYTES })).failures).toEqual([]);
    const runByRun = await graphChecksum(db);
    expect(inBatches).toEqual(runByRun);
    // And the surname-only mentions did join the full names.
    const session = db.session('READ');
    try {
      const persons = await session.run('MATCH (p:Actor {kind: "person"}) RETURN p.name AS name ORDER BY name');
      expect(persons.records.map((r) => r.get('name'))).toEqual(['Andriy Kovalenkyi', 'Marta Dubrovska']);
    } finally {
      await session.close();
    }
  });
});
