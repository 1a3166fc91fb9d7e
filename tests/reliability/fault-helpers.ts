// Helpers of the fault tests: run the real `newsgraph` CLI as a child process, poll the graph, and
// fingerprint each article's own subgraph (to prove no article is half-written).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { canonicalJson, toPlain, type Db } from '../../src/db/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'newsgraph.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<CliResult>;
}

/** Environment for a CLI child that talks to the server `n` (NEO4J_URI mode: it starts nothing). */
export function cliEnv(n: { uri: string; user: string; password: string; database: string }, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database, ...extra };
  delete env.NEWSGRAPH_DEBUG;
  return env;
}

/** Starts `newsgraph <args>` (the package's bin, as a user runs it) and collects its output. */
export function startCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 })),
  );
  return { child, done };
}

/** Runs `newsgraph <args>` to the end. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return startCli(args, env).done;
}

/** True when text holds a JavaScript stack trace line. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+(?:\(|:\d+:\d+)/m.test(text);
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Number of Article nodes. */
export async function articleCount(db: Db): Promise<number> {
  const session = db.session('READ');
  try {
    const r = await session.run('MATCH (a:Article) RETURN count(a) AS n');
    return toPlain(r.records[0]?.get('n')) as number;
  } finally {
    await session.close();
  }
}

/** Polls until `test()` is true or `timeoutMs` passes; returns whether it became true. */
export async function waitFor(test: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await test()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

/**
 * Per article: a hash of its properties (but `ingestedAt`), and of every relationship it starts
 * (REPORTS, MENTIONS, CITES) with the end node's id (and, for REPORTS, the statement's or event's properties). An article written whole has the
 * same fingerprint as in a clean run; a half-written one would miss edges or statement properties.
 */
export async function articleFingerprints(db: Db): Promise<Map<string, string>> {
  const session = db.session('READ');
  try {
    const r = await session.run(
      `MATCH (a:Article)
       OPTIONAL MATCH (a)-[r]->(b)
       WITH a, collect([type(r), b.id, properties(r), CASE WHEN type(r) = 'REPORTS' THEN properties(b) END]) AS out
       RETURN a.id AS id, properties(a) AS props, out`,
    );
    const map = new Map<string, string>();
    for (const rec of r.records) {
      const props = toPlain(rec.get('props')) as Record<string, unknown>;
      delete props.ingestedAt;
      const out = (toPlain(rec.get('out')) as unknown[][])
        .filter((x) => x[0] !== null)
        .map((x) => canonicalJson(x))
        .sort();
      map.set(String(rec.get('id')), createHash('sha256').update(canonicalJson([props, out])).digest('hex'));
    }
    return map;
  } finally {
    await session.close();
  }
}

/** The `file` property of every Article, sorted. */
export async function articleFiles(db: Db): Promise<string[]> {
  const session = db.session('READ');
  try {
    const r = await session.run('MATCH (a:Article) RETURN a.file AS file ORDER BY file');
    return r.records.map((x) => String(x.get('file')));
  } finally {
    await session.close();
  }
}
