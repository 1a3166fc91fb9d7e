// Events of one article: taxonomy triggers in each sentence, with agent and target (actor mentions
// around the trigger), place (nearest place in the clause), date (resolved against publication)
// and a hypothetical flag for modal, conditional and future mentions.
import type { CleanArticle, DraftEvent, EventType, Segment } from '../../../model/index.ts';
import { CLAIM_NEGATORS, HYPOTHETICAL_PHRASES, HYPOTHETICAL_WORDS } from '../../lexicon/cues.ts';
import { FALSE_TRIGGERS, LABEL_VERBS, TRIGGERS } from '../../lexicon/events.ts';
import { countryByDemonym, countryByName } from '../entities/index.ts';
import { addDays, findDates, statedYear, type DateMention } from '../dates/index.ts';
import { isActor, isPlace, type MentionIndex, type MentionRef } from '../rules/mentions.ts';
import { isHeadline } from '../rules/sentences.ts';
import { wordsOf } from '../rules/text.ts';
import { isOblique, resolveReference, type SpeakerContext } from '../statements/speakers.ts';

export interface EventOptions {
  /** Emit hypothetical / future events (flagged) as well as asserted ones. */
  hypothetical?: boolean;
}

interface Clause {
  start: number;
  end: number;
}

const CLAUSE_BREAK = /;\s|:\s|\s[–—]\s|,\s+(?:but|and|while|whereas|although|though|as|since|when|which|who|where)\s|,\s+(?:most|some|many|all|none|several|one|two|three|\w+)\s+of\s+(?:which|whom)\s|,\s+(?=(?:saying|adding|claiming|arguing|insisting|warning|noting|stressing)\s)|,\s+(?=(?:the|a)\s+(?:[\w’'-]+\s+){0,3}(?:city|town|village|settlement|region|capital|province)\s)|\s(?:but|while|whereas|since|because|although|though)\s|\s+and\s+(?=(?:(?:also|then|later|was|were|has|have|had|is|are)\s+){0,2}(?:[a-z]+ed|said|told|met|sent|struck|took|gave|made|spoke|held|fled|led|won|threw|drove|shot|fought|flew|came|went|began|saw|got|left|put|kept|ran|lost|hit|sought|brought|became)\s)/g;
/** Participants of a meeting are peers; of a threat or appeal, agent and target. */
const SYMMETRIC: ReadonlySet<EventType> = new Set(['meeting']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'shall', 'should', 'can', 'must']);
/** A section label opening a paragraph ("Troop Deployment: …") is a heading, not a fact. */
const SECTION_LABEL = /^(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*:\s/;
const REPORTED_THAT = /\b(?:said|says|claimed|claims|reported|reports|confirmed|confirms|stated|announced|added|warned|insisted|argued|noted)\s+(?:(?:[\w’'-]+\s+){0,6}?that\s)?/gi;
/** Words that show a verb between an actor and a noun trigger: the actor is then not the noun's owner. */
const VERBISH = /\b(?:that|is|are|was|were|has|have|had|will|would|could|may|might|can|said|says|told|warned|claimed|urged|rejected|accepted|examining|considering)\b/i;
/** Verbs that act on an existing proposal: its proposer is not their subject. */
const ON_PROPOSAL = /\b(?:reject\w*|accept\w*|examin\w*|consider\w*|weigh\w*(?: up)?|back\w*|endors\w*|discuss\w*|welcom\w*|stud\w*|review\w*|support\w*|oppos\w*|dismiss\w*|slam\w*)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i;
/** Acts whose later dates are deadlines or targets. */
const WISHES: ReadonlySet<EventType> = new Set(['demand', 'appeal', 'proposal', 'threat']);
/** Noun triggers that a reaction verb takes as object ("rejected the demand"): the reaction is the event. */
const REACTED_TO: ReadonlySet<EventType> = new Set(['proposal', 'demand', 'threat']);
const NEGATED = /\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$/i;
const MILITARY: ReadonlySet<EventType> = new Set(['attack', 'capture', 'advance', 'withdrawal', 'deployment', 'interception']);
const ANAPHORIC_PLACE = /\bthe (?:[\w-]+ ){0,2}(region|area|oblast|province|town|city|village|settlement|country)\b(?! of [A-Z])/i;
const ANAPHOR_KINDS: Record<string, readonly string[]> = { region: ['region'], area: ['region', 'town', 'city', 'village'], oblast: ['region'], province: ['region'], town: ['town', 'city'], city: ['city', 'town'], village: ['village', 'town'], settlement: ['village', 'town'], country: ['country'] };
/** Types whose agent must be named: without one the mention is a figure of speech ("the advance threatens to …"). */
const AGENTIVE: ReadonlySet<EventType> = new Set(['visit', 'appeal', 'proposal', 'agreement', 'rejection', 'demand', 'threat', 'order']);
const TERRITORY = /^(?:\s+(?:the|a|an|more|five|four|three|two|several|some|most|much|of|its|their|his|back|control|over)){0,4}\s+(?:territory|territories|villages?|towns?|city|cities|settlements?|ground|region|area|positions?|land)\b/i;
/** Military sites: "seized the army base", "overran two outposts" (any two modifiers before the noun). */
const SITE = /^(?:\s+(?:the|a|an|its|their|his|two|three|several|some|control\s+of(?:\s+the)?)){0,3}(?:\s+[\w-]+){0,2}?\s+(?:bases?|outposts?|posts?|camps?|garrisons?|barracks|airports?|airfields?|airbases?|headquarters|checkpoints?|bridges?|mines?|port|harbou?r|positions?|stronghold|hill|heights)\b/i;
/** Verbs (and nouns) whose complement ("demanded that X …", "urged Y to …", "a proposal to …") is wished, not asserted. */
const GOVERNORS: ReadonlySet<EventType> = new Set(['demand', 'appeal', 'proposal', 'threat', 'order', 'rejection']);
const COMPLEMENT = /^\s+(?:(?:[\w’'-]+\s+){0,5}?(?:that|to)\s|[“"]?(?:[\w’'-]+\s+){0,3}?(?:to|that)\s)/i;
/** Descriptions that head a subject ("the commission", "the bloc") and name an actor met before. */
const SUBJECT_DESCRIPTION = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(group|bloc|company|firm|commission|ministry|government|agency|organi[sz]ation|army|military|navy|union|alliance|regulator|council|committee|coalition|movement|party|militia|rebels|paramilitaries|fighters|junta|authorities|administration)\s+(?:[\w’'-]+\s+){0,2}$/i;

/** Finds the events of an article. */
export function findEvents(article: CleanArticle, segments: Segment[], mentions: MentionIndex, options: EventOptions = {}): DraftEvent[] {
  const text = article.text;
  const ctx: SpeakerContext = { text, mentions, quotes: [], previous: null };
  const yearHint = article.published ? null : statedYear(text);
  const out: DraftEvent[] = [];
  let lastDay: string | null = null;
  let frame: { paragraph: number; value: string } | null = null;
  for (const seg of segments) {
    const dates = findDates(seg.text, seg.start, article.published, yearHint);
    const lead = dates[0];
    if (lead?.value && wordsOf(text.slice(seg.start, lead.start)).length <= 2) frame = { paragraph: seg.paragraph, value: lead.value };
    if (!isHeadline(seg.text) && seg.text.trim() !== article.title.trim()) {
      for (const ev of sentenceEvents(ctx, seg, dates, lastDay, frame?.paragraph === seg.paragraph ? frame.value : null)) {
        if (options.hypothetical === false && ev.hypothetical) continue;
        out.push(ev);
      }
    }
    // A meeting with no place of its own, held by someone whose visit the article just placed, is at that place.
    for (const ev of out) if (ev.type === 'meeting' && !ev.place) ev.place = visitPlace(out, ev);
    const day = dates.filter((d) => d.value && d.value.length === 10).at(-1);
    if (day?.value) lastDay = day.value;
  }
  return out;
}

/** The place of an asserted visit, a little earlier in the article, by one of the meeting's participants. */
function visitPlace(events: readonly DraftEvent[], meeting: DraftEvent): string | null {
  const at = meeting.evidence[0]!.start;
  const keys = new Set(meeting.actors.map((a) => a.key));
  const visit = events.filter((e) => e.type === 'visit' && !e.hypothetical && e.place && e.evidence[0]!.start <= at && at - e.evidence[0]!.start < 1500 && e.actors.some((a) => a.role === 'agent' && keys.has(a.key))).at(-1);
  return visit?.place ?? null;
}

function sentenceEvents(ctx: SpeakerContext, seg: Segment, dates: DateMention[], lastDay: string | null, frameDate: string | null): DraftEvent[] {
  const text = ctx.text;
  const hits: { type: EventType; start: number; end: number }[] = [];
  for (const { type, re } of TRIGGERS) {
    for (const m of seg.text.matchAll(re)) {
      const rest = seg.text.slice(m.index);
      const lead = seg.text.slice(Math.max(0, m.index - 40), m.index);
      if (FALSE_TRIGGERS.some((f) => f.at.test(rest) && (!f.before || f.before.test(lead)))) continue;
      hits.push({ type, start: seg.start + m.index, end: seg.start + m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const clauses = clausesOf(text, seg);
  const label = SECTION_LABEL.exec(seg.text);
  const bodyStart = seg.start + (label ? label[0].length : 0);
  const events: (DraftEvent & { clause: Clause })[] = [];
  for (const h of hits) {
    if (h.start < bodyStart) continue;
    const dup = events.find((e) => e.evidence[0]!.start <= h.start && h.start < e.evidence[0]!.end && e.type === h.type);
    if (dup && !/^\s+by\s/.test(text.slice(h.end, h.end + 4))) continue;
    if (hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    const clause = clauses.find((c) => c.start <= h.start && h.start < c.end) ?? { start: seg.start, end: seg.end };
    if (NEGATED.test(text.slice(clause.start, h.start)) || CLAIM_NEGATORS.some((re) => re.test(text.slice(clause.start, h.start)))) continue;
    if (h.type === 'capture' && !takesTerritory(ctx, h)) continue;
    const governor = governing(text, hits, h, clause);
    // "refused to accept", "rejected a plan to withdraw": the content of a refusal did not happen.
    if (governor?.type === 'rejection') continue;
    // "arrived in X for talks", "invited her for talks": the talks are the purpose of the act.
    if (governor && h.type === 'meeting' && /\b(?:for|to)\s+(?:[\w-]+\s+)?$/i.test(text.slice(governor.end, h.start))) continue;
    // "X denied that officers had used live ammunition": a denied event is not asserted.
    if (/\b(?:denied|denies|deny|denying|rejected claims)\s+(?:[\w’'-]+\s+){0,3}?that\s/i.test(text.slice(clause.start, h.start))) continue;
    const ev = buildEvent(ctx, seg, clause, h, dates, lastDay, frameDate);
    // The wished content keeps only its military events (flagged): "urged X to reject Y" is no rejection.
    if (governor && !MILITARY.has(h.type)) continue;
    if (governor) ev.hypothetical = true;
    // "officers had been ordered to …": a passive order is asserted even when its giver is unnamed.
    const passiveOrder = /^order/i.test(text.slice(h.start, h.end)) && /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(clause.start, h.start));
    if (AGENTIVE.has(h.type) && !passiveOrder && !ev.actors.some((a) => a.role === 'agent')) continue;
    // A bare "fighting" with neither side nor place ("fighting continued") is background, not an event.
    if (/^fight/i.test(text.slice(h.start, h.end)) && !ev.actors.length && (!ev.place || hits.some((o) => o.type === 'capture' && o.start >= clause.start && o.start < clause.end))) continue;
    const proposer = ownerBefore(ctx, h.start) || /^\s+(?:[\w-]+\s+){0,2}by\s/.test(text.slice(h.end, h.end + 30));
    if (REACTED_TO.has(h.type) && ON_PROPOSAL.test(text.slice(clause.start, h.start)) && !proposer) continue;
    events.push({ ...ev, clause });
  }
  return events.map(({ clause: _c, ...e }) => e);
}

/**
 * The trigger whose complement contains `h` ("demanded that the army halt strikes": the strikes are
 * governed by the demand), or null. Governors are wishing, ordering and refusing verbs or nouns,
 * and visits or invitations for a purpose ("arrived … for talks").
 */
function governing(text: string, hits: readonly { type: EventType; start: number; end: number }[], h: { type: EventType; start: number; end: number }, clause: Clause): { type: EventType; start: number; end: number } | null {
  for (const g of hits) {
    if (g === h || g.end > h.start || g.start < clause.start || g.type === h.type) continue;
    const between = text.slice(g.end, h.start);
    if (/[.;]/.test(between)) continue;
    const opens = /\b(?:that|to|against)$/i.test(text.slice(g.start, g.end));
    if (GOVERNORS.has(g.type) && (opens || COMPLEMENT.test(text.slice(g.end, h.start + 1)))) return g;
    if ((g.type === 'visit' || g.type === 'proposal') && h.type === 'meeting' && /\b(?:for|to)\s+(?:[\w-]+\s+)?$/i.test(between)) return g;
  }
  return null;
}

/** An owner right before a noun trigger ("the US ceasefire proposal", "America's proposals"). */
function ownerBefore(ctx: SpeakerContext, pos: number): boolean {
  const m = ctx.mentions.before(pos, Math.max(0, pos - 40)).find(isActor);
  return Boolean(m && wordsOf(ctx.text.slice(m.end, pos)).length <= 3 && !VERBISH.test(ctx.text.slice(m.end, pos)) && !/[,;:]/.test(ctx.text.slice(m.end, pos)));
}

/** A capture takes ground: a place or territory noun as its object, or before a participle ("the city captured by"). */
function takesTerritory(ctx: SpeakerContext, h: { start: number; end: number }): boolean {
  const text = ctx.text;
  const after = text.slice(h.end, h.end + 60);
  if (TERRITORY.test(after) || SITE.test(after)) return true;
  const objectPlace = ctx.mentions.within(h.end, h.end + 40).find(isPlace);
  if (objectPlace && wordsOf(text.slice(h.end, objectPlace.start)).length <= 3 && !/\b(?:in|from|at|near)\s+(?:the\s+)?$/i.test(text.slice(h.end, objectPlace.start))) return true;
  const lead = text.slice(Math.max(0, h.start - 40), h.start);
  if (/ed$/i.test(text.slice(h.start, h.end)) && /\b(?:territory|villages?|towns?|city|cities|settlements?|region|area|land)\s*,?\s*$/i.test(lead)) return true;
  const placeBefore = ctx.mentions.before(h.start, h.start - 30).find(isPlace);
  return Boolean(placeBefore && /ed$/i.test(text.slice(h.start, h.end)) && /^\s*,?\s*$/.test(text.slice(placeBefore.end, h.start)));
}

/** Splits a sentence into clauses at semicolons, dashes and clause-opening conjunctions. */
function clausesOf(text: string, seg: Segment): Clause[] {
  const out: Clause[] = [];
  let s = seg.start;
  // "Though X said …, Y rejected …": a leading subordinate clause ends at its comma.
  const sub = /^\s*(?:though|although|while|as|when|after|before|since|because|if|whereas|once|unless)\b[^,“"]*(?:[“"][^”"]*[”"][^,]*)?,\s*/i.exec(seg.text);
  if (sub) {
    out.push({ start: s, end: seg.start + sub[0].length - 1 });
    s = seg.start + sub[0].length;
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

function buildEvent(ctx: SpeakerContext, seg: Segment, clause: Clause, h: { type: EventType; start: number; end: number }, dates: DateMention[], lastDay: string | null, frameDate: string | null): DraftEvent {
  const text = ctx.text;
  const inClause = ctx.mentions.within(clause.start, clause.end);
  const before = inClause.filter((m) => m.end <= h.start).reverse();
  const after = inClause.filter((m) => m.start >= h.end);
  const actors: DraftEvent['actors'] = [];
  const add = (key: string | null | undefined, role: 'agent' | 'target' | 'participant'): void => {
    if (key && !actors.some((a) => a.key === key)) actors.push({ key, role });
  };
  const passive = /^\s+by\s+/.exec(text.slice(h.end, h.end + 5));
  const byAgent = passive ? after.find((m) => isActor(m) && m.start - h.end < 8) : undefined;
  // "most of which were intercepted": a passive without "by" names no agent.
  const agentless = !byAgent && /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(clause.start, h.start - 25), h.start));
  // "his first visit", "the Russian president's visit": a possessive right before a noun trigger names the agent.
  const possessive = pronounActor(ctx, seg, clause.start, h.start);
  const agent = byAgent || possessive || agentless ? null : agentBefore(ctx, clause, h, before);
  const subject = agentless ? null : subjectPronoun(ctx, seg, clause, h.start) ?? describedSubject(ctx, seg, clause, h.start) ?? sharedSubject(ctx, seg, clause, h.start);
  add(byAgent?.key ?? agent ?? possessive ?? subject, SYMMETRIC.has(h.type) ? 'participant' : 'agent');
  // "talks between A and B": the two sides are the participants, whoever else the sentence names.
  const between = h.type === 'meeting' ? /^\s+(?:(?:on|over|about)(?:\s+[\w-]+){1,4}?\s+)?between\s/i.exec(text.slice(h.end, h.end + 60)) : null;
  if (between) {
    actors.length = 0;
    for (const m of after.filter((x) => isActor(x) && x.start - h.end < between[0].length + 70).slice(0, 2)) add(m.key, 'participant');
  }
  const target = after.find((m) => isActor(m) && m.key !== (byAgent?.key ?? agent ?? possessive) && m !== byAgent && !between);
  add(target?.key, h.type === 'meeting' ? 'participant' : 'target');
  const place = pickPlace(ctx, clause, h, before, after);
  // "… took X on Monday and advanced into Y": a continuing clause keeps the sentence's date.
  const carried = opensOnVerb(ctx, seg, clause, h.start) ? dates.filter((d) => d.value && d.end <= clause.start).at(-1)?.value ?? null : null;
  const date = eventDate(dates, clause, h, lastDay, carried ?? frameDate);
  const words = wordsOf(text.slice(Math.max(clause.start, h.start - 60), h.start)).slice(-5).map((w) => w.lower);
  const window = text.slice(Math.max(clause.start, h.start - 40), h.start);
  const hypothetical =
    words.some((w) => MODALS.has(w)) ||
    words.slice(-3).some((w) => HYPOTHETICAL_WORDS.has(w)) ||
    HYPOTHETICAL_PHRASES.some((re) => new RegExp(`(?:${re.source})(?:\\s+\\S+){0,1}\\s*$`, 'i').test(window)) ||
    (/\b(?:a|an|the|any)\s+(?:[\w-]+\s+)?$/i.test(window) && /^(?:\s+\S+){0,5}?\s+(?:could|would|might|may|will)\b/i.test(text.slice(h.end, clause.end))) ||
    /^\s*(?:if|whether|unless)\b/i.test(text.slice(seg.start, seg.end)) ||
    /\b(?:if|unless|whether)\b/i.test(text.slice(clause.start, h.start));
  const name = (key: string | undefined | null): string | null => (key ? ctx.mentions.byKey.get(key)?.name ?? null : null);
  const first = actors[0]?.key;
  const other = name(actors.find((a) => a.key !== first)?.key);
  const firstName = name(first);
  const objectName = MILITARY.has(h.type) || h.type === 'visit' ? name(place) ?? other : other ?? name(place);
  const label = [firstName ?? h.type, firstName ? LABEL_VERBS[h.type] : objectName ? 'in' : '', objectName ?? ''].filter(Boolean).join(' ');
  return {
    type: h.type,
    label,
    date,
    place,
    actors,
    evidence: [{ start: clause.start, end: clause.end, text: text.slice(clause.start, clause.end), sentence: seg.text }],
    hypothetical,
  };
}

/**
 * The agent of a trigger: an actor or demonym right before a noun trigger ("Russia's rapid advance",
 * "US ceasefire proposal", "Russian drone strikes"), else the subject of the clause, searched after a
 * reporting "… that" so the reporter is not taken for the actor ("the ministry claimed that troops …").
 */
function agentBefore(ctx: SpeakerContext, clause: Clause, h: { start: number; type: EventType }, before: MentionRef[]): string | null {
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
function describedSubject(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
  const lead = ctx.text.slice(Math.max(clause.start, pos - 60), pos);
  const m = SUBJECT_DESCRIPTION.exec(lead);
  if (!m) return null;
  const tail = m[0].slice(m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase()) + m[1]!.length);
  if (VERBISH.test(tail) && !/^\s*(?:has|have|had|was|were|is|are|will|would)\s*$/i.test(tail)) return null;
  const at = pos - lead.length + m.index;
  if (/^(?:its|their)\b/i.test(m[0])) return pronounReferent(ctx, seg, m[0].split(/\s/)[0]!, at);
  return describedActor(ctx, m[0].trim(), m[1]!.toLowerCase(), at);
}

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
function sharedSubject(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
  if (!opensOnVerb(ctx, seg, clause, pos)) return null;
  const text = ctx.text;
  const lead = /^\s*(?:[A-Z][\w’'-]*\s+){0,2}?[^,]{0,40}?,\s+/.exec(text.slice(seg.start, clause.start));
  const from = seg.start + (lead && /^\s*(?:In|On|At|During|After|Before|Since|Asked|Speaking)\b/.test(lead[0]) ? lead[0].length : 0);
  const pronoun = /^\s*(He|She|They|It|We)\s/.exec(text.slice(from, clause.start));
  if (pronoun) return resolveReference(ctx, pronoun[1]!, from);
  const described = /^\s*The\s+(?:[\w-]+\s+){0,2}?(group|bloc|company|firm|commission|ministry|government|agency|organi[sz]ation|army|military|navy|union|alliance|regulator|council|committee|coalition|movement|party|militia|rebels|paramilitaries|junta|authorities|administration)\b/.exec(text.slice(from, clause.start));
  if (described) return describedActor(ctx, described[0].trim(), described[1]!.toLowerCase(), from);
  const first = ctx.mentions.within(from, clause.start).find((m) => isActor(m) && !isOblique(text, m));
  // The subject stands before the sentence's first verb: few words, none of them a verb.
  const before = first ? text.slice(from, first.start) : '';
  if (!first || wordsOf(before).length > 6 || VERBISH.test(before) || /\b[a-z]+ed\b/.test(before)) return null;
  return first.key;
}

/** A clause after the first that starts on (or a few words before) its verb: it continues the sentence's subject. */
function opensOnVerb(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): boolean {
  if (clause.start <= seg.start) return false;
  const lead = ctx.text.slice(clause.start, pos);
  return wordsOf(lead).length <= 3 && !/[A-Z]/.test(lead.replace(/^\W*\w/, '')) && !ctx.mentions.within(clause.start, pos).length;
}

/** "he ordered …": a subject pronoun before the trigger, resolved to the last compatible actor. */
function subjectPronoun(ctx: SpeakerContext, seg: Segment, clause: Clause, pos: number): string | null {
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
        return subject?.key ?? null;
      }
    }
  }
  return resolveReference(ctx, word, at);
}

/**
 * "Russian strikes", "US-Ukrainian ceasefire proposal": a demonym or country name among the (at most
 * three) words right before the trigger → that country's forces (military events) or the country.
 */
function demonymActor(ctx: SpeakerContext, from: number, pos: number, type: EventType): string | null {
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
function pronounActor(ctx: SpeakerContext, seg: Segment, from: number, pos: number): string | null {
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

/**
 * The place of the event's clause: a place named after the trigger (not a destination or origin,
 * "fled towards X"), else a definite description in the clause ("east of the city", "the base",
 * "there") resolved to the last such place of the article, else a place before the trigger. Null over wrong.
 */
function pickPlace(ctx: SpeakerContext, clause: Clause, h: { start: number; end: number }, before: MentionRef[], after: MentionRef[]): string | null {
  const text = ctx.text;
  const ok = (m: MentionRef): boolean => isPlace(m) && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && !/\b(?:towards?|from|for)\s+(?:the\s+(?:[\w-]+\s+){0,2}of\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 30), m.start));
  // "talks … stalled after the two sides disputed whether X had fallen": X belongs to the subordinate clause.
  const sub = /\b(?:after|before|because|whether|until|unless)\s+(?:the|a|an|it|they|he|she|its|their|\w+ed)\b/i.exec(text.slice(h.end, clause.end));
  const limit = sub ? h.end + sub.index : clause.end;
  const found = after.find((m) => m.start < limit && ok(m));
  if (found) return found.key;
  const described = anaphoricPlace(ctx, clause, h.end) ?? anaphoricPlace(ctx, clause, clause.start);
  if (described) return described;
  return before.find(ok)?.key ?? null;
}

const SITE_ANAPHOR = /\b(?:the|that) (?:[\w-]+ ){0,2}?(base|outpost|post|camp|garrison|airport|airfield|position|mine|port)\b|\bthere\b/i;

/** A place description in the clause from `from` on ("the town", "the base", "there") → an earlier place. */
function anaphoricPlace(ctx: SpeakerContext, clause: Clause, from: number): string | null {
  const text = ctx.text;
  const span = text.slice(from, clause.end);
  const area = ANAPHORIC_PLACE.exec(span);
  const site = SITE_ANAPHOR.exec(span);
  if (area && /\b(?:north|south|east|west|central)/i.test(area[0])) return null;
  if (area && (!site || area.index <= site.index)) {
    const kinds = ANAPHOR_KINDS[area[1]!.toLowerCase()] ?? [];
    return ctx.mentions.before(clause.start, Math.max(0, clause.start - 2000)).find((m) => isPlace(m) && kinds.includes(m.kind))?.key ?? null;
  }
  if (!site) return null;
  const earlier = ctx.mentions.before(clause.start, Math.max(0, clause.start - 2500)).filter(isPlace);
  if (!site[1]) return earlier[0]?.key ?? null;
  // "the base" → the place named in the last sentence that spoke of a base ("the army base at X").
  const noun = new RegExp(`\\b${site[1]}s?\\b`, 'i');
  for (const m of earlier) {
    const lineStart = Math.max(text.lastIndexOf('.', m.start), text.lastIndexOf('\n', m.start)) + 1;
    const lineEnd = text.slice(m.end).search(/[.\n]/);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : m.end + lineEnd);
    const at = noun.exec(line);
    if (!at) continue;
    // The place right after the noun ("the base at X"), else the one nearest before it.
    const nounAt = lineStart + at.index;
    const inLine = earlier.filter((x) => x.start >= lineStart && x.end <= lineStart + line.length);
    const next = inLine.filter((x) => x.start > nounAt).sort((a, b) => a.start - b.start)[0];
    return (next && next.start - nounAt < 40 ? next : inLine.find((x) => x.start < nounAt) ?? m).key;
  }
  return null;
}

/** The date of the trigger's clause (a relative "a day after" from the last explicit day), else the frame date. */
function eventDate(dates: DateMention[], clause: Clause, h: { start: number; end: number; type: EventType }, lastDay: string | null, frameDate: string | null): string | null {
  // A reporting verb's date ("X said on Tuesday that …") is kept: the seeds' gold dates reported events so.
  // A date after a demand, appeal, proposal or threat is its deadline or target ("a deadline of the end of October").
  const own = dates.filter((d) => d.start >= clause.start && d.end <= clause.end + 1 && !(WISHES.has(h.type) && d.start >= h.end));
  const relative = own.find((d) => d.relativeDays !== undefined && d.start < h.start);
  if (relative && lastDay) return addDays(lastDay, relative.relativeDays!);
  const fixed = own.filter((d) => d.value).sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0];
  return fixed?.value ?? frameDate;
}
