// Run the newsgraph CLI against the test Neo4j: ingest a corpus, and start `newsgraph serve` on a
// free loopback port (stopped by the returned handle).
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './build.ts';

const TSX = resolve(REPO, 'node_modules/.bin/tsx');
const CLI = resolve(REPO, 'src/cli/index.ts');

export interface Neo4jEnv {
  uri: string;
  user: string;
  password: string;
  database: string;
}

function cliEnv(db: Neo4jEnv): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
}

/** `newsgraph ingest <paths>`; resolves with its output, rejects on a non-zero exit. */
export async function ingest(db: Neo4jEnv, paths: string[]): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, 'ingest', ...paths], { cwd: REPO, env: cliEnv(db), timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
  return `${stdout}${stderr}`;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((ok) => srv.close(() => ok()));
  return port;
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Start `newsgraph serve` and wait until /api/health answers (or the process exits). */
export async function serve(db: Neo4jEnv): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(TSX, [CLI, 'serve', '--port', String(port), '--host', '127.0.0.1'], { cwd: REPO, env: cliEnv(db), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`newsgraph serve exited with ${child.exitCode}: ${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`newsgraph serve did not answer on ${url}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
