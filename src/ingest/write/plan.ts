// Plan the writes of an Extraction: one batch per article (the article and everything it contributes)
// and one batch of cross-article links. Pure: Extraction -> WriteBatch[] (no database here).
import type { NodeRow, Props, PropValue, RelRow, WriteBatch } from '../../db/write.ts';
import type { ActorRecord, Extraction, EventRecord, NodeLabel, PlaceRecord, RelType, StatementRecord } from '../../model/types.ts';

export interface ArticleBatch {
  article: string;
  file: string;
  batch: WriteBatch;
}

export interface WritePlan {
  articles: ArticleBatch[];
  /** Cross-article edges (CONTRADICTS, SUPPORTS, PART_OF, MEMBER_OF) and entities no article wrote. */
  links: WriteBatch;
  /** Statement ids per article, so links touching a failed article can be left out. */
  statementArticle: Map<string, string>;
}

/** Keeps only values Neo4j can store; null/undefined are dropped (absent property). */
function props(obj: Record<string, PropValue | null | undefined>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

const actorRow = (a: ActorRecord): NodeRow => ({
  id: a.id,
  name: a.name,
  aliases: [...new Set(a.aliases)],
  props: props({ kind: a.kind, title: a.title, description: a.description }),
});
const placeRow = (p: PlaceRecord): NodeRow => ({
  id: p.id,
  name: p.name,
  aliases: [...new Set(p.aliases)],
  props: props({ kind: p.kind, lat: p.lat, lon: p.lon, country: p.country, geonameId: p.geonameId }),
});
const statementRow = (s: StatementRecord): NodeRow => ({
  id: s.id,
  props: props({
    text: s.text,
    quote: s.quote,
    verb: s.verb,
    polarity: s.polarity,
    date: s.date,
    article: s.article,
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    via: s.via && s.via.length ? s.via : null,
  }),
});
const eventRow = (e: EventRecord): NodeRow => ({
  id: e.id,
  props: props({ type: e.type, label: e.label, date: e.date, cameo: e.cameo, hypothetical: e.hypothetical ?? null }),
});

/** Collects rows for one transaction, de-duplicated by id (nodes) and by endpoints+key (edges). */
class BatchBuilder {
  private nodes = new Map<NodeLabel, Map<string, NodeRow>>();
  private rels = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rows: Map<string, RelRow> }>();
  constructor(private readonly ex: Index) {}

  node(label: NodeLabel, row: NodeRow): void {
    let m = this.nodes.get(label);
    if (!m) this.nodes.set(label, (m = new Map()));
    if (!m.has(row.id)) m.set(row.id, row);
  }

  /** Adds the node rows of an entity/event/statement id (both labels for an Actor+Place id). */
  nodeById(id: string): NodeLabel | null {
    const a = this.ex.actors.get(id);
    const p = this.ex.places.get(id);
    if (a) this.node('Actor', actorRow(a));
    if (p) this.node('Place', placeRow(p));
    if (a) return 'Actor';
    if (p) return 'Place';
    const e = this.ex.events.get(id);
    if (e) {
      this.node('Event', eventRow(e));
      return 'Event';
    }
    const s = this.ex.statements.get(id);
    if (s) {
      this.node('Statement', statementRow(s));
      return 'Statement';
    }
    return null;
  }

  rel(type: RelType, from: NodeLabel, fromId: string, to: NodeLabel | null, toId: string, p: Props = {}): void {
    // An id the extraction does not know is looked up as an Actor (a known entity already in the graph);
    // if it is not there either, the write of this batch fails and names the edge.
    const toLabel = to ?? 'Actor';
    const k = `${type}|${from}|${toLabel}`;
    let g = this.rels.get(k);
    if (!g) this.rels.set(k, (g = { type, from, to: toLabel, rows: new Map() }));
    const rowKey = `${fromId}\u0001${toId}\u0001${type === 'PARTICIPATED_IN' ? String(p.role) : ''}`;
    if (!g.rows.has(rowKey)) g.rows.set(rowKey, { from: fromId, to: toId, props: p });
  }

  hasNodes(): boolean {
    return [...this.nodes.values()].some((m) => m.size > 0);
  }

  build(): WriteBatch {
    const order: NodeLabel[] = ['Article', 'Actor', 'Place', 'Event', 'Statement'];
    const byId = <T extends { id: string }>(rows: Iterable<T>) => [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return {
      // Sorted ids: concurrent writers lock nodes in the same order, which avoids most deadlocks.
      nodes: order.filter((l) => this.nodes.has(l)).map((label) => ({ label, rows: byId(this.nodes.get(label)!.values()) })),
      rels: [...this.rels.values()].map((g) => ({ type: g.type, from: g.from, to: g.to, rows: [...g.rows.values()] })),
    };
  }
}

interface Index {
  actors: Map<string, ActorRecord>;
  places: Map<string, PlaceRecord>;
  events: Map<string, EventRecord>;
  statements: Map<string, StatementRecord>;
}

function indexOf(ex: Extraction): Index {
  return {
    actors: new Map(ex.actors.map((a) => [a.id, a])),
    places: new Map(ex.places.map((p) => [p.id, p])),
    events: new Map(ex.events.map((e) => [e.id, e])),
    statements: new Map(ex.statements.map((s) => [s.id, s])),
  };
}

/** The edges an event carries wherever it is written: participants and location. */
function addEventEdges(b: BatchBuilder, e: EventRecord): void {
  for (const part of e.actors) {
    b.nodeById(part.id);
    b.rel('PARTICIPATED_IN', 'Actor', part.id, 'Event', e.id, { role: part.role });
  }
  if (e.place) {
    const to = b.nodeById(e.place);
    b.rel('LOCATED_IN', 'Event', e.id, to === 'Actor' ? 'Place' : to, e.place);
  }
}

function mentionEdges(b: BatchBuilder, articleId: string, label: 'Actor' | 'Place', id: string, mentions: { article: string; start: number; end: number }[]): void {
  const mine = mentions.filter((m) => m.article === articleId).sort((x, y) => x.start - y.start);
  if (!mine.length) return;
  b.nodeById(id);
  b.rel('MENTIONS', 'Article', articleId, label, id, { count: mine.length, starts: mine.map((m) => m.start), ends: mine.map((m) => m.end) });
}

/** Splits an Extraction into per-article write batches plus one batch of cross-article links. */
export function planWrites(ex: Extraction): WritePlan {
  const idx = indexOf(ex);
  const written = new Set<string>();
  const articles: ArticleBatch[] = ex.articles.map((art) => {
    const b = new BatchBuilder(idx);
    b.node('Article', {
      id: art.id,
      props: props({
        title: art.title,
        source: art.source,
        url: art.url,
        published: art.published,
        publishedInferred: art.publishedInferred ?? null,
        file: art.file,
        wordCount: art.wordCount,
        text: art.text,
      }),
    });
    for (const a of ex.actors) mentionEdges(b, art.id, 'Actor', a.id, a.mentions);
    for (const p of ex.places) mentionEdges(b, art.id, 'Place', p.id, p.mentions);
    for (const id of art.cites ?? []) b.rel('CITES', 'Article', art.id, b.nodeById(id), id);
    for (const s of ex.statements.filter((st) => st.article === art.id)) {
      b.node('Statement', statementRow(s));
      b.rel('REPORTS', 'Article', art.id, 'Statement', s.id, props({ start: s.start, end: s.end, sentence: s.sentence }));
      if (s.speaker) {
        b.nodeById(s.speaker);
        b.rel('STATED', 'Actor', s.speaker, 'Statement', s.id);
      }
      for (const id of s.about) b.rel('ABOUT', 'Statement', s.id, b.nodeById(id), id);
      for (const id of s.via ?? []) b.nodeById(id);
    }
    for (const e of ex.events) {
      const ev = e.evidence.filter((x) => x.article === art.id).sort((x, y) => x.start - y.start);
      const first = ev[0];
      if (!first) continue;
      b.node('Event', eventRow(e));
      b.rel('REPORTS', 'Article', art.id, 'Event', e.id, props({ start: first.start, end: first.end, sentence: first.sentence }));
      addEventEdges(b, e);
      written.add(e.id);
    }
    return { article: art.id, file: art.file, batch: b.build() };
  });
  for (const a of articles) for (const n of a.batch.nodes) for (const r of n.rows) written.add(r.id);

  // Links: cross-article edges, plus entities and events no article batch wrote.
  const links = new BatchBuilder(idx);
  // Endpoints of PART_OF / MEMBER_OF are re-merged here (same rows, so no change when already
  // written) because the links transaction must not depend on which article batches landed.
  for (const p of ex.places) {
    if (!written.has(p.id)) links.nodeById(p.id);
    if (!p.partOf) continue;
    links.nodeById(p.id);
    const to = links.nodeById(p.partOf);
    links.rel('PART_OF', 'Place', p.id, to === 'Actor' ? 'Place' : to, p.partOf);
  }
  for (const a of ex.actors) {
    if (!written.has(a.id)) links.nodeById(a.id);
    for (const m of a.memberOf ?? []) {
      links.nodeById(a.id);
      links.rel('MEMBER_OF', 'Actor', a.id, links.nodeById(m.id), m.id, props({ role: m.role }));
    }
  }
  for (const e of ex.events) {
    if (written.has(e.id)) continue;
    links.nodeById(e.id);
    addEventEdges(links, e);
  }
  const contradictions = [...ex.contradictions, ...(ex.withinArticleContradictions ?? [])];
  for (const [type, list] of [['CONTRADICTS', contradictions], ['SUPPORTS', ex.supports ?? []]] as const) {
    for (const l of list) links.rel(type, 'Statement', l.a, 'Statement', l.b, { reason: l.reason });
  }
  return { articles, links: links.build(), statementArticle: new Map(ex.statements.map((s) => [s.id, s.article])) };
}
