// Typed parameters (--param name=value) and the saved-query header parser.
import { describe, expect, it } from 'vitest';
import { parseParamPairs, parseParamValue } from '../../../src/db/queries-params.ts';
import { listSavedQueries, parseSavedQuery, resolveSavedParams } from '../../../src/db/queries.ts';
import { InputError, UsageError } from '../../../src/model/errors.ts';

describe('parseParamValue', () => {
  it.each([
    ['12', 12],
    ['-3', -3],
    ['2.5', 2.5],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    ['null', null],
    ['["a", 1]', ['a', 1]],
    ['{"k": [true]}', { k: [true] }],
    ['"12"', '12'],
    ['Vladimir Putin', 'Vladimir Putin'],
    ['2025-03-12', '2025-03-12'],
    ['007', '007'],
    ['99999999999999999999', '99999999999999999999'],
  ])('%s', (text, value) => {
    expect(parseParamValue(text)).toEqual(value);
  });

  it('refuses broken JSON and bad names', () => {
    expect(() => parseParamValue('[1, 2')).not.toThrow(); // not JSON-looking at both ends: a string
    expect(() => parseParamValue('[1, 2,]')).toThrow(UsageError);
    expect(() => parseParamPairs(['no-equals'])).toThrow(UsageError);
    expect(() => parseParamPairs(['1x=2'])).toThrow(UsageError);
    expect(parseParamPairs(['a=1', 'b=x=y'])).toEqual({ a: 1, b: 'x=y' });
  });
});

describe('saved query headers', () => {
  const q = parseSavedQuery(
    'demo',
    '// Who did what.\n// Second line.\n// @param who string  The actor.\n// @param n integer = 5  Rows.\n// @column name  Name.\nMATCH (a) RETURN a.name AS name LIMIT $n\n// not header\n',
  );

  it('reads description, params with defaults and columns', () => {
    expect(q.description).toBe('Who did what. Second line.');
    expect(q.params).toEqual([
      { name: 'who', type: 'string', description: 'The actor.' },
      { name: 'n', type: 'integer', default: 5, description: 'Rows.' },
    ]);
    expect(q.columns).toEqual([{ name: 'name', description: 'Name.' }]);
  });

  it('fills defaults, requires the rest, refuses unknown parameters', () => {
    expect(resolveSavedParams(q, { who: 'x' })).toEqual({ who: 'x', n: 5 });
    expect(() => resolveSavedParams(q, {})).toThrow(InputError);
    expect(() => resolveSavedParams(q, { who: 'x', other: 1 })).toThrow(InputError);
  });

  it('every file in graph/queries has a header with columns', () => {
    for (const s of listSavedQueries()) {
      expect(s.description, s.name).not.toBe('');
      expect(s.columns.length, s.name).toBeGreaterThan(0);
    }
  });
});
