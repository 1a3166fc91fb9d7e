// segmentArticle: sentences with exact offsets, paragraphs, abbreviations, headlines, and the
// quotations inside each sentence (curly, straight, guillemets, unclosed, multi-sentence).
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/ingest/segment/index.ts';
import type { CleanArticle, Segment } from '../../src/model/index.ts';

const article = (text: string): CleanArticle => ({
  id: 'article:test', file: 't.txt', title: '', source: null, url: null, published: null, publishedInferred: false, text,
});
const sentences = (text: string): string[] => segmentArticle(article(text)).map((s) => s.text);
const quotes = (text: string): string[][] => segmentArticle(article(text)).map((s) => s.quotes.map((q) => q.text));

function expectSlicesBack(text: string, segments: Segment[]): void {
  for (const s of segments) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const q of s.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.start >= s.start && q.end <= s.end).toBe(true);
    }
  }
}

describe('segmentArticle: sentences', () => {
  it('splits on terminal punctuation and keeps offsets exact', () => {
    const text = 'The dam held. Did it?  Yes! Engineers cheered…  Then rain came.';
    const segs = segmentArticle(article(text));
    expect(segs.map((s) => s.text)).toEqual(['The dam held.', 'Did it?', 'Yes!', 'Engineers cheered…', 'Then rain came.']);
    expectSlicesBack(text, segs);
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('does not split after titles, initials, months, decimals or inside initialisms', () => {
    expect(sentences('Gen. Arno Vask met Mr. Lune and Dr. Pell on Sept. 4 in St. Ivo. Inflation rose 3.5 per cent.')).toEqual([
      'Gen. Arno Vask met Mr. Lune and Dr. Pell on Sept. 4 in St. Ivo.',
      'Inflation rose 3.5 per cent.',
    ]);
    expect(sentences('John Q. Ledger spoke to U.S. officials and the U.N. envoy about No. 7 platform.')).toHaveLength(1);
    expect(sentences('Aid came from the U.S. The convoy left at dawn.')).toEqual(['Aid came from the U.S.', 'The convoy left at dawn.']);
  });

  it('splits after "p.m." only when a sentence starter follows', () => {
    expect(sentences('The vote closed at 8 p.m. The count began at once.')).toHaveLength(2);
    expect(sentences('The vote closed at 8 p.m. Friday evening.')).toHaveLength(1);
  });

  it('splits after full-width stops, which take no space', () => {
    expect(sentences('会议结束了。代表们离开了！明天呢？')).toEqual(['会议结束了。', '代表们离开了！', '明天呢？']);
  });

  it('keeps an ellipsis inside a sentence when lower case follows', () => {
    expect(sentences('He paused... and then went on. Next point.')).toEqual(['He paused... and then went on.', 'Next point.']);
  });

  it('makes a headline line without punctuation its own sentence and numbers paragraphs', () => {
    const text = 'Storm hits Orvik\n\nThe storm hit on Monday. Roads closed.\n\nFerries stopped';
    const segs = segmentArticle(article(text));
    expect(segs.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Storm hits Orvik'],
      [1, 'The storm hit on Monday.'],
      [1, 'Roads closed.'],
      [2, 'Ferries stopped'],
    ]);
  });

  it('does not split inside a quotation followed by its attribution', () => {
    expect(sentences('“We will rebuild.” she said. “Why?” asked Tor.')).toEqual(['“We will rebuild.” she said.', '“Why?” asked Tor.']);
    expect(sentences('“We will rebuild,” the mayor said. Work begins soon.')).toHaveLength(2);
  });

  it('caps a sentence without punctuation at 2,000 characters, splitting on whitespace', () => {
    const text = 'word '.repeat(1000).trim();
    const segs = segmentArticle(article(text));
    expect(segs.length).toBeGreaterThan(2);
    for (const s of segs) expect(s.text.length).toBeLessThanOrEqual(2000);
    expect(segs.map((s) => s.text).join(' ')).toBe(text);
    expectSlicesBack(text, segs);
  });
});

describe('segmentArticle: quotations', () => {
  it('finds curly, straight and guillemet quotes without their marks', () => {
    expect(quotes('Ina Holm called it “a disgrace” and “a waste.”')).toEqual([['a disgrace', 'a waste']]);
    expect(quotes('He said "the bridge is safe" twice.')).toEqual([['the bridge is safe']]);
    expect(quotes('Le maire a dit « nous resterons » hier.')).toEqual([['nous resterons']]);
  });

  it('trims the comma or period before the closing mark', () => {
    const segs = segmentArticle(article('“The pass is closed,” said Vera Noll.'));
    expect(segs[0]!.quotes[0]!.text).toBe('The pass is closed');
  });

  it('records a multi-sentence quotation on each sentence, with the whole span', () => {
    const text = '“The river is rising. We are ready. Nobody will be left behind,” the mayor said.';
    const segs = segmentArticle(article(text));
    expect(segs.map((s) => s.quotes.map((q) => q.text))).toEqual([
      ['The river is rising'],
      ['We are ready'],
      ['Nobody will be left behind'],
    ]);
    const whole = segs[0]!.quotes[0]!.whole!;
    expect(text.slice(whole.start, whole.end)).toBe('The river is rising. We are ready. Nobody will be left behind');
    expect(segs[2]!.quotes[0]!.whole).toEqual(whole);
    expectSlicesBack(text, segs);
  });

  it('bounds a quotation that never closes to its paragraph', () => {
    const text = 'She said: “This will not stand. We go on.\n\nThe council met later. Nothing was decided.';
    const segs = segmentArticle(article(text));
    expect(segs.map((s) => s.quotes.length)).toEqual([1, 1, 0, 0]);
    expect(segs[1]!.quotes[0]!.text).toBe('We go on');
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes("The mayor's plan and the council’s reply.")).toEqual([[]]);
  });
});
