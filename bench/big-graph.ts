// A large model-shaped graph for the query bench (~100k nodes), written straight to Neo4j with the
// project's batched writer (writeBatch), in chunks of rows per transaction. Seeded.
import { writeBatch, type Db, type NodeRow, type RelRow, type WriteBatch } from '../src/db/index.ts';
import { EVENT_TYPE_NAMES, EVENT_TYPES, type NodeLabel, type RelType } from '../src/model/types.ts';
import { createRng, type Rng } from './prng.ts';
import { inventWord } from './vocabulary.ts';

export interface BigGraph {
  nodes: number;
  relationships: number;
  /** Names to query by: actors and places that exist in the graph. */
  actorNames: string[];
  placeNames: string[];
}

type Rel = { type: RelType; from: NodeLabel; to: NodeLabel; rows: RelRow[] };

const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);

function day(rng: Rng): string {
  return `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** Node rows per label for `total` nodes, in the proportions an ingest of news gives. */
function nodeRows(rng: Rng, total: number): Record<NodeLabel, NodeRow[]> {
  const n = (share: number) => Math.max(10, Math.round(total * share));
  const named = (prefix: string, count: number, props: () => NodeRow['props']): NodeRow[] =>
    Array.from({ length: count }, (_, i) => {
      const name = `${inventWord(rng)} ${inventWord(rng)} ${i}`;
      return { id: `${prefix}-${i}`, name, aliases: rng.chance(0.2) ? [`${name} alias`] : [], props: props() };
    });
  return {
    Article: Array.from({ length: n(0.05) }, (_, i) => ({
      id: `art-${i}`,
      props: { title: `Article ${i}`, source: rng.pick(OUTLETS), published: day(rng), file: `a${i}.txt`, text: 'Generated.', wordCount: 700 },
    })),
    Actor: named('act', n(0.15), () => ({ kind: rng.pick(['person', 'organization', 'country', 'armed_force', 'media']) })),
    Place: named('plc', n(0.05), () => ({ kind: rng.pick(['city', 'town', 'village', 'region']), lat: 40 + rng.next() * 20, lon: 20 + rng.next() * 30 })),
    Statement: Array.from({ length: n(0.5) }, (_, i) => ({
      id: `stm-${i}`,
      props: { text: `Claim number ${i} about ${inventWord(rng)}`, quote: rng.chance(0.4), verb: 'said', polarity: rng.chance(0.15) ? 'denies' : 'affirms', date: day(rng) },
    })),
    Event: Array.from({ length: n(0.25) }, (_, i) => {
      const type = rng.pick(EVENT_TYPE_NAMES);
      return { id: `evt-${i}`, props: { type, label: `${type} ${i}`, date: day(rng), cameo: EVENT_TYPES[type] } };
    }),
  };
}

/** Relationships: every statement has a speaker, an article and 1–2 topics; events have actors and a place. */
function relRows(rng: Rng, nodes: Record<NodeLabel, NodeRow[]>): Rel[] {
  const id = (label: NodeLabel) => rng.pick(nodes[label]).id;
  const rels: Rel[] = [];
  const add = (type: RelType, from: NodeLabel, to: NodeLabel, rows: RelRow[]) => rels.push({ type, from, to, rows });
  const statements = nodes.Statement.map((s) => s.id);
  const events = nodes.Event.map((e) => e.id);
  add('STATED', 'Actor', 'Statement', statements.map((s) => ({ from: id('Actor'), to: s, props: {} })));
  add('REPORTS', 'Article', 'Statement', statements.map((s) => ({ from: id('Article'), to: s, props: { start: 0, end: 10, sentence: 'A sentence.' } })));
  add('REPORTS', 'Article', 'Event', events.map((e) => ({ from: id('Article'), to: e, props: { start: 0, end: 10, sentence: 'A sentence.' } })));
  add('ABOUT', 'Statement', 'Actor', statements.map((s) => ({ from: s, to: id('Actor'), props: {} })));
  add('ABOUT', 'Statement', 'Place', statements.filter(() => rng.chance(0.3)).map((s) => ({ from: s, to: id('Place'), props: {} })));
  add('ABOUT', 'Statement', 'Event', statements.filter(() => rng.chance(0.3)).map((s) => ({ from: s, to: id('Event'), props: {} })));
  add('PARTICIPATED_IN', 'Actor', 'Event', events.flatMap((e) => [{ from: id('Actor'), to: e, props: { role: 'agent' } }, { from: id('Actor'), to: e, props: { role: 'target' } }]));
  add('LOCATED_IN', 'Event', 'Place', events.filter(() => rng.chance(0.7)).map((e) => ({ from: e, to: id('Place'), props: {} })));
  const places = nodes.Place;
  add('PART_OF', 'Place', 'Place', places.slice(Math.ceil(places.length / 10)).map((p, i) => ({ from: p.id, to: places[i % Math.ceil(places.length / 10)]!.id, props: {} })));
  add('MENTIONS', 'Article', 'Actor', nodes.Actor.map((a) => ({ from: id('Article'), to: a.id, props: {} })));
  add('CITES', 'Article', 'Actor', nodes.Article.filter(() => rng.chance(0.3)).map((a) => ({ from: a.id, to: id('Actor'), props: {} })));
  add('CONTRADICTS', 'Statement', 'Statement', statements.filter(() => rng.chance(0.01)).map((s) => ({ from: s, to: id('Statement'), props: { reason: 'negation' } })));
  add('SUPPORTS', 'Statement', 'Statement', statements.filter(() => rng.chance(0.02)).map((s) => ({ from: s, to: id('Statement'), props: { reason: 'same claim' } })));
  return rels;
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Generates a graph of about `total` nodes and writes it in transactions of `chunk` rows. */
export async function writeBigGraph(db: Db, total: number, seed = 1, chunk = 5000, onChunk?: (done: number, all: number) => void): Promise<BigGraph> {
  const rng = createRng(seed);
  const nodes = nodeRows(rng, total);
  const rels = relRows(rng, nodes);
  const batches: WriteBatch[] = [];
  for (const [label, rows] of Object.entries(nodes) as [NodeLabel, NodeRow[]][]) {
    for (const part of chunks(rows, chunk)) batches.push({ nodes: [{ label, rows: part }], rels: [] });
  }
  for (const r of rels) for (const part of chunks(r.rows, chunk)) batches.push({ nodes: [], rels: [{ ...r, rows: part }] });
  for (const [i, b] of batches.entries()) {
    await writeBatch(db, b, `big graph chunk ${i}`);
    onChunk?.(i + 1, batches.length);
  }
  return {
    nodes: Object.values(nodes).reduce((n, rows) => n + rows.length, 0),
    relationships: rels.reduce((n, r) => n + r.rows.length, 0),
    actorNames: nodes.Actor.slice(0, 200).map((a) => a.name!),
    placeNames: nodes.Place.slice(0, 100).map((p) => p.name!),
  };
}
