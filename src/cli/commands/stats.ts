// `newsgraph stats [--json]`: node counts per label and relationship counts per type.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { countGraph, ensureLocalNeo4j } from '../../db/index.ts';

export function register(program: Command): void {
  program
    .command('stats')
    .description('count nodes per label and relationships per type (starts the local Neo4j if needed)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const config = loadConfig(process.env, { debug: Boolean(cmd.optsWithGlobals().debug) });
      const db = await ensureLocalNeo4j(config);
      try {
        const counts = await countGraph(db);
        if (opts.json) {
          console.log(JSON.stringify(counts, null, 2));
          return;
        }
        const width = Math.max(...[...Object.keys(counts.labels), ...Object.keys(counts.relTypes)].map((k) => k.length));
        const line = (k: string, v: number) => `  ${k.padEnd(width)}  ${String(v).padStart(8)}`;
        console.log(
          [
            `nodes ${counts.nodes}`,
            ...Object.entries(counts.labels).map(([k, v]) => line(k, v)),
            `relationships ${counts.relationships}`,
            ...Object.entries(counts.relTypes).map(([k, v]) => line(k, v)),
          ].join('\n'),
        );
      } finally {
        await db.close();
      }
    });
}
