// Property-based fuzzing (issue 6, item 4) of clean and segment with random and adversarial text:
// unicode, RTL and zero-width marks, lone surrogates, very long tokens, quotes that never close.
// Nothing throws (clean may only refuse with InputError), offsets slice back, time stays bounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean/index.ts';
import { segmentArticle } from '../../src/ingest/segment/index.ts';
import { InputError, type CleanArticle, type RawArticle, type Segment } from '../../src/model/index.ts';
import { piece, text, unclosed } from './fuzz-arbitraries.ts';
import { cpuMsSince } from '../helpers/cpu.ts';

const PER_CASE_MS = 2000;

const asArticle = (t: string): CleanArticle => ({
  id: 'article:fuzz', file: 'fuzz.txt', title: '', source: null, url: null, published: null, publishedInferred: false, text: t,
});

function checkSegments(source: string, segments: Segment[]): void {
  let last = 0;
  let lastParagraph = 0;
  segments.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end - s.start).toBeLessThanOrEqual(2000);
    expect(source.slice(s.start, s.end)).toBe(s.text);
    expect(s.paragraph).toBeGreaterThanOrEqual(lastParagraph);
    for (const q of s.quotes) {
      expect(source.slice(q.start, q.end)).toBe(q.text);
      expect(q.start >= s.start && q.end <= s.end).toBe(true);
      if (q.whole) expect(q.whole.start <= q.start && q.whole.end >= q.end).toBe(true);
    }
    last = s.end;
    lastParagraph = s.paragraph;
  });
}

/** Runs fn, asserting it finishes within the per-case bound of CPU time (runaway work, not machine load). */
function timed<T>(fn: () => T): T {
  const started = process.cpuUsage();
  const result = fn();
  expect(cpuMsSince(started)).toBeLessThan(PER_CASE_MS);
  return result;
}

/** cleanArticle may refuse (nothing left) only with an InputError; anything else is a crash. */
function cleanOrNull(raw: RawArticle): CleanArticle | null {
  try {
    return cleanArticle(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return null;
  }
}

describe('fuzz: segment', () => {
  it('never throws on any text, offsets slice back, bounded time', () => {
    fc.assert(
      fc.property(fc.oneof(text, unclosed), (t) => {
        checkSegments(t, timed(() => segmentArticle(asArticle(t))));
      }),
      { numRuns: 300 },
    );
  });

  it('covers every word of the text (nothing is lost between sentences)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const covered = segmentArticle(asArticle(t)).map((s) => s.text).join(' ');
        const words = (x: string): string => x.replace(/\s+/g, '');
        expect(words(covered)).toBe(words(t));
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzz: clean then segment', () => {
  it('text and markdown: no crash, stable id, offsets into the cleaned text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<RawArticle['format']>('text', 'markdown'), (body, format) => {
        const raw: RawArticle = { file: 'fuzz.txt', format, body };
        const clean = timed(() => cleanOrNull(raw));
        if (!clean) return;
        expect(cleanArticle(raw).id).toBe(clean.id);
        expect(clean.text).toBe(clean.text.trim());
        expect(clean.published === null || /^\d{4}-\d{2}-\d{2}$/.test(clean.published)).toBe(true);
        checkSegments(clean.text, timed(() => segmentArticle(clean)));
      }),
      { numRuns: 200 },
    );
  });

  it('html tag soup: no crash, no script text, offsets slice back', () => {
    const tag = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<span>', '<b>', '</i>', '<br>', '<!--', '-->', '<figure><figcaption>', '<table><tr><td>', '<![CDATA[', '<meta property="og:site_name" content="X">');
    // The scripts come before the soup: after it, an unclosed "<a " would legally turn them into text.
    const soup = fc.array(fc.oneof(tag, piece), { maxLength: 200 }).map(
      (xs) => `<html><head><script>var SECRET_CODE=1</script></head><body><script>SECRET_CODE++</script>${xs.join('')}</body></html>`,
    );
    fc.assert(
      fc.property(soup, (body) => {
        const clean = timed(() => cleanOrNull({ file: 'fuzz.html', format: 'html', body }));
        if (!clean) return;
        expect(clean.text).not.toContain('SECRET_CODE');
        checkSegments(clean.text, segmentArticle(clean));
      }),
      { numRuns: 100 },
    );
  });
});
