// Issue 6, faults: Neo4j unreachable at start. The real CLI, pointed (NEO4J_URI) at a loopback port
// nothing listens on, must say in one line where it looked and how to fix it, exit 1, and print no stack.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusArticle } from '../fixtures/reliability/corpus.ts';
import { closedPort, hasStackTrace, runCli } from './fault-helpers.ts';

describe('Neo4j unreachable at start', () => {
  // Two commands (each CLI start costs seconds on a busy box); query/export/serve share the same path.
  it.concurrent.each([
    ['ingest', (dir: string) => ['ingest', dir]],
    ['stats', () => ['stats']],
  ])('%s: one clear line, exit 1, no stack trace', async (_name, args) => {
    const port = await closedPort();
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-unreachable-'));
    const a = corpusArticle(3, 0);
    await writeFile(join(dir, a.file), a.text);
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'x' };
    delete env.NEWSGRAPH_DEBUG;
    const r = await runCli(args(dir), env);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.trim() && !/^npm warn/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^newsgraph: Neo4j is not reachable at bolt://127\\.0\\.0\\.1:${port}: `));
    // An external server is not ours to start: the line says to start it or fix NEO4J_URI.
    expect(lines[0]).toMatch(/start that server.*NEO4J_URI/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout.trim()).toBe('');
  });
});
