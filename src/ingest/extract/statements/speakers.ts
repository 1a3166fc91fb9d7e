// Who speaks: the subject left of a reporting verb, or a pronoun / description ("he", "the
// president", "the experts", "the statement") resolved to the most recent compatible actor.
import { isActor, isPerson, type MentionIndex, type MentionRef } from '../rules/mentions.ts';
import { SOURCE_NOUNS, VERB_LEAD } from '../../lexicon/reporting.ts';
import { genderOf, pronounGender } from './gender.ts';

/** A speaker found for an anchor: an entity key, or an anonymous source (null key). */
export interface SpeakerHit {
  key: string | null;
  /** Offset where the speaker phrase starts (claims to the left end before it). */
  start: number;
  /** True for an unnamed source ("officials", "reports"). */
  anonymous: boolean;
}

const PREPOSITIONS = new Set([
  'of', 'to', 'in', 'from', 'with', 'at', 'on', 'for', 'against', 'into', 'over', 'about', 'between', 'across',
  'toward', 'towards', 'under', 'during', 'by', 'including', 'like', 'near', 'than',
  'inside', 'through', 'via', 'beyond', 'around', 'among', 'per', 'citing',
]);
const MOUTHPIECE = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|office|press service|press office|press secretary|ministry|government|administration|embassy|mission|campaign|team|lawyers?|aides?|guard|army|navy|military|police|agency|commission|presidency|parliament|command|regulator|watchdog|junta|cabinet)\s*,?\s*$/i;
const SOURCE_OF = /\b(?:statement|report|communiqu[eé]|post|letter|message|spokesman|spokeswoman|spokesperson|representative|lawyer|envoy)\s+(?:from|by|of|for)\s+(?:the\s+)?$/i;
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'their']);
const THING_PRONOUNS = new Set(['it', 'its']);
const FORCE_DESCRIPTIONS = new Set(['military', 'army', 'forces', 'troops', 'navy', 'command']);
/** Description heads that name an organisation or group ("the experts" → the last think tank). */
const GROUP_DESCRIPTIONS = new Set(['company', 'firm', 'miner', 'bank', 'carrier', 'operator', 'manufacturer', 'producer', 'lender', 'insurer', 'experts', 'analysts', 'researchers', 'institute', 'think-tank', 'monitor', 'ministry', 'agency', 'group', 'organisation', 'organization', 'committee', 'council', 'government', 'administration', 'office', 'newspaper', 'outlet', 'channel', 'broadcaster', 'report', 'statement', 'study', 'assessment', 'update']);

/** Context for resolving pronouns: the article text, its mentions and spans to ignore (quotations). */
export interface SpeakerContext {
  text: string;
  mentions: MentionIndex;
  /** Quotation spans: mentions inside them are not antecedents. */
  quotes: { start: number; end: number }[];
  /** The previous statement's speaker and where it was. */
  previous: { key: string | null; at: number } | null;
}

const inQuote = (ctx: SpeakerContext, m: MentionRef): boolean => ctx.quotes.some((q) => m.start >= q.start && m.end <= q.end);

