// docs/benchmarks.md from the bench's figures: the machine, the date, and one table per figure with
// its target and whether it is met.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { ExtractionFigures } from './extraction.ts';
import type { IngestFigures } from './ingest.ts';
import type { QueryOutcome } from './queries.ts';
import type { ViewerFigures } from './viewer.ts';
import type { WriteFigures } from './write.ts';

export interface BenchResult {
  mode: 'smoke' | 'quick' | 'full';
  date: string;
  machine: Machine;
  extraction?: { samples: ExtractionFigures; generated: ExtractionFigures } & Pick<ExtractionFigures, 'articlesPerSecond' | 'wordsPerSecond' | 'baselineWordsPerSecond'>;
  write?: WriteFigures;
  ingest?: IngestFigures;
  viewer?: ViewerFigures & { sizes: ViewerFigures[] };
  queries?: { nodes: number; relationships: number; writeSeconds: number; byQuery: Record<string, QueryOutcome> };
  seconds: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** 1-minute load average at start and end: the machine is shared, this says how much. */
  loadStart: number;
  loadEnd?: number;
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadStart: Math.round(loadavg()[0]! * 10) / 10,
  };
}

const ok = (met: boolean | null): string => (met === null ? '–' : met ? 'yes' : '**no**');

function row(cells: (string | number | null | undefined)[]): string {
  return `| ${cells.map((c) => (c === null || c === undefined ? '–' : String(c))).join(' | ')} |`;
}

function extractionTable(e: NonNullable<BenchResult['extraction']>): string[] {
  const lines = ['## Extraction (one core)', '', row(['corpus', 'articles', 'articles/s (wall)', 'articles per CPU-s', 'words/s (wall)', 'compromise words/s (wall)', 'pipeline ÷ compromise (CPU)', '≥ 20 articles/s']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---'])];
  for (const [name, f] of [['samples/kursk-2025-03', e.samples], ['generated (~700 words)', e.generated]] as const) {
    lines.push(row([name, f.articles, f.articlesPerSecond, f.articlesPerCpuSecond, f.wordsPerSecond, f.baselineWordsPerSecond, f.ratioToBaseline, `${ok(f.articlesPerSecond >= 20)} (wall), ${ok(f.articlesPerCpuSecond >= 20)} (CPU)`]));
  }
  return lines;
}

function writeTable(w: WriteFigures): string[] {
  return [
    '## Writes into Neo4j', '',
    row(['writer', 'elements', 'seconds', 'elements/s', 'elements per CPU-s (Neo4j + client)']), row(['---', '---:', '---:', '---:', '---:']),
    row([`project (writeExtraction, batched; median of ${w.runs})`, w.elements, w.seconds, w.elementsPerSecond, w.elementsPerCpuSecond]),
    row(['naive (one auto-commit MERGE per element)', w.naiveElements, w.naiveSeconds, w.naiveElementsPerSecond, w.naiveElementsPerCpuSecond]),
    '',
    'Both writers get an untimed warm-up pass into the emptied graph first (the JVM compiles the write paths in its first seconds).',
    '',
    `Speed-up ×${w.speedup} (target ≥ 20: ${ok(w.speedup >= 20)}); batched ≥ 10,000 elements/s: ${ok(w.elementsPerSecond >= 10_000)}. ${w.articles} generated articles (${w.plannedRows} planned rows), ${w.failures} failed.`,
  ];
}

function ingestTable(i: IngestFigures): string[] {
  const tenThousand = i.runs.find((r) => r.articles >= 10_000);
  return [
    '## End-to-end ingest', '',
    row(['articles', 'seconds', 'articles/s', 'peak RSS (MB)', 'RSS before (MB)', 'heap retained after GC, each fifth of the run (MB)', 'failures']), row(['---:', '---:', '---:', '---:', '---:', '---', '---:']),
    ...i.runs.map((r) => row([r.articles, r.seconds, r.articlesPerSecond, r.peakRssMb, r.startRssMb, r.retainedHeapMb?.join(' → ') || 'n/a', r.failures])),
    '',
    `Time grows ×${i.growth} for ×${i.sizeRatio} articles (linear: ×${i.sizeRatio}); peak RSS grows by ${i.peakRssGrowthMb} MB (V8 collects lazily), ` +
      `the heap retained after a full GC by ${i.retainedHeapGrowthMb ?? 'n/a'} MB over the largest run. ` +
      (tenThousand
        ? `10,000 articles took ${(tenThousand.seconds / 60).toFixed(1)} min (target ≤ 15: ${ok(tenThousand.seconds <= 900)}).`
        : `10,000 articles at the largest run's rate: ${i.projected10kMinutes} min (target ≤ 15: ${ok(i.projected10kMinutes <= 15)}).`),
  ];
}

function viewerTable(sizes: ViewerFigures[]): string[] {
  return [
    '## Viewer (headless Chromium, software GL, labels on)', '',
    row(['nodes', 'edges', 'first render (ms)', 'bare sigma (ms)', 'ratio', '≤ 1.5×', 'frame (ms)', 'bare sigma frame (ms)', 'frame p95 (ms)', 'bare sigma p95 (ms)']),
    row(['---:', '---:', '---:', '---:', '---:', '---', '---:', '---:', '---:', '---:']),
    ...sizes.map((v) => row([v.nodes, v.edges, v.firstRenderMs, v.baselineFirstRenderMs, v.firstRenderRatio, ok(v.firstRenderRatio <= 1.5), v.frameMs, v.baselineFrameMs, v.frameP95Ms, v.baselineFrameP95Ms])),
  ];
}

function queriesTable(q: NonNullable<BenchResult['queries']>): string[] {
  const lines = [
    `## Saved queries (${q.nodes} nodes, ${q.relationships} relationships, written in ${q.writeSeconds} s)`, '',
    row(['query', 'median (ms)', 'p95 (ms)', 'Neo4j alone median (ms)', 'Neo4j alone p95 (ms)', 'rows', 'p95 ≤ 200 ms']), row(['---', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  for (const [name, f] of Object.entries(q.byQuery)) {
    if ('error' in f) lines.push(row([name, 'failed', f.error, '', '', '', ok(false)]));
    else lines.push(row([name, f.medianMs, f.p95Ms, f.dbMedianMs, f.dbP95Ms, f.rows, ok(f.p95Ms <= 200)]));
  }
  return lines;
}

/** The Markdown page for `result`, followed by the hand-written analysis in `findingsFile` when it exists. */
export function renderMarkdown(result: BenchResult, findingsFile?: string): string {
  const m = result.machine;
  const out = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench${result.mode === 'full' ? '' : ` -- --${result.mode}`}\` on ${result.date} (${result.mode} run, ${Math.round(result.seconds)} s).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, Node ${m.node}. Load average (1 min) ${m.loadStart} at start, ${m.loadEnd ?? '–'} at the end:` +
      ' the machine was shared with other work, so wall-clock figures are pessimistic; the ratios to the baselines (run in the same process, same moment) and the CPU-second figures are the ones to compare.',
    '',
    'How each figure is measured: [bench/README.md](../bench/README.md).',
  ];
  if (result.extraction) out.push('', ...extractionTable(result.extraction));
  if (result.write) out.push('', ...writeTable(result.write));
  if (result.ingest) out.push('', ...ingestTable(result.ingest));
  if (result.viewer) out.push('', ...viewerTable(result.viewer.sizes));
  if (result.queries) out.push('', ...queriesTable(result.queries));
  if (findingsFile && existsSync(findingsFile)) out.push('', readFileSync(findingsFile, 'utf8').trim());
  return `${out.join('\n')}\n`;
}
