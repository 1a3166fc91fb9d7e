// Statements of one article: direct quotations with their attribution, and reported speech from
// the sentence anchors, resolved against each other so that one claim yields one statement.
import type { CleanArticle, DraftStatement, Segment } from '../../../model/index.ts';
import { reportingVerb } from '../../lexicon/reporting.ts';
import { findDates } from '../dates/index.ts';
import type { MentionIndex } from '../rules/mentions.ts';
import { hasQuotation, trimClaim, wordsOf } from '../rules/text.ts';
import { sentenceCandidates, type Candidate } from './anchors.ts';
import { findQuotes, quoteSentences, type QuoteSpan } from './quotes.ts';
import { subjectBefore, type SpeakerContext, type SpeakerHit } from './speakers.ts';

const QUOTE_VERBS =
  'said|says|added|adds|told|tells|stated|wrote|writes|noted|warned|insisted|stressed|explained|declared|claimed|replied|continued|posted|tweeted|argued|asserted';
const INVERTED_ATTRIBUTION = new RegExp(`^[\\s,]*(${QUOTE_VERBS})\\s+`, 'i');
const AFTER_ATTRIBUTION = new RegExp(`^[\\s,]*[^.“"”]{0,80}?\\b(${QUOTE_VERBS})\\b`, 'i');
// "X called the raid “…”": naming verbs introduce a quotation too (never after a quote: that is "…," X said).
const BEFORE_ATTRIBUTION = new RegExp(`\\b(${QUOTE_VERBS}|called|branded|labelled|labeled|dubbed)\\b[^“"”.]{0,40}?[:,]?\\s*$`, 'i');
const MIN_QUOTE_WORDS = 4;
const MIN_CLAIM_WORDS = 3;

/** Finds the statements of an article. `mentions` indexes the article's entity mentions. */
export function findStatements(article: CleanArticle, segments: Segment[], mentions: MentionIndex): DraftStatement[] {
  const text = article.text;
  const quotes = findQuotes(text);
  const ctx: SpeakerContext = { text, mentions, quotes, previous: null };
  const candidates: Candidate[] = [];
  const nextQuotes = quoteAttributor(ctx, segments, quotes);
  const take = (cs: Candidate[]): void => {
    for (const c of cs) {
      candidates.push(c);
      if (c.speaker?.key) ctx.previous = { key: c.speaker.key, at: c.anchor };
    }
  };
  for (const seg of segments) {
    // In text order, so that "she added" finds the previous speaker: quotations ending here first.
    take(nextQuotes(seg.end));
    take(sentenceCandidates(ctx, seg));
  }
  take(nextQuotes(text.length + 1));
  // The headline (and a standfirst that merely repeats it) is not a claim of its own: the body says it.
  const bodyStart = headlineEnd(article);
  const body = candidates.filter((c) => c.start >= bodyStart);
  return toStatements(article, segments, mentions, splitThatClauses(text, resolveOverlaps(text, body)));
}

/** Direct quotations of at least a few words, attributed before ("X said: “…”") or after ("“…,” X said"). */
function quoteAttributor(ctx: SpeakerContext, segments: Segment[], quotes: QuoteSpan[]): (upTo: number) => Candidate[] {
  let last: { speaker: SpeakerHit; continues: boolean; end: number } | null = null;
  let next = 0;
  return (upTo) => {
    const out: Candidate[] = [];
    for (; next < quotes.length && quotes[next]!.outerEnd <= upTo; next++) {
      const q = quotes[next]!;
      const c = attributeQuote(ctx, segments, q, last);
      if (!c) continue;
      last = { speaker: c.speaker, continues: q.continues, end: q.outerEnd };
      for (const piece of quoteSentences(ctx.text, q)) {
        out.push({
          kind: 'quote',
          start: piece.start,
          end: piece.end,
          speaker: c.speaker,
          verb: lemma(c.verb),
          denial: false,
          anchor: piece.start,
          cutAt: piece.start,
          via: [],
        });
      }
    }
    return out;
  };
}

