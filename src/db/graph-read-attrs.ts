// Node and edge attributes of the served/exported graph (api.ts GraphNodeAttributes) from stored
// labels and properties. Pure: shared by /api/graph, /api/cypher's graph and the exports.
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../model/api.ts';
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../model/types.ts';

/** Labels of the model, in model order (Actor before Place for a country that is both). */
export function modelLabels(labels: readonly string[]): NodeLabel[] {
  return NODE_LABELS.filter((l) => labels.includes(l));
}

/** The primary label, or null for a node outside the model. */
export function primaryLabel(labels: readonly string[]): NodeLabel | null {
  return modelLabels(labels)[0] ?? null;
}

export function isRelType(t: string): t is RelType {
  return (REL_TYPES as readonly string[]).includes(t);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Statement texts are long; the display name keeps the start. */
function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Display name: actor/place name, event label, statement text (shortened), article title. */
export function displayName(label: NodeLabel, props: Record<string, unknown>, id: string): string {
  switch (label) {
    case 'Actor':
    case 'Place':
      return str(props.name) ?? id;
    case 'Event':
      return str(props.label) ?? str(props.type) ?? id;
    case 'Statement':
      return shorten(str(props.text) ?? id);
    case 'Article':
      return str(props.title) ?? str(props.file) ?? id;
  }
}

/** What the reads add beside the stored properties. */
export interface DerivedAttributes {
  degree?: number;
  sources?: string[];
  articles?: string[];
  mentions?: number;
  contested?: boolean;
}

/** GraphNodeAttributes for a node with model labels `labels` and stored `props`. */
export function nodeAttributes(id: string, labels: readonly string[], props: Record<string, unknown>, derived: DerivedAttributes = {}): GraphNodeAttributes {
  const ls = modelLabels(labels);
  const label = ls[0] ?? 'Actor';
  const attrs: GraphNodeAttributes = { label, labels: ls, name: displayName(label, props, id) };
  const set = (k: string, v: unknown) => {
    if (v !== null && v !== undefined) attrs[k] = v;
  };
  set('kind', str(props.kind));
  if (label === 'Event') set('type', str(props.type));
  set('date', str(props.date) ?? (label === 'Article' ? str(props.published) : null));
  if (Array.isArray(props.aliases)) attrs.aliases = props.aliases.filter((a): a is string => typeof a === 'string');
  set('title', str(props.title));
  if (label === 'Statement') {
    set('text', str(props.text));
    set('polarity', str(props.polarity));
    set('quote', typeof props.quote === 'boolean' ? props.quote : null);
    set('verb', str(props.verb));
  }
  set('lat', num(props.lat));
  set('lon', num(props.lon));
  if (label === 'Article') set('source', str(props.source));
  for (const [k, v] of Object.entries(derived)) set(k, v);
  return attrs;
}

/** GraphEdgeAttributes for a relationship of type `type` with stored `props`. */
export function edgeAttributes(type: RelType, props: Record<string, unknown>): GraphEdgeAttributes {
  const attrs: GraphEdgeAttributes = { type };
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) attrs[k] = v;
  return attrs;
}

/** Deterministic edge keys: `TYPE:source->target`, with `#n` for parallel edges. */
export function edgeKeyer(): (type: string, source: string, target: string) => string {
  const seen = new Map<string, number>();
  return (type, source, target) => {
    const base = `${type}:${source}->${target}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  };
}
