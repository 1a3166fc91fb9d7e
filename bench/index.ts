// `npm run bench [-- --quick] [--only extraction,write,ingest,viewer,queries]`: measures each figure
// against a baseline run in the same process, prints progress lines, then LAST one JSON line, and
// writes docs/benchmarks.md. The bench's own Neo4j is instance "bench" on 7717/7718 (see bench/db.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runningPid, stopLocalNeo4j } from '../src/db/local/index.ts';
import { writeBigGraph } from './big-graph.ts';
import { benchConfig, emptyDb, openBenchDb } from './db.ts';
import { benchExtraction } from './extraction.ts';
import { generateArticles, writeArticles } from './generate.ts';
import { benchIngest } from './ingest.ts';
import { benchQueries } from './queries.ts';
import { describeMachine, renderMarkdown, type BenchResult } from './report.ts';
import { elapsedMs } from './util.ts';
import { benchViewer } from './viewer.ts';
import { benchWrite } from './write.ts';
import { createRulesExtractor } from '../src/ingest/extract/index.ts';
import { runExtraction } from '../src/ingest/run-extraction.ts';

const REPO = resolve(import.meta.dirname, '..');
const DOCS = resolve(REPO, 'docs/benchmarks.md');
/** Hand-written analysis of the latest figures (causes of missed targets), appended to the docs. */
const FINDINGS = resolve(REPO, 'bench/findings.md');
const FIGURES = ['extraction', 'write', 'ingest', 'viewer', 'queries'] as const;

/** Sizes per mode; --quick fits in 5 minutes on an idle 2-core machine; --smoke only checks the harness (tests). */
const PLAN = {
  smoke: { generated: 10, writeArticles: 10, naiveCap: 100, ingest: [10, 20], viewer: [200], viewerRuns: 1, frames: 5, queryNodes: 2_000, queryRuns: 1, repeat: 1, writeRuns: 1 },
  quick: { generated: 200, writeArticles: 100, naiveCap: 2_000, ingest: [200, 1_000], viewer: [1_000, 5_000], viewerRuns: 2, frames: 30, queryNodes: 100_000, queryRuns: 20, repeat: 1, writeRuns: 3 },
  full: { generated: 1_000, writeArticles: 300, naiveCap: 10_000, ingest: [1_000, 10_000], viewer: [1_000, 5_000, 20_000], viewerRuns: 3, frames: 60, queryNodes: 100_000, queryRuns: 20, repeat: 3, writeRuns: 3 },
};

