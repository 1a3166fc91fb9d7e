// Public surface of the export writers: writeExport(graph, format) → text or files. Pure, no I/O.
import { writeCsv } from './csv.ts';
import { writeCypher } from './cypher.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import type { ExportFormat, ExportGraph, ExportOutput } from './types.ts';

export * from './types.ts';
export { writeCsv, writeCypher, writeGexf, writeGraphml };
export { cypherLiteral, cypherString } from './cypher.ts';
export { bundleExport, type ExportBundle } from './bundle.ts';

/** Write `graph` in `format`. JSON is graphology's serialized graph (the viewer's static mode reads it). */
export function writeExport(graph: ExportGraph, format: ExportFormat): ExportOutput {
  switch (format) {
    case 'gexf':
      return { kind: 'text', format, mime: 'application/gexf+xml', extension: 'gexf', text: writeGexf(graph) };
    case 'graphml':
      return { kind: 'text', format, mime: 'application/graphml+xml', extension: 'graphml', text: writeGraphml(graph) };
    case 'json':
      return { kind: 'text', format, mime: 'application/json', extension: 'json', text: JSON.stringify(graph, null, 2) + '\n' };
    case 'cypher':
      return { kind: 'text', format, mime: 'text/plain; charset=utf-8', extension: 'cypher', text: writeCypher(graph) };
    case 'csv':
      return { kind: 'files', format, files: writeCsv(graph) };
  }
}
