// Wait until a Bolt server answers `RETURN 1`, with a deadline and a way to give up early.
import neo4j from 'neo4j-driver';
import { DbError } from '../../model/errors.ts';

export interface WaitOptions {
  timeoutMs: number;
  /** Log file to name in the error. */
  logFile: string;
  /** Returns a reason to stop waiting (e.g. the process died), or null to keep going. */
  aborted?: () => string | null;
  user?: string;
  /** Database to ask (default neo4j): `RETURN 1` is not a command the system database takes. */
  database?: string;
}

/** Errors that mean "not up yet": keep polling. Anything else is a real answer: stop and report it. */
function isStartingUp(code: string | undefined): boolean {
  if (!code) return true;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  );
}

/** Polls `RETURN 1` every 500 ms until it works; throws a DbError naming the log file on timeout. */
export async function waitForBolt(uri: string, password: string, opts: WaitOptions): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic(opts.user ?? 'neo4j', password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  let lastError = '';
  try {
    while (Date.now() < deadline) {
      const reason = opts.aborted?.();
      if (reason) throw new DbError(`db start: ${reason} before answering on ${uri}; see ${opts.logFile}`);
      const session = driver.session({ database: opts.database ?? 'neo4j' });
      try {
        await session.run('RETURN 1');
        return;
      } catch (err) {
        const e = err as { code?: string; message?: string };
        lastError = e.message ?? String(err);
        if (e.code === 'Neo.ClientError.Security.Unauthorized') {
          throw new DbError(`db start: Neo4j at ${uri} refused the password in the instance's password file; see ${opts.logFile}`);
        }
        if (!isStartingUp(e.code)) throw new DbError(`db start: Neo4j at ${uri} answered with an error (${e.code}): ${lastError}; see ${opts.logFile}`, { cause: err });
      } finally {
        await session.close();
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
  throw new DbError(`db start: Neo4j did not answer on ${uri} within ${Math.round(opts.timeoutMs / 1000)} s (${lastError}); see ${opts.logFile}`);
}
