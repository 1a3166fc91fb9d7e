// Start, stop and inspect a local Neo4j instance: a detached JVM running CommunityEntryPoint with its
// pid in <instanceDir>/run/neo4j.pid.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../../config.ts';
import { DbError } from '../../model/errors.ts';
import { jvmOptions, renderNeo4jConf } from './conf.ts';
import { installNeo4j } from './install.ts';
import { ensureLocalPassword, readLocalPassword, setInitialPassword } from './password.ts';
import { instancePaths, libDir, neo4jVersion } from './paths.ts';
import { withLockFile } from './lock.ts';
import { waitForBolt } from './wait.ts';

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  boltUri: string;
  httpUrl: string;
  version: string;
  instanceDir: string;
  dataDir: string;
  logFile: string;
}

export interface StartOptions {
  /** How long to wait for `RETURN 1` (default 180 s: the machine is shared, first start creates stores). */
  timeoutMs?: number;
  log?: (msg: string) => void;
  /** Environment for the JVM (JAVA_HOME, PATH); default process.env. Only src/cli passes it down. */
  env?: NodeJS.ProcessEnv;
}

/** The pid in the pid file when that process is alive and is this instance's JVM; else null. */
export function runningPid(local: LocalNeo4jConfig): number | null {
  const { pidFile, home } = instancePaths(local);
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // Guard against pid reuse: the process must be a JVM started for this instance's home.
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes(`--home-dir=${home}`)) return null;
  } catch {
    /* no /proc (not Linux): trust kill(pid, 0) */
  }
  return pid;
}

/** Is something listening on 127.0.0.1:port? */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/** Status of the instance (no connection is made: pid file and process table only). */
export function localStatus(local: LocalNeo4jConfig): LocalStatus {
  const p = instancePaths(local);
  const pid = runningPid(local);
  return {
    running: pid !== null,
    pid,
    boltUri: `bolt://127.0.0.1:${local.boltPort}`,
    httpUrl: `http://127.0.0.1:${local.httpPort}`,
    version: neo4jVersion(),
    instanceDir: p.home,
    dataDir: p.data,
    logFile: p.neo4jLog,
  };
}

function tailOf(file: string, lines = 15): string {
  try {
    // eslint-disable-next-line no-control-regex -- the JVM writes stray control bytes to stdout
    return readFileSync(file, 'utf8').replace(/[\x00-\x08\x0b-\x1f]/g, '').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts the instance unless it runs already: installs the jars (cached), writes neo4j.conf, sets the
 * generated password before the first start, launches the JVM detached, and waits until `RETURN 1`
 * answers. Returns the status and whether this call started it.
 */
export async function startLocalNeo4j(local: LocalNeo4jConfig, opts: StartOptions = {}): Promise<LocalStatus & { started: boolean; ms: number }> {
  mkdirSync(local.instanceDir, { recursive: true, mode: 0o700 });
  const timeoutMs = (opts.timeoutMs ?? 180_000) + 300_000; // an install may run under the lock
  return withLockFile(join(local.instanceDir, 'start.lock'), timeoutMs, () => startUnlocked(local, opts));
}

async function startUnlocked(local: LocalNeo4jConfig, opts: StartOptions): Promise<LocalStatus & { started: boolean; ms: number }> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const env = opts.env ?? process.env;
  const p = instancePaths(local);
  if (runningPid(local) !== null) {
    const password = readLocalPassword(local) ?? '';
    await waitForBolt(`bolt://127.0.0.1:${local.boltPort}`, password, { timeoutMs: opts.timeoutMs ?? 180_000, logFile: p.neo4jLog });
    return { ...localStatus(local), started: false, ms: Date.now() - t0 };
  }
  for (const port of [local.boltPort, local.httpPort]) {
    if (await portInUse(port)) {
      throw new DbError(`db start: port ${port} on 127.0.0.1 is taken by another process; choose other ports with NEWSGRAPH_BOLT_PORT / NEWSGRAPH_HTTP_PORT`);
    }
  }
  await installNeo4j(local, log);
  for (const dir of [p.home, p.conf, p.data, p.logs, p.run, p.plugins]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  mkdirSync(p.importDir, { recursive: true });
  chmodSync(p.importDir, 0o500);
  if (existsSync(p.authFile) && readLocalPassword(local) === null) {
    throw new DbError(`db start: ${p.passwordFile} is missing but ${p.data} already has a password; delete ${p.data} to start afresh`);
  }
  writeFileSync(p.confFile, renderNeo4jConf(local, p), { mode: 0o600 });
  const password = ensureLocalPassword(local);
  await setInitialPassword(local, password, env);

  log(`Starting Neo4j ${neo4jVersion()} (${p.home}) on bolt://127.0.0.1:${local.boltPort}…`);
  const out = openSync(p.consoleLog, 'a', 0o600);
  const child = spawn(
    'java',
    [...jvmOptions(local), '-cp', `${libDir(local)}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${p.home}`, `--config-dir=${p.conf}`],
    { detached: true, stdio: ['ignore', out, out], env: { ...env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf }, cwd: p.home },
  );
  closeSync(out);
  if (child.pid === undefined) throw new DbError(`db start: could not launch java (see ${p.consoleLog})`);
  writeFileSync(p.pidFile, `${child.pid}\n`);
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  child.unref();
  try {
    await waitForBolt(`bolt://127.0.0.1:${local.boltPort}`, password, {
      timeoutMs: opts.timeoutMs ?? 180_000,
      logFile: p.neo4jLog,
      aborted: () => (exited !== null ? `the Neo4j process exited with code ${exited}` : null),
    });
  } catch (err) {
    const tail = tailOf(p.consoleLog) || tailOf(p.neo4jLog);
    if (exited === null) await stopLocalNeo4j(local);
    throw new DbError(`${(err as Error).message}${tail ? `\nlast lines of the log:\n${tail}` : ''}`, { cause: err });
  }
  return { ...localStatus(local), started: true, ms: Date.now() - t0 };
}

/** Stops the instance: SIGTERM (Neo4j shuts down cleanly), then SIGKILL after `graceMs`. */
export async function stopLocalNeo4j(local: LocalNeo4jConfig, graceMs = 60_000): Promise<{ stopped: boolean; pid: number | null }> {
  const pid = runningPid(local);
  const { pidFile } = instancePaths(local);
  if (pid === null) {
    rmSync(pidFile, { force: true });
    return { stopped: false, pid: null };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isAlive(pid)) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  rmSync(pidFile, { force: true });
  return { stopped: true, pid };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
