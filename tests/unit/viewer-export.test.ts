// Export of the current view: only visible nodes, styling attributes, and CSV/GraphML that parse.
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { csvCell, serializedToCsv, serializedToGraphml, viewToSerialized, xmlEscape } from '../../src/viewer/export.ts';
import { graphFromSerialized } from '../../src/viewer/load.ts';
import fixture from '../fixtures/graphs/small.json' with { type: 'json' };

const graph = graphFromSerialized(fixture, 'small.json');
const visible = new Set(['act-dorn', 'st-1', 'st-2', 'act-grell', 'art-1']);
const view = viewToSerialized(graph, visible, () => ({ color: '#123456', size: 5, shape: 'circle' }));

describe('viewToSerialized', () => {
  it('keeps only visible nodes and the edges between them, with style and provenance', () => {
    expect(view.nodes.map((n) => n.key).sort()).toEqual([...visible].sort());
    expect(view.edges.every((e) => visible.has(e.source) && visible.has(e.target))).toBe(true);
    expect(view.edges.some((e) => e.attributes?.type === 'REPORTS' && typeof e.attributes.sentence === 'string')).toBe(true);
    const n = view.nodes.find((x) => x.key === 'st-1');
    expect(n?.attributes).toMatchObject({ color: '#123456', size: 5, x: -40, y: 20, label: 'Statement' });
  });
  it('re-opens as a graphology graph (static mode)', () => {
    const g = graphFromSerialized(JSON.parse(JSON.stringify(view)), 'view.json');
    expect(g.order).toBe(visible.size);
    expect(g.size).toBe(view.edges.length);
  });
});

describe('CSV', () => {
  it('neutralises formula cells and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(['a', 'b'])).toBe('a|b');
    expect(csvCell(-3)).toBe('-3');
  });
  it('parses back with a real CSV parser', () => {
    const csv = serializedToCsv(view);
    const nodes = parseCsv(csv.nodes, { columns: true }) as Record<string, string>[];
    const edges = parseCsv(csv.edges, { columns: true }) as Record<string, string>[];
    expect(nodes.length).toBe(visible.size);
    expect(nodes.find((n) => n.id === 'act-dorn')?.aliases).toBe('Minister Dorn|I. Dorn');
    expect(edges.length).toBe(view.edges.length);
    expect(edges.every((e) => visible.has(e.source ?? '') && visible.has(e.target ?? ''))).toBe(true);
  });
});

describe('GraphML', () => {
  it('escapes markup', () => {
    expect(xmlEscape('<a href="x">&\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
  });
  it('is read back by graphology-graphml', async () => {
    const { parse } = await import('graphology-graphml/node');
    const xml = serializedToGraphml(view);
    const g = parse(Graph, xml);
    expect(g.order).toBe(visible.size);
    expect(g.size).toBe(view.edges.length);
    expect(g.getNodeAttribute('st-1', 'color')).toBe('#123456');
    expect(g.getNodeAttribute('st-1', 'x')).toBe(-40);
  });
});
