// Reported speech inside one sentence: reporting verbs with their complements ("X said (that) P",
// "X urged Y to P", "X described Y as Z"), "according to X, P" / "P, according to X", and
// possessed claims ("X's claim that P"). Each anchor yields a candidate claim span and speaker.
import { CLAIM_NOUNS, NOUN_MARKERS, PARTICIPIAL, SOURCE_NOUNS, SUBORDINATORS, VERB_LEAD, reportingVerb, type Frame } from '../../lexicon/reporting.ts';
import { isActor } from '../rules/mentions.ts';
import { commasOutsideQuotes, datelineLength, wordsOf, type Word } from '../rules/text.ts';
import { clauseSubject, resolveReference, subjectBefore, type SpeakerContext, type SpeakerHit } from './speakers.ts';

export type CandidateKind = 'quote' | 'verb' | 'according' | 'possessive';

/** A claim span with its speaker, before trimming and overlap resolution. */
export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  speaker: SpeakerHit | null;
  verb: string;
  denial: boolean;
  /** Where the attribution sits (verb or "according to"), for dates and ordering. */
  anchor: number;
  /** Where the attribution phrase starts: an earlier claim in the sentence ends before it. */
  cutAt: number;
  via: string[];
  /** Set for a trailing attribution ("P, X said"): the claim lies left of it. */
  trailing?: boolean;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

