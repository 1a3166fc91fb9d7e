// The local instance's generated password: created once, kept in <instanceDir>/password (mode 0600),
// set as the initial password before the first start, never printed or logged.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../../config.ts';
import { DbError } from '../../model/errors.ts';
import { execCollect } from './exec.ts';
import { instancePaths, libDir } from './paths.ts';

/** Reads the password file of a local instance, or null when there is none yet. */
export function readLocalPassword(local: LocalNeo4jConfig): string | null {
  const file = instancePaths(local).passwordFile;
  if (!existsSync(file)) return null;
  const pw = readFileSync(file, 'utf8').trim();
  return pw || null;
}

/** Returns the instance's password, generating and storing it (0600) when missing. */
export function ensureLocalPassword(local: LocalNeo4jConfig): string {
  const existing = readLocalPassword(local);
  const file = instancePaths(local).passwordFile;
  if (existing) {
    // Tighten a file someone loosened: only the user may read it.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return existing;
  }
  mkdirSync(local.instanceDir, { recursive: true, mode: 0o700 });
  // Hex: no character the admin tool's argument file or a shell could misread.
  const pw = randomBytes(24).toString('hex');
  writeFileSync(file, `${pw}\n`, { mode: 0o600, flag: 'wx' });
  return pw;
}

/**
 * Sets the initial password with neo4j-admin before the first start (data/dbms/auth.ini).
 * The password travels in a 0600 Java @argument file, not on the command line, so `ps` never shows it.
 */
export async function setInitialPassword(local: LocalNeo4jConfig, password: string, env: NodeJS.ProcessEnv): Promise<void> {
  const paths = instancePaths(local);
  if (existsSync(paths.authFile)) return;
  const argFile = join(paths.run, `admin-args-${process.pid}`);
  mkdirSync(paths.run, { recursive: true });
  writeFileSync(argFile, `org.neo4j.cli.AdminTool\ndbms\nset-initial-password\n${password}\n`, { mode: 0o600 });
  try {
    const r = await execCollect('java', ['-Xmx256m', '-cp', `${libDir(local)}/*`, `@${argFile}`], {
      env: { ...env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    });
    if (r.code !== 0 || !existsSync(paths.authFile)) {
      const out = (r.stdout + r.stderr).split(password).join('<password>').trim();
      throw new DbError(`db start: could not set the initial password of ${paths.home} (exit ${r.code}): ${out.split('\n').slice(0, 3).join(' ')}`);
    }
  } finally {
    rmSync(argFile, { force: true });
  }
}
