// createDb(config): the one way into Neo4j. An external server when NEO4J_URI is set, else the
// project's local instance (started on demand by ensureLocalNeo4j).
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { DbError } from '../model/errors.ts';
import { readLocalPassword, startLocalNeo4j, type StartOptions } from './local/index.ts';

/** A small handle: the driver and the database to use. Close it when done. */
export interface Db {
  driver: Driver;
  database: string;
  /** Where it points, for messages (never includes the password). */
  uri: string;
  /** True for the project's own local instance. */
  local: boolean;
  /** A session on the configured database. */
  session(mode?: 'READ' | 'WRITE'): Session;
  close(): Promise<void>;
}

/** The Bolt URI the config points at (external or local). */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`;
}

/**
 * Opens a driver on the configured server. Starts nothing: call ensureLocalNeo4j first when a command
 * needs the local instance running. Fails with a DbError (no stack) when the server is unreachable.
 */
export async function createDb(config: Config, opts: { verify?: boolean } = {}): Promise<Db> {
  const uri = boltUri(config);
  const local = config.neo4j.uri === null;
  const password = local ? readLocalPassword(config.local) : config.neo4j.password;
  if (local && password === null) throw unreachable(uri, local);
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, password ?? ''), {
    connectionTimeout: 5000,
    maxConnectionPoolSize: 20,
    logging: { level: 'error', logger: () => {} },
  });
  const database = config.neo4j.database;
  const db: Db = {
    driver,
    database,
    uri,
    local,
    session: (mode = 'WRITE') => driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE }),
    close: () => driver.close(),
  };
  if (opts.verify !== false) {
    try {
      await driver.verifyConnectivity({ database });
    } catch (err) {
      await driver.close();
      throw describeConnectError(err, uri, local);
    }
  }
  return db;
}

function unreachable(uri: string, local: boolean, cause?: unknown): DbError {
  // An external server (NEO4J_URI) is not ours to start: say so instead of suggesting `db start`.
  const what = local ? 'start it with `newsgraph db start` or set NEO4J_URI' : 'start that server, or fix NEO4J_URI (unset it to use the local Neo4j)';
  return new DbError(`Neo4j is not reachable at ${uri}: ${what}`, { cause });
}

/** Turns a driver connection error into a one-line DbError saying what to do. */
export function describeConnectError(err: unknown, uri: string, local = true): DbError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DbError(`Neo4j at ${uri} refused the credentials (${code.split('.').pop()}): check NEO4J_USER/NEO4J_PASSWORD or the local instance's password file`, { cause: err });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DbError(`Neo4j at ${uri} has no database of that name: check NEO4J_DATABASE`, { cause: err });
  }
  return unreachable(uri, local, err);
}

/**
 * Makes sure the configured server is there: with NEO4J_URI nothing is started; otherwise the local
 * instance is installed (cached) and started if it is not running. Returns an open Db.
 */
export async function ensureLocalNeo4j(config: Config, opts: StartOptions = {}): Promise<Db> {
  // A first install downloads for a minute or more: say so on stderr (stdout stays clean for --json).
  const log = opts.log ?? ((msg: string) => console.error(`newsgraph: ${msg}`));
  if (config.neo4j.uri === null) await startLocalNeo4j(config.local, { ...opts, log });
  return createDb(config);
}
