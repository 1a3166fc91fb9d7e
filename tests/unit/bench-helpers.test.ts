// The bench's pure helpers: percentiles and row counts.
import { describe, expect, it } from 'vitest';
import type { WriteBatch } from '../../src/db/index.ts';
import { countRows } from '../../bench/naive-writer.ts';
import { median, percentile } from '../../bench/util.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(xs)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});


describe('countRows', () => {
  it('counts node rows and relationship rows of a batch', () => {
    const batch: WriteBatch = {
      nodes: [{ label: 'Actor', rows: [{ id: 'x', props: {} }, { id: 'y', props: {} }] }, { label: 'Statement', rows: [{ id: 's', props: {} }] }],
      rels: [{ type: 'STATED', from: 'Actor', to: 'Statement', rows: [{ from: 'x', to: 's', props: {} }] }],
    };
    expect(countRows(batch)).toBe(4);
    expect(countRows({ nodes: [], rels: [] })).toBe(0);
  });
});
