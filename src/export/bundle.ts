// One byte stream per export, for HTTP downloads and stdout: text as UTF-8, several files (CSV) as a
// zip (fflate: small, maintained, no native code).
import { strToU8, zipSync } from 'fflate';
import type { ExportOutput } from './types.ts';

export interface ExportBundle {
  bytes: Uint8Array;
  mime: string;
  filename: string;
}

/** The export as one download: `newsgraph-export.<ext>`, or a zip of the CSV files. */
export function bundleExport(output: ExportOutput, base = 'newsgraph-export'): ExportBundle {
  if (output.kind === 'text') return { bytes: strToU8(output.text), mime: output.mime, filename: `${base}.${output.extension}` };
  const entries = Object.fromEntries(output.files.map((f) => [`${base}/${f.name}`, strToU8(f.text)]));
  // Fixed timestamps keep the zip byte-identical for the same graph.
  return { bytes: zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }), mime: 'application/zip', filename: `${base}-csv.zip` };
}