const STOP_BEFORE_THAT = new Set(['would', 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'be']);
/** Bare date words right after a reporting verb ("said Monday, …"): the report's date, not its claim. */
const DATE_WORD = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|overnight|tonight';
const NON_CLAUSE_START = new RegExp(`^\\s*(?:[,.;:!?)]|$|(?:${DATE_WORD})(?![\\w’'])|at(?!\\s+(?:least|most)\\b)\\b|(?:in|on|by|to|for|with|during|after|before|from|of|via|through|about|earlier|later|last|yesterday|today|but|and|or|as|so|then|when|while|if|up|out|off|back|again|nothing|publicly)\\b)`, 'i');
/** What may follow a trailing attribution ("…, X said on Monday in a statement", "…, X said Monday, in the worst …"). */
const TRAILING_REST = new RegExp(`^(?:\\s+(?:in|on|at|to|during|via|through|earlier|later|late|last|this|yesterday|today|on|from|${DATE_WORD})\\b[^“"”]*?)?[\\s.,;:!?]*$`, 'i');
/** NP objects of "claim" that are not claims ("claimed responsibility", "claimed victory"). */
const NOT_A_CLAIM = /^\s*(?:responsibility|credit|victory|the lives?|asylum|compensation|damages|a seat|the title)\b/i;
const DETERMINER_START = /^\s*(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|no|any|more|further|[A-Z\d“"])/;
const ACCORDING = /\b(?:according to|as reported by|as cited by|as quoted by)\s+/gi;
const POSSESSED_CLAIM = /(?:(['’]s?)|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,4}?(claims?|assertions?|statement|warning|denial|allegations?|assessment|argument|suggestion|insistence|contention)\s+that\s+/gi;
const CUTS = /,\s+(?:despite|in language|in a move|in an apparent)\b|,\s+(?:a|an)\s+(?:claim|statement|assertion|account|version|accusation|charge|allegation)\b|\s[–—]\s(?![^–—]*[–—])|,\s+(?:the|a)\s+(?:[\w’'-]+\s+){0,3}(?:city|town|village|settlement|region|capital|province)\b/;

/** Finds the reported-speech candidates of one sentence. */
export function sentenceCandidates(ctx: SpeakerContext, seg: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const words = wordsOf(seg.text, seg.start);
  const leadEnd = accordingCandidates(ctx, seg, out);
  for (let i = 0; i < words.length; i++) {
    const c = verbCandidate(ctx, seg, words, i, Math.max(leadEnd, seg.start), out);
    if (c) out.push(c);
  }
  possessedClaims(ctx, seg, out);
  return finishSentence(ctx, seg, out);
}

/** "According to X, P" (leading) and "P, according to X" (trailing). Returns where a leading phrase ends. */
function accordingCandidates(ctx: SpeakerContext, seg: Sentence, out: Candidate[]): number {
  let leadEnd = seg.start;
  for (const m of seg.text.matchAll(ACCORDING)) {
    const at = seg.start + m.index;
    const phraseStart = at + m[0].length;
    let phraseEnd = accordingPhraseEnd(ctx.text, phraseStart, seg.end);
    // "According to X, which cited Y, P": the relative clause names the source behind X, not the claim.
    if (/^,\s*(?:which|who)\s+(?:cited|quoted|was citing)\b/i.test(ctx.text.slice(phraseEnd, phraseEnd + 30))) {
      phraseEnd = accordingPhraseEnd(ctx.text, phraseEnd + 1, seg.end);
    }
    const citing = ctx.text.slice(phraseStart, phraseEnd).search(/\b(?:citing|cited|quoted)\b/i);
    const speakerEnd = citing >= 0 ? phraseStart + citing : phraseEnd;
    const speakerRef = ctx.mentions.within(phraseStart, speakerEnd).find(isActor);
    const speaker: SpeakerHit | null = speakerRef
      ? { key: speakerRef.key, start: at, anonymous: false }
      : { key: null, start: at, anonymous: true };
    const via = citing >= 0 ? ctx.mentions.within(phraseStart + citing, phraseEnd).filter(isActor).map((x) => x.key) : [];
    const leading = /^\s*(?:[A-Z][a-z]+,\s*)?$/.test(ctx.text.slice(seg.start, at));
    if (leading) {
      leadEnd = Math.min(phraseEnd + 1, seg.end);
      out.push({ kind: 'according', start: leadEnd, end: seg.end, speaker, verb: 'report', denial: false, anchor: at, cutAt: at, via });
    } else if (/,\s*$/.test(ctx.text.slice(at - 3, at))) {
      out.push({ kind: 'according', start: seg.start, end: at, speaker, verb: 'report', denial: false, anchor: at, cutAt: at, via, trailing: true });
    }
  }
  return leadEnd;
}

/** End of an "according to X (citing Y)" phrase: the first comma that is not inside a date. */
function accordingPhraseEnd(text: string, from: number, limit: number): number {
  for (const c of commasOutsideQuotes(text.slice(from, limit), from)) {
    const before = text.slice(Math.max(from, c - 30), c);
    const after = text.slice(c + 1, c + 7);
    if (/\d$/.test(before) && /^\s*\d{4}\b/.test(after)) continue; // "March 7, 2025"
    if (/\b(?:a|an|the|its|their|his|her)\s+\w+\.?\s+\d{1,2},\s*\d{4}$/.test(before)) continue; // "a March 7, 2025, report"
    return c;
  }
  return limit;
}

function verbCandidate(ctx: SpeakerContext, seg: Sentence, words: Word[], i: number, floor0: number, prior: Candidate[]): Candidate | null {
  const w = words[i]!;
  const info = reportingVerb(w.lower);
  if (!info) return null;
  if (i > 0 && /^\p{Lu}/u.test(ctx.text[w.start]!)) return null; // "United States", "Says Who"
  const prev = words[i - 1]?.lower ?? '';
  const gap = ctx.text.slice(words[i - 1]?.end ?? seg.start, w.start);
  const ing = w.lower.endsWith('ing');
  const participle = ing && /,/.test(gap) && PARTICIPIAL.has(w.lower);
  if (info.participleOnly && !participle) return null;
  if (NOUN_MARKERS.has(prev) && !/,/.test(gap)) return null;
  // "rejected claims that P", "denied reports that P": a plural noun object of another reporting verb.
  if (/s$/.test(w.lower) && reportingVerb(prev)?.frames.includes('np') && !/,/.test(gap)) return null;
  if (!ing && ['is', 'was', 'are', 'were', 'been', 'be', 'being'].includes(prev)) return null;
  if (/^\s+by\b/.test(ctx.text.slice(w.end, w.end + 4)) && /ed$/.test(w.lower)) return null;
  const comp = complement(ctx.text, words, i, info.frames, seg.end, info.claimObjectOnly === true, info.bare === true);
  const infinitive = prev === 'to';
  // Clause floor: after the last "; " / ", but" / ", and" / " but " before the verb.
  let floor = floor0;
  for (const m of ctx.text.slice(floor0, w.start).matchAll(/;\s|,\s+(?:but|and|while|whereas)\s|\sbut\s/g)) floor = floor0 + m.index + m[0].length;
  const coordinated = /^(?:and|but)$/.test(lastLexical(words, i)) ? prior.filter((c) => !c.trailing).at(-1) : undefined;
  let speaker: SpeakerHit | null;
  if (coordinated) speaker = coordinated.speaker ? { ...coordinated.speaker, start: w.start } : null;
  else if (participle || infinitive) speaker = clauseSubject(ctx, floor0, w.start);
  else speaker = subjectBefore(ctx, w.start, floor);
  const cutAt = coordinated ? connectiveStart(ctx.text, floor0, w.start) : subjectPhraseStart(ctx.text, Math.min(speaker?.start ?? w.start, w.start), floor0);
  if (comp && reportingVerb(/^\s*([\w’']+)/.exec(ctx.text.slice(comp.start, comp.start + 30))?.[1] ?? '')) return null;
  if (comp) {
    return { kind: 'verb', start: comp.start, end: comp.end ?? seg.end, speaker, verb: info.lemma, denial: Boolean(info.denial), anchor: w.start, cutAt: participle ? commaBefore(ctx.text, w.start) : cutAt, via: [] };
  }
  // Trailing attribution: "P, X said." / "“Q,” he said in a statement."
  let after = ctx.text.slice(w.end, seg.end);
  // A trailing attribution may be followed by a clause of its own ("…, X said on Thursday, as Y warned that …").
  const ownEnd = /,\s+(?:as|while|whereas|after|when)\s/.exec(after);
  if (ownEnd) after = after.slice(0, ownEnd.index);
  if (!ing && TRAILING_REST.test(after) || /^\s+\w+[.,]?\s*$/.test(after)) {
    const left = ctx.text.slice(seg.start, speaker?.start ?? w.start);
    const sep = Math.max(left.lastIndexOf(','), left.lastIndexOf('”'), left.lastIndexOf('"'));
    // "According to X, which cited Y, Z has written to …": the attribution itself is never the claim.
    if (/^\s*(?:according to|as reported by)\b/i.test(ctx.text.slice(seg.start, seg.start + sep))) return null;
    // "X said that P, a claim Y denied": the words left of the comma are X's report, not Y's claim.
    if (prior.some((c) => !c.trailing && c.anchor >= seg.start && c.anchor < seg.start + sep)) return null;
    if (sep > 0 && speaker) return { kind: 'verb', start: seg.start + datelineLength(seg.text), end: seg.start + sep, speaker, verb: info.lemma, denial: Boolean(info.denial), anchor: w.start, cutAt: seg.start + sep, via: [], trailing: true };
  }
  return null;
}

/** The last word before index i that is not an auxiliary or adverb. */
function lastLexical(words: Word[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (!VERB_LEAD.has(words[j]!.lower)) return words[j]!.lower;
  return '';
}

function connectiveStart(text: string, from: number, to: number): number {
  const m = /(?:,\s*)?\s(?:and|but)\s[^,]*$/.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** Start of the clause holding a subject: back over its title words to a connective (", and", " but", ","). */
function subjectPhraseStart(text: string, subject: number, floor: number): number {
  const from = Math.max(floor, subject - 60);
  const m = /(?:,\s*(?:and|but|while)?|\s(?:and|but|while))\s+(?:[\w’'-]+\s+){0,4}$/.exec(text.slice(from, subject));
  return m ? from + m.index : subject;
}

function commaBefore(text: string, pos: number): number {
  const i = text.lastIndexOf(',', pos);
  return i >= 0 && pos - i < 4 ? i : pos;
}

/** Where the claim of a reporting verb starts (and, for some frames, ends). */
function complement(text: string, words: Word[], i: number, frames: readonly Frame[], limit: number, claimObjectOnly: boolean, bare: boolean): { start: number; end?: number } | null {
  const w = words[i]!;
  let from = w.end;
  const aside = /^\s*,\s*(?:however|though|too|also|meanwhile|then|again)\s*(?=[,:])/i.exec(text.slice(from, limit));
  if (aside) from += aside[0].length;
  const rest = text.slice(from, limit);
  const has = (f: Frame): boolean => frames.includes(f);
  if (has('clause') || has('object-clause')) {
    const colon = /^(?:\s+(?:in|on|at|during|via|through|to|earlier|later|late|last|this|today|yesterday|however)\b[^“"”.;:]{0,50}?)?\s*,?\s*:\s*/.exec(rest);
    if (colon && rest.length > colon[0].length + 3) return { start: from + colon[0].length };
  }
  const ahead = words.slice(i + 1, i + 14).filter((x) => x.start < limit);
  const find = (word: string, max: number, stopAtAux: boolean): Word | undefined => {
    for (const x of ahead.slice(0, max)) {
      if (x.lower === word) return x;
      if (stopAtAux && STOP_BEFORE_THAT.has(x.lower)) return undefined;
      // "X said on Monday, as Y warned that P": the "that" belongs to the later verb.
      if (stopAtAux && x.lower.endsWith('ed') && reportingVerb(x.lower)) return undefined;
    }
    return undefined;
  };
  if (has('clause') || has('object-clause') || has('np')) {
    // "denied that, saying …": a demonstrative before a comma or stop is no complementizer.
    const that = [find('that', 12, true)].find((x) => x && !/^\s*[,.;:!?]/.test(text.slice(x.end, x.end + 3)));
    if (that && (!claimObjectOnly || claimNounBefore(ahead, that))) return { start: that.end };
  }
  if (has('to')) {
    const to = find('to', 5, true);
    // "urged the authorities to investigate": a bare verb is no claim, its object belongs to it.
    if (to) return { start: wordsOf(text.slice(to.end, limit)).length < 3 ? from : to.end };
  }
  if (has('of')) {
    const of = find('of', 5, true);
    if (of) return { start: of.end };
  }
  if (has('on')) {
    const on = find('on', 2, false);
    if (on) return { start: on.end };
  }
  if (has('as')) {
    const as = find('as', 10, true);
    if (as) {
      const comma = text.indexOf(',', as.end);
      const end = comma >= 0 && comma < limit ? comma + (/[”"]/.test(text[comma + 1] ?? '') ? 2 : 1) : limit;
      return { start: from, end };
    }
  }
  if (has('clause') && bare && !NON_CLAUSE_START.test(rest) && !NOT_A_CLAIM.test(rest)) return { start: from };
  // A gerund object: "denied supplying weapons", "admitted sending troops".
  if (has('np') && !claimObjectOnly && /^\s+[a-z]{3,}ing\b/.test(rest) && !NON_CLAUSE_START.test(rest)) return { start: from };
  if (has('np') && !claimObjectOnly && DETERMINER_START.test(rest) && !NON_CLAUSE_START.test(rest) && !NOT_A_CLAIM.test(rest)) return { start: from };
  if (has('np') && claimObjectOnly && ahead.slice(0, 6).some((x) => CLAIM_NOUNS.has(x.lower) || SOURCE_NOUNS.has(x.lower))) return { start: from };
  return null;
}

function claimNounBefore(ahead: Word[], that: Word): boolean {
  return ahead.some((x) => x.start < that.start && (CLAIM_NOUNS.has(x.lower) || SOURCE_NOUNS.has(x.lower)));
}

/** "X's claim that P" / "his warning that P": the possessor speaks P. */
function possessedClaims(ctx: SpeakerContext, seg: Sentence, out: Candidate[]): void {
  for (const m of seg.text.matchAll(POSSESSED_CLAIM)) {
    const at = seg.start + m.index;
    let speaker: SpeakerHit | null = null;
    if (m[1]) {
      const owner = ctx.mentions.before(at + 1, seg.start).find((x) => x.end === at && isActor(x));
      if (owner) speaker = { key: owner.key, start: owner.start, anonymous: false };
    } else {
      const pronoun = /^\w+/.exec(m[0])![0];
      const key = resolveReference(ctx, pronoun, at);
      if (key) speaker = { key, start: at, anonymous: false };
    }
    if (!speaker) continue;
    const start = at + m[0].length;
    out.push({ kind: 'possessive', start, end: seg.end, speaker, verb: m[2]!.toLowerCase().replace(/s$/, ''), denial: /denial/i.test(m[2]!), anchor: at, cutAt: speaker.start, via: [] });
  }
}

/** Ends each claim at the next attribution, at trailing asides and at a leading subordinate clause's comma. */
function finishSentence(ctx: SpeakerContext, seg: Sentence, cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.anchor - b.anchor);
  const firstWord = /^\W*(\w+)/.exec(seg.text)?.[1]?.toLowerCase() ?? '';
  const firstComma = commasOutsideQuotes(seg.text, seg.start)[0] ?? seg.end;
  for (const c of cands) {
    if (c.trailing) continue;
    for (const d of cands) {
      if (d === c || !d.speaker) continue;
      // "According to X, Y said that P": the inner report stays inside; resolveOverlaps makes X its `via`.
      if (c.kind === 'according' && !d.trailing) continue;
      if (d.cutAt > c.start && d.cutAt < c.end) c.end = d.cutAt;
      else if (d.anchor > c.start && d.anchor < c.end && d.speaker.start < c.start) {
        const comma = ctx.text.lastIndexOf(',', d.anchor);
        if (comma > c.start) c.end = comma;
      }
    }
    const cut = CUTS.exec(ctx.text.slice(c.start, c.end));
    if (cut) c.end = c.start + cut.index;
    if (SUBORDINATORS.has(firstWord) && c.anchor < firstComma && c.start < firstComma) c.end = Math.min(c.end, claimCommaEnd(ctx.text, c.start, c.end));
  }
  return cands;
}

/** The first comma outside quotes after `start` (a quote closing right after it stays in). */
function claimCommaEnd(text: string, start: number, end: number): number {
  const comma = commasOutsideQuotes(text.slice(start, end), start)[0];
  if (comma === undefined) {
    const close = text.slice(start, end).search(/[”"],/);
    return close >= 0 ? start + close + 1 : end;
  }
  return comma;
}
