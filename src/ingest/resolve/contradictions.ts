// CONTRADICTS and SUPPORTS between statements about the same proposition. A proposition here is
// (actors the claim is about, predicate concept): predicates are WordNet synsets of the claim's
// verbs and adjectives (plus phrasal groups), and each carries a polarity from negation cues and
// from the statement's own polarity (a denial flips it). Opposite polarities contradict.
import type { PlaceRecord, StatementLink, StatementRecord } from '../../model/index.ts';
import { CLAIM_NEGATORS, NEGATORS } from '../lexicon/cues.ts';
import { EVENT_NOUNS, LIGHT_WORDS, PREDICATE_GROUPS, STATUS_QUO, VERB_ONLY } from '../lexicon/synonyms.ts';
import { synsetsOf } from '../lexicon/wordnet.ts';
import { placeMentionsByArticle, placesOfClaim } from './contradictions-themes.ts';

interface Proposition {
  st: StatementRecord;
  /** Concept id → negated? */
  concepts: Map<string, { negated: boolean; word: string }>;
  subjects: Set<string>;
  places: Set<string>;
}

export interface StatementLinks {
  /** Contradictions between statements of different articles. */
  contradictions: StatementLink[];
  /** Contradictions inside one article. */
  withinArticle: StatementLink[];
  supports: StatementLink[];
}

const GROUP_OF = new Map<string, string>();
for (const [group, forms] of Object.entries(PREDICATE_GROUPS)) for (const f of forms) GROUP_OF.set(f, group);
const HYPOTHETICAL_CLAIM = /\b(?:if|unless|whether|would|could|might|may)\b/i;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Concepts of a claim with their negation. */
export function propositionOf(
  st: StatementRecord,
  actorIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(st.about.filter((id) => placeIds.has(id))),
): Proposition {
  const text = st.text;
  const claimNegated = CLAIM_NEGATORS.some((re) => re.test(text));
  const denied = st.polarity === 'denies';
  const concepts: Proposition['concepts'] = new Map();
  // A status-quo phrase ("remains under the control of") is the negation of its group; its own
  // words ("control") then name nothing more.
  const masked: [number, number][] = [];
  for (const [re, group] of STATUS_QUO) {
    const m = re.exec(text);
    if (!m) continue;
    masked.push([m.index, m.index + m[0].length]);
    if (!concepts.has(`g:${group}`)) concepts.set(`g:${group}`, { negated: !claimNegated !== denied, word: m[0].toLowerCase() });
  }
  const words = [...text.matchAll(WORD)].filter((m) => !masked.some(([a, b]) => m.index >= a && m.index < b)).map((m) => ({
    w: m[0].toLowerCase().replace(/’/g, "'"),
    cap: /^\p{Lu}/u.test(m[0]),
    at: m.index,
  }));
  for (let i = 0; i < words.length; i++) {
    const { w, cap } = words[i]!;
    const bigram = i + 1 < words.length ? `${w} ${words[i + 1]!.w}` : '';
    // "had taken place", "took place": the verb of occurrence names no capture; the event noun before it is the predicate.
    if (/^(?:take|takes|took|taken|taking)$/.test(w) && words[i + 1]?.w === 'place') continue;
    const occurred = EVENT_NOUNS[w] && happened(words, i) ? EVENT_NOUNS[w] : undefined;
    const group = occurred ?? GROUP_OF.get(bigram) ?? (VERB_ONLY.has(w) && !predicative(words, i) ? undefined : GROUP_OF.get(w));
    let ids: string[] = [];
    // "its zone of control", "lost control": the noun names no taking of a place.
    if (group && w.startsWith('control') && !GROUP_OF.has(bigram) && /^(?:of|zone|area|lost|lose|loses|losing)$/.test(words[i - 1]?.w ?? '')) continue;
    if (group) ids = [`g:${group}`];
    else if (!cap && w.length > 3 && !LIGHT_WORDS.has(w) && !NEGATORS.has(w) && predicative(words, i)) ids = synsetsOf(w);
    if (!ids.length) continue;
    const localNeg = words.slice(Math.max(0, i - 4), i).some((x) => NEGATORS.has(x.w) || x.w.endsWith("n't")) || quantifierNegated(words, i);
    // A claim-level negator ("there is no …") and a local "not" in another clause of the claim are two
    // denials, not a double negative ("the vessel was not hit and there is no fire on board").
    const negated = (claimNegated || localNeg) !== denied;
    for (const id of ids)
      if (!concepts.has(id))
        concepts.set(id, {
          negated,
          word: bigram && GROUP_OF.has(bigram) ? bigram : w,
        });
  }
  return {
    st,
    concepts,
    subjects: new Set(st.about.filter((id) => actorIds.has(id))),
    places: new Set(places),
  };
}

