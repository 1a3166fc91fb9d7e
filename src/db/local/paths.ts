// Where a local Neo4j instance keeps its files, and where the shared jars live. Pure path arithmetic.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalNeo4jConfig } from '../../config.ts';

/** Repository root (this file is src/db/local/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The Maven pom that names the Neo4j jars (tools/neo4j/pom.xml): the one place the version is written. */
export const NEO4J_POM = join(REPO_ROOT, 'tools', 'neo4j', 'pom.xml');

let cachedVersion: string | null = null;

/** The Neo4j version the pom pins (`<neo4j.version>`). */
export function neo4jVersion(): string {
  if (cachedVersion) return cachedVersion;
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(NEO4J_POM, 'utf8'));
  if (!m?.[1]) throw new Error(`cannot read <neo4j.version> from ${NEO4J_POM}`);
  cachedVersion = m[1].trim();
  return cachedVersion;
}

export interface InstancePaths {
  home: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  /** An empty, read-only folder: LOAD CSV may only read there (and file URLs are off anyway). */
  importDir: string;
  pidFile: string;
  passwordFile: string;
  /** stdout/stderr of the JVM (startup failures land here before neo4j.log exists). */
  consoleLog: string;
  neo4jLog: string;
  /** Written by set-initial-password; its presence means the password is already set. */
  authFile: string;
}

/** Files and folders of one instance (config.local.instanceDir). */
export function instancePaths(local: LocalNeo4jConfig): InstancePaths {
  const home = local.instanceDir;
  return {
    home,
    conf: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    plugins: join(home, 'plugins'),
    importDir: join(home, 'import-disabled'),
    pidFile: join(home, 'run', 'neo4j.pid'),
    passwordFile: join(home, 'password'),
    consoleLog: join(home, 'logs', 'console.log'),
    neo4jLog: join(home, 'logs', 'neo4j.log'),
    authFile: join(home, 'data', 'dbms', 'auth.ini'),
  };
}

/** The folder of the jars for the pinned version: `<installDir>/<version>/lib`. */
export function libDir(local: LocalNeo4jConfig): string {
  return join(local.installDir, neo4jVersion(), 'lib');
}
