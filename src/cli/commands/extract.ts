// `newsgraph extract <files…> --format json`: prints the spec's extraction JSON; touches no database.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { UsageError } from '../../model/errors.ts';
import { createProgress, formatFailure } from '../progress.ts';

interface ExtractFlags {
  format: string;
  out?: string;
  compact?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description("extract actors, places, statements and events from articles and print the spec's JSON (no database)")
    .argument('<paths...>', 'article files or folders (.txt, .md, .html, .jsonl)')
    .option('--format <format>', 'output format: json', 'json')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--compact', 'one-line JSON')
    .action(async (paths: string[], flags: ExtractFlags) => {
      if (flags.format !== 'json') throw new UsageError(`extract: unknown --format "${flags.format}" (expected json)`);
      const config = loadConfig(process.env, { debug: Boolean(program.opts().debug) });
      // Imported here: the extractor's NLP and gazetteer take seconds to load (`--help` should not wait).
      const [{ createRulesExtractor }, { runExtraction }] = await Promise.all([import('../../ingest/extract/index.ts'), import('../../ingest/run-extraction.ts')]);
      const progress = createProgress('extract');
      const run = await runExtraction(paths, {
        maxFileBytes: config.input.maxFileBytes,
        extractor: createRulesExtractor(),
        onProgress: progress.listener,
      });
      progress.stop();
      const json = JSON.stringify(run.extraction, null, flags.compact ? undefined : 2);
      if (flags.out) await writeFile(flags.out, json + '\n');
      else process.stdout.write(json + '\n');
      for (const f of run.failures) console.error(`newsgraph: ${formatFailure(f)}`);
      if (run.failures.length) process.exitCode = 1;
    });
}
