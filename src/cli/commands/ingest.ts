// `newsgraph ingest <files or folders…>`: read, extract and write articles into Neo4j, one
// transaction per article; a progress bar on a terminal and a summary (or --json) at the end.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { ensureLocalNeo4j } from '../../db/index.ts';
import { createRulesExtractor } from '../../ingest/extract/index.ts';
import { runIngest, type IngestReport } from '../../ingest/index.ts';
import { UsageError } from '../../model/errors.ts';
import { createProgress, formatFailure } from '../progress.ts';

interface IngestFlags {
  json?: boolean;
  batchSize: string;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read, extract and write articles into Neo4j (idempotent; one transaction per article)')
    .argument('<paths...>', 'article files or folders (.txt, .md, .html, .jsonl)')
    .option('--json', 'print a machine-readable report')
    .option('--batch-size <n>', 'articles resolved and written together', '250')
    .action(async (paths: string[], flags: IngestFlags) => {
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`ingest: --batch-size must be a whole number ≥ 1, got "${flags.batchSize}"`);
      const config = loadConfig(process.env, { debug: Boolean(program.opts().debug) });
      const db = await ensureLocalNeo4j(config);
      const progress = createProgress('ingest', Boolean(process.stderr.isTTY) && !flags.json);
      try {
        const report = await runIngest(paths, {
          db,
          extractor: createRulesExtractor(),
          maxFileBytes: config.input.maxFileBytes,
          batchSize,
          onProgress: progress.listener,
        });
        progress.stop();
        printReport(report, Boolean(flags.json));
        if (report.failures.length) process.exitCode = 1;
      } finally {
        progress.stop();
        await db.close();
      }
    });
}

function printReport(report: IngestReport, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  for (const f of report.failures) console.error(`newsgraph: ${formatFailure(f)}`);
  const dup = report.duplicates.length ? ` (${report.duplicates.length} duplicate${report.duplicates.length > 1 ? 's' : ''} skipped)` : '';
  console.log(
    `ingested ${report.articles} of ${report.read} article${report.read === 1 ? '' : 's'}${dup}: ` +
      `${report.written.nodesCreated} nodes and ${report.written.relationshipsCreated} relationships created, ` +
      `${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`,
  );
}
