// Sigma node/edge reducers: turn data attributes plus view state (visible set, hover, selection)
// into display attributes. The data graph keeps its contract attributes untouched.
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../model/api.ts';
import type { DataGraph } from './filters.ts';
import type { NodeShape, SizeBy } from './style.ts';
import { DIMMED_COLOR, NODE_PROGRAM, displayLabel, edgeColor, isProvenanceEdge, nodeBorderColor, nodeColor, nodeShape, nodeSize, sizeValue } from './style.ts';

/** What the reducers read; rebuilt by main.ts when filters, hover or selection change. */
export interface ViewContext {
  visible: ReadonlySet<string>;
  hovered: string | null;
  /** Hovered node and its neighbours. */
  hoverSet: ReadonlySet<string> | null;
  selected: string | null;
  /** Nodes emphasised by a view (e.g. a contradiction pair). */
  emphasis: ReadonlySet<string>;
  sizeBy: SizeBy;
  maxSize: number;
  /** Node size factor: below 1 on narrow screens so a dense graph stays readable. */
  scale: number;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  borderColor: string;
  label: string;
  /** Sigma program: the one that draws every shape (node-program.ts). */
  type: typeof NODE_PROGRAM;
  shape: NodeShape;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  type: string;
  hidden: boolean;
  zIndex: number;
  label: string;
}

/** Largest sizing value among the visible nodes, for scaling. */
export function maxSizeValue(graph: DataGraph, visible: ReadonlySet<string>, sizeBy: SizeBy): number {
  let max = 0;
  for (const key of visible) if (graph.hasNode(key)) max = Math.max(max, sizeValue(graph.getNodeAttributes(key), graph.degree(key), sizeBy));
  return max;
}

/**
 * Stacking of shapes within one z level: one sigma program draws all shapes in zIndex order, and this
 * keeps the order of the former one-program-per-shape drawing (discs, then squares, then rings on top).
 */
const SHAPE_LAYER: Record<NodeShape, number> = { circle: 0, square: 1, border: 2 };

/** Display attributes of one node. */
export function reduceNode(graph: DataGraph, ctx: ViewContext, key: string, data: GraphNodeAttributes): NodeDisplay {
  const focused = key === ctx.selected || ctx.emphasis.has(key);
  const dimmed = ctx.hoverSet !== null && !ctx.hoverSet.has(key);
  const shape = nodeShape(data);
  return {
    x: data.x ?? 0,
    y: data.y ?? 0,
    size: nodeSize(sizeValue(data, graph.degree(key), ctx.sizeBy), ctx.maxSize, 3 * Math.max(ctx.scale, 0.7), 16 * ctx.scale),
    color: dimmed ? DIMMED_COLOR : nodeColor(data),
    borderColor: dimmed ? DIMMED_COLOR : nodeBorderColor(data),
    label: dimmed ? '' : focused ? data.name : displayLabel(data.name),
    type: NODE_PROGRAM,
    shape,
    hidden: !ctx.visible.has(key),
    highlighted: focused || key === ctx.hovered,
    forceLabel: focused || (ctx.hoverSet?.has(key) ?? false),
    zIndex: (focused ? 2 : dimmed ? 0 : 1) * 3 + SHAPE_LAYER[shape],
  };
}

/** Display attributes of one edge; hidden unless both ends are visible. */
export function reduceEdge(ctx: ViewContext, source: string, target: string, data: GraphEdgeAttributes): EdgeDisplay {
  const hidden = !ctx.visible.has(source) || !ctx.visible.has(target);
  const touchesHover = ctx.hovered !== null && (source === ctx.hovered || target === ctx.hovered);
  const dimmed = ctx.hovered !== null && !touchesHover;
  const emphasised = ctx.emphasis.has(source) && ctx.emphasis.has(target);
  return {
    size: touchesHover || emphasised ? 2.5 : data.type === 'CONTRADICTS' ? 2 : isProvenanceEdge(data.type) ? 0.6 : 1,
    color: dimmed ? '#f0f0f0' : edgeColor(data.type),
    type: 'arrow',
    hidden,
    zIndex: touchesHover || emphasised ? 2 : 0,
    label: data.type === 'PARTICIPATED_IN' && data.role ? data.role : data.type,
  };
}

/** Node size factor for a container width (1 from 900 px up, never below 0.55). */
export function sizeScale(width: number): number {
  return Math.min(1, Math.max(0.55, width / 900));
}

/** Sigma label settings for a density in 0..1 (more density = more, smaller labels). */
export function labelSettings(density: number): { labelDensity: number; labelRenderedSizeThreshold: number } {
  const d = Math.min(1, Math.max(0, density));
  return { labelDensity: 0.05 + 1.95 * d, labelRenderedSizeThreshold: 14 - 12 * d };
}
