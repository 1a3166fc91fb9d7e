// Is the server still there? The driver retries a failed transaction for up to 30 s, which is right
// for deadlocks but wrong when Neo4j has gone away: a long ingest would then wait 30 s per article.
// These helpers let a writer notice a lost server in about two probe intervals and give up at once.
import type { Db } from './connect.ts';

/** Driver error codes that mean the server (not the query) is gone. */
const LOST = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when `err` (or an error in its `cause` chain) says the connection to Neo4j was lost or refused. */
export function isConnectionLost(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (LOST.has(String((e as { code?: unknown }).code ?? ''))) return true;
  }
  return false;
}

/** One probe: false only when the server cannot be reached (auth or other errors mean it is there). */
export async function serverReachable(db: Db): Promise<boolean> {
  try {
    await db.driver.verifyConnectivity({ database: db.database });
    return true;
  } catch (err) {
    return !isConnectionLost(err);
  }
}

export interface ServerWatch {
  stop(): void;
}

/**
 * Probes the server every `intervalMs` and calls `onLost` once after `misses` failed probes in a row
 * (two by default, so one slow answer on a busy machine is not taken for a dead server).
 */
export function watchServer(db: Db, onLost: () => void, opts: { intervalMs?: number; misses?: number } = {}): ServerWatch {
  const intervalMs = opts.intervalMs ?? 1000;
  const misses = opts.misses ?? 2;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let missed = 0;
  const tick = async (): Promise<void> => {
    if (stopped) return;
    missed = (await serverReachable(db)) ? 0 : missed + 1;
    if (stopped) return;
    if (missed >= misses) {
      stopped = true;
      onLost();
      return;
    }
    timer = setTimeout(() => void tick(), intervalMs);
    timer.unref?.();
  };
  timer = setTimeout(() => void tick(), intervalMs);
  timer.unref?.();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