/** An event noun followed by a verb of occurrence ("no drone strike had taken place", "the attack occurred"). */
function happened(words: { w: string }[], i: number): boolean {
  const next = words.slice(i + 1, i + 4).map((x) => x.w);
  const at = next.findIndex((w) => /^(?:took|taken|take|takes|occurred|occur|occurs|happened|happen|happens)$/.test(w));
  return at >= 0 && (!/^(?:took|taken|take|takes)$/.test(next[at]!) || next[at + 1] === 'place');
}

/** Words that end the reach of a negative subject ("no X that …", "none of them, but …"). */
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'and', 'but', 'or', 'while', 'after', 'before', 'because', 'since', 'when']);

/**
 * A negative quantifier heading the subject ("no servicemen of the unit had been killed", "none of our
 * missiles was intercepted", "not a single shell landed") negates the predicate after the subject,
 * which may sit further than the 4-word window of an adverbial "not".
 */
function quantifierNegated(words: { w: string }[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const w = words[j]!.w;
    if (CLAUSE_BREAK.has(w)) return false;
    if (w === 'no' || w === 'none' || w === 'neither' || (w === 'single' && words[j - 1]?.w === 'a' && words[j - 2]?.w === 'not')) return true;
  }
  return false;
}

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'to',
  'not',
  "n't",
  'never',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
]);

/** Only verbs and participles name predicates here: -ed/-en/-ing forms, or a word after an auxiliary. */
function predicative(words: { w: string }[], i: number): boolean {
  const w = words[i]!.w;
  if (/(?:ed|en|ing)$/.test(w)) return true;
  return AUXILIARIES.has(words[i - 1]?.w ?? '');
}

/**
 * Links pairs of statements about one proposition: sharing an actor and a predicate concept, or a
 * place (named or described: "the town") and a predicate group, or (inside one article, between
 * different speakers) a predicate group with opposite polarity.
 */
