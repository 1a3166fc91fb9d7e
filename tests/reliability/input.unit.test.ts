// Bad input (issue 6, item 1) through read → clean → segment on real temp files: each bad file
// becomes an InputError naming the file (and line) and the reason, and the rest of the batch lands.
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { readArticles, type ReadResult } from '../../src/ingest/read/index.ts';
import { segmentArticle } from '../../src/ingest/segment/index.ts';
import { InputError } from '../../src/model/index.ts';
import { cpuMsSince } from '../helpers/cpu.ts';

const GOOD = 'Harbour reopens in Kell\n\nThe harbour of Kell reopened on Monday after repairs, the port office said.\n';
const CAP = 10 * 1024 * 1024;
let dir: string;

/** Deterministic pseudo-random bytes (xorshift), so the "binary" case is the same on every run. */
function randomBytes(n: number, seed = 42): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const file = (name: string): string => join(dir, name);
async function readOne(name: string, cap = CAP): Promise<ReadResult> {
  return readArticles([file(name)], { maxFileBytes: cap });
}
function failureOf(result: ReadResult, name: string): InputError {
  const failure = result.failures.find((f) => f.file.endsWith(name));
  expect(failure, `a failure for ${name}`).toBeDefined();
  expect(failure!.error).toBeInstanceOf(InputError);
  expect(failure!.error.message).toContain(name);
  return failure!.error;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-input-'));
  await writeFile(file('good.txt'), GOOD);
  await writeFile(file('empty.txt'), '');
  await writeFile(file('blank.txt'), '  \n\t\n   \r\n');
  await writeFile(file('random.txt'), randomBytes(20_000));
  await writeFile(file('control.txt'), Buffer.from('\x01\x02\x03\x04\x05\x06 abc\x07\x08\x0e\x0f'.repeat(50)));
  await writeFile(file('latin1.txt'), Buffer.from('Le caf\xe9 de la place a rouvert \xe0 Orvik.', 'latin1'));
  await writeFile(file('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv café – “quoted” text.', 'utf16le')]));
  const be = Buffer.from('Kyiv café – “quoted” text.', 'utf16le');
  be.swap16();
  await writeFile(file('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  await writeFile(file('utf16nobom.txt'), Buffer.from('A story saved as UTF-16 without its mark.', 'utf16le'));
  await writeFile(file('bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Plain UTF-8 text.')]));
  await writeFile(file('huge.txt'), '');
  await truncate(file('huge.txt'), 60 * 1024 * 1024); // sparse: 60 MB on paper, nothing on disk
  await writeFile(file('long.txt'), 'word '.repeat(210_000)); // a 1 MB line without punctuation
  const deep = `<html><head><style>p { color: red }</style></head><body><script>alert("pwned")</script>${'<div>'.repeat(3000)}<p>Deep but real story text about the Kell harbour.</p>${'</div>'.repeat(3000)}</body></html>`;
  await writeFile(file('deep.html'), deep);
  await writeFile(file('mixed.jsonl'), ['{"title":"One","text":"First record text."}', '{"title": "Two", "text": ', '{"title":"Three","text":"Third record text."}', '[1,2]', '{"title":"Five"}'].join('\n'));
  await writeFile(file('report.pdf'), '%PDF-1.4');
  await mkdir(file('folder.txt'));
  await symlink(file('missing-target.txt'), file('dangling.txt'));
  await writeFile(file('copy1.txt'), GOOD);
  await writeFile(file('copy2.txt'), GOOD);
  await writeFile(file('same.html'), `<html><head><title>Harbour reopens in Kell</title></head><body><nav>Home</nav><article><h1>Harbour reopens in Kell</h1><p>The harbour of Kell reopened on Monday after repairs, the port office said.</p><aside>Advertisement</aside></article></body></html>`);
  await writeFile(file('near.txt'), `JOIN US ON TELEGRAM\n\n${GOOD}\nAdvertisement\n\nRead more: Storm warning for the coast\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bad input is refused with the file and the reason', () => {
  it('empty and whitespace-only files', async () => {
    expect(failureOf(await readOne('empty.txt'), 'empty.txt').message).toMatch(/empty/);
    expect(failureOf(await readOne('blank.txt'), 'blank.txt').message).toMatch(/whitespace/);
  });

  it('binary data: random bytes, and text full of control characters', async () => {
    expect(failureOf(await readOne('random.txt'), 'random.txt').message).toMatch(/binary|UTF-8/);
    expect(failureOf(await readOne('control.txt'), 'control.txt').message).toMatch(/binary/);
  });

  it('UTF-16 without a BOM is refused as such, not as "binary"', async () => {
    expect(failureOf(await readOne('utf16nobom.txt'), 'utf16nobom.txt').message).toMatch(/UTF-16 without a byte-order mark/);
  });

  it('invalid UTF-8 (a latin-1 file), with the byte offset', async () => {
    expect(failureOf(await readOne('latin1.txt'), 'latin1.txt').message).toMatch(/invalid UTF-8 at byte 6/);
  });

  it('a file over the size cap names the cap, without reading it', async () => {
    const started = process.cpuUsage();
    expect(failureOf(await readOne('huge.txt'), 'huge.txt').message).toMatch(/size cap of 10485760 bytes/);
    expect(cpuMsSince(started)).toBeLessThan(1000);
    expect(failureOf(await readOne('good.txt', 20), 'good.txt').message).toMatch(/size cap of 20 bytes/);
  });

  it('an unsupported extension', async () => {
    expect(failureOf(await readOne('report.pdf'), 'report.pdf').message).toMatch(/unsupported extension "\.pdf"/);
  });

  it('unreadable paths: a directory named like a file, a dangling symlink, a missing path', async () => {
    expect(failureOf(await readOne('folder.txt'), 'folder.txt').message).toMatch(/unreadable path/);
    expect(failureOf(await readOne('dangling.txt'), 'dangling.txt').message).toMatch(/unreadable path/);
    expect(failureOf(await readOne('nowhere.txt'), 'nowhere.txt').message).toMatch(/unreadable path/);
  });

  it('a .jsonl with malformed lines: each named with its line, the other lines land', async () => {
    const result = await readOne('mixed.jsonl');
    expect(result.articles.map((a) => a.title)).toEqual(['One', 'Three']);
    expect(result.failures.map((f) => f.line)).toEqual([2, 4, 5]);
    for (const f of result.failures) {
      expect(f.error).toBeInstanceOf(InputError);
      expect(f.error.line).toBe(f.line);
      expect(f.error.message).toContain(`mixed.jsonl:${f.line}`);
    }
  });
});

describe('awkward but valid input is read correctly', () => {
  it('UTF-16 LE and BE with a BOM are decoded; a UTF-8 BOM is dropped', async () => {
    for (const name of ['utf16le.txt', 'utf16be.txt']) {
      const { articles, failures } = await readOne(name);
      expect(failures).toEqual([]);
      expect(articles[0]!.body).toBe('Kyiv café – “quoted” text.');
    }
    expect((await readOne('bom8.txt')).articles[0]!.body).toBe('Plain UTF-8 text.');
  });

  it('a 1 MB line without punctuation is processed in bounded time with capped sentences', async () => {
    const started = process.cpuUsage();
    const { articles } = await readOne('long.txt');
    const clean = cleanArticle(articles[0]!);
    const segments = segmentArticle(clean);
    expect(cpuMsSince(started)).toBeLessThan(10_000);
    expect(segments.length).toBeGreaterThan(400);
    for (const s of segments) {
      expect(s.text.length).toBeLessThanOrEqual(2000);
      expect(clean.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('HTML 3,000 elements deep with a script and a style: text kept, code dropped, no stack overflow', async () => {
    const started = process.cpuUsage();
    const { articles } = await readOne('deep.html');
    const clean = cleanArticle(articles[0]!);
    expect(cpuMsSince(started)).toBeLessThan(10_000);
    expect(clean.text).toBe('Deep but real story text about the Kell harbour.');
    expect(clean.text).not.toMatch(/alert|color/);
  });

  it('the same article twice, a near-duplicate with other furniture, and its HTML page get one id', async () => {
    const { articles } = await readArticles([file('copy1.txt'), file('copy2.txt'), file('near.txt'), file('same.html')], { maxFileBytes: CAP });
    const ids = articles.map((a) => cleanArticle(a).id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('a batch of one good and seven bad files', () => {
  it('lands the good article and names each bad file', async () => {
    const bad = ['empty.txt', 'blank.txt', 'random.txt', 'latin1.txt', 'mixed.jsonl', 'huge.txt', 'report.pdf'];
    const result = await readArticles([file('good.txt'), ...bad.map(file)], { maxFileBytes: CAP });
    expect(result.articles.some((a) => a.file.endsWith('good.txt'))).toBe(true);
    for (const name of bad) expect(result.failures.some((f) => f.file.endsWith(name) && f.error instanceof InputError)).toBe(true);
    const clean = cleanArticle(result.articles.find((a) => a.file.endsWith('good.txt'))!);
    expect(clean.title).toBe('Harbour reopens in Kell');
  });
});
