// `newsgraph ingest <files or folders…>`: read, extract and write articles into Neo4j, each article
// whole or not at all; a progress bar on a terminal and a summary (or --json) at the end.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config.ts';
import { boltUri, ensureLocalNeo4j } from '../../db/index.ts';
import { withLockFile } from '../../db/local/lock.ts';
import type { Exclusive, IngestReport } from '../../ingest/index.ts';
import { UsageError } from '../../model/errors.ts';
import { createProgress, formatFailure } from '../progress.ts';

interface IngestFlags {
  json?: boolean;
  batchSize: string;
}

// Heavy modules (the extractor's NLP and gazetteer, Neo4j's Cypher parser, the server) are imported
// when the command runs, so `newsgraph --help` or `db status` do not pay seconds to load them.
export async function loadIngest() {
  const [{ createRulesExtractor }, { runIngest }] = await Promise.all([import('../../ingest/extract/index.ts'), import('../../ingest/index.ts')]);
  return { createRulesExtractor, runIngest };
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read, extract and write articles into Neo4j (idempotent; each article lands whole or not at all)')
    .argument('<paths...>', 'article files or folders (.txt, .md, .html, .jsonl)')
    .option('--json', 'print a machine-readable report')
    .option('--batch-size <n>', 'articles resolved and written together', '250')
    .action(async (paths: string[], flags: IngestFlags) => {
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`ingest: --batch-size must be a whole number ≥ 1, got "${flags.batchSize}"`);
      const config = loadConfig(process.env, { debug: Boolean(program.opts().debug) });
      const { createRulesExtractor, runIngest } = await loadIngest();
      const db = await ensureLocalNeo4j(config);
      const progress = createProgress('ingest', Boolean(process.stderr.isTTY) && !flags.json);
      try {
        const report = await runIngest(paths, {
          db,
          extractor: createRulesExtractor(),
          maxFileBytes: config.input.maxFileBytes,
          batchSize,
          onProgress: progress.listener,
          exclusive: ingestLock(config),
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

/** How long an ingest waits for another ingest into the same database before giving up. */
const LOCK_WAIT_MS = 6 * 60 * 60_000;

/**
 * One lock file per target database (under NEWSGRAPH_HOME): two ingests on this machine run one after
 * the other, the second resolving against the entities the first wrote, so the graph is the one of a
 * sequential run (entity names and kinds depend on which articles were seen first, so interleaving
 * would not be). A lock left by a killed process is taken over.
 */
export function ingestLock(config: Config): Exclusive {
  const dir = join(config.home, 'locks');
  const uri = boltUri(config);
  const key = createHash('sha256').update(`${uri}\u0000${config.neo4j.database}`).digest('hex').slice(0, 16);
  const file = join(dir, `ingest-${key}.lock`);
  return (fn) => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const holder = lockHolder(file);
    if (holder !== null) console.error(`newsgraph: another ingest into ${uri} is running (pid ${holder}); waiting for it to finish`);
    return withLockFile(file, LOCK_WAIT_MS, fn);
  };
}

/** Pid of a live process holding the lock file, or null. */
function lockHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function printReport(report: IngestReport, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  // Errors already start with their file (InputError's convention): say it once per line.
  for (const f of report.failures) console.error(`newsgraph: ${formatFailure({ ...f, error: withoutPrefix(f.error, f.file) })}`);
  if (report.unavailable !== undefined) console.error(`newsgraph: ${report.unavailable}`);
  const dup = report.duplicates.length ? ` (${report.duplicates.length} duplicate${report.duplicates.length > 1 ? 's' : ''} skipped)` : '';
  console.log(
    `ingested ${report.articles} of ${report.read} article${report.read === 1 ? '' : 's'}${dup}: ` +
      `${report.written.nodesCreated} nodes and ${report.written.relationshipsCreated} relationships created, ` +
      `${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`,
  );
}

function withoutPrefix(error: string, file: string): string {
  if (!file) return error;
  if (error.startsWith(`${file}: `)) return error.slice(file.length + 2);
  if (error.startsWith(`${file}:`)) return error.slice(file.length + 1).replace(/^\d+: /, ''); // file:line: reason
  return error;
}
