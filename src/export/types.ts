// Types of the subgraph export: the formats, the graph they are written from, and what a writer returns.
import type { GraphEdgeAttributes, GraphNodeAttributes, SerializedGraphJson } from '../model/api.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A node of an exported subgraph: the viewer's attributes (same shape as /api/graph) plus `props`,
 * the node's stored Neo4j properties (without `id`, which is the node key). CSV and Cypher write
 * `props`, so a re-import recreates exactly what was stored; GEXF/GraphML/JSON carry both.
 */
export interface ExportNodeAttributes extends GraphNodeAttributes {
  props?: Record<string, unknown>;
}

/** Edge attributes: `type` plus the relationship's stored properties (role, reason, count, start, end, sentence). */
export type ExportEdgeAttributes = GraphEdgeAttributes;

export interface ExportGraph extends SerializedGraphJson {
  nodes: { key: string; attributes?: ExportNodeAttributes }[];
}

/** One file of a multi-file export (CSV). */
export interface ExportFile {
  name: string;
  text: string;
}

/** What a writer produced: one text document, or several files (CSV for neo4j-admin import). */
export type ExportOutput =
  | { kind: 'text'; format: ExportFormat; mime: string; extension: string; text: string }
  | { kind: 'files'; format: ExportFormat; files: ExportFile[] };