/** True when the mention is a possessor ("Russia's") or the object of a preposition. */
export function isOblique(text: string, m: MentionRef): boolean {
  if (/^\s*['’]s?\b/.test(text.slice(m.end, m.end + 3)) || /^['’]s/.test(text.slice(m.end, m.end + 2))) return true;
  const prev = /([A-Za-z-]+)\W*(?:(?:the|a|an)\s+)?$/i.exec(text.slice(Math.max(0, m.start - 24), m.start));
  return Boolean(prev && PREPOSITIONS.has(prev[1]!.toLowerCase()) && !/[,(]\s*$/.test(text.slice(m.start - 3, m.start)));
}

/** Resolves a pronoun or short description at [start, end) to an actor key. */
export function resolveReference(ctx: SpeakerContext, phrase: string, start: number): string | null {
  const words = phrase.toLowerCase().split(/\s+/).filter((w) => w && w !== 'the');
  const head = words[words.length - 1] ?? '';
  const windowStart = Math.max(0, start - 3000);
  const candidates = ctx.mentions.before(start, windowStart).filter((m) => isActor(m) && !inQuote(ctx, m));
  const prev = ctx.previous && start - ctx.previous.at < 600 ? ctx.previous.key : null;
  const prevRef = prev ? candidates.find((m) => m.key === prev) : undefined;
  if (PERSON_PRONOUNS.has(head)) {
    // "She told reporters …" after a man spoke goes to the last person the article does not call a man.
    const want = pronounGender(head);
    const fits = (m: MentionRef): boolean => isPerson(m) && (!want || (genderOf(ctx.text, ctx.mentions, m.key) ?? want) === want);
    if (prevRef && fits(prevRef)) return prevRef.key;
    return candidates.find(fits)?.key ?? null;
  }
  if (PLURAL_PRONOUNS.has(head)) {
    if (prevRef && !isPerson(prevRef)) return prevRef.key;
    return candidates.find((m) => m.kind === 'organization' || m.kind === 'group' || m.kind === 'media')?.key ?? null;
  }
  if (THING_PRONOUNS.has(head)) return candidates.find((m) => !isPerson(m))?.key ?? null;
  if (FORCE_DESCRIPTIONS.has(head)) {
    // "the army" is the force called an army (or armed forces) before, not a foreign corps named since.
    const forces = candidates.filter((m) => m.kind === 'armed_force');
    const named = forces.find((m) => new RegExp(`\\b${head === 'army' ? '(?:army|armed forces)' : head}\\b`, 'i').test(`${m.name} ${ctx.text.slice(m.start, m.end)}`));
    return (named ?? forces[0])?.key ?? null;
  }
  if (head === 'who') return candidates.find((m) => /^\s*,?\s*$/.test(ctx.text.slice(m.end, start)))?.key ?? null;
  if (head === 'statement' || head === 'report') {
    const by = new RegExp(`\\b${head}s?\\s+(?:by|from|of)\\s+`, 'gi');
    const earlier = ctx.text.slice(windowStart, start);
    let at = -1;
    for (const m of earlier.matchAll(by)) at = windowStart + m.index + m[0].length;
    if (at >= 0) return ctx.mentions.within(at, at + 80).find(isActor)?.key ?? null;
  }
  // "the government" of an article is the country it is about: the last country named.
  if (head === 'government') return candidates.find((m) => m.kind === 'country')?.key ?? null;
  if (GROUP_DESCRIPTIONS.has(head)) {
    // "The manager, X, rejected the claim. '…,' the company said": an organisation that is the subject of a
    // sentence since the previous statement is the newer topic.
    const topic = candidates.find((m) => (m.kind === 'organization' || m.kind === 'media') && !isOblique(ctx.text, m));
    if (topic && ctx.previous && topic.start > ctx.previous.at && topic.key !== prev) return topic.key;
    if (prevRef && !isPerson(prevRef)) return prevRef.key;
    return candidates.find((m) => m.kind === 'organization' || m.kind === 'media')?.key ?? null;
  }
  // A title ("the president", "the Russian president", "the spokesman"): the last person who bears it.
  if (head.length <= 3) return null;
  const word = head.replace(/[^\p{L}-]/gu, '');
  const lead = new RegExp(`(?<![\\p{L}])[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)},?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');
  for (const m of candidates) {
    if (!isPerson(m)) continue;
    // The recorded title, or the words right before the name ("its chairman, Justice A. B.").
    if ((m.title ?? '').toLowerCase().includes(head)) return m.key;
    if (lead.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return m.key;
  }
  return null;
}

const PRONOUN_OR_DESCRIPTION = /(?:^|[\s,(])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,3}[\w-]+|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t|I)\s*,?\s*$/;

/**
 * The subject of a reporting verb at `verbStart`, searched leftwards from the verb to `floor`
 * (the clause start): an actor mention, else a pronoun or description, else an anonymous source.
 */
export function subjectBefore(ctx: SpeakerContext, verbStart: number, floor: number): SpeakerHit | null {
  const left = ctx.text.slice(floor, verbStart);
  // Skip auxiliaries and adverbs between subject and verb ("has also previously said").
  let cut = left.length;
  for (;;) {
    const m = /([A-Za-z’']+)[\s,]*$/.exec(left.slice(0, cut));
    if (!m || !VERB_LEAD.has(m[1]!.toLowerCase())) break;
    cut = m.index;
  }
  const end = floor + cut;
  const mentions = ctx.mentions.before(end, floor).filter((m) => !inQuote(ctx, m));
  const direct = mentions.find((m) => /^[\s,)]*$/.test(ctx.text.slice(m.end, end)));
  if (direct && isActor(direct) && !isOblique(ctx.text, direct)) return { key: direct.key, start: direct.start, anonymous: false };
  // "A statement from the ministry said", "a spokesman for X said": the source behind the words speaks.
  const source = mentions.find((m) => isActor(m) && /^[\s,)]*$/.test(ctx.text.slice(m.end, end)) && SOURCE_OF.test(ctx.text.slice(Math.max(floor, m.start - 40), m.start)));
  if (source) return { key: source.key, start: source.start, anonymous: false };
  // "The Kremlin's spokesman said", "Brell's office said": the owner of a mouthpiece speaks.
  const owner = mentions.find((m) => isActor(m) && MOUTHPIECE.test(ctx.text.slice(m.end, end)));
  if (owner) return { key: owner.key, start: owner.start, anonymous: false };
  // "X, who has pledged …, claimed": the mention before a relative clause that ends at the verb.
  const rel = /^(.*?)(,\s+(?:who|which)\b[^,]*,\s*)$/s.exec(ctx.text.slice(floor, end));
  if (rel) {
    const relStart = floor + rel[1]!.length;
    const m = mentions.find((x) => x.end <= relStart && /^\s*$/.test(ctx.text.slice(x.end, relStart)));
    if (m && isActor(m)) return { key: m.key, start: m.start, anonymous: false };
  }
  const tail = ctx.text.slice(Math.max(floor, end - 60), end);
  const ref = PRONOUN_OR_DESCRIPTION.exec(tail);
  if (ref) {
    const phrase = ref[1]!;
    const at = end - tail.length + ref.index + ref[0].indexOf(phrase);
    const head = phrase.toLowerCase().split(/\s+/).pop()!;
    const key = resolveReference(ctx, phrase, at);
    if (key) return { key, start: at, anonymous: false };
    if (SOURCE_NOUNS.has(head) || GROUP_DESCRIPTIONS.has(head) || FORCE_DESCRIPTIONS.has(head)) return { key: null, start: at, anonymous: true };
  }
  // An unnamed source ("military bloggers on both sides", "officials who spoke to Reuters, along with analysts").
  const lastWords = tail.toLowerCase().match(/[a-z-]+/g)?.slice(-6) ?? [];
  const sourceWord = lastWords.findIndex((w) => SOURCE_NOUNS.has(w));
  if (sourceWord >= 0 && !mentions.some((m) => m.start >= end - tail.length && isActor(m) && !isOblique(ctx.text, m))) {
    const at = end - tail.length + tail.toLowerCase().lastIndexOf(lastWords[sourceWord]!);
    return { key: null, start: at, anonymous: true };
  }
  // An indefinite subject ("An armed group said") is someone not named: an unnamed source, never an
  // actor further left (a dateline's outlet).
  const indefinite = /(?:^|[\s—–(])(?:[Aa]n?|One)\s+[^,;:—–()]{0,60}$/.exec(tail);
  // A name inside a compound modifier ("an X-linked group") is not the subject either.
  const named = (m: MentionRef): boolean => isActor(m) && ctx.text[m.end] !== '-' && m.start >= end - tail.length + (indefinite?.index ?? 0);
  if (indefinite && !mentions.some(named)) {
    return { key: null, start: end - tail.length + indefinite.index, anonymous: true };
  }
  // Appositive or longer subject ("its top army commander, Oleksandr Syrskyi, said"): nearest eligible
  // actor, not across a dash (a dateline "CITY (Outlet) — …" names no speaker).
  const near = mentions.find((m) => isActor(m) && !isOblique(ctx.text, m) && ctx.text[m.end] !== '-' && !/[;:.—–]/.test(ctx.text.slice(m.end, end)));
  return near ? { key: near.key, start: near.start, anonymous: false } : null;
}

/** The sentence subject: the first actor mention of [from, to) that is not oblique, or a leading pronoun. */
export function clauseSubject(ctx: SpeakerContext, from0: number, to: number): SpeakerHit | null {
  // A leading subordinate clause ("Before talks get under way, X …") holds no subject of the main clause.
  const sub = /^\s*(?:before|after|while|though|although|as|when|since|because|if|whereas|once|until|in|during|despite)\b[^,]*,\s*/i.exec(ctx.text.slice(from0, to));
  const from = sub ? from0 + sub[0].length : from0;
  const lead = /^\s*(?:[A-Z][a-z]+,\s+)?(He|She|They|We|It|I)\b/.exec(ctx.text.slice(from, to));
  if (lead) {
    const at = from + lead.index + lead[0].length - lead[1]!.length;
    const key = resolveReference(ctx, lead[1]!, at);
    if (key) return { key, start: at, anonymous: false };
  }
  const m = ctx.mentions.within(from, to).find((x) => isActor(x) && !isOblique(ctx.text, x) && !inQuote(ctx, x));
  return m ? { key: m.key, start: m.start, anonymous: false } : null;
}
