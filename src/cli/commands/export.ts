// `newsgraph export`: a subgraph (a read-only query, a neighbourhood or filters) as GEXF, GraphML,
// graphology JSON, neo4j-admin CSV or a Cypher script; to stdout or --out (a folder or .zip for CSV).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import type { ExportSelection } from '../../db/export-select.ts';
import { ensureLocalNeo4j } from '../../db/index.ts';
import { parseParamPairs } from '../../db/queries-params.ts';
import { bundleExport, EXPORT_FORMATS, writeExport, type ExportFormat } from '../../export/index.ts';
import { EVENT_TYPE_NAMES, NODE_LABELS, type EventType, type NodeLabel } from '../../model/types.ts';
import { UsageError } from '../../model/errors.ts';

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

interface ExportOpts {
  format: string;
  out?: string;
  query?: string;
  param: string[];
  around?: string;
  depth?: string;
  label: string[];
  type: string[];
  kind: string[];
  from?: string;
  to?: string;
  source: string[];
  contested?: boolean;
  limit?: string;
}

function checkDate(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new UsageError(`export: --${name} must be an ISO date (YYYY-MM-DD), got "${v}"`);
  return v;
}

function selectionOf(opts: ExportOpts): ExportSelection {
  for (const l of opts.label) if (!(NODE_LABELS as readonly string[]).includes(l)) throw new UsageError(`export: --label must be one of ${NODE_LABELS.join(', ')}, got "${l}"`);
  for (const t of opts.type) if (!(EVENT_TYPE_NAMES as string[]).includes(t)) throw new UsageError(`export: --type must be one of ${EVENT_TYPE_NAMES.join(', ')}, got "${t}"`);
  const depth = opts.depth === undefined ? undefined : Number(opts.depth);
  if (depth !== undefined && depth !== 1 && depth !== 2) throw new UsageError(`export: --depth must be 1 or 2, got "${opts.depth}"`);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`export: --limit must be a positive whole number, got "${opts.limit}"`);
  if (opts.query !== undefined && opts.around !== undefined) throw new UsageError('export: give --query or --around, not both');
  const sel: ExportSelection = {
    query: opts.query,
    params: opts.query !== undefined ? parseParamPairs(opts.param) : undefined,
    around: opts.around,
    depth,
    label: opts.label.length ? (opts.label as NodeLabel[]) : undefined,
    type: opts.type.length ? (opts.type as EventType[]) : undefined,
    kind: opts.kind.length ? opts.kind : undefined,
    from: checkDate('from', opts.from),
    to: checkDate('to', opts.to),
    source: opts.source.length ? opts.source : undefined,
    contested: opts.contested,
    limit,
  };
  return Object.fromEntries(Object.entries(sel).filter(([, v]) => v !== undefined)) as ExportSelection;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export a subgraph (with provenance) as GEXF, GraphML, graphology JSON, neo4j-admin CSV or a Cypher script')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <path>', 'file to write (CSV: a folder, or a .zip); stdout without it')
    .option('--query <cypher>', 'read-only Cypher returning nodes, relationships or paths')
    .option('--param <name=value>', 'a parameter of --query, repeatable', (v: string, p: string[]) => [...p, v], [])
    .option('--around <name or id>', 'the neighbourhood of a node (id, name or alias)')
    .option('--depth <n>', 'neighbourhood depth, 1 or 2 (default 1)')
    .option('--label <label>', `only these labels (${NODE_LABELS.join(', ')}), repeatable`, collect, [])
    .option('--type <type>', 'only these event types, repeatable', collect, [])
    .option('--kind <kind>', 'only these actor/place kinds, repeatable', collect, [])
    .option('--from <date>', 'dated nodes from this day')
    .option('--to <date>', 'dated nodes up to this day')
    .option('--source <publisher>', 'only what these publishers reported, repeatable', collect, [])
    .option('--contested', 'only contradicting statements and their speakers')
    .option('--limit <n>', 'nodes at most (best connected first)')
    .action(async (opts: ExportOpts, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`);
      const format = opts.format as ExportFormat;
      const sel = selectionOf(opts);
      if (format === 'csv' && opts.out === undefined && process.stdout.isTTY) {
        throw new UsageError('export: CSV is several files; give --out DIR (or --out file.zip), or redirect stdout to get a zip');
      }
      const config = loadConfig(process.env, { debug: Boolean(cmd.optsWithGlobals().debug) });
      const db = await ensureLocalNeo4j(config);
      try {
        // Imported here: it loads Neo4j's Cypher parser, seconds that `--help` should not wait.
        const { selectExportGraph } = await import('../../db/export-select.ts');
        const graph = await selectExportGraph(db, sel, config.query);
        const output = writeExport(graph, format);
        const where = opts.out ?? 'stdout';
        if (output.kind === 'files' && opts.out !== undefined && !opts.out.endsWith('.zip')) {
          mkdirSync(opts.out, { recursive: true });
          for (const f of output.files) writeFileSync(join(opts.out, f.name), f.text);
        } else {
          const bundle = bundleExport(output);
          if (opts.out !== undefined) writeFileSync(opts.out, bundle.bytes);
          else process.stdout.write(bundle.bytes);
        }
        console.error(`Exported ${graph.nodes.length} nodes and ${graph.edges.length} relationships as ${format} to ${where}`);
      } finally {
        await db.close();
      }
    });
}
