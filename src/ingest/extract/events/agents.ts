// Agents of event triggers: by-agents, owners, demonyms, clause subjects, pronouns (the reporter of
// reported speech first), descriptions ("the commission") and the shared subject of coordinated verbs.
import type { EventType, Segment } from '../../../model/index.ts';
import { countryByDemonym, countryByName } from '../entities/index.ts';
import { isActor, type MentionRef } from '../rules/mentions.ts';
import { wordsOf } from '../rules/text.ts';
import { isOblique, resolveReference, type SpeakerContext } from '../statements/speakers.ts';
import type { Clause } from './clauses.ts';

export const MILITARY: ReadonlySet<EventType> = new Set(['attack', 'capture', 'advance', 'withdrawal', 'deployment', 'interception']);
const REPORTED_THAT = /\b(?:said|says|claimed|claims|reported|reports|confirmed|confirms|stated|announced|added|warned|insisted|argued|noted)\s+(?:(?:[\w’'-]+\s+){0,6}?that\s)?/gi;
/** Words that show a verb between an actor and a noun trigger: the actor is then not the noun's owner. */
export const VERBISH = /\b(?:that|is|are|was|were|has|have|had|will|would|could|may|might|can|said|says|told|warned|claimed|urged|rejected|accepted|examining|considering)\b/i;
/** Descriptions that head a subject ("the commission", "the bloc") and name an actor met before. */
const SUBJECT_DESCRIPTION = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(group|bloc|company|firm|commission|ministry|government|agency|organi[sz]ation|army|military|navy|union|alliance|regulator|council|committee|coalition|movement|party|militia|rebels|paramilitaries|fighters|junta|authorities|administration)\s+(?:[\w’'-]+\s+){0,2}$/i;

/**
 * The agent of a trigger: an actor or demonym right before a noun trigger ("Russia's rapid advance",
 * "US ceasefire proposal", "Russian drone strikes"), else the subject of the clause, searched after a
 * reporting "… that" so the reporter is not taken for the actor ("the ministry claimed that troops …").
 */
export function agentBefore(ctx: SpeakerContext, clause: Clause, h: { start: number; type: EventType }, before: MentionRef[]): string | null {
  const text = ctx.text;
  const close = before.find((m) => isActor(m) && wordsOf(text.slice(m.end, h.start)).length <= 3 && !/[,;:]/.test(text.slice(m.end, h.start)));
  if (close && !VERBISH.test(text.slice(close.end, h.start))) return close.key;
  const demonym = demonymActor(ctx, Math.max(clause.start, h.start - 40), h.start, h.type);
  if (demonym) return demonym;
  let from = clause.start;
  for (const m of text.slice(clause.start, h.start).matchAll(REPORTED_THAT)) from = clause.start + m.index + m[0].length;
  const subject = [...before].reverse().find((m) => m.start >= from && isActor(m) && !isOblique(text, m));
  return (subject ?? before.find((m) => m.start >= from && isActor(m) && !isOblique(text, m)))?.key ?? null;
}

/**
 * "the commission dismissed …", "the rights group urged …": a description as subject names the last
 * actor it describes (the statements resolver first, then the last actor whose name holds the noun).
 */
export function describedSubject(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
  const lead = ctx.text.slice(Math.max(clause.start, pos - 60), pos);
  const m = SUBJECT_DESCRIPTION.exec(lead);
  if (!m) return null;
  const tail = m[0].slice(m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase()) + m[1]!.length);
  if (VERBISH.test(tail) && !/^\s*(?:has|have|had|was|were|is|are|will|would)\s*$/i.test(tail)) return null;
  const at = pos - lead.length + m.index;
  if (/^(?:its|their)\b/i.test(m[0])) return pronounReferent(ctx, seg, m[0].split(/\s/)[0]!, at);
  return describedActor(ctx, m[0].trim(), m[1]!.toLowerCase(), at);
}

/** A sentence opening on a description ("The army said …", "The rebel group claimed …"). */
const DESCRIBED_OPENING = /^\s*The\s+(?:[\w-]+\s+){0,2}?(group|bloc|company|firm|commission|ministry|government|agency|organi[sz]ation|army|military|navy|union|alliance|regulator|council|committee|coalition|movement|party|militia|rebels|paramilitaries|junta|authorities|administration)\b/;

/** Heads of descriptions that name an armed force; the others name an organisation or group. */
const FORCE_HEADS = new Set(['army', 'military', 'navy', 'fighters', 'paramilitaries', 'militia', 'rebels', 'junta']);

/** "the commission" → the last actor whose name holds the noun, else the last actor of the noun's kind. */
function describedActor(ctx: SpeakerContext, phrase: string, head: string, at: number): string | null {
  const stem = head.replace(/s$/, '');
  const earlier = ctx.mentions.before(at, Math.max(0, at - 3000)).filter(isActor);
  // "the government of X", "the army of X": the owner named right after.
  const end = at + phrase.length;
  const owner = /^\s+of\s+/.exec(ctx.text.slice(end, end + 6)) ? ctx.mentions.within(end, end + 60).find(isActor) : undefined;
  if (owner && wordsOf(ctx.text.slice(end, owner.start)).length <= 3) return owner.key;
  const named = earlier.find((x) => x.name.toLowerCase().includes(stem));
  if (named) return named.key;
  const resolved = resolveReference(ctx, phrase, at);
  if (resolved) return resolved;
  const kinds = FORCE_HEADS.has(head) ? ['armed_force'] : ['organization', 'group'];
  return earlier.find((x) => kinds.includes(x.kind))?.key ?? null;
}

/**
 * "Kuku said …, but demanded that …", "X called for calm and warned …": a clause that opens on its
 * verb shares the sentence's subject (the first actor of the sentence that is not in an oblique phrase).
 */
export function sharedSubject(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
  if (!opensOnVerb(ctx, seg, clause, pos)) return null;
  const text = ctx.text;
  const lead = /^\s*(?:[A-Z][\w’'-]*\s+){0,2}?[^,]{0,40}?,\s+/.exec(text.slice(seg.start, clause.start));
  const from = seg.start + (lead && /^\s*(?:In|On|At|During|After|Before|Since|Asked|Speaking)\b/.test(lead[0]) ? lead[0].length : 0);
  const pronoun = /^\s*(He|She|They|It|We)\s/.exec(text.slice(from, clause.start));
  if (pronoun) return resolveReference(ctx, pronoun[1]!, from);
  const described = DESCRIBED_OPENING.exec(text.slice(from, clause.start));
  if (described) return describedActor(ctx, described[0].trim(), described[1]!.toLowerCase(), from);
  const first = ctx.mentions.within(from, clause.start).find((m) => isActor(m) && !isOblique(text, m));
  // The subject stands before the sentence's first verb: few words, none of them a verb.
  const before = first ? text.slice(from, first.start) : '';
  if (!first || wordsOf(before).length > 6 || VERBISH.test(before) || /\b[a-z]+ed\b/.test(before)) return null;
  return first.key;
}

/** A clause after the first that starts on (or a few words before) its verb: it continues the sentence's subject. */
export function opensOnVerb(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): boolean {
  if (clause.start <= seg.start) return false;
  const lead = ctx.text.slice(clause.start, pos);
  return wordsOf(lead).length <= 3 && !/[A-Z]/.test(lead.replace(/^\W*\w/, '')) && !ctx.mentions.within(clause.start, pos).length;
}

/** "he ordered …": a subject pronoun before the trigger, resolved to the last compatible actor. */
export function subjectPronoun(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
  // The window reaches back over a clause break so that ", who met …" finds its "who".
  const m = /\b(he|she|they|it|who)\s+(?:[\w’'-]+\s+){0,3}[“"‘]?$/i.exec(ctx.text.slice(Math.max(clause.start - 6, pos - 50), pos));
  return m ? pronounReferent(ctx, seg, m[1]!, pos - m[0].length) : null;
}

/**
 * "X said on Monday that it had …", "Y claimed its fighters …": a pronoun opening reported speech
 * is the reporter. When the reporter is no known actor ("a group said that it …"), the answer is
 * null rather than the last actor named.
 */
function pronounReferent(ctx: SpeakerContext, seg: Segment, word: string, at: number): string | null {
  const text = ctx.text;
  if (/^(?:it|its|they|their)$/i.test(word)) {
    const lead = text.slice(seg.start, at);
    let verb: RegExpExecArray | null = null;
    for (const m of lead.matchAll(REPORTED_THAT)) if (seg.start + m.index + m[0].length >= at - 1) verb = m;
    if (verb) {
      const subjectSpan = lead.slice(0, verb.index);
      if (!/\b(?:that|who|which)\b/i.test(subjectSpan)) {
        const subject = ctx.mentions.within(seg.start, seg.start + verb.index).filter((m) => isActor(m) && !isOblique(text, m) && m.kind !== 'person').at(-1);
        if (subject) return subject.key;
        // "The army said it had repelled …": a described reporter names the actor it describes.
        const described = DESCRIBED_OPENING.exec(subjectSpan);
        return described ? describedActor(ctx, described[0].trim(), described[1]!.toLowerCase(), seg.start + described.index) : null;
      }
    }
  }
  return resolveReference(ctx, word, at);
}

/**
 * "Russian strikes", "US-Ukrainian ceasefire proposal": a demonym or country name among the (at most
 * three) words right before the trigger → that country's forces (military events) or the country.
 */
export function demonymActor(ctx: SpeakerContext, from: number, pos: number, type: EventType): string | null {
  const lead = ctx.text.slice(from, pos);
  const m = /((?:[A-Z][a-z]+\s)?[A-Z][\w.]*?)(?:-[A-Z][a-z]+)?\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?){0,2}$/.exec(lead);
  if (!m || /[,;:]/.test(lead.slice(m.index))) return null;
  const word = m[1]!;
  const last = word.split(' ').pop()!;
  const country = countryByDemonym(word) ?? countryByDemonym(last) ?? countryByName(word) ?? countryByName(last);
  if (!country) return null;
  const entities = [...ctx.mentions.byKey.values()].filter((e) => e.label === 'Actor');
  const force = entities.find((e) => e.kind === 'armed_force' && e.name.startsWith(country.demonym ?? '\u0000'));
  const state = entities.find((e) => e.kind === 'country' && (e.name === country.name || e.aliases.includes(country.name)));
  return (MILITARY.has(type) ? force ?? state : state ?? force)?.key ?? null;
}

/** "his first visit" → the last person; "its troops" → the last country or organisation. */
export function pronounActor(ctx: SpeakerContext, seg: Segment, from: number, pos: number): string | null {
  const m = /\b(his|her|its|their|the\s+(?:[\w-]+\s+){0,2}(?:president|minister|leader|commander|general|spokesman|spokeswoman|envoy|chief)['’]s?)\s+(?:[\w-]+\s+){0,2}[“"‘]?$/i.exec(ctx.text.slice(Math.max(from, pos - 60), pos));
  if (!m) return null;
  // "In his first visit to X, President Y …": a pronoun in a fronted phrase points forward to the subject.
  const fronted = /^\s*(?:In|During|On|After|Before|Since)\s[^,]*,\s*/.exec(seg.text);
  if (fronted && seg.start + fronted[0].length > pos) {
    const after = ctx.mentions.within(seg.start + fronted[0].length, seg.start + fronted[0].length + 60);
    const ahead = after.find((x) => x.kind === 'person') ?? after.find((x) => isActor(x) && !isOblique(ctx.text, x));
    if (ahead) return ahead.key;
  }
  return pronounReferent(ctx, seg, m[1]!.replace(/['’]s?$/, ''), pos - m[0].length);
}

