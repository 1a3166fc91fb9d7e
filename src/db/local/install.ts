// Install the local Neo4j's jars from Maven Central into the git-ignored cache, once (idempotent).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalNeo4jConfig } from '../../config.ts';
import { DbError } from '../../model/errors.ts';
import { execCollect, hasCommand, javaMajorVersion } from './exec.ts';
import { NEO4J_POM, libDir, neo4jVersion } from './paths.ts';

export interface InstallResult {
  version: string;
  lib: string;
  /** False when the jars were already there (nothing downloaded). */
  installed: boolean;
  ms: number;
}

const READY = 'READY';

/** True when the jars of the pinned version are completely installed. */
export function isInstalled(local: LocalNeo4jConfig): boolean {
  return existsSync(join(dirname(libDir(local)), READY));
}

/**
 * Copies the jars the pom names (Neo4j Community server, Bolt, Cypher, admin tool) into
 * `<installDir>/<version>/lib` with `mvn dependency:copy-dependencies`. Skips when already done.
 * Downloads into a private temp folder and renames it into place, so concurrent installs
 * (several helpers, one tree) never see half a lib folder.
 */
export async function installNeo4j(local: LocalNeo4jConfig, log: (msg: string) => void = () => {}): Promise<InstallResult> {
  const t0 = Date.now();
  const version = neo4jVersion();
  const lib = libDir(local);
  if (isInstalled(local)) return { version, lib, installed: false, ms: Date.now() - t0 };
  const java = await javaMajorVersion();
  if (java === null) throw new DbError('db install: `java` (17 or 21) is not on PATH; install a JDK (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI');
  if (java < 17) throw new DbError(`db install: Neo4j ${version} needs Java 17 or 21, found Java ${java}; install openjdk-17-jre-headless or set NEO4J_URI`);
  if (!(await hasCommand('mvn', '-v'))) throw new DbError('db install: `mvn` is not on PATH; install Maven (apt-get install maven) or set NEO4J_URI');
  mkdirSync(local.installDir, { recursive: true });
  const tmp = join(local.installDir, `.tmp-${process.pid}-${Date.now()}`);
  log(`Installing Neo4j ${version} Community jars from Maven Central into ${dirname(lib)} (first time only)…`);
  try {
    const r = await execCollect('mvn', ['-q', '-B', '-f', NEO4J_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${join(tmp, 'lib')}`]);
    if (r.code !== 0) {
      const tail = (r.stdout + r.stderr).trim().split('\n').slice(-15).join('\n');
      throw new DbError(`db install: mvn failed (exit ${r.code}) installing Neo4j ${version}:\n${tail}`);
    }
    const jars = readdirSync(join(tmp, 'lib')).filter((f) => f.endsWith('.jar'));
    if (!jars.some((f) => f.startsWith(`neo4j-${version}`))) throw new DbError(`db install: mvn finished but neo4j-${version}.jar is missing in ${tmp}`);
    writeFileSync(join(tmp, READY), `${version}\n${jars.length} jars\n`);
    try {
      renameSync(tmp, dirname(lib));
    } catch (err) {
      // Another process finished first: its copy is as good as ours.
      if (!isInstalled(local)) throw new DbError(`db install: cannot move the jars into ${dirname(lib)}`, { cause: err });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { version, lib, installed: true, ms: Date.now() - t0 };
}
