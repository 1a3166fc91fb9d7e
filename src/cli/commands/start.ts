// `newsgraph start` (what `npm start` runs): the local Neo4j (or NEO4J_URI), the bundled sample
// articles ingested, then the viewer served and its URL printed. Re-running is safe: ingest is idempotent.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { ensureLocalNeo4j } from '../../db/index.ts';
import { KgError } from '../../model/errors.ts';
import { createProgress, formatFailure } from '../progress.ts';
import { ingestLock, loadIngest } from './ingest.ts';

/** The sample corpus shipped with the project. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export function register(program: Command): void {
  program
    .command('start')
    .description('start Neo4j, ingest the bundled sample articles and serve the viewer (what `npm start` runs)')
    .option('--port <port>', 'port of the viewer (default 5757)')
    .option('--host <host>', 'address to bind (default 127.0.0.1)')
    .option('--skip-samples', 'do not ingest the sample articles')
    .action(async (opts: { port?: string; host?: string; skipSamples?: boolean }) => {
      const config = loadConfig(process.env, { debug: Boolean(program.opts().debug) });
      console.error(config.neo4j.uri ? `newsgraph: using Neo4j at ${config.neo4j.uri}` : 'newsgraph: starting the local Neo4j …');
      const db = await ensureLocalNeo4j(config);
      try {
        if (!opts.skipSamples) {
          const { createRulesExtractor, runIngest } = await loadIngest();
          const progress = createProgress('ingest samples');
          const report = await runIngest([SAMPLES_DIR], {
            db,
            extractor: createRulesExtractor(),
            maxFileBytes: config.input.maxFileBytes,
            onProgress: progress.listener,
            exclusive: ingestLock(config),
          });
          progress.stop();
          for (const f of report.failures) console.error(`newsgraph: ${formatFailure(f)}`);
          console.error(`newsgraph: sample articles ingested (${report.articles} of ${report.read}; ${report.written.nodesCreated} new nodes)`);
        }
      } finally {
        await db.close();
      }
      const serve = program.commands.find((c) => c.name() === 'serve');
      if (!serve) throw new KgError('start: the serve command is missing');
      const args = [...(opts.port ? ['--port', opts.port] : []), ...(opts.host ? ['--host', opts.host] : [])];
      await serve.parseAsync(args, { from: 'user' });
    });
}
