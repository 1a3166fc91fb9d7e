// Synthetic graphs for the viewer bench: n nodes of the model's labels, 2–3 edges per node, laid out
// (x, y given, so neither page runs a layout), as graphology serialized JSON with GraphNodeAttributes.
import type { GraphEdgeAttributes, GraphNodeAttributes, SerializedGraphJson } from '../src/model/api.ts';
import { EVENT_TYPE_NAMES, type NodeLabel, type RelType } from '../src/model/types.ts';
import { createRng } from './prng.ts';
import { inventWord } from './vocabulary.ts';

/** Share of each label among generated nodes (roughly what an ingest of news gives). */
const LABEL_MIX: [NodeLabel, number][] = [['Statement', 0.35], ['Actor', 0.25], ['Event', 0.2], ['Place', 0.12], ['Article', 0.08]];

/** Relationship type for an edge from a node of label `from` to one of label `to`. */
function relFor(from: NodeLabel, to: NodeLabel): RelType {
  if (from === 'Article') return to === 'Statement' || to === 'Event' ? 'REPORTS' : 'MENTIONS';
  if (from === 'Actor') return to === 'Statement' ? 'STATED' : to === 'Event' ? 'PARTICIPATED_IN' : to === 'Place' ? 'LOCATED_IN' : 'MEMBER_OF';
  if (from === 'Statement') return to === 'Statement' ? 'SUPPORTS' : 'ABOUT';
  if (from === 'Event') return 'LOCATED_IN';
  return 'PART_OF';
}

function nodeAttributes(label: NodeLabel, i: number, name: string, x: number, y: number, date: string): GraphNodeAttributes {
  const base: GraphNodeAttributes = { label, labels: [label], name, x, y, mentions: 1 + (i % 7) };
  if (label === 'Actor') return { ...base, kind: i % 3 === 0 ? 'country' : 'person', aliases: [] };
  if (label === 'Place') return { ...base, kind: 'town', lat: 50 + (i % 10) / 10, lon: 30 + (i % 13) / 10 };
  if (label === 'Event') return { ...base, type: EVENT_TYPE_NAMES[i % EVENT_TYPE_NAMES.length]!, date };
  if (label === 'Statement') return { ...base, text: name, polarity: i % 5 === 0 ? 'denies' : 'affirms', quote: i % 2 === 0, verb: 'said', date };
  return { ...base, date, sources: [`Source ${i % 20}`] };
}

/**
 * A connected graph of `n` nodes: each new node links to 2–3 earlier ones, preferring well-linked
 * nodes (preferential attachment, so degrees are skewed as in real graphs). Positions cluster
 * around hubs so the picture looks like a laid-out graph. Deterministic in `seed`.
 */
export function generateGraph(n: number, seed = 1): SerializedGraphJson {
  const rng = createRng(seed);
  const nodes: SerializedGraphJson['nodes'] = [];
  const edges: SerializedGraphJson['edges'] = [];
  const labels: NodeLabel[] = [];
  const ends: number[] = []; // every edge end once: picking from it is picking by degree
  const pos: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next();
    const label = LABEL_MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? 'Actor';
    const day = String(1 + (i % 28)).padStart(2, '0');
    const targets = new Set<number>();
    const want = i === 0 ? 0 : Math.min(i, rng.int(2, 3));
    while (targets.size < want) targets.add(ends.length > 0 && rng.chance(0.7) ? rng.pick(ends) : rng.int(0, i - 1));
    const anchor = targets.size > 0 ? pos[[...targets][0]!]! : { x: 0, y: 0 };
    const spread = 2000 / Math.sqrt(i + 1);
    const p = { x: anchor.x + (rng.next() - 0.5) * spread, y: anchor.y + (rng.next() - 0.5) * spread };
    pos.push(p);
    labels.push(label);
    nodes.push({ key: `n${i}`, attributes: nodeAttributes(label, i, `${inventWord(rng)} ${i}`, p.x, p.y, `2025-03-${day}`) });
    for (const t of targets) {
      const attributes: GraphEdgeAttributes = { type: relFor(label, labels[t]!) };
      edges.push({ key: `e${edges.length}`, source: `n${i}`, target: `n${t}`, attributes });
      ends.push(i, t);
    }
  }
  return { attributes: { generated: true, seed }, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges };
}
