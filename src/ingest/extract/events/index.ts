// Events of one article: taxonomy triggers in each sentence, with agent and target (actor mentions
// around the trigger), place (nearest place in the clause), date (resolved against publication)
// and a hypothetical flag for modal, conditional and future mentions.
import type { CleanArticle, DraftEvent, EventType, Segment } from '../../../model/index.ts';
import { HYPOTHETICAL_PHRASES, HYPOTHETICAL_WORDS } from '../../lexicon/cues.ts';
import { FALSE_TRIGGERS, LABEL_VERBS, TRIGGERS } from '../../lexicon/events.ts';
import { countryByDemonym } from '../entities/index.ts';
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

const CLAUSE_BREAK = /;\s|:\s|\s[–—]\s|,\s+(?:but|and|while|whereas|although|though|as|since|when|which|who|where)\s|\s(?:but|while|whereas)\s/g;
const NEGATED = /\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$/i;
const MILITARY: ReadonlySet<EventType> = new Set(['attack', 'capture', 'advance', 'withdrawal', 'deployment', 'interception']);
const ANAPHORIC_PLACE = /\bthe (?:region|area|oblast|province|town|city|village|settlement|country)\b/i;

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
    if (!isHeadline(seg.text)) {
      for (const ev of sentenceEvents(ctx, seg, dates, lastDay, frame?.paragraph === seg.paragraph ? frame.value : null)) {
        if (options.hypothetical === false && ev.hypothetical) continue;
        out.push(ev);
      }
    }
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
      if (FALSE_TRIGGERS.some((f) => f.test(rest))) continue;
      hits.push({ type, start: seg.start + m.index, end: seg.start + m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const clauses = clausesOf(text, seg);
  const events: (DraftEvent & { clause: Clause })[] = [];
  for (const h of hits) {
    if (events.some((e) => e.evidence[0]!.start <= h.start && h.start < e.evidence[0]!.end && e.type === h.type)) continue;
    if (hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    const clause = clauses.find((c) => c.start <= h.start && h.start < c.end) ?? { start: seg.start, end: seg.end };
    if (NEGATED.test(text.slice(clause.start, h.start))) continue;
    const ev = buildEvent(ctx, seg, clause, h, dates, lastDay, frameDate);
    events.push({ ...ev, clause });
  }
  return events.map(({ clause: _c, ...e }) => e);
}

/** Splits a sentence into clauses at semicolons, dashes and clause-opening conjunctions. */
function clausesOf(text: string, seg: Segment): Clause[] {
  const out: Clause[] = [];
  let s = seg.start;
  for (const m of seg.text.matchAll(CLAUSE_BREAK)) {
    const at = seg.start + m.index;
    if (at > s) out.push({ start: s, end: at });
    s = at + m[0].length;
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
  const agent = byAgent ?? before.find((m) => isActor(m) && (!isOblique(text, m) || /['’]s?$/.test(text.slice(m.end, m.end + 2)) && m.end > h.start - 30));
  add(agent?.key ?? demonymActor(ctx, h.start, h.type) ?? pronounActor(ctx, clause.start, h.start), 'agent');
  const target = after.find((m) => isActor(m) && m.key !== agent?.key && m !== byAgent);
  add(target?.key, h.type === 'meeting' ? 'participant' : 'target');
  const place = pickPlace(ctx, clause, h, before, after);
  const date = eventDate(dates, clause, h, lastDay, frameDate);
  const words = wordsOf(text.slice(Math.max(clause.start, h.start - 60), h.start)).slice(-5).map((w) => w.lower);
  const window = text.slice(Math.max(clause.start, h.start - 40), h.start);
  const hypothetical =
    words.some((w) => HYPOTHETICAL_WORDS.has(w)) ||
    HYPOTHETICAL_PHRASES.some((re) => re.test(window)) ||
    /^\s*(?:if|whether|unless)\b/i.test(text.slice(seg.start, seg.end)) ||
    /\b(?:if|unless|whether)\b/i.test(text.slice(clause.start, h.start));
  const name = (key: string | undefined | null): string | null => (key ? ctx.mentions.byKey.get(key)?.name ?? null : null);
  const agentName = name(actors.find((a) => a.role === 'agent')?.key);
  const objectName = name(place) ?? name(actors.find((a) => a.role !== 'agent')?.key);
  const label = [agentName ?? h.type, agentName ? LABEL_VERBS[h.type] : objectName ? 'in' : '', objectName ?? ''].filter(Boolean).join(' ');
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

/** "Russian strikes" → the Russian forces (military events) or Russia, when the article has that actor. */
function demonymActor(ctx: SpeakerContext, pos: number, type: EventType): string | null {
  const m = /((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?$/.exec(ctx.text.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  const country = countryByDemonym(m[1]!) ?? countryByDemonym(m[1]!.split(' ').pop()!);
  if (!country) return null;
  const entities = [...ctx.mentions.byKey.values()].filter((e) => e.label === 'Actor');
  const force = entities.find((e) => e.kind === 'armed_force' && e.name.startsWith(country.demonym ?? '\u0000'));
  const state = entities.find((e) => e.kind === 'country' && e.name === country.name);
  return (MILITARY.has(type) ? force ?? state : state ?? force)?.key ?? null;
}

/** "his first visit" → the last person; "its troops" → the last country or organisation. */
function pronounActor(ctx: SpeakerContext, from: number, pos: number): string | null {
  const m = /\b(his|her|its|their)\s+(?:[\w-]+\s+){0,3}$/i.exec(ctx.text.slice(Math.max(from, pos - 40), pos));
  return m ? resolveReference(ctx, m[1]!, pos - m[0].length) : null;
}

function pickPlace(ctx: SpeakerContext, clause: Clause, h: { start: number; end: number }, before: MentionRef[], after: MentionRef[]): string | null {
  const ok = (m: MentionRef): boolean => isPlace(m) && !/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 2));
  const found = after.find(ok) ?? before.find(ok);
  if (found) return found.key;
  if (ANAPHORIC_PLACE.test(ctx.text.slice(clause.start, clause.end))) {
    return ctx.mentions.before(clause.start, Math.max(0, clause.start - 2000)).find((m) => isPlace(m) && m.kind !== 'country')?.key ?? null;
  }
  return null;
}

function eventDate(dates: DateMention[], clause: Clause, h: { start: number }, lastDay: string | null, frameDate: string | null): string | null {
  const own = dates.filter((d) => d.start >= clause.start && d.end <= clause.end + 1);
  const relative = own.find((d) => d.relativeDays !== undefined && d.start < h.start);
  if (relative && lastDay) return addDays(lastDay, relative.relativeDays!);
  const fixed = own.filter((d) => d.value).sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0];
  return fixed?.value ?? frameDate;
}
