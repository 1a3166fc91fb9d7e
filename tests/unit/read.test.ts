// readArticles on real temp folders: formats, recursive folder walk in sorted order, .jsonl records.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/read/index.ts';

let dir: string;
const opts = { maxFileBytes: 1_000_000 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
  await mkdir(join(dir, 'b', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'b', 'deeper', 'z.txt'), 'Ferry services resumed in Kell on Monday.');
  await writeFile(join(dir, 'a.md'), '# Kell harbour\n\nThe harbour reopened.');
  await writeFile(join(dir, 'c.htm'), '<html><body><p>The Kell council met.</p></body></html>');
  await writeFile(join(dir, 'notes.csv'), 'not,an,article'); // skipped in a folder walk
  await writeFile(join(dir, '.hidden.txt'), 'hidden');
  const jsonl = await readFile(new URL('../fixtures/input/articles.jsonl', import.meta.url), 'utf8');
  await writeFile(join(dir, 'd.jsonl'), jsonl);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('walks folders recursively, in sorted order, with the right formats', async () => {
    const { articles, failures } = await readArticles([dir], opts);
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.file.slice(dir.length + 1), a.format])).toEqual([
      ['a.md', 'markdown'],
      ['b/deeper/z.txt', 'text'],
      ['c.htm', 'html'],
      ['d.jsonl#1', 'text'],
      ['d.jsonl#2', 'html'],
    ]);
  });

  it('maps .jsonl fields onto the raw article', async () => {
    const { articles } = await readArticles([join(dir, 'd.jsonl')], opts);
    expect(articles[0]).toMatchObject({
      title: 'Mill strike enters second week', url: 'https://example.test/mill', published: '2024-06-11', source: 'Valley Post',
    });
    expect(articles[0]!.body).toContain('Orlan textile mill');
    expect(articles[1]).toMatchObject({ title: 'River level falls', format: 'html', url: null, published: null });
  });

  it('gives the same result for the same input (deterministic) and reads a file named twice once', async () => {
    const first = await readArticles([dir, join(dir, 'a.md')], opts);
    const second = await readArticles([join(dir, 'a.md'), dir], opts);
    expect(first.articles.map((a) => a.file)).toEqual(second.articles.map((a) => a.file));
    expect(first.articles.filter((a) => a.file.endsWith('a.md'))).toHaveLength(1);
  });
});
