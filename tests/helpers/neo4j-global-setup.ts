// Vitest global setup of the integration and e2e projects: a real Neo4j for the tests.
// NEO4J_URI set -> use that server. Otherwise install (cached) and start the project's local Neo4j as
// instance "test" on ports 7697/7484 (NEWSGRAPH_INSTANCE / NEWSGRAPH_BOLT_PORT / NEWSGRAPH_HTTP_PORT
// override), so `npm test` never touches the user's own "default" instance. Connection details reach
// the tests through provide('neo4j') (see tests/helpers/db.ts). It is stopped at teardown only if a
// test setup started it and no other test run still uses it (NEWSGRAPH_KEEP_NEO4J=1 keeps it up).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDb } from '../../src/db/index.ts';
import { readLocalPassword, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local/index.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Local instance dir, or null for an external server. */
  instanceDir: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Test defaults (the environment wins): a separate instance, smaller memory than a user's instance. */
export const TEST_ENV_DEFAULTS = {
  NEWSGRAPH_INSTANCE: 'test',
  NEWSGRAPH_BOLT_PORT: '7697',
  NEWSGRAPH_HTTP_PORT: '7484',
  NEWSGRAPH_NEO4J_HEAP_MB: '1024',
  NEWSGRAPH_NEO4J_PAGECACHE_MB: '512',
};

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** An external server (e.g. a Docker container still starting) gets up to 60 s to answer `RETURN 1`. */
async function waitForExternal(config: Config): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const db = await createDb(config);
      const session = db.session('READ');
      try {
        await session.run('RETURN 1');
      } finally {
        await session.close();
        await db.close();
      }
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env: Record<string, string | undefined> = { ...TEST_ENV_DEFAULTS, ...process.env };
  const config = loadConfig(env);
  if (config.neo4j.uri !== null) {
    await waitForExternal(config);
    project.provide('neo4j', { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '', database: config.neo4j.database, instanceDir: null });
    return async () => {};
  }
  const t0 = Date.now();
  const status = await startLocalNeo4j(config.local, { log: (m) => console.error(`[neo4j-global-setup] ${m}`) });
  if (status.started) console.error(`[neo4j-global-setup] Neo4j instance "${env.NEWSGRAPH_INSTANCE}" up on ${status.boltUri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const runDir = join(config.local.instanceDir, 'run');
  const startedMarker = join(runDir, 'started-by-tests');
  const usersDir = join(runDir, 'test-users');
  mkdirSync(usersDir, { recursive: true });
  if (status.started) writeFileSync(startedMarker, `${process.pid}\n`);
  const me = join(usersDir, `${process.pid}-${project.name}-${Date.now()}`);
  writeFileSync(me, '');
  project.provide('neo4j', {
    uri: status.boltUri,
    user: 'neo4j',
    password: readLocalPassword(config.local) ?? '',
    database: config.neo4j.database,
    instanceDir: config.local.instanceDir,
  });
  return async () => {
    rmSync(me, { force: true });
    const others = readdirSync(usersDir).filter((f) => pidAlive(Number(f.split('-')[0])));
    if (others.length > 0 || !existsSync(startedMarker) || env.NEWSGRAPH_KEEP_NEO4J === '1') return;
    rmSync(startedMarker, { force: true });
    await stopLocalNeo4j(config.local);
  };
}
