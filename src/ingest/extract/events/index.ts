// Events of one article: taxonomy triggers in each clause (the governing trigger types it; wished,
// refused and denied content is not asserted), with agents (agents.ts), place (places.ts), date
// (dates/) and a hypothetical flag for modal, conditional and future mentions.
import type { CleanArticle, DraftEvent, EventType, Segment } from '../../../model/index.ts';
import { CLAIM_NEGATORS, HYPOTHETICAL_PHRASES, HYPOTHETICAL_WORDS } from '../../lexicon/cues.ts';
import { FALSE_TRIGGERS, LABEL_VERBS, TRIGGERS } from '../../lexicon/events.ts';
import { addDays, findDates, statedYear, type DateMention } from '../dates/index.ts';
import { isActor, isPlace, type MentionIndex } from '../rules/mentions.ts';
import { isHeadline } from '../rules/sentences.ts';
import { datelineLength, wordsOf } from '../rules/text.ts';
import type { SpeakerContext } from '../statements/speakers.ts';
import { MILITARY, VERBISH, agentBefore, describedSubject, opensOnVerb, pronounActor, sharedSubject, subjectPronoun } from './agents.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { pickPlace, visitPlace } from './places.ts';

export interface EventOptions {
  /** Emit hypothetical / future events (flagged) as well as asserted ones. */
  hypothetical?: boolean;
}

