// Runs read → clean → segment → findEntities → resolveEntities over a folder and prints the
// extraction JSON (statements and events empty), to score entities alone with shared/eval/score.mjs.
//   npx tsx scripts/eval-entities.ts ../shared/seeds > /tmp/run.json
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDraft } from '../src/model/index.ts';
import { cleanArticle } from '../src/ingest/clean/index.ts';
import { findEntities } from '../src/ingest/extract/entities/index.ts';
import { readArticles } from '../src/ingest/read/index.ts';
import { resolveEntities } from '../src/ingest/resolve/entities.ts';
import { segmentArticle } from '../src/ingest/segment/index.ts';

const dir = process.argv[2] ?? '../shared/seeds';
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const { articles: raws } = await readArticles(files, { maxFileBytes: 5_000_000 });
const t0 = performance.now();
const drafts: ArticleDraft[] = raws.map((raw) => {
  const article = cleanArticle(raw);
  const found = findEntities(article, segmentArticle(article));
  return { article, wordCount: 0, entities: found.entities, statements: [], events: [], cites: found.cites };
});
const t1 = performance.now();
const { actors, places } = resolveEntities(process.argv.includes('--reverse') ? [...drafts].reverse() : drafts, []);
const t2 = performance.now();
process.stderr.write(`extract ${(t1 - t0).toFixed(0)} ms (${drafts.length} articles), resolve ${(t2 - t1).toFixed(0)} ms\n`);
const articles = drafts.map((d) => ({ id: d.article.id, file: d.article.file.split('/').pop(), title: d.article.title, source: d.article.source, published: d.article.published }));
console.log(JSON.stringify({ articles, actors, places, statements: [], events: [], contradictions: [] }, null, 1));
