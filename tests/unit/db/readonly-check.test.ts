// The parsed clause check alone: every attack of the battery is refused, ordinary reads pass.
import { describe, expect, it } from 'vitest';
import { assertReadOnlyCypher } from '../../../src/db/readonly-check.ts';
import { ReadOnlyViolation } from '../../../src/model/errors.ts';
import { ATTACKS, READS } from '../../integration/readonly-attacks.ts';

describe('assertReadOnlyCypher', () => {
  it.each(ATTACKS.map((a) => [a.name, a.query]))('refuses %s', (_name, query) => {
    expect(() => assertReadOnlyCypher(query)).toThrow(ReadOnlyViolation);
  });

  it.each(READS.map((q) => [q]))('accepts %s', (query) => {
    expect(() => assertReadOnlyCypher(query)).not.toThrow();
  });

  it('names the reason', () => {
    expect(() => assertReadOnlyCypher('MATCH (n) DETACH DELETE n')).toThrow(/DELETE/);
    expect(() => assertReadOnlyCypher('RETURN 1; RETURN 2')).toThrow(/one statement/);
    expect(() => assertReadOnlyCypher('CALL dbms.listConfig()')).toThrow(/allowlist/);
    expect(() => assertReadOnlyCypher('RETURN 1\u200B')).toThrow(/U\+200B/);
  });

  it('refuses empty and oversized queries', () => {
    expect(() => assertReadOnlyCypher('   ')).toThrow(ReadOnlyViolation);
    expect(() => assertReadOnlyCypher(`RETURN '${'a'.repeat(30_000)}'`)).toThrow(ReadOnlyViolation);
  });
});
