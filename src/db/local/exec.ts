// Run a child process to completion and collect its output (for mvn and the Neo4j admin tool).
import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `cmd args`; resolves with the exit code and output (never rejects on a non-zero exit). */
export function execCollect(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ExecResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** True when `cmd` can be run (checked with `cmd -version`/`--version`). */
export async function hasCommand(cmd: string, versionFlag = '-version'): Promise<boolean> {
  try {
    const r = await execCollect(cmd, [versionFlag]);
    return r.code === 0;
  } catch {
    return false;
  }
}

/** Major version of `java` on PATH (17 for "17.0.15"), or null when there is no java. */
export async function javaMajorVersion(): Promise<number | null> {
  try {
    const r = await execCollect('java', ['-version']);
    const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
    if (r.code !== 0 || !m?.[1]) return null;
    const major = Number(m[1]);
    return major === 1 ? Number(m[2]) : major; // "1.8.0" is Java 8
  } catch {
    return null;
  }
}
