// Export menu: the current view as PNG, GEXF, GraphML, graphology JSON or CSV (nodes + edges files).
import { downloadAsPNG } from '@sigma/export-image';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { SerializedGraphJson } from '../../model/api.ts';
import { flatValue, serializedToCsv, serializedToGraphml } from '../export.ts';
import { download } from './dom.ts';

export type ExportFormat = 'png' | 'gexf' | 'graphml' | 'json' | 'csv';

const GEXF_SHAPES: Record<string, string> = { circle: 'disc', border: 'disc', square: 'square' };

function flatAttributes(attrs: Record<string, unknown>, skip: string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.includes(k)) continue;
    const flat = flatValue(v);
    if (flat !== null) out[k] = flat;
  }
  return out;
}

/** GEXF 1.3 via graphology-gexf, with viz colour/size/position/shape and flattened attributes. */
export function serializedToGexf(data: SerializedGraphJson): string {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.import(data as never);
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: String(a.name ?? ''),
      viz: { color: String(a.color ?? '#999999'), size: Number(a.size ?? 3), x: Number(a.x ?? 0), y: Number(a.y ?? 0), shape: GEXF_SHAPES[String(a.shape)] ?? 'disc' },
      attributes: { ...flatAttributes(a, ['color', 'size', 'x', 'y', 'shape', 'name']), nodeLabel: String(a.label ?? '') },
    }),
    formatEdge: (_key, a) => ({ label: String(a.type ?? ''), attributes: flatAttributes(a, []) }),
  });
}

/** Download the current view in one format; `stem` is the file name without extension. */
export async function exportView(format: ExportFormat, sigma: Sigma, data: SerializedGraphJson, stem = 'newsgraph-view'): Promise<void> {
  switch (format) {
    case 'png':
      await downloadAsPNG(sigma, { fileName: stem, backgroundColor: '#ffffff' });
      return;
    case 'json':
      download(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }), `${stem}.json`);
      return;
    case 'gexf':
      download(new Blob([serializedToGexf(data)], { type: 'application/xml' }), `${stem}.gexf`);
      return;
    case 'graphml':
      download(new Blob([serializedToGraphml(data)], { type: 'application/xml' }), `${stem}.graphml`);
      return;
    case 'csv': {
      const csv = serializedToCsv(data);
      download(new Blob([csv.nodes], { type: 'text/csv' }), `${stem}-nodes.csv`);
      download(new Blob([csv.edges], { type: 'text/csv' }), `${stem}-edges.csv`);
      return;
    }
  }
}