const numbers = (s: string | undefined): number[] | undefined => s?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      'ingest-sizes': { type: 'string' },
      'viewer-sizes': { type: 'string' },
      'query-nodes': { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
      'stop-db': { type: 'boolean', default: false },
      render: { type: 'string' },
    },
  });
  if (values.render) {
    // Re-render docs/benchmarks.md from a saved JSON line of an earlier run (no measuring).
    const saved = JSON.parse(await readFile(values.render, 'utf8')) as BenchResult;
    await writeFile(DOCS, renderMarkdown(saved, FINDINGS));
    console.log(`wrote ${DOCS} from ${values.render}`);
    return;
  }
  const mode = values.smoke ? 'smoke' : values.quick ? 'quick' : 'full';
  const plan = { ...PLAN[mode] };
  plan.ingest = numbers(values['ingest-sizes']) ?? plan.ingest;
  plan.viewer = numbers(values['viewer-sizes']) ?? plan.viewer;
  plan.queryNodes = numbers(values['query-nodes'])?.[0] ?? plan.queryNodes;
  const only = new Set(values.only ? values.only.split(',') : FIGURES);
  for (const f of only) if (!(FIGURES as readonly string[]).includes(f)) throw new Error(`bench: unknown figure "${f}"; figures: ${FIGURES.join(', ')}`);

  const t0 = process.hrtime.bigint();
  const log = (line: string) => console.log(`[${(elapsedMs(t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const result: BenchResult = { mode, date: new Date().toISOString().slice(0, 10), machine: describeMachine(), seconds: 0 };
  log(`bench (${mode}): ${[...only].join(', ')} on ${result.machine.cpu}, ${result.machine.cores} cores, load ${result.machine.loadStart}`);

  const config = benchConfig(process.env);
  const needsDb = ['write', 'ingest', 'queries'].some((f) => only.has(f));
  const wasRunning = config.neo4j.uri !== null || runningPid(config.local) !== null;

  if (only.has('extraction')) {
    const samples = await benchExtraction(resolve(REPO, 'samples/kursk-2025-03'), log, plan.repeat);
    const dir = await writeArticles(generateArticles(plan.generated, 1));
    const generated = await benchExtraction(dir, log, Math.min(plan.repeat, 2));
    const g = generated.figures;
    result.extraction = { articlesPerSecond: g.articlesPerSecond, wordsPerSecond: g.wordsPerSecond, baselineWordsPerSecond: g.baselineWordsPerSecond, samples: samples.figures, generated: g };
  }

  if (needsDb) {
    log(`neo4j: ${config.neo4j.uri ?? `local instance at ${config.local.instanceDir}, bolt ${config.local.boltPort}`}${wasRunning ? '' : ' (starting)'}`);
    const db = await openBenchDb(config);
    const serverPid = config.neo4j.uri === null ? runningPid(config.local) : null;
    try {
      if (only.has('write')) {
        // Its own corpus (seed 2), extracted whole: a slice of a larger extraction would leave
        // entities and links that point at articles not written.
        const dir = await writeArticles(generateArticles(plan.writeArticles, 2));
        const { extraction } = await runExtraction([dir], { maxFileBytes: config.input.maxFileBytes, extractor: createRulesExtractor() });
        result.write = await benchWrite(db, extraction, log, plan.naiveCap, serverPid, plan.writeRuns);
      }
      if (only.has('ingest')) result.ingest = await benchIngest(db, plan.ingest, log, config.input.maxFileBytes);
      if (only.has('queries')) {
        await emptyDb(db);
        const tq = process.hrtime.bigint();
        let next = 0.25;
        const graph = await writeBigGraph(db, plan.queryNodes, 1, 5000, (done, all) => {
          if (done / all >= next) {
            log(`queries: writing the ${plan.queryNodes}-node graph, ${Math.round((100 * done) / all)}%`);
            next += 0.25;
          }
        });
        const writeSeconds = Math.round(elapsedMs(tq) / 100) / 10;
        log(`queries: graph of ${graph.nodes} nodes and ${graph.relationships} relationships written in ${writeSeconds} s`);
        result.queries = { nodes: graph.nodes, relationships: graph.relationships, writeSeconds, byQuery: await benchQueries(db, graph, log, plan.queryRuns) };
      }
    } finally {
      await db.close();
      if (values['stop-db'] || !wasRunning) {
        if (config.neo4j.uri === null) await stopLocalNeo4j(config.local);
        log('neo4j: bench instance stopped');
      }
    }
  }

  if (only.has('viewer')) {
    const sizes = await benchViewer(plan.viewer, log, plan.viewerRuns, plan.frames);
    result.viewer = { ...sizes[sizes.length - 1]!, sizes };
  }

  result.seconds = elapsedMs(t0) / 1000;
  result.machine.loadEnd = Math.round(loadavg()[0]! * 10) / 10;
  if (!values['no-docs']) {
    await writeFile(DOCS, renderMarkdown(result, FINDINGS));
    log('wrote docs/benchmarks.md');
  }
  const { extraction: e, write, ingest, viewer, queries } = result;
  console.log(JSON.stringify({ extraction: e, write, ingest, viewer, queries, machine: result.machine, mode, date: result.date, seconds: Math.round(result.seconds) }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
