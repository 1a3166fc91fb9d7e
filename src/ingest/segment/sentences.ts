// Sentence boundaries inside one line of text: terminal punctuation followed by a capitalised
// start, with abbreviations, initials, initialisms and decimals excepted. Own code because it
// must be linear, offset-exact and never merge lines (headlines end without punctuation).
import { ABBREVIATIONS, CASED_ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.ts';

/** Longest sentence kept whole; longer runs are split on whitespace (bounded work downstream). */
export const MAX_SENTENCE = 2000;

const TERMINATOR = /[.!?…。！？]+/g;
const FULL_WIDTH_STOP = /[。！？]$/;
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '›', '」', '』', '）']);
const SPACE = { test: (c: string): boolean => isSpace(c.charCodeAt(0)) };

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0xfeff;
}

/** [start, end) spans of the sentences of full[from, to), trimmed of surrounding whitespace. */
export function splitSentences(full: string, from: number, to: number): [number, number][] {
  // Work on the line alone so the terminator search never runs past it (linear over many lines).
  const spans = splitLine(full.slice(from, to));
  for (const span of spans) {
    span[0] += from;
    span[1] += from;
  }
  return spans;
}

function splitLine(text: string): [number, number][] {
  const to = text.length;
  const spans: [number, number][] = [];
  let start = skipSpace(text, 0, to);
  TERMINATOR.lastIndex = start;
  while (start < to) {
    const m = TERMINATOR.exec(text);
    const termEnd = m && m.index < to ? m.index + m[0].length : -1;
    if (termEnd < 0) {
      pushCapped(text, spans, start, to);
      break;
    }
    let end = termEnd;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    if (FULL_WIDTH_STOP.test(m![0])) {
      // Chinese/Japanese full stops end a sentence with no space after them.
      pushCapped(text, spans, start, end);
      start = skipSpace(text, end, to);
      TERMINATOR.lastIndex = start;
      continue;
    }
    if (end < to && !SPACE.test(text[end]!)) {
      TERMINATOR.lastIndex = end; // "3.5", "U.S.-led", "Kremlin.ru": not a boundary
      continue;
    }
    const next = skipSpace(text, end, to);
    if (next >= to || isBoundary(text, m!.index, m![0], next)) {
      pushCapped(text, spans, start, end);
      start = next;
    }
    TERMINATOR.lastIndex = Math.max(next, end);
  }
  return spans;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && SPACE.test(text[i]!)) i++;
  return i;
}

/** Decides whether the terminator at `at` ends a sentence, given the next word starts at `next`. */
function isBoundary(text: string, at: number, terminator: string, next: number): boolean {
  if (!startsSentence(text, next)) return false;
  if (terminator !== '.') return true;
  const word = wordBefore(text, at);
  if (word === '') return true;
  const bare = word.replace(/^[("“‘'«[]+/u, '');
  if (CASED_ABBREVIATIONS.has(bare) && /^\d/.test(text.slice(next, next + 1))) return false;
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return SENTENCE_STARTERS.has(nextWord(text, next)); // "U.S", "U.N"
  return true;
}

/** The next sentence starts with a capital, a digit, an opening quote or bracket, or a caseless letter. */
function startsSentence(text: string, i: number): boolean {
  let c = text[i]!;
  if ('"“‘\'«([‹„'.includes(c)) {
    c = text[i + 1] ?? '';
    if (c === '') return true;
  }
  if (/\p{Ll}/u.test(c)) return false;
  return /[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'«([‹„—–-]/u.test(c) || !/[\p{L}]/u.test(c);
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 30 && !SPACE.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function nextWord(text: string, i: number): string {
  return /^[\p{L}]+/u.exec(text.slice(i, i + 30))?.[0] ?? '';
}

/** Pushes [start, end) trimmed, split into chunks of at most MAX_SENTENCE at whitespace. */
function pushCapped(text: string, spans: [number, number][], start: number, end: number): void {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    let space = cut;
    while (space > start + MAX_SENTENCE / 2 && !SPACE.test(text[space]!)) space--;
    if (space > start + MAX_SENTENCE / 2) cut = space;
    else if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '') && /[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    let chunkEnd = cut;
    while (chunkEnd > start && SPACE.test(text[chunkEnd - 1]!)) chunkEnd--;
    if (chunkEnd > start) spans.push([start, chunkEnd]);
    start = skipSpace(text, cut, end);
  }
  if (end > start) spans.push([start, end]);
}
