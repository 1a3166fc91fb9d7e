// Pure parts of the server: loopback detection, the bind rule, token comparison, selection parsing.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/model/errors.ts';
import { HttpError } from '../../../src/server/http.ts';
import { assertBindAllowed, CONTENT_SECURITY_POLICY, isLoopbackHost, tokenMatches } from '../../../src/server/security.ts';
import { exportFormatFromQuery, paramsFromQuery, selectionFromQuery } from '../../../src/server/selection.ts';

describe('security', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.5', false],
    ['localhost.attacker.example', false],
    ['128.0.0.1', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it('refuses a non-loopback bind without a (long enough) token', () => {
    expect(() => assertBindAllowed('0.0.0.0', null)).toThrow(UsageError);
    expect(() => assertBindAllowed('0.0.0.0', 'short')).toThrow(UsageError);
    expect(() => assertBindAllowed('0.0.0.0', 'a-long-enough-token-123')).not.toThrow();
    expect(() => assertBindAllowed('127.0.0.1', null)).not.toThrow();
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('secret-token-0123456789', 'secret-token-0123456789')).toBe(true);
    expect(tokenMatches('secret-token-012345678', 'secret-token-0123456789')).toBe(false);
    expect(tokenMatches(null, 'secret-token-0123456789')).toBe(false);
  });

  it('has a CSP that forbids inline script and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
  });
});

describe('selection from a query string', () => {
  it('reads repeated and comma lists, dates, numbers and flags', () => {
    const q = new URLSearchParams('label=Actor,Place&label=Event&type=capture&from=2025-03-01&to=2025-03&limit=50&contested=true&around=Kyiv&depth=2');
    expect(selectionFromQuery(q, 1000)).toEqual({
      label: ['Actor', 'Place', 'Event'],
      type: ['capture'],
      from: '2025-03-01',
      to: '2025-03',
      limit: 50,
      contested: true,
      around: 'Kyiv',
      depth: 2,
    });
  });

  it.each(['label=Pwn', 'type=party', 'from=yesterday', 'limit=0', 'limit=5000', 'depth=3', 'minDegree=-1'])('refuses %s', (qs) => {
    expect(() => selectionFromQuery(new URLSearchParams(qs), 1000)).toThrow(HttpError);
  });

  it('reads the export format and query params', () => {
    expect(exportFormatFromQuery(new URLSearchParams('format=graphml'))).toBe('graphml');
    expect(() => exportFormatFromQuery(new URLSearchParams('format=xlsx'))).toThrow(HttpError);
    expect(paramsFromQuery(new URLSearchParams('params={"a":1}&param.b=true'))).toEqual({ a: 1, b: true });
  });
});
