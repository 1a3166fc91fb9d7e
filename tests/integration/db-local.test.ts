// The project-managed local Neo4j as the tests run it: generated password kept 0600 and never logged,
// loopback only, no file or network loads. Skipped when the tests use an external NEO4J_URI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../src/db/index.ts';
import { freshDb } from '../helpers/db.ts';

const n = inject('neo4j');
const local = n.instanceDir !== null;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe.runIf(local)('the local Neo4j instance', () => {
  const home = n.instanceDir ?? '';
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps a generated password in a file only the user can read', () => {
    const file = join(home, 'password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const pw = readFileSync(file, 'utf8').trim();
    expect(pw).toMatch(/^[0-9a-f]{48}$/);
    expect(pw).toBe(n.password);
  });

  it('never writes the password into its logs, conf or run files', () => {
    const pw = n.password;
    for (const f of [...filesUnder(join(home, 'logs')), ...filesUnder(join(home, 'conf')), ...filesUnder(join(home, 'run'))]) {
      expect(readFileSync(f).includes(pw), f).toBe(false);
    }
  });

  it('refuses the default password', async () => {
    const driver = neo4j.driver(n.uri, neo4j.auth.basic('neo4j', 'neo4j'), { logging: { level: 'error', logger: () => {} } });
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
    }
  });

  it('answers on 127.0.0.1 only', async () => {
    const port = Number(new URL(n.uri.replace('bolt:', 'http:')).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no non-loopback address on this machine: nothing to check
    const { createConnection } = await import('node:net');
    const connected = await new Promise<boolean>((resolve) => {
      const s = createConnection({ host: external.address, port });
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    expect(connected).toBe(false);
  });

  it('cannot load files or URLs', async () => {
    const session = db.session('READ');
    try {
      for (const url of ['file:///etc/passwd', 'https://repo1.maven.org/maven2/', `http://${n.uri.split('//')[1]}/`]) {
        await expect(session.run('LOAD CSV FROM $url AS line RETURN line LIMIT 1', { url }), url).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' });
      }
    } finally {
      await session.close();
    }
  });
});