export function linkStatements(
  statements: StatementRecord[],
  actorIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  placeIds: ReadonlySet<string> = new Set(),
  places: readonly PlaceRecord[] = [],
  texts: ReadonlyMap<string, string> = new Map(),
): StatementLinks {
  const mentions = placeMentionsByArticle(places);
  const props = statements
    .filter((s) => !HYPOTHETICAL_CLAIM.test(s.text))
    .map((s) => propositionOf(s, actorIds, placeIds, placesOfClaim(s, placeIds, mentions.get(s.article) ?? [], texts.get(s.article))));
  const out: StatementLinks = { contradictions: [], withinArticle: [], supports: [] };
  const sorted = [...props].sort((a, b) => a.st.id.localeCompare(b.st.id));
  // Only statements sharing a theme and a concept can be linked: bucket them so the work grows
  // with the size of each bucket, not with the square of the corpus.
  const buckets = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  };
  sorted.forEach((p, i) => {
    for (const concept of p.concepts.keys()) {
      for (const subject of p.subjects) add(`a\u0001${subject}\u0001${concept}`, i);
      // A WordNet sense shared by claims about one place is a proposition too ("X was hit" / "X was struck").
      for (const place of p.places) add(`p\u0001${place}\u0001${concept}`, i);
      if (!concept.startsWith('g:')) continue;
      add(`w\u0001${p.st.article}\u0001${concept}`, i);
    }
  });
  const pairs = new Map<number, string>();
  for (const [key, list] of buckets) {
    const how = key[0]!;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * sorted.length + list[y]!;
        if (!pairs.has(pair) || how < pairs.get(pair)!) pairs.set(pair, how);
      }
  }
  for (const [pair, how] of [...pairs].sort((p, q) => p[0] - q[0])) {
    const a = sorted[Math.floor(pair / sorted.length)]!;
    const b = sorted[pair % sorted.length]!;
    if (a.st.article === b.st.article && a.st.start < b.st.end && b.st.start < a.st.end) continue;
    // Claims about different places ("… in Kyiv" / "… in Kharkiv") are different propositions.
    if (a.places.size && b.places.size && ![...a.places].some((x) => b.places.has(x))) continue;
    const found = verdictOf(a, b, how === 'w' ? (id) => id.startsWith('g:') : () => true);
    if (!found) continue;
    const { verdict, wordA, wordB } = found;
    // Same-article links by predicate alone are only for opposite claims of different speakers.
    if (how === 'w' && (verdict === 'supports' || a.st.speaker === b.st.speaker)) continue;
    // … and about the same parties: "three of their soldiers were killed" / "none of ours was killed" is no dispute.
    if (how === 'w' && a.subjects.size && b.subjects.size && ![...a.subjects].some((x) => b.subjects.has(x))) continue;
    // A speaker repeating a claim in one article is not news: no SUPPORTS edge for it.
    if (verdict === 'supports' && a.st.article === b.st.article && a.st.speaker === b.st.speaker) continue;
    const link = { a: a.st.id, b: b.st.id, reason: reasonOf(a, b, verdict, wordA, wordB, names) };
    if (verdict === 'supports') out.supports.push(link);
    else if (a.st.article === b.st.article) out.withinArticle.push(link);
    else out.contradictions.push(link);
  }
  return out;
}

/** Contradicts when a shared concept has opposite polarity in the two claims, supports when all agree. */
function verdictOf(
  a: Proposition,
  b: Proposition,
  usable: (concept: string) => boolean,
): { verdict: 'contradicts' | 'supports'; wordA: string; wordB: string } | null {
  let found: { verdict: 'contradicts' | 'supports'; wordA: string; wordB: string } | null = null;
  for (const [id, ca] of a.concepts) {
    const cb = b.concepts.get(id);
    if (!cb || !usable(id)) continue;
    if (ca.negated !== cb.negated) return { verdict: 'contradicts', wordA: ca.word, wordB: cb.word };
    found ??= { verdict: 'supports', wordA: ca.word, wordB: cb.word };
  }
  return found;
}

function reasonOf(
  a: Proposition,
  b: Proposition,
  verdict: 'contradicts' | 'supports',
  wordA: string,
  wordB: string,
  names: ReadonlyMap<string, string>,
): string {
  const who = (p: Proposition): string => (p.st.speaker ? (names.get(p.st.speaker) ?? 'a source') : 'an unnamed source');
  const shared = [...[...a.subjects].filter((x) => b.subjects.has(x)), ...[...a.places].filter((x) => b.places.has(x))];
  const about = shared.map((x) => names.get(x) ?? x)[0];
  const neg = (p: Proposition, word: string): boolean => [...p.concepts.values()].some((c) => c.word === word && c.negated);
  // A status-quo phrase ("remains under the control of") carries its negation in its own words.
  const says = (p: Proposition, word: string): string => {
    const not = p.st.polarity !== 'denies' && neg(p, word) && (GROUP_OF.has(word) || !word.includes(' '));
    return `${who(p)} ${p.st.polarity === 'denies' ? 'denies' : 'says'} “${not ? 'not ' : ''}${word}”`;
  };
  const head = about ? `on ${about}: ` : '';
  if (verdict === 'supports') return `${head}${says(a, wordA)}; ${who(b)} agrees (“${wordB}”)`;
  return `${head}${says(a, wordA)}; ${says(b, wordB)}`;
}