/** The speaker of one quotation: after it, before it, a name and colon, or the previous quotation's speaker. */
function attributeQuote(
  ctx: SpeakerContext,
  segments: Segment[],
  q: QuoteSpan,
  last: { speaker: SpeakerHit; continues: boolean; end: number } | null,
): { speaker: SpeakerHit; verb: string } | null {
  const body = ctx.text.slice(q.start, q.end);
  if (wordsOf(body).length < MIN_QUOTE_WORDS) return null;
  const segEnd = segments.find((s) => s.start <= q.outerEnd && s.end >= q.outerEnd - 1)?.end ?? q.outerEnd;
  const segStart = segments.find((s) => s.start <= q.outerStart && s.end > q.outerStart)?.start ?? q.outerStart;
  let speaker: SpeakerHit | null = null;
  let verb = 'say';
  const tail = ctx.text.slice(q.outerEnd, segEnd);
  const inverted = INVERTED_ATTRIBUTION.exec(tail);
  const after = inverted ? null : AFTER_ATTRIBUTION.exec(tail);
  if (inverted) {
    // Inverted: "“…,” said Putin."
    verb = inverted[1]!.toLowerCase();
    const m = ctx.mentions.within(q.outerEnd, q.outerEnd + inverted[0].length + 40).find((x) => x.label === 'Actor');
    if (m) speaker = { key: m.key, start: m.start, anonymous: false };
  } else if (after) {
    verb = after[1]!.toLowerCase();
    speaker = subjectBefore(ctx, q.outerEnd + after[0].length - after[1]!.length, q.outerEnd);
  }
  if (!speaker) {
    const before = BEFORE_ATTRIBUTION.exec(ctx.text.slice(segStart, q.outerStart));
    if (before) {
      verb = before[1]!.toLowerCase();
      const verbAt = segStart + before.index;
      // "X told … that P and warned Y against “…”": a coordinated verb shares the sentence's subject.
      const coordinated = /[\s”"](?:and|but)\s+(?:also\s+)?$/.test(ctx.text.slice(segStart, verbAt));
      const first = coordinated ? wordsOf(ctx.text.slice(segStart, verbAt), segStart).find((w) => reportingVerb(w.lower) && !/^\p{Lu}/u.test(ctx.text[w.start] ?? '')) : undefined;
      speaker = first ? subjectBefore(ctx, first.start, segStart) : subjectBefore(ctx, verbAt, segStart);
    }
  }
  if (!speaker) {
    // "Angela Merkel: “…”" — a name and a colon introduce the quotation.
    const colon = /:\s*$/.exec(ctx.text.slice(Math.max(segStart, q.outerStart - 3), q.outerStart));
    const owner = colon
      ? ctx.mentions.before(q.outerStart, segStart).find((m) => m.label === 'Actor' && /^\s*:\s*$/.test(ctx.text.slice(m.end, q.outerStart)))
      : undefined;
    if (owner) speaker = { key: owner.key, start: owner.start, anonymous: false };
  }
  const paragraphStart = /(?:^|\n)\s*$/.test(ctx.text.slice(Math.max(0, q.outerStart - 3), q.outerStart));
  // A quotation with no attribution of its own continues the previous one: over a paragraph break, or
  // right after it in the same paragraph ("“…,” said X. “…”").
  const sameParagraph = last !== null && !ctx.text.slice(last.end, q.outerStart).includes('\n') && q.outerStart - last.end < 200;
  if (!speaker && last && (last.continues || sameParagraph || (paragraphStart && q.outerStart - last.end < 400))) speaker = last.speaker;
  return speaker ? { speaker, verb } : null;
}

/** End of the headline when the cleaned text opens with the title, else 0. */
function headlineEnd(article: CleanArticle): number {
  const title = article.title.trim();
  if (title.length < 12) return 0;
  const at = article.text.indexOf(title);
  return at >= 0 && at < 5 ? at + title.length : 0;
}

// A second "that" clause, or a comma-coordinated second predicate of the same subject (", and had been …").
const SECOND_THAT = /,?\s+(?:and|but)\s+(?:also\s+)?that\s+|,\s+and\s+(?=(?:had|has|have|was|were)\s)/g;

/**
 * "X said that P and that Q" / "X said S had done P, and had been Q": two claims, one statement each
 * (same speaker, verb and polarity).
 * Quotations are left whole; a second "that" inside quotation marks does not split.
 */
function splitThatClauses(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind === 'quote') {
      out.push(c);
      continue;
    }
    let from = c.start;
    const claim = text.slice(c.start, c.end);
    for (const m of claim.matchAll(SECOND_THAT)) {
      const cut = c.start + m.index;
      if (insideQuote(text, c.start, cut) || wordsOf(text.slice(from, cut)).length < MIN_CLAIM_WORDS) continue;
      out.push({ ...c, start: from, end: cut });
      from = cut + m[0].length;
    }
    out.push(from === c.start ? c : { ...c, start: from, anchor: from });
  }
  return out;
}

