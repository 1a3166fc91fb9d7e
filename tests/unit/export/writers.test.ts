// Export writers: each format parses with a real reader and holds the nodes, edges and provenance.
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { cypherLiteral, writeCsv, writeCypher, writeExport, writeGexf, writeGraphml } from '../../../src/export/index.ts';
import { anExportGraph, NASTY } from './fixture.ts';

describe('GEXF', () => {
  it('parses with graphology-gexf and keeps attributes, lists and provenance', () => {
    const g = parseGexf(Graph, writeGexf(anExportGraph()));
    expect(g.order).toBe(5);
    expect(g.size).toBe(5);
    expect(g.getNodeAttribute('actor:ivo-marten', 'label')).toBe('Ivo Marten');
    expect(g.getNodeAttribute('actor:ivo-marten', 'nodeLabel')).toBe('Actor');
    expect(g.getNodeAttribute('actor:ivo-marten', 'aliases')).toEqual(['Marten', 'I. Marten']);
    expect(g.getNodeAttribute('place:veldoria', 'lon')).toBe(-3.5);
    expect(g.getNodeAttribute('statement:s1', 'text')).toBe(NASTY);
    const reports = g.filterEdges((_e, a) => a.type === 'REPORTS' && a.start === 7);
    expect(reports).toHaveLength(1);
    expect(g.getEdgeAttribute(reports[0]!, 'sentence')).toBe(NASTY);
  });
});

describe('GraphML', () => {
  it('parses with graphology-graphml and keeps typed data', () => {
    const g = parseGraphml(Graph, writeGraphml(anExportGraph()));
    expect(g.order).toBe(5);
    expect(g.size).toBe(5);
    expect(g.getNodeAttribute('place:veldoria', 'lat')).toBe(48.25);
    expect(g.getNodeAttribute('statement:s1', 'quote')).toBe(true);
    expect(g.getNodeAttribute('statement:s1', 'text')).toBe(NASTY);
    expect(JSON.parse(g.getNodeAttribute('actor:ivo-marten', 'aliases') as string)).toEqual(['Marten', 'I. Marten']);
    const e = g.findEdge((_k, a) => a.type === 'REPORTS' && a.end === 60);
    expect(e && g.getEdgeAttribute(e, 'sentence')).toBe(NASTY);
  });
});

describe('CSV (neo4j-admin import)', () => {
  const files = writeCsv(anExportGraph());
  const byName = new Map(files.map((f) => [f.name, f.name.endsWith('.csv') ? (parseCsv(f.text) as string[][]) : []]));

  it('writes node files per label and relationship files per type with import headers', () => {
    expect([...byName.keys()].sort()).toEqual(
      ['import.txt', 'nodes-Actor.csv', 'nodes-Article.csv', 'nodes-Event.csv', 'nodes-Statement.csv', 'relationships-ABOUT.csv',
        'relationships-PARTICIPATED_IN.csv', 'relationships-REPORTS.csv', 'relationships-STATED.csv'].sort(),
    );
    const actors = byName.get('nodes-Actor.csv')!;
    expect(actors[0]!.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(actors[0]).toContain('lat:double');
    expect(actors[0]).toContain('aliases:string[]');
    expect(actors.find((r) => r[0] === 'place:veldoria')![1]).toBe('Actor;Place');
    const reports = byName.get('relationships-REPORTS.csv')!;
    expect(reports[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(reports[0]).toEqual(expect.arrayContaining(['start:long', 'end:long', 'sentence']));
    const si = reports[0]!.indexOf('sentence');
    expect(reports.find((r) => r[1] === 'statement:s1')![si]).toBe(NASTY);
  });

  it('escapes cells a spreadsheet would run as formulas, but not negative numbers', () => {
    const actors = byName.get('nodes-Actor.csv')!;
    const title = actors[0]!.indexOf('title');
    expect(actors.find((r) => r[0] === 'actor:ivo-marten')![title]).toBe(`'=HYPERLINK("http://x")`);
    expect(actors.find((r) => r[0] === 'place:veldoria')![actors[0]!.indexOf('lon:double')]).toBe('-3.5');
    const articles = byName.get('nodes-Article.csv')!;
    expect(articles[1]![articles[0]!.indexOf('title')]).toBe("'+Breaking: bridge");
  });
});

describe('Cypher script', () => {
  it('is valid Cypher, statement by statement, with MERGE on ids', () => {
    const script = writeCypher(anExportGraph());
    const statements = parseStatementsStrs(script).filter((s) => s.trim() && !/^\s*\/\/[^\n]*$/.test(s.trim()));
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      const errors = lintCypherQuery(s, {}).diagnostics.filter((d) => d.severity === 1);
      expect(errors, s).toEqual([]);
    }
    expect(script).toMatch(/MERGE \(n:Actor \{id: row\.id\}\) SET n:Place SET n \+= row\.props;/);
  }, 60_000);

  it('escapes strings so they cannot break out of the literal', () => {
    expect(cypherLiteral("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
    expect(cypherLiteral("x'}) DETACH DELETE n //")).toBe("'x\\'}) DETACH DELETE n //'");
    expect(cypherLiteral({ 'odd key': [1, 2.5, true], n: null })).toBe('{`odd key`: [1, 2.5, true]}');
  });

  it('refuses labels and types outside the model', () => {
    const g = anExportGraph();
    g.edges[0]!.attributes!.type = 'PWN' as never;
    expect(() => writeCypher(g)).toThrow(/relationship type/);
  });
});

describe('JSON', () => {
  it('loads with Graph.from and keeps the viewer attributes', () => {
    const out = writeExport(anExportGraph(), 'json');
    if (out.kind !== 'text') throw new Error('expected text');
    const g = Graph.from(JSON.parse(out.text));
    expect(g.order).toBe(5);
    expect(g.getNodeAttribute('statement:s1', 'contested')).toBe(true);
  });
});
