// `newsgraph db install|start|stop|status`: manage the project's local Neo4j (or report on NEO4J_URI).
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createDb, installNeo4j, localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../db/index.ts';
import { UsageError } from '../../model/errors.ts';

const say = (msg: string): void => void console.error(msg);

function configFrom(cmd: Command) {
  return loadConfig(process.env, { debug: Boolean(cmd.optsWithGlobals().debug) });
}

function refuseExternal(config: ReturnType<typeof loadConfig>, what: string): void {
  if (config.neo4j.uri !== null) throw new UsageError(`db ${what}: NEO4J_URI is set (${config.neo4j.uri}); newsgraph does not manage that server`);
}

export function register(program: Command): void {
  const db = program
    .command('db')
    .description('manage the local Neo4j (installed from Maven Central into .cache/, bound to 127.0.0.1)')
    .addHelpText('after', '\nInstance: NEWSGRAPH_INSTANCE (default "default"), ports NEWSGRAPH_BOLT_PORT / NEWSGRAPH_HTTP_PORT.\nWith NEO4J_URI set, every command uses that server and nothing is started.');

  db.command('install')
    .description('download the Neo4j Community jars into the cache (skipped when present)')
    .action(async (_opts, cmd: Command) => {
      const config = configFrom(cmd);
      const r = await installNeo4j(config.local, say);
      console.log(r.installed ? `Installed Neo4j ${r.version} in ${r.lib} (${(r.ms / 1000).toFixed(1)} s)` : `Neo4j ${r.version} already installed in ${r.lib}`);
    });

  db.command('start')
    .description('install if needed, start the local Neo4j and wait until it answers')
    .option('--timeout <seconds>', 'how long to wait for it to answer', '180')
    .action(async (opts: { timeout: string }, cmd: Command) => {
      const config = configFrom(cmd);
      refuseExternal(config, 'start');
      const timeoutS = Number(opts.timeout);
      if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new UsageError(`db start: --timeout must be a positive number of seconds, got "${opts.timeout}"`);
      const s = await startLocalNeo4j(config.local, { timeoutMs: timeoutS * 1000, log: say });
      console.log(
        s.started
          ? `Neo4j ${s.version} started (pid ${s.pid}) on ${s.boltUri} in ${(s.ms / 1000).toFixed(1)} s; data in ${s.dataDir}`
          : `Neo4j already running (pid ${s.pid}) on ${s.boltUri}`,
      );
    });

  db.command('stop')
    .description('stop the local Neo4j (graceful, then killed after the grace period)')
    .option('--grace <seconds>', 'seconds to wait for a clean shutdown before killing it', '60')
    .action(async (opts: { grace: string }, cmd: Command) => {
      const config = configFrom(cmd);
      refuseExternal(config, 'stop');
      const r = await stopLocalNeo4j(config.local, Number(opts.grace) * 1000 || 60_000);
      console.log(r.stopped ? `Neo4j stopped (pid ${r.pid})` : 'Neo4j was not running');
    });

  db.command('status')
    .description('is the Neo4j running? pid, ports, version, data folder')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const config = configFrom(cmd);
      if (config.neo4j.uri !== null) {
        const handle = await createDb(config).catch((err: unknown) => err as Error);
        const reachable = !(handle instanceof Error);
        if (!(handle instanceof Error)) await handle.close();
        const out = { external: true, uri: config.neo4j.uri, database: config.neo4j.database, reachable };
        console.log(opts.json ? JSON.stringify(out, null, 2) : `external Neo4j ${out.uri} (database ${out.database}): ${reachable ? 'reachable' : 'NOT reachable'}`);
        return;
      }
      const s = localStatus(config.local);
      if (opts.json) {
        console.log(JSON.stringify({ external: false, ...s }, null, 2));
        return;
      }
      console.log(
        [
          `local Neo4j ${s.version}: ${s.running ? `running (pid ${s.pid})` : 'stopped'}`,
          `  bolt      ${s.boltUri}`,
          `  http      ${s.httpUrl}`,
          `  instance  ${s.instanceDir}`,
          `  data      ${s.dataDir}`,
          `  log       ${s.logFile}`,
        ].join('\n'),
      );
    });
}
