// segment stage: CleanArticle → Segment[] with offsets into CleanArticle.text. Pure.
import type { CleanArticle, Segment } from '../../model/index.ts';

/** Splits the cleaned text into sentences with quotations (minimal first version). */
export function segmentArticle(article: CleanArticle): Segment[] {
  const text = article.text;
  const segments: Segment[] = [];
  const paraRe = /[^\n]+/g;
  let paragraph = 0;
  for (const para of text.matchAll(paraRe)) {
    const base = para.index;
    const sentRe = /[^.!?]+(?:[.!?]+["”’»)]*|$)/g;
    for (const m of para[0].matchAll(sentRe)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = base + m.index + lead;
      const end = base + m.index + m[0].trimEnd().length;
      if (end <= start) continue;
      const sentence = text.slice(start, end);
      const quotes = [...sentence.matchAll(/["“«]([^"”»]+)["”»]/g)].map((q) => {
        const qs = start + q.index + 1;
        return { start: qs, end: qs + q[1]!.length, text: q[1]! };
      });
      segments.push({ index: segments.length, paragraph, start, end, text: sentence, quotes });
    }
    paragraph++;
  }
  return segments;
}