/** True when an odd number of quotation marks lies between `from` and `at`. */
function insideQuote(text: string, from: number, at: number): boolean {
  const marks = text.slice(from, at).match(/[“”"]/g)?.length ?? 0;
  return marks % 2 === 1;
}

const lemma = (form: string): string => reportingVerb(form)?.lemma ?? form;

const PRIORITY: Record<string, number> = {
  quote: 0,
  possessive: 1,
  verb: 2,
  according: 3,
};
const rank = (c: Candidate): number => (c.speaker && !c.speaker.anonymous ? PRIORITY[c.kind]! : 4);

/** One statement per claim: quotations first, then named speakers, "according to", anonymous sources. */
function resolveOverlaps(text: string, candidates: Candidate[]): Candidate[] {
  const trimmed: Candidate[] = [];
  for (const c of candidates) {
    const span = trimClaim(text, c.start, c.end);
    if (!span || !c.speaker) continue;
    if (wordsOf(text.slice(span.start, span.end)).length < MIN_CLAIM_WORDS) continue;
    trimmed.push({ ...c, ...span });
  }
  const order = embedQuotes(text, trimmed).map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i);
  const accepted: Candidate[] = [];
  for (const { c } of order) {
    const clash = accepted.find((a) => overlapShare(a, c) > 0.5);
    if (!clash) {
      accepted.push(c);
      continue;
    }
    const inside = (x: Candidate, y: Candidate): boolean => x.start >= y.start && x.end <= y.end;
    if (c.kind === 'according' && inside(clash, c) && c.speaker?.key) {
      if (clash.speaker?.key && !clash.speaker.anonymous) clash.via = [...new Set([...clash.via, c.speaker.key])];
      else clash.speaker = c.speaker;
      continue;
    }
    if (clash.kind === 'according' && c.speaker?.anonymous && inside(c, clash)) {
      clash.start = c.start;
      clash.end = c.end;
      continue;
    }
    if ((c.denial || clash.denial) && c.speaker?.key !== clash.speaker?.key) accepted.push(c);
  }
  // A claim repeated in the article (headline and body, recap) is one statement: keep the first.
  const kept: { c: Candidate; words: Set<string> }[] = [];
  for (const c of accepted.sort((a, b) => a.start - b.start)) {
    const words = new Set(wordsOf(text.slice(c.start, c.end)).map((w) => w.lower));
    const repeat = kept.some((k) => k.c.speaker?.key === c.speaker?.key && containedShare(words, k.words) >= 0.8);
    if (!repeat) kept.push({ c, words });
  }
  return kept.map((k) => k.c);
}

/**
 * A quotation inside a reported clause ("said inspectors had found “repeated breaches” of the permit")
 * is part of that claim: the reported clause is the statement, and keeps the quotation's speaker when
 * it has no named one. A quotation that is the whole clause stays the statement.
 */
function embedQuotes(text: string, cands: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const q of cands) {
    if (q.kind !== 'quote') continue;
    const host = cands.find((r) => r.kind !== 'quote' && r.start <= q.start && r.end >= q.end && !dropped.has(r));
    if (!host) continue;
    const outside = wordsOf(text.slice(host.start, q.start)).length + wordsOf(text.slice(q.end, host.end)).length;
    if (outside < MIN_CLAIM_WORDS) continue;
    dropped.add(q);
    if ((!host.speaker?.key || host.speaker.anonymous) && q.speaker?.key) host.speaker = q.speaker;
  }
  return cands.filter((c) => !dropped.has(c));
}

/** Share of the smaller word set found in the larger one. */
function containedShare(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (big.has(w)) n++;
  return small.size ? n / small.size : 0;
}

function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
}

function toStatements(article: CleanArticle, segments: Segment[], mentions: MentionIndex, cands: Candidate[]): DraftStatement[] {
  const text = article.text;
  return cands.map((c) => {
    const seg = segments.find((s) => s.start <= c.start && s.end >= c.start) ?? segments.find((s) => s.end >= c.start);
    const sentence = seg ? text.slice(seg.start, Math.max(seg.end, c.end)) : text.slice(c.start, c.end);
    const claim = text.slice(c.start, c.end);
    const dates = seg ? findDates(text.slice(seg.start, c.start), seg.start, article.published) : [];
    const date = dates.filter((d) => d.value && d.value.length >= 7).at(-1)?.value ?? article.published;
    const about = [...new Set(mentions.within(c.start, c.end).map((m) => m.key))];
    const outer = text.slice(Math.max(0, c.start - 1), Math.min(text.length, c.end + 1));
    return {
      speaker: c.speaker?.key ?? null,
      text: claim,
      start: c.start,
      end: c.end,
      quote: c.kind === 'quote' || hasQuotation(claim) || /^[“"«]/.test(outer),
      verb: c.verb,
      polarity: c.denial ? 'denies' : 'affirms',
      date,
      about,
      sentence,
      ...(c.via.length ? { via: c.via } : {}),
    };
  });
}
