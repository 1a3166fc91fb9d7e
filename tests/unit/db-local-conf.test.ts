// neo4j.conf of the local instance: loopback only, the configured ports and memory, loads locked down.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { jvmOptions, neo4jSettings, renderNeo4jConf } from '../../src/db/local/conf.ts';
import { instancePaths } from '../../src/db/local/paths.ts';
import { splitCypherScript } from '../../src/db/schema.ts';
import { canonicalJson } from '../../src/db/checksum.ts';

const config = loadConfig({ NEWSGRAPH_HOME: '/tmp/ng-home', NEWSGRAPH_INSTANCE: 'unit', NEWSGRAPH_BOLT_PORT: '7001', NEWSGRAPH_HTTP_PORT: '7002', NEWSGRAPH_NEO4J_HEAP_MB: '800' });
const settings = neo4jSettings(config.local, instancePaths(config.local));

describe('neo4jSettings', () => {
  it('binds every listener to 127.0.0.1 on the configured ports', () => {
    const listeners = Object.entries(settings).filter(([k]) => k.endsWith('listen_address'));
    expect(listeners.length).toBeGreaterThanOrEqual(3);
    for (const [, v] of listeners) expect(v).toMatch(/^127\.0\.0\.1(:\d+)?$/);
    expect(settings['server.bolt.listen_address']).toBe('127.0.0.1:7001');
    expect(settings['server.http.listen_address']).toBe('127.0.0.1:7002');
    expect(settings['server.https.enabled']).toBe('false');
  });

  it('sizes memory from the config and caps transactions', () => {
    expect(settings['server.memory.heap.max_size']).toBe('800m');
    expect(settings['db.memory.transaction.max']).toBe('200m');
    expect(settings['db.transaction.timeout']).toMatch(/^\d+s$/);
    expect(jvmOptions(config.local)).toContain('-Xmx800m');
  });

  it('turns off file loads, plugin procedures and usage reports, and keeps data in the instance', () => {
    expect(settings['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
    expect(settings['dbms.security.procedures.allowlist']).toBe('');
    expect(settings['dbms.usage_report.enabled']).toBe('false');
    expect(settings['server.directories.data']).toBe('/tmp/ng-home/neo4j/unit/data');
    expect(renderNeo4jConf(config.local, instancePaths(config.local))).toContain('server.directories.import=/tmp/ng-home/neo4j/unit/import-disabled\n');
  });

  it('points the JVM proxies at a closed port so LOAD CSV cannot reach the network', () => {
    const opts = jvmOptions(config.local);
    expect(opts).toContain('-Dhttps.proxyHost=127.0.0.1');
    expect(opts).toContain('-Dhttp.nonProxyHosts=');
  });
});

describe('splitCypherScript', () => {
  it('drops comment lines and splits on semicolons at line ends only', () => {
    expect(splitCypherScript("// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// c\nRETURN 'a;b' AS s;\n")).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      "RETURN 'a;b' AS s",
    ]);
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' })).toBe(canonicalJson({ a: 'x', b: [1, { c: 2, d: 1 }] }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
