// Visual encoding of the graph: colour and shape by label and kind, size by degree or mentions.
// Pure functions, so the legend, the reducers and the exports all agree on one mapping.
import type { GraphNodeAttributes } from '../model/api.ts';
import type { NodeLabel, RelType } from '../model/types.ts';

export type SizeBy = 'degree' | 'mentions';
/** Node shapes (a 'border' node is a disc with a ring); all drawn by one sigma program (node-program.ts). */
export type NodeShape = 'circle' | 'square' | 'border';
/** Key of that program in sigma's nodeProgramClasses: the `type` the node reducer returns. */
export const NODE_PROGRAM = 'shape';

/** Base colour per label (Tableau-10 derived, readable on white). */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Actor: '#4e79a7',
  Place: '#59a14f',
  Statement: '#f28e2b',
  Event: '#e15759',
  Article: '#9c755f',
};

/** Kind shades: actors in blues/purples, places in greens, so label stays readable from colour. */
export const KIND_COLORS: Record<string, string> = {
  'Actor:person': '#4e79a7',
  'Actor:organization': '#76b7b2',
  'Actor:media': '#b07aa1',
  'Actor:country': '#2f4b7c',
  'Actor:armed_force': '#665191',
  'Actor:group': '#a0cbe8',
  'Place:country': '#2e7d32',
  'Place:region': '#59a14f',
  'Place:city': '#8cd17d',
  'Place:town': '#7cb342',
  'Place:village': '#aed581',
  'Place:facility': '#558b2f',
  'Place:other': '#9ccc65',
};

export const LABEL_SHAPES: Record<NodeLabel, NodeShape> = {
  Actor: 'circle',
  Place: 'square',
  Statement: 'circle',
  Event: 'border',
  Article: 'square',
};

export const CONTESTED_COLOR = '#c62828';
export const DIMMED_COLOR = '#e3e3e3';
export const EVENT_RING_COLOR = '#6b1516';

export const EDGE_COLORS: Partial<Record<RelType, string>> = {
  CONTRADICTS: CONTESTED_COLOR,
  SUPPORTS: '#2e7d32',
  STATED: '#f5b77a',
  PARTICIPATED_IN: '#f0a0a1',
};
export const DEFAULT_EDGE_COLOR = '#c4c4c4';
/** Article → fact edges are numerous: drawn faint so the semantic edges read first. */
export const PROVENANCE_EDGE_COLOR = '#e4e4e4';
const PROVENANCE_TYPES: readonly RelType[] = ['REPORTS', 'MENTIONS', 'CITES'];

export function isProvenanceEdge(type: RelType | undefined): boolean {
  return !!type && PROVENANCE_TYPES.includes(type);
}

/** Canvas label of a node: long statement texts are cut so labels stay legible. */
export function displayLabel(name: string, max = 42): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** Colour of a node: its kind's shade when it has one, else its label's colour. */
export function nodeColor(attrs: Pick<GraphNodeAttributes, 'label' | 'kind'>): string {
  if (attrs.kind) {
    const shade = KIND_COLORS[`${attrs.label}:${attrs.kind}`];
    if (shade) return shade;
  }
  return LABEL_COLORS[attrs.label] ?? '#999999';
}

/** Sigma program for a node; contested statements get a ring so they stand out without colour alone. */
export function nodeShape(attrs: Pick<GraphNodeAttributes, 'label' | 'contested'>): NodeShape {
  if (attrs.label === 'Statement' && attrs.contested) return 'border';
  return LABEL_SHAPES[attrs.label] ?? 'circle';
}

/** Ring colour for 'border' nodes: red for contested statements, a dark rim for events. */
export function nodeBorderColor(attrs: Pick<GraphNodeAttributes, 'label' | 'contested'>): string {
  if (attrs.contested) return CONTESTED_COLOR;
  return attrs.label === 'Event' ? EVENT_RING_COLOR : '#ffffff';
}

export function edgeColor(type: RelType | undefined): string {
  if (isProvenanceEdge(type)) return PROVENANCE_EDGE_COLOR;
  return (type && EDGE_COLORS[type]) || DEFAULT_EDGE_COLOR;
}

/** Radius in pixels: square-root scaling of degree or mentions between min and max. */
export function nodeSize(value: number, maxValue: number, min = 3, max = 16): number {
  if (!(maxValue > 0) || !(value > 0)) return min;
  return min + (max - min) * Math.sqrt(Math.min(value, maxValue) / maxValue);
}

/** The value a node is sized by. Mentions fall back to 1 so unmentioned nodes stay visible. */
export function sizeValue(attrs: GraphNodeAttributes, degree: number, sizeBy: SizeBy): number {
  if (sizeBy === 'mentions') return typeof attrs.mentions === 'number' ? attrs.mentions : 1;
  return typeof attrs.degree === 'number' ? Math.max(attrs.degree, degree) : degree;
}

/** Legend key for a node: "Label" or "Label:kind". */
export function legendKey(attrs: Pick<GraphNodeAttributes, 'label' | 'kind' | 'type'>): string {
  if ((attrs.label === 'Actor' || attrs.label === 'Place') && attrs.kind) return `${attrs.label}:${attrs.kind}`;
  return attrs.label;
}
