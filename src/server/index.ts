// `newsgraph serve`: node:http with the viewer and the JSON API. startServer() is what the CLI and
// the tests call; it refuses a non-loopback bind without a token.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../db/connect.ts';
import type { ReadOnlyLimits } from '../db/readonly.ts';
import { assertReadOnlyCypher } from '../db/readonly-check.ts';
import { createApp } from './app.ts';
import { assertBindAllowed } from './security.ts';

import { VIEWER_DIR } from './static.ts';

export { VIEWER_DIR };

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  token: string | null;
  maxBodyBytes: number;
  limits: ReadOnlyLimits;
  viewerDir?: string;
  queriesDir?: string;
  log?: (message: string) => void;
}

export interface RunningServer {
  server: Server;
  /** http://host:port (IPv6 hosts bracketed). */
  url: string;
  close(): Promise<void>;
}

/** Starts listening; rejects (UsageError) for a non-loopback host without a token, or when the port is taken. */
export async function startServer(db: Db, opts: ServeOptions): Promise<RunningServer> {
  assertBindAllowed(opts.host, opts.token);
  // Load and warm the Cypher parser now, not on the first user query (it takes seconds cold).
  assertReadOnlyCypher('MATCH (n) WHERE n.id = $id RETURN n LIMIT 1');
  const app = createApp({
    db,
    limits: opts.limits,
    maxBodyBytes: opts.maxBodyBytes,
    queriesDir: opts.queriesDir,
    host: opts.host,
    token: opts.token,
    viewerDir: opts.viewerDir ?? VIEWER_DIR,
    log: opts.log,
  });
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 20_000 }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
