// `npm run eval -- <articles folder> <gold folder> [--out run.json] [--json]`: runs read → clean →
// segment → extract (rules) → resolve on the folder, writes the Extraction JSON and scores it with
// <gold>/../eval/score.mjs, printing the scorer's table and summary. Exits non-zero if anything fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cleanArticle } from '../src/ingest/clean/index.ts';
import { createRulesExtractor } from '../src/ingest/extract/index.ts';
import { readArticles } from '../src/ingest/read/index.ts';
import { resolveDrafts } from '../src/ingest/resolve/index.ts';
import { segmentArticle } from '../src/ingest/segment/index.ts';
import type { ArticleDraft } from '../src/model/index.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const out = flag('--out') ?? join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), 'run.json');
  const asJson = args.includes('--json');
  const [articlesDir, goldDir] = args.filter((a) => !a.startsWith('--'));
  if (!articlesDir || !goldDir) {
    console.error('usage: npm run eval -- <articles folder> <gold folder> [--out run.json] [--json]');
    return 2;
  }
  const { articles, failures } = await readArticles([articlesDir], { maxFileBytes: 5_000_000 });
  for (const f of failures) console.error(`eval: cannot read ${f.file}: ${String(f.error)}`);
  const extractor = createRulesExtractor();
  const started = performance.now();
  const drafts: ArticleDraft[] = [];
  for (const raw of articles) {
    const clean = cleanArticle(raw);
    drafts.push(await extractor.extract(clean, segmentArticle(clean)));
  }
  const extraction = resolveDrafts(drafts, []);
  const ms = performance.now() - started;
  writeFileSync(out, JSON.stringify(extraction, null, 2));
  const words = drafts.reduce((n, d) => n + d.wordCount, 0);
  console.error(`eval: ${drafts.length} articles (${words} words) in ${ms.toFixed(0)} ms → ${out}`);
  const scorer = join(dirname(resolve(goldDir)), 'eval', 'score.mjs');
  const run = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', out, ...(asJson ? ['--json'] : [])], { stdio: 'inherit' });
  if (run.status !== 0) console.error(`eval: the scorer failed (${run.status ?? run.signal})`);
  return run.status === 0 && failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
