// Flat attribute records for the XML formats (GEXF, GraphML), which have no nested values.
import type { ExportEdgeAttributes, ExportNodeAttributes } from './types.ts';

/** Attribute values the XML writers can type: scalars and lists of strings. */
export type FlatValue = string | number | boolean | string[];

/** Colours per label, so Gephi and yEd open with the same legend as the viewer (Okabe–Ito palette). */
export const LABEL_COLOURS: Record<string, string> = {
  Actor: '#0072B2',
  Place: '#009E73',
  Statement: '#E69F00',
  Event: '#D55E00',
  Article: '#999999',
};

function flatValue(value: unknown): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return JSON.stringify(value);
}

/**
 * Node attributes for XML: stored properties overlaid by the view attributes. The view's `label`
 * (the Neo4j label) becomes `nodeLabel`, because both GEXF and GraphML readers use `label` for the
 * display name; positions go to the format's own layout fields.
 */
export function flattenNode(attrs: ExportNodeAttributes | undefined): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  const { props, label, x: _x, y: _y, ...view } = attrs ?? ({} as ExportNodeAttributes);
  for (const [k, v] of Object.entries({ ...(props ?? {}), ...view })) {
    const f = flatValue(v);
    if (f !== undefined && k !== 'label') out[k] = f;
  }
  if (label) out.nodeLabel = label;
  return out;
}

/** Edge attributes for XML: every scalar attribute, nested values as JSON. */
export function flattenEdge(attrs: ExportEdgeAttributes | undefined): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    const f = flatValue(v);
    if (f !== undefined) out[k] = f;
  }
  return out;
}
