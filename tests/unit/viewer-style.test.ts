// Style functions: colours by label/kind, shapes, sizes, legend keys, label density settings.
import { describe, expect, it } from 'vitest';
import { labelSettings } from '../../src/viewer/reducers.ts';
import { CONTESTED_COLOR, LABEL_COLORS, legendKey, nodeBorderColor, nodeColor, nodeShape, nodeSize, sizeValue } from '../../src/viewer/style.ts';

describe('style', () => {
  it('colours by kind when known, else by label', () => {
    expect(nodeColor({ label: 'Actor', kind: 'country' })).not.toBe(nodeColor({ label: 'Actor', kind: 'person' }));
    expect(nodeColor({ label: 'Actor', kind: 'unheard-of' })).toBe(LABEL_COLORS.Actor);
    expect(nodeColor({ label: 'Event' })).toBe(LABEL_COLORS.Event);
  });
  it('gives labels distinct shapes and rings contested statements', () => {
    expect(nodeShape({ label: 'Place' })).toBe('square');
    expect(nodeShape({ label: 'Actor' })).toBe('circle');
    expect(nodeShape({ label: 'Statement', contested: true })).toBe('border');
    expect(nodeBorderColor({ label: 'Statement', contested: true })).toBe(CONTESTED_COLOR);
  });
  it('sizes monotonically between min and max', () => {
    expect(nodeSize(0, 10)).toBe(3);
    expect(nodeSize(10, 10)).toBe(16);
    expect(nodeSize(20, 10)).toBe(16);
    expect(nodeSize(5, 10)).toBeGreaterThan(nodeSize(2, 10));
    expect(nodeSize(5, 0)).toBe(3);
  });
  it('sizes by degree or mentions', () => {
    const a = { label: 'Actor' as const, labels: ['Actor' as const], name: 'x', mentions: 7 };
    expect(sizeValue(a, 3, 'degree')).toBe(3);
    expect(sizeValue(a, 3, 'mentions')).toBe(7);
    expect(sizeValue({ ...a, mentions: undefined }, 3, 'mentions')).toBe(1);
  });
  it('keys the legend by label and kind', () => {
    expect(legendKey({ label: 'Place', kind: 'town' })).toBe('Place:town');
    expect(legendKey({ label: 'Statement', kind: 'x' })).toBe('Statement');
  });
  it('maps density to more labels', () => {
    expect(labelSettings(1).labelRenderedSizeThreshold).toBeLessThan(labelSettings(0).labelRenderedSizeThreshold);
    expect(labelSettings(1).labelDensity).toBeGreaterThan(labelSettings(0).labelDensity);
  });
});

describe('labels and edges', () => {
  it('cuts long labels with an ellipsis', async () => {
    const { displayLabel, edgeColor, PROVENANCE_EDGE_COLOR } = await import('../../src/viewer/style.ts');
    expect(displayLabel('short')).toBe('short');
    const cut = displayLabel('x'.repeat(100));
    expect(cut.length).toBe(42);
    expect(cut.endsWith('…')).toBe(true);
    expect(edgeColor('REPORTS')).toBe(PROVENANCE_EDGE_COLOR);
    expect(edgeColor('CONTRADICTS')).toBe(CONTESTED_COLOR);
  });
});
