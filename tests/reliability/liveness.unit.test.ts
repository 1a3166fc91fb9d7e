// The lost-server detection the ingest relies on (src/db/liveness.ts): which errors mean "the server
// is gone", and a watch that notices a dead server within two probes, with a real driver and a real
// closed loopback port (no Neo4j needed, nothing mocked).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDb, isConnectionLost, serverReachable, watchServer } from '../../src/db/index.ts';
import { DbError } from '../../src/model/errors.ts';
import { closedPort } from './fault-helpers.ts';

describe('isConnectionLost', () => {
  it('finds ServiceUnavailable or SessionExpired anywhere in the cause chain, and nothing else', () => {
    const driverError = (code: string): Error => Object.assign(new Error(code), { code });
    expect(isConnectionLost(driverError('ServiceUnavailable'))).toBe(true);
    expect(isConnectionLost(driverError('SessionExpired'))).toBe(true);
    expect(isConnectionLost(new DbError('write failed', { cause: new Error('x', { cause: driverError('ServiceUnavailable') }) }))).toBe(true);
    expect(isConnectionLost(driverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(false);
    expect(isConnectionLost(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(false);
    expect(isConnectionLost(new Error('plain'))).toBe(false);
    expect(isConnectionLost(null)).toBe(false);
  });
});

describe('watchServer', () => {
  it('reports a server that does not answer after two missed probes, once', async () => {
    const port = await closedPort();
    const db = await createDb(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' }), { verify: false });
    try {
      expect(await serverReachable(db)).toBe(false);
      const t0 = Date.now();
      let calls = 0;
      await new Promise<void>((resolve) => {
        watchServer(db, () => {
          calls++;
          resolve();
        }, { intervalMs: 200 });
      });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(2 * 200 - 20);
      await new Promise((r) => setTimeout(r, 600));
      expect(calls).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('stop() ends the watch before it reports', async () => {
    const port = await closedPort();
    const db = await createDb(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' }), { verify: false });
    try {
      let calls = 0;
      const watch = watchServer(db, () => calls++, { intervalMs: 200 });
      watch.stop();
      await new Promise((r) => setTimeout(r, 700));
      expect(calls).toBe(0);
    } finally {
      await db.close();
    }
  });
});
