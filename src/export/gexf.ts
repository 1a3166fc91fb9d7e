// GEXF 1.3 for Gephi and Gephi Lite, written by graphology-gexf (the reader Gephi Lite itself uses).
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { flattenEdge, flattenNode, LABEL_COLOURS } from './flatten.ts';
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './types.ts';

/** Serialise an export graph as GEXF 1.3 with typed attributes, label colours and sizes by degree. */
export function writeGexf(graph: ExportGraph): string {
  // edges without keys get generated ones; the model's SerializedGraphJson restates graphology's type
  const serialized = { ...graph, options: { type: 'directed', multi: true, allowSelfLoops: true } } as SerializedGraph<ExportNodeAttributes, ExportEdgeAttributes>;
  const g = Graph.from<ExportNodeAttributes, ExportEdgeAttributes>(serialized);
  return write(g, {
    version: '1.3',
    formatNode: (_key, attrs) => {
      const flat = flattenNode(attrs);
      const degree = typeof attrs.degree === 'number' ? attrs.degree : 0;
      return {
        label: typeof attrs.name === 'string' ? attrs.name : '',
        attributes: flat,
        viz: {
          color: LABEL_COLOURS[String(attrs.label)] ?? '#666666',
          size: 4 + Math.sqrt(degree) * 2,
          ...(typeof attrs.x === 'number' && typeof attrs.y === 'number' ? { x: attrs.x, y: attrs.y } : {}),
        },
      };
    },
    formatEdge: (_key, attrs) => ({ label: String(attrs.type ?? ''), attributes: flattenEdge(attrs) }),
  });
}
