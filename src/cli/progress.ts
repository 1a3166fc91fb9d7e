// A progress bar on stderr when it is a terminal (cli-progress); silent otherwise, so piped
// output and CI logs stay clean.
import cliProgress from 'cli-progress';
import type { ProgressListener } from '../ingest/report.ts';

export interface Progress {
  listener: ProgressListener;
  stop(): void;
}

export function createProgress(label: string, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return { listener: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {file}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    listener: ({ done, total, file }) => {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** One line per failure: `file[:line]: stage: reason`. */
export function formatFailure(f: { file: string; line?: number; stage: string; error: string }): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.stage} failed: ${f.error}`;
}
