// Event coreference across (and, cautiously, within) articles: same type, compatible dates, the
// same place when both have one, and shared participants make one Event with evidence from every
// report. Clustering runs in an order fixed by content, so ids do not depend on input order.
import { EVENT_TYPES, contentId, type ArticleDraft, type EventRecord, type Evidence, type Role } from '../../model/index.ts';
import { LABEL_VERBS } from '../lexicon/events.ts';
import type { ResolvedEntities } from './entities.ts';

interface Item {
  article: string;
  type: EventRecord['type'];
  date: string | null;
  place: string | null;
  actors: { id: string; role: Role }[];
  evidence: Evidence;
  paragraphKey: string;
  hypothetical: boolean;
}

const MILITARY = new Set(['attack', 'capture', 'advance', 'withdrawal', 'deployment', 'interception']);

interface Cluster {
  items: Item[];
}

/** True when two dates can name the same day: equal where both are precise, or one unknown. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

const agentsOf = (it: Item): string[] => it.actors.filter((a) => a.role !== 'target').map((a) => a.id);
const shared = (a: string[], b: string[]): number => a.filter((x) => b.includes(x)).length;

function compatible(x: Item, y: Item): boolean {
  if (x.type !== y.type || x.hypothetical !== y.hypothetical || !datesCompatible(x.date, y.date)) return false;
  if (x.place && y.place && x.place !== y.place) return false;
  const ax = agentsOf(x);
  const ay = agentsOf(y);
  const need = x.type === 'meeting' || x.type === 'agreement' ? Math.min(2, ax.length, ay.length) : 1;
  const participants = ax.length && ay.length ? shared(ax, ay) >= Math.max(1, need) : false;
  if (x.article === y.article) {
    // Within one article only a repeat (caption and body, recap) merges: same agent, other paragraph, and
    // for military events the same place (a diplomatic act such as a proposal has no place to share).
    const where = MILITARY.has(x.type) ? Boolean(x.place && x.place === y.place) : true;
    return participants && where && x.paragraphKey !== y.paragraphKey && (x.date === y.date || !x.date || !y.date);
  }
  return participants || (!ax.length && !ay.length && Boolean(x.place && x.place === y.place) && Boolean(x.date && y.date));
}

/** Resolves draft events to graph events, merging the reports of one real event. */
export function resolveEvents(drafts: ArticleDraft[], entities: ResolvedEntities): EventRecord[] {
  const items: Item[] = [];
  const names = new Map<string, string>();
  for (const a of entities.actors) names.set(a.id, a.name);
  for (const p of entities.places) names.set(p.id, p.name);
  for (const d of drafts) {
    const aid = d.article.id;
    const text = d.article.text;
    for (const ev of d.events) {
      const actors: Item['actors'] = [];
      for (const a of ev.actors) {
        const id = entities.idOf(aid, a.key);
        if (id && !actors.some((x) => x.id === id)) actors.push({ id, role: a.role });
      }
      const place = ev.place ? entities.idOf(aid, ev.place) : null;
      const e0 = ev.evidence[0];
      if (!e0) continue;
      const paragraph = text.lastIndexOf('\n', e0.start);
      items.push({ article: aid, type: ev.type, date: ev.date, place, actors, evidence: { article: aid, start: e0.start, end: e0.end, text: e0.text, sentence: e0.sentence }, paragraphKey: `${aid}:${paragraph}`, hypothetical: ev.hypothetical });
    }
  }
  const order = (it: Item): string => `${it.type}|${9 - (it.date?.length ?? 0)}|${it.date ?? ''}|${it.article}|${String(it.evidence.start).padStart(8, '0')}`;
  items.sort((a, b) => order(a).localeCompare(order(b)));
  const clusters: Cluster[] = [];
  // Clusters indexed by the keys that can make an item compatible (a shared agent, or the place of
  // agentless events), so each item looks only at clusters it might join.
  const index = new Map<string, Cluster[]>();
  const keysOf = (it: Item): string[] => {
    const agents = agentsOf(it);
    return agents.length ? agents.map((a) => `${it.type}|a|${a}`) : it.place ? [`${it.type}|p|${it.place}`] : [];
  };
  for (const it of items) {
    // The best compatible cluster: same place, same date, and reports from the same article weigh most.
    let c: Cluster | undefined;
    let best = -1;
    const candidates = new Set(keysOf(it).flatMap((k) => index.get(k) ?? []));
    for (const cl of candidates) {
      if (cl.items[0]!.type !== it.type || !cl.items.every((m) => m.article !== it.article || compatible(m, it)) || !cl.items.some((m) => compatible(m, it))) continue;
      const score = (cl.items.some((m) => m.place && m.place === it.place) ? 4 : 0) + (cl.items.some((m) => m.date && m.date === it.date) ? 2 : 0) + (cl.items.some((m) => m.article === it.article) ? 1 : 0);
      if (score > best) {
        best = score;
        c = cl;
      }
    }
    if (!c) {
      c = { items: [] };
      clusters.push(c);
    }
    c.items.push(it);
    for (const k of keysOf(it)) {
      const list = index.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      index.set(k, list);
    }
  }
  const used = new Set<string>();
  return clusters.map((c) => toRecord(c, names, used));
}

function toRecord(c: Cluster, names: Map<string, string>, used: Set<string>): EventRecord {
  const first = c.items[0]!;
  const date = c.items.map((i) => i.date).filter((d): d is string => Boolean(d)).sort((a, b) => b.length - a.length)[0] ?? null;
  const place = c.items.map((i) => i.place).find(Boolean) ?? null;
  const actors: EventRecord['actors'] = [];
  for (const it of c.items) for (const a of it.actors) if (!actors.some((x) => x.id === a.id)) actors.push(a);
  const agents = actors.filter((a) => a.role !== 'target').map((a) => a.id).sort();
  let id = contentId('event', first.type, date ?? '', place ?? '', agents.join(','), first.hypothetical ? 'h' : '');
  if (used.has(id)) id = contentId('event', id, first.article, first.evidence.start);
  used.add(id);
  const lead = actors.find((a) => a.role !== 'target')?.id;
  const agentName = lead ? names.get(lead) : undefined;
  const other = names.get(actors.find((a) => a.id !== lead)?.id ?? '');
  const placeName = place ? names.get(place) : undefined;
  const object = MILITARY.has(first.type) || first.type === 'visit' ? placeName ?? other : other ?? placeName;
  const label = agentName ? `${agentName} ${LABEL_VERBS[first.type]}${object ? ` ${object}` : ''}` : `${first.type}${object ? ` in ${object}` : ''}`;
  const evidence = [...c.items].sort((a, b) => a.article.localeCompare(b.article) || a.evidence.start - b.evidence.start).map((i) => i.evidence);
  return {
    id,
    type: first.type,
    label,
    date,
    cameo: EVENT_TYPES[first.type],
    place,
    actors,
    evidence,
    ...(first.hypothetical ? { hypothetical: true } : {}),
  };
}
