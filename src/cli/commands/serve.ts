// `newsgraph serve`: the viewer and the JSON API on 127.0.0.1 (a token is required anywhere else).
// Builds the viewer first when dist/viewer is missing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { ensureLocalNeo4j } from '../../db/index.ts';
import { DbError, UsageError } from '../../model/errors.ts';
import { VIEWER_DIR } from '../../server/static.ts';
import { assertBindAllowed } from '../../server/security.ts';
import { viewerBuilt } from '../../server/static.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `vite build` (the repo's build script) so there is a viewer to serve. */
function buildViewer(): void {
  console.error('newsgraph serve: the viewer is not built yet; running `vite build` …');
  const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new DbError('serve: `vite build` failed; run `npm run build` to see why');
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the viewer and the JSON API (127.0.0.1 by default; NEWSGRAPH_TOKEN required on other hosts)')
    .option('--port <port>', 'port (NEWSGRAPH_PORT, default 5757; 0 picks a free one)')
    .option('--host <host>', 'address to bind (NEWSGRAPH_HOST, default 127.0.0.1)')
    .option('--no-build', 'do not build the viewer when dist/viewer is missing')
    .action(async (opts: { port?: string; host?: string; build: boolean }, cmd: Command) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new UsageError(`serve: --port must be 0–65535, got "${opts.port}"`);
      const config = loadConfig(process.env, { debug: Boolean(cmd.optsWithGlobals().debug), host: opts.host, port });
      assertBindAllowed(config.serve.host, config.serve.token); // before starting anything
      if (!viewerBuilt(VIEWER_DIR) && opts.build) buildViewer();
      const db = await ensureLocalNeo4j(config);
      let running;
      try {
        // Imported here: the server loads Neo4j's Cypher parser, seconds that `--help` should not wait.
        const { startServer } = await import('../../server/index.ts');
        running = await startServer(db, { ...config.serve, limits: config.query });
      } catch (err) {
        await db.close();
        const code = (err as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UsageError(`serve: port ${config.serve.port} is in use; pick another with --port`);
        throw err;
      }
      console.log(`newsgraph serving ${running.url}/${config.serve.token ? ' (API token required; open /?token=<NEWSGRAPH_TOKEN> once in the browser)' : ''}`);
      if (!viewerBuilt(VIEWER_DIR)) console.error('newsgraph serve: no viewer in dist/viewer (run `npm run build`); the API works.');
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
      await db.close();
    });
}
