// `npm run eval -- <articles folder> <gold folder> [--out run.json] [--scorer score.mjs] [--json] [--check]`:
// runs read → clean → segment → extract (rules) → resolve on the folder, writes the Extraction JSON and
// scores it with the scorer (--scorer, else <gold>/../eval/score.mjs, else ../shared/eval/score.mjs next
// to the repo), printing the scorer's table and summary, then contradictions scored again with the
// within-article pairs counted too (some gold sets list both kinds under `contradictions`; --check
// then uses that score). Exits non-zero if anything fails, and with --check also when a quality bar
// of issue 3 is missed (for CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRulesExtractor } from '../src/ingest/extract/index.ts';
import { runExtraction } from '../src/ingest/run-extraction.ts';
import type { Extraction } from '../src/model/index.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const out = flag('--out') ?? join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), 'run.json');
  const scorerArg = flag('--scorer');
  const asJson = args.includes('--json');
  const check = args.includes('--check');
  const [articlesDir, goldDir] = args.filter((a) => !a.startsWith('--'));
  if (!articlesDir || !goldDir) {
    console.error('usage: npm run eval -- <articles folder> <gold folder> [--out run.json] [--scorer score.mjs] [--json] [--check]');
    return 2;
  }
  const scorer = findScorer(goldDir, scorerArg);
  if (!scorer) {
    console.error(`eval: no scorer: give --scorer, or put score.mjs at ${join(dirname(resolve(goldDir)), 'eval')} or ../shared/eval`);
    return 2;
  }
  const started = performance.now();
  const { extraction, failures } = await runExtraction([articlesDir], { maxFileBytes: 5_000_000, extractor: createRulesExtractor() });
  for (const f of failures) console.error(`eval: ${f.file}: ${f.stage} failed: ${f.error}`);
  const ms = performance.now() - started;
  writeFileSync(out, JSON.stringify(extraction, null, 2));
  const words = extraction.articles.reduce((n, a) => n + a.wordCount, 0);
  console.error(`eval: ${extraction.articles.length} articles (${words} words) in ${ms.toFixed(0)} ms → ${out}`);
  const run = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', out, ...(asJson ? ['--json'] : [])], { stdio: 'inherit' });
  if (run.status !== 0) console.error(`eval: the scorer failed (${run.status ?? run.signal})`);
  const merged = run.status === 0 ? scoreWithinCounted(scorer, goldDir, out, extraction) : null;
  if (merged && !asJson) {
    const f = (x: number | null): string => (x === null ? '-' : x.toFixed(2));
    const within = extraction.withinArticleContradictions?.length ?? 0;
    console.log(`contradictions with within-article pairs counted: R ${f(merged.recall)} P ${f(merged.precision)} (cross ${extraction.contradictions.length}, within ${within})`);
  }
  let barsOk = true;
  if (check && run.status === 0) {
    const scored = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const total = JSON.parse(scored.stdout).total as ScoreTotal;
    // A gold set that lists both kinds under `contradictions` is checked against both kinds.
    if (merged && goldMixesKinds(goldDir)) total.contradictions = merged;
    const missed = missedBars(total);
    for (const m of missed) console.error(`eval: bar missed: ${m}`);
    barsOk = missed.length === 0;
  }
  return run.status === 0 && failures.length === 0 && barsOk ? 0 : 1;
}

/** The scorer: the given path, else <gold>/../eval/score.mjs, else ../shared/eval/score.mjs beside the repo. */
function findScorer(goldDir: string, given: string | undefined): string | undefined {
  if (given) return existsSync(given) ? resolve(given) : undefined;
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidates = [join(dirname(resolve(goldDir)), 'eval', 'score.mjs'), resolve(repoRoot, '..', 'shared', 'eval', 'score.mjs')];
  return candidates.find((c) => existsSync(c));
}

/**
 * Scores contradictions again with within-article pairs added to `contradictions`: the seeds' gold
 * keeps them apart (`within_article_contradictions`), other gold sets list both kinds together.
 */
function scoreWithinCounted(scorer: string, goldDir: string, out: string, extraction: Extraction): ScoreTotal['contradictions'] | null {
  const within = extraction.withinArticleContradictions ?? [];
  const merged = { ...extraction, contradictions: [...extraction.contradictions, ...within] };
  const mergedOut = out.replace(/(\.json)?$/, '.with-within.json');
  writeFileSync(mergedOut, JSON.stringify(merged));
  const scored = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', mergedOut, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return scored.status === 0 ? (JSON.parse(scored.stdout).total as ScoreTotal).contradictions : null;
}

/** True when the gold's corpus.json lists within-article pairs under `contradictions` (no separate list). */
function goldMixesKinds(goldDir: string): boolean {
  try {
    const corpus = JSON.parse(readFileSync(join(goldDir, 'corpus.json'), 'utf8')) as { within_article_contradictions?: unknown; contradictions?: { scope?: string }[] };
    return corpus.within_article_contradictions === undefined && (corpus.contradictions ?? []).some((c) => c.scope === 'within-article');
  } catch {
    return false;
  }
}

interface ScoreTotal {
  entities: { f1: number };
  statements: { f1: number };
  attributed: { f1: number };
  spanJaccard: number | null;
  events: { f1: number };
  eventDates: { ok: number; of: number };
  contradictions: { recall: number | null; precision: number | null };
  duplicates: number;
  overMerged: number;
}

/** The quality bars of issue 3 that a score misses. */
function missedBars(t: ScoreTotal): string[] {
  const bars: [string, boolean][] = [
    ['entities F1 >= 0.85', t.entities.f1 >= 0.85],
    ['statements F1 >= 0.80', t.statements.f1 >= 0.8],
    ['attributed statements F1 >= 0.70', t.attributed.f1 >= 0.7],
    ['claim span Jaccard >= 0.60', (t.spanJaccard ?? 0) >= 0.6],
    ['events F1 >= 0.50', t.events.f1 >= 0.5],
    ['event dates >= 70%', t.eventDates.of === 0 || t.eventDates.ok / t.eventDates.of >= 0.7],
    ['contradictions recall >= 0.67', t.contradictions.recall === null || t.contradictions.recall >= 0.67],
    ['contradictions precision >= 0.5', t.contradictions.precision === null || t.contradictions.precision >= 0.5],
    ['duplicate ids <= 2', t.duplicates <= 2],
    ['over-merged = 0', t.overMerged === 0],
  ];
  return bars.filter(([, ok]) => !ok).map(([name]) => name);
}

process.exitCode = await main();
