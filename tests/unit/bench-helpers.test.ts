// The bench's pure helpers: percentiles, merging planned write batches across articles, row counts.
import { describe, expect, it } from 'vitest';
import type { WriteBatch } from '../../src/db/index.ts';
import { mergeBatches } from '../../bench/merged-writer.ts';
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

describe('mergeBatches', () => {
  const a: WriteBatch = {
    nodes: [{ label: 'Actor', rows: [{ id: 'x', name: 'Ana Vor', aliases: ['Vor'], props: { kind: 'person' } }] }],
    rels: [{ type: 'STATED', from: 'Actor', to: 'Statement', rows: [{ from: 'x', to: 's1', props: {} }] }],
  };
  const b: WriteBatch = {
    nodes: [
      { label: 'Actor', rows: [{ id: 'x', name: 'Ana Vor', aliases: ['A. Vor'], props: { kind: 'person' } }, { id: 'y', name: 'Belo', aliases: [], props: {} }] },
      { label: 'Statement', rows: [{ id: 's2', props: { text: 't' } }] },
    ],
    rels: [{ type: 'STATED', from: 'Actor', to: 'Statement', rows: [{ from: 'x', to: 's1', props: {} }, { from: 'y', to: 's2', props: {} }] }],
  };

  it('keeps one row per node id with aliases joined, and one per identical relationship', () => {
    const m = mergeBatches([a, b]);
    const actors = m.nodes.find((g) => g.label === 'Actor')!.rows;
    expect(actors.map((r) => r.id)).toEqual(['x', 'y']);
    expect(actors[0]!.aliases).toEqual(['Vor', 'A. Vor']);
    expect(m.rels).toHaveLength(1);
    expect(m.rels[0]!.rows).toHaveLength(2);
    expect(countRows(m)).toBe(5);
    expect(countRows(a) + countRows(b)).toBe(7);
  });
});
