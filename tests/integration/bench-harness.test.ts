// `npm run bench -- --smoke`: the harness runs end to end against the real test Neo4j (tiny sizes) and
// prints, last, the one JSON line issue 7 specifies. Speed targets are not asserted here (they live in
// the bench itself); that the bench works, and keeps working, is.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

describe('npm run bench -- --smoke', () => {
  it('measures extraction, writes, ingest and queries and prints the figures as its last line', () => {
    const n = inject('neo4j');
    const run = spawnSync('node', ['--expose-gc', '--import', 'tsx', 'bench/index.ts', '--smoke', '--only', 'extraction,write,ingest,queries', '--no-docs'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database },
      timeout: 600_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const figures = JSON.parse(lines[lines.length - 1]!);
    expect(figures.mode).toBe('smoke');
    expect(figures.extraction.articlesPerSecond).toBeGreaterThan(0);
    expect(figures.extraction.wordsPerSecond).toBeGreaterThan(figures.extraction.articlesPerSecond);
    expect(figures.write.elementsPerSecond).toBeGreaterThan(0);
    expect(figures.write.naiveElementsPerSecond).toBeGreaterThan(0);
    expect(figures.write.failures).toBe(0);
    expect(figures.ingest.runs.map((r: { articles: number; failures: number }) => [r.articles, r.failures])).toEqual([[10, 0], [20, 0]]);
    expect(figures.ingest.runs[1].retainedHeapMb.length).toBeGreaterThan(0);
    expect(figures.queries.nodes).toBeGreaterThan(1_000);
    const names = Object.keys(figures.queries.byQuery).sort();
    expect(names).toEqual(expect.arrayContaining(['actor-timeline', 'contradictions', 'top-sources']));
    for (const name of names) expect(figures.queries.byQuery[name].p95Ms, name).toBeGreaterThan(0);
  }, 600_000);
});
