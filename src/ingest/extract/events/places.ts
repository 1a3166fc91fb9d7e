// Places of events: the place of the trigger's own clause, definite descriptions ("the town", "the
// base", "there") resolved to an earlier place, and meetings held during a visit. Null over wrong.
import type { DraftEvent } from '../../../model/index.ts';
import { isPlace, type MentionRef } from '../rules/mentions.ts';
import type { SpeakerContext } from '../statements/speakers.ts';
import type { Clause } from './clauses.ts';

const ANAPHORIC_PLACE = /\bthe (?:[\w-]+ ){0,2}(region|area|oblast|province|town|city|village|settlement|country)\b(?! of [A-Z])/i;
const ANAPHOR_KINDS: Record<string, readonly string[]> = { region: ['region'], area: ['region', 'town', 'city', 'village'], oblast: ['region'], province: ['region'], town: ['town', 'city'], city: ['city', 'town'], village: ['village', 'town'], settlement: ['village', 'town'], country: ['country'] };

/** The place of an asserted visit, a little earlier in the article, by one of the meeting's participants. */
export function visitPlace(events: readonly DraftEvent[], meeting: DraftEvent): string | null {
  const at = meeting.evidence[0]!.start;
  const keys = new Set(meeting.actors.map((a) => a.key));
  const visit = events.filter((e) => e.type === 'visit' && !e.hypothetical && e.place && e.evidence[0]!.start <= at && at - e.evidence[0]!.start < 1500 && e.actors.some((a) => a.role === 'agent' && keys.has(a.key))).at(-1);
  return visit?.place ?? null;
}

/**
 * The place of the event's clause: a place named after the trigger (not a destination or origin,
 * "fled towards X"), else a definite description in the clause ("east of the city", "the base",
 * "there") resolved to the last such place of the article, else a place before the trigger. Null over wrong.
 */
export function pickPlace(ctx: SpeakerContext, clause: Clause, h: { start: number; end: number }, before: MentionRef[], after: MentionRef[]): string | null {
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
