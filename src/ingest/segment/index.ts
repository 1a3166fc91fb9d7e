// segment stage: CleanArticle → Segment[], sentences with the quotations inside them, every
// offset into CleanArticle.text. Pure and linear in the text length.
import type { CleanArticle, Segment } from '../../model/index.ts';
import { findQuotes, trimQuote } from './quotes.ts';
import { splitSentences } from './sentences.ts';

export { MAX_SENTENCE } from './sentences.ts';

const PARAGRAPH = /\n[^\S\n]*\n\s*/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits the cleaned text into sentences (paragraphs are blank-line separated; a line break also
 * ends a sentence, so a headline without final punctuation is its own sentence) and records the
 * quotations of each sentence. A quotation spanning several sentences is recorded on each of them,
 * clipped to the sentence, with `whole` giving the full quotation. Invariant:
 * `article.text.slice(s.start, s.end) === s.text`, and the same for every quote.
 */
export function segmentArticle(article: CleanArticle): Segment[] {
  const text = article.text;
  const segments: Segment[] = [];
  let paragraph = 0;
  let from = 0;
  PARAGRAPH.lastIndex = 0;
  while (from <= text.length) {
    const m = PARAGRAPH.exec(text);
    const to = m ? m.index : text.length;
    if (segmentParagraph(text, from, to, paragraph, segments)) paragraph++;
    if (!m) break;
    from = m.index + m[0].length;
  }
  return segments;
}

/** Adds the sentences of text[from, to) to `out`; false when the paragraph had none. */
function segmentParagraph(text: string, from: number, to: number, paragraph: number, out: Segment[]): boolean {
  const sentences: [number, number][] = [];
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    sentences.push(...splitSentences(text, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  if (sentences.length === 0) return false;
  const quotes = findQuotes(text, from, to);
  let q = 0;
  for (const [start, end] of sentences) {
    const segment: Segment = { index: out.length, paragraph, start, end, text: text.slice(start, end), quotes: [] };
    while (q < quotes.length && quotes[q]![1] <= start) q++;
    for (let k = q; k < quotes.length && quotes[k]![0] < end; k++) {
      const [qs, qe] = quotes[k]!;
      const [cs, ce] = trimQuote(text, Math.max(qs, start), Math.min(qe, end));
      if (ce <= cs || !HAS_WORD.test(text.slice(cs, ce))) continue;
      const quote: Segment['quotes'][number] = { start: cs, end: ce, text: text.slice(cs, ce) };
      if (qs < start || qe > end) {
        const [ws, we] = trimQuote(text, qs, qe);
        quote.whole = { start: ws, end: we };
      }
      segment.quotes.push(quote);
    }
    out.push(segment);
  }
  return true;
}
