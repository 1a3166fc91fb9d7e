// Clauses of a sentence: split at semicolons, dashes, clause-opening conjunctions and coordinated verbs,
// so that an event's participants, place and date are read from its own clause.
import type { Segment } from '../../../model/index.ts';
import { datelineLength } from '../rules/text.ts';

export interface Clause {
  start: number;
  end: number;
}

const CLAUSE_BREAK = /;\s|:\s|\s[–—]\s|,\s+(?:but|and|while|whereas|although|though|as|since|when|which|who|where)\s|,\s+(?:most|some|many|all|none|several|one|two|three|\w+)\s+of\s+(?:which|whom)\s|,\s+(?=(?:saying|adding|claiming|arguing|insisting|warning|noting|stressing)\s)|,\s+(?=(?:the|a)\s+(?:[\w’'-]+\s+){0,3}(?:city|town|village|settlement|region|capital|province)\s)|\s(?:but|while|whereas|since|because|although|though)\s|\s+and\s+(?=(?:(?:also|then|later|was|were|has|have|had|is|are)\s+){0,2}(?:[a-z]+ed|said|told|met|sent|struck|took|gave|made|spoke|held|fled|led|won|threw|drove|shot|fought|flew|came|went|began|saw|got|left|put|kept|ran|lost|hit|sought|brought|became)\s)/g;

/** Splits a sentence into clauses at semicolons, dashes and clause-opening conjunctions. */
export function clausesOf(text: string, seg: Segment): Clause[] {
  const out: Clause[] = [];
  let s = seg.start + datelineLength(seg.text);
  // "Though X said …, Y rejected …": a leading subordinate clause ends at its comma.
  const sub = /^\s*(?:though|although|while|as|when|after|before|since|because|if|whereas|once|unless)\b[^,“"]*(?:[“"][^”"]*[”"][^,]*)?,\s*/i.exec(text.slice(s, seg.end));
  if (sub) {
    out.push({ start: s, end: s + sub[0].length - 1 });
    s += sub[0].length;
  }
  const base = s;
  const breaks: { at: number; len: number }[] = [];
  for (const m of text.slice(base, seg.end).matchAll(CLAUSE_BREAK)) {
    breaks.push({ at: base + m.index, len: m[0].length });
    // ", who met X in Y, told …": a relative clause ends at its closing comma.
    if (/^,\s+(?:who|which)\s/.test(m[0])) {
      const close = text.indexOf(', ', base + m.index + m[0].length);
      if (close > 0 && close < seg.end) breaks.push({ at: close, len: 2 });
    }
  }
  breaks.sort((a, b) => a.at - b.at);
  for (const b of breaks) {
    if (b.at < s) continue;
    if (b.at > s) out.push({ start: s, end: b.at });
    s = b.at + b.len;
  }
  out.push({ start: s, end: seg.end });
  return out.map((c) => trimSpan(text, c));
}

function trimSpan(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /[\s,“"”]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?“"”]/.test(text[end - 1]!)) end--;
  return { start, end };
}
