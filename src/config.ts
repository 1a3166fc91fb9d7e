// loadConfig(env, overrides) -> Config, validated once. Nothing below this module reads process.env.
import { resolve } from 'node:path';
import { UsageError } from './model/errors.ts';

export interface Neo4jConfig {
  /** Bolt URI of an external server (NEO4J_URI). Null means: use the project's own local Neo4j. */
  uri: string | null;
  user: string;
  /** Password of the external server; the local one keeps its generated password in a file. */
  password: string | null;
  database: string;
}

export interface LocalNeo4jConfig {
  /** Where the local Neo4j's jars are installed (shared by every instance). */
  installDir: string;
  /** This instance's home: conf, data, logs, run, password file. */
  instanceDir: string;
  boltPort: number;
  httpPort: number;
  heapMb: number;
  pageCacheMb: number;
}

export interface Config {
  /** State folder git ignores: the local Neo4j, caches. NEWSGRAPH_HOME, default ./.cache */
  home: string;
  neo4j: Neo4jConfig;
  local: LocalNeo4jConfig;
  serve: { host: string; port: number; token: string | null; maxBodyBytes: number };
  input: { maxFileBytes: number };
  query: { timeoutMs: number; maxRows: number };
  debug: boolean;
}

export const DEFAULTS = {
  home: '.cache',
  instance: 'default',
  boltPort: 7687,
  httpPort: 7474,
  heapMb: 2048,
  pageCacheMb: 1024,
  servePort: 5757,
  serveHost: '127.0.0.1',
  maxBodyBytes: 1_000_000,
  maxFileBytes: 10 * 1024 * 1024,
  queryTimeoutMs: 15_000,
  queryMaxRows: 10_000,
} as const;

export type Env = Record<string, string | undefined>;

function intFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`config: ${name} must be a whole number, got "${raw}"`);
  return n;
}

/** Reads the environment once. Instance name NEWSGRAPH_INSTANCE lets tests run a Neo4j of their own. */
export function loadConfig(env: Env = {}, overrides: Partial<{ debug: boolean; host: string; port: number }> = {}): Config {
  const home = resolve(env.NEWSGRAPH_HOME || DEFAULTS.home);
  const instance = env.NEWSGRAPH_INSTANCE || DEFAULTS.instance;
  if (!/^[a-z0-9_-]+$/i.test(instance)) throw new UsageError(`config: NEWSGRAPH_INSTANCE must be letters, digits, - or _, got "${instance}"`);
  const uri = env.NEO4J_URI || null;
  return {
    home,
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? null,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    local: {
      installDir: resolve(home, 'neo4j-dist'),
      instanceDir: resolve(home, 'neo4j', instance),
      boltPort: intFrom(env, 'NEWSGRAPH_BOLT_PORT', DEFAULTS.boltPort),
      httpPort: intFrom(env, 'NEWSGRAPH_HTTP_PORT', DEFAULTS.httpPort),
      heapMb: intFrom(env, 'NEWSGRAPH_NEO4J_HEAP_MB', DEFAULTS.heapMb),
      pageCacheMb: intFrom(env, 'NEWSGRAPH_NEO4J_PAGECACHE_MB', DEFAULTS.pageCacheMb),
    },
    serve: {
      host: overrides.host ?? env.NEWSGRAPH_HOST ?? DEFAULTS.serveHost,
      port: overrides.port ?? intFrom(env, 'NEWSGRAPH_PORT', DEFAULTS.servePort),
      token: env.NEWSGRAPH_TOKEN || null,
      maxBodyBytes: intFrom(env, 'NEWSGRAPH_MAX_BODY_BYTES', DEFAULTS.maxBodyBytes),
    },
    input: { maxFileBytes: intFrom(env, 'NEWSGRAPH_MAX_FILE_BYTES', DEFAULTS.maxFileBytes) },
    query: {
      timeoutMs: intFrom(env, 'NEWSGRAPH_QUERY_TIMEOUT_MS', DEFAULTS.queryTimeoutMs),
      maxRows: intFrom(env, 'NEWSGRAPH_QUERY_MAX_ROWS', DEFAULTS.queryMaxRows),
    },
    debug: overrides.debug ?? env.NEWSGRAPH_DEBUG === '1',
  };
}