/** Participants of a meeting are peers; of a threat or appeal, agent and target. */
const SYMMETRIC: ReadonlySet<EventType> = new Set(['meeting']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'shall', 'should', 'can', 'must']);
/** A section label opening a paragraph ("Troop Deployment: …") is a heading, not a fact. */
const SECTION_LABEL = /^(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*:\s/;
/** Verbs that act on an existing proposal: its proposer is not their subject. */
const ON_PROPOSAL = /\b(?:reject\w*|accept\w*|examin\w*|consider\w*|weigh\w*(?: up)?|back\w*|endors\w*|discuss\w*|welcom\w*|stud\w*|review\w*|support\w*|oppos\w*|dismiss\w*|slam\w*)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i;
/** A reaction verb between an actor and a noun trigger makes the actor the reactor, not the owner ("X dismissed the demand"). */
const REACTION = /\b(?:reject|dismiss|accept|refus|rebuff|welcom|endors|slam|oppos|criticis|criticiz|condemn|discuss|consider|examin|review)\w*|(?<![\w-])back(?:ed|s|ing)\b/i;
/** Event nouns (not verb forms): as a definite description they refer back to an event told before. */
const EVENT_NOUN = /^(?:attacks?|ambush(?:es)?|shells?|strikes?|shelling|bombings?|bombardments?|assaults?|raids?|incursions?|invasion|offensives?|clash(?:es)?|fighting|meetings?|talks|visits?|trips?|proposals?|offers?|agreements?|accords?|rejections?|refusals?|demands|ultimatums?|threats?|decrees?|captures?|seizure|advances?|withdrawals?|retreats?|interceptions?|deployments?|reinforcements?)$/i;
/**
 * "investigate the Minova attack", "a meeting on the attack", "the shelling lasted three hours": a definite
 * event noun without a complement of its own ("the attack on X", "the talks with Y") names an event already
 * told, not a new one.
 */
function anaphoric(text: string, h: { start: number; end: number }): boolean {
  if (!EVENT_NOUN.test(text.slice(h.start, h.end))) return false;
  // ("that" is left out: "said that reinforcements had been deployed" is a conjunction; "of shelling" a gerund.)
  if (!/\b(?:the|this|these|those)\s+(?:(?!(?:of|for|to|by|with|from|in|on)\s)[\w’'-]+\s+){0,2}$/i.test(text.slice(Math.max(0, h.start - 40), h.start))) return false;
  return !/^\s+(?:on|against|in|at|near|by|of|to|from|with|between|into|across|over|inside|along|for)\b/i.test(text.slice(h.end, h.end + 12));
}
/** Acts whose later dates are deadlines or targets. */
const WISHES: ReadonlySet<EventType> = new Set(['demand', 'appeal', 'proposal', 'threat']);
/** Noun triggers that a reaction verb takes as object ("rejected the demand"): the reaction is the event. */
const REACTED_TO: ReadonlySet<EventType> = new Set(['proposal', 'demand', 'threat']);
const NEGATED = /\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$|\b(?:not\s+(?:a\s+single|one|any)|no|none\s+of(?:\s+(?:the|our|its|their|his|her))?)\s+(?:[\w’'-]+\s+){0,2}$/i;
/** "X denied that …", "denied shelling the camp", "denied the attack": a denied event is not asserted. */
const DENIED = /\b(?:denied|denies|deny|denying|rejected\s+claims)\s+(?:[\w’'-]+\s+){0,3}?that\s|\b(?:denied|denies|deny|denying)\s+(?:(?:the|any|a|an|having|its|their)\s+)?(?:[\w’'-]+\s+)?$/i;
/** A trigger word inside a capitalised name ("Associated Dispatch", "Operation Desert Storm") is no trigger. */
const IN_NAME_BEFORE = /\b[A-Z][\w’'-]*\s+$/;
/** Types whose agent must be named: without one the mention is a figure of speech ("the advance threatens to …"). */
const AGENTIVE: ReadonlySet<EventType> = new Set(['visit', 'appeal', 'proposal', 'agreement', 'rejection', 'demand', 'threat', 'order']);
const TERRITORY = /^(?:\s+(?:the|a|an|more|five|four|three|two|several|some|most|much|of|its|their|his|back|control|over)){0,4}(?:\s+[\w-]+){0,2}?\s+(?:territory|territories|villages?|towns?|city|cities|settlements?|ground|region|area|positions?|land|districts?|provinces?|islands?)\b/i;
/** Military sites: "seized the army base", "overran two outposts" (any two modifiers before the noun). */
const SITE = /^(?:\s+(?:the|a|an|its|their|his|two|three|several|some|control\s+of(?:\s+the)?)){0,3}(?:\s+[\w-]+){0,2}?\s+(?:bases?|outposts?|posts?|camps?|garrisons?|barracks|airports?|airfields?|airbases?|headquarters|checkpoints?|bridges?|mines?|port|harbou?r|positions?|stronghold|hill|heights)\b/i;
/** Verbs (and nouns) whose complement ("demanded that X …", "urged Y to …", "a proposal to …") is wished, not asserted. */
const GOVERNORS: ReadonlySet<EventType> = new Set(['demand', 'appeal', 'proposal', 'threat', 'order', 'rejection']);
const COMPLEMENT = /^\s+(?:(?:[\w’'-]+\s+){0,5}?(?:that|to)\s|[“"]?(?:[\w’'-]+\s+){0,3}?(?:to|that)\s)/i;

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
    // "On Monday, …" frames its paragraph; a dateline's date is the report's, not the events'.
    if (lead?.value && wordsOf(text.slice(seg.start, lead.start)).length <= 2 && lead.start >= seg.start + datelineLength(seg.text)) frame = { paragraph: seg.paragraph, value: lead.value };
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

function sentenceEvents(ctx: SpeakerContext, seg: Segment, dates: DateMention[], lastDay: string | null, frameDate: string | null): DraftEvent[] {
  const text = ctx.text;
  const hits: { type: EventType; start: number; end: number }[] = [];
  for (const { type, re } of TRIGGERS) {
    for (const m of seg.text.matchAll(re)) {
      const rest = seg.text.slice(m.index);
      const lead = seg.text.slice(Math.max(0, m.index - 40), m.index);
      if (FALSE_TRIGGERS.some((f) => f.at.test(rest) && (!f.before || f.before.test(lead)))) continue;
      if (/^[A-Z]/.test(m[0]) && m.index > 0 && (IN_NAME_BEFORE.test(lead) || /^\s+[A-Z]/.test(seg.text.slice(m.index + m[0].length)))) continue;
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
    if (DENIED.test(text.slice(clause.start, h.start))) continue;
    if (anaphoric(text, h)) continue;
    const ev = buildEvent(ctx, seg, clause, h, dates, lastDay, frameDate);
    if (h.type === 'capture' && !ev.place) ev.place = antecedentPlace(ctx, h);
    // "the army repelled an attack": the attack repelled is the other side's, not the subject's.
    if (h.type === 'attack' && hits.some((o) => o.type === 'interception' && o.end <= h.start && h.start - o.end < 20 && !/[,;.]/.test(text.slice(o.end, h.start)))) {
      ev.actors = ev.actors.filter((a) => a.role !== 'agent');
    }
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
  const between = ctx.text.slice(m?.end ?? pos, pos);
  return Boolean(m && wordsOf(between).length <= 3 && !VERBISH.test(between) && !REACTION.test(between) && !/[,;:]/.test(between));
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
  return antecedentPlace(ctx, h) !== null;
}

/** The place a past participle or relative clause right after it refers to ("Vessa, which the rebels captured"). */
function antecedentPlace(ctx: SpeakerContext, h: { start: number; end: number }): string | null {
  const placeBefore = ctx.mentions.before(h.start, h.start - 50).find(isPlace);
  const ok = placeBefore && /ed$/i.test(ctx.text.slice(h.start, h.end)) && /^\s*(?:,\s*(?:which|that)\s+(?:[\w’'-]+\s+){1,3})?,?\s*$/.test(ctx.text.slice(placeBefore.end, h.start));
  return ok ? placeBefore.key : null;
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
