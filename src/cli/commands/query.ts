// `newsgraph query`: run read-only Cypher (typed, from a file, or a saved query by name) with typed
// --param values; refused writes exit 1 with the reason. Output as a table, JSON or CSV.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { loadConfig } from '../../config.ts';
import { ensureLocalNeo4j } from '../../db/index.ts';
import { parseParamPairs } from '../../db/queries-params.ts';
import type { ReadOnlyResult } from '../../db/readonly.ts';
import { UsageError } from '../../model/errors.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

interface QueryOpts {
  saved?: string;
  file?: string;
  param: string[];
  format: string;
  list?: boolean;
}

/** A cell for the table: strings as they are, other values as compact JSON, cut to `width`. */
function cellText(v: unknown, width: number): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v);
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function printTable(r: ReadOnlyResult): void {
  const width = 60;
  const cells = r.rows.map((row) => r.columns.map((c) => cellText(row[c], width)));
  const widths = r.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  console.log(line(r.columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('-+-'));
  for (const row of cells) console.log(line(row));
}

export function register(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query (writes, admin commands, LOAD CSV and unknown procedures are refused)')
    .argument('[cypher]', 'the query (or use --saved / --file)')
    .option('--saved <name>', 'run a saved query of graph/queries by name')
    .option('--file <path>', 'read the query from a file')
    .option('--param <name=value>', 'a parameter, repeatable; typed: 12, 2.5, true, null, ["a","b"], {"k":1}, else a string', collect, [])
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--list', 'list the saved queries with their parameters')
    .action(async (cypher: string | undefined, opts: QueryOpts, cmd: Command) => {
      // Imported here: they load Neo4j's Cypher parser, seconds that `--help` should not wait.
      const [{ getSavedQuery, listSavedQueries, resolveSavedParams }, { runReadOnly }] = await Promise.all([import('../../db/queries.ts'), import('../../db/readonly.ts')]);
      if (opts.list) {
        for (const q of listSavedQueries()) {
          console.log(`${q.name}\n  ${q.description}`);
          for (const p of q.params) console.log(`  --param ${p.name}=<${p.type}>${'default' in p ? ` (default ${JSON.stringify(p.default)})` : ''}  ${p.description}`);
        }
        return;
      }
      if (!['table', 'json', 'csv'].includes(opts.format)) throw new UsageError(`query: --format must be table, json or csv, got "${opts.format}"`);
      const sources = [cypher !== undefined, opts.saved !== undefined, opts.file !== undefined].filter(Boolean).length;
      if (sources !== 1) throw new UsageError('query: give exactly one of a query, --saved <name> or --file <path>');
      let params = parseParamPairs(opts.param);
      let text = cypher ?? '';
      if (opts.saved !== undefined) {
        const q = getSavedQuery(opts.saved);
        text = q.text;
        params = resolveSavedParams(q, params);
      } else if (opts.file !== undefined) {
        try {
          text = readFileSync(opts.file, 'utf8');
        } catch (err) {
          throw new UsageError(`query: cannot read ${opts.file}: ${(err as Error).message}`);
        }
      }
      const config = loadConfig(process.env, { debug: Boolean(cmd.optsWithGlobals().debug) });
      const db = await ensureLocalNeo4j(config);
      try {
        const result = await runReadOnly(db, text, params, config.query);
        if (opts.format === 'json') console.log(JSON.stringify({ columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 2));
        else if (opts.format === 'csv') {
          process.stdout.write(stringify([result.columns, ...result.rows.map((r) => result.columns.map((c) => cellText(r[c], Infinity)))], { escape_formulas: true }));
        } else printTable(result);
        console.error(`${result.rows.length} row(s)${result.truncated ? ` (stopped at the cap of ${config.query.maxRows}; NEWSGRAPH_QUERY_MAX_ROWS)` : ''}`);
      } finally {
        await db.close();
      }
    });
}
