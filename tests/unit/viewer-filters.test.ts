// Viewer filters: pure predicates and the derivation of the visible set (no DOM).
import { describe, expect, it } from 'vitest';
import { contestedNodes, dateInRange, matchesFilter, neighbourhood, visibleNodes } from '../../src/viewer/filters.ts';
import { createGraph, mergeSerialized } from '../../src/viewer/load.ts';
import { defaultFilters } from '../../src/viewer/state.ts';
import type { GraphNodeAttributes } from '../../src/model/api.ts';
import fixture from '../fixtures/graphs/small.json' with { type: 'json' };
import type { SerializedGraphJson } from '../../src/model/api.ts';

function fixtureGraph() {
  const g = createGraph();
  mergeSerialized(g, fixture as unknown as SerializedGraphJson);
  return g;
}

const actor = (extra: Partial<GraphNodeAttributes> = {}): GraphNodeAttributes => ({ label: 'Actor', labels: ['Actor'], name: 'Ana Test', kind: 'person', ...extra });

describe('dateInRange', () => {
  it('treats both ends as inclusive and optional', () => {
    expect(dateInRange('2031-04-02', '2031-04-02', '2031-04-02')).toBe(true);
    expect(dateInRange('2031-04-02', '2031-04-03', null)).toBe(false);
    expect(dateInRange('2031-04-02', null, '2031-04-01')).toBe(false);
    expect(dateInRange('2031-04-02', null, null)).toBe(true);
  });
  it('lets a month-only date overlap any day of its month', () => {
    expect(dateInRange('2031-04', '2031-04-20', '2031-04-25')).toBe(true);
    expect(dateInRange('2031-04', '2031-05-01', null)).toBe(false);
  });
});

describe('matchesFilter', () => {
  it('filters by label', () => {
    expect(matchesFilter('a', actor(), { type: 'label', labels: ['Actor'] })).toBe(true);
    expect(matchesFilter('a', actor(), { type: 'label', labels: ['Place'] })).toBe(false);
  });
  it('applies kinds to actors and places only', () => {
    expect(matchesFilter('a', actor(), { type: 'kind', kinds: ['country'] })).toBe(false);
    expect(matchesFilter('s', { label: 'Statement', labels: ['Statement'], name: 'x' }, { type: 'kind', kinds: ['country'] })).toBe(true);
  });
  it('applies event types to events only', () => {
    const ev: GraphNodeAttributes = { label: 'Event', labels: ['Event'], name: 'e', type: 'attack' };
    expect(matchesFilter('e', ev, { type: 'eventType', types: ['capture'] })).toBe(false);
    expect(matchesFilter('e', ev, { type: 'eventType', types: ['attack'] })).toBe(true);
    expect(matchesFilter('a', actor(), { type: 'eventType', types: ['capture'] })).toBe(true);
  });
  it('filters by publisher and article when the node carries them', () => {
    const a = actor({ sources: ['Ledger'], articles: ['art-9'] });
    expect(matchesFilter('a', a, { type: 'source', sources: ['Wire'] })).toBe(false);
    expect(matchesFilter('a', a, { type: 'source', sources: ['Ledger'] })).toBe(true);
    expect(matchesFilter('a', a, { type: 'article', articles: ['art-1'] })).toBe(false);
    expect(matchesFilter('art-1', { label: 'Article', labels: ['Article'], name: 't' }, { type: 'article', articles: ['art-1'] })).toBe(true);
  });
});

describe('visibleNodes', () => {
  it('shows everything with default filters', () => {
    const g = fixtureGraph();
    expect(visibleNodes(g, defaultFilters()).size).toBe(g.order);
  });
  it('hides unchecked labels', () => {
    const g = fixtureGraph();
    const v = visibleNodes(g, { ...defaultFilters(), labels: ['Actor'] });
    expect([...v].every((k) => g.getNodeAttribute(k, 'label') === 'Actor')).toBe(true);
    expect(v.size).toBe(g.filterNodes((_k, a) => a.label === 'Actor').length);
  });
  it('keeps undated entities only when linked to a dated node in the range', () => {
    const g = fixtureGraph();
    const v = visibleNodes(g, { ...defaultFilters(), from: '2031-04-12', to: '2031-04-12' });
    expect(v.has('ev-capture')).toBe(true);
    expect(v.has('act-brenn')).toBe(true);
    expect(v.has('ev-attack')).toBe(false);
    expect(v.has('act-lone')).toBe(false);
    expect(v.has('st-1')).toBe(false);
    // The meeting is dated to the month only, so it overlaps the day and keeps its participant.
    expect(v.has('ev-meeting')).toBe(true);
    expect(v.has('act-grell')).toBe(true);
  });
  it('contested only keeps the pair and their speakers', () => {
    const g = fixtureGraph();
    expect([...contestedNodes(g)].sort()).toEqual(['act-dorn', 'act-grell', 'st-1', 'st-2']);
    expect([...visibleNodes(g, { ...defaultFilters(), contested: true })].sort()).toEqual(['act-dorn', 'act-grell', 'st-1', 'st-2']);
  });
  it('focus keeps the neighbourhood at depth 1 and 2', () => {
    const g = fixtureGraph();
    const d1 = neighbourhood(g, 'plc-lumen', 1);
    expect([...d1].sort()).toEqual(['plc-karsk', 'plc-lumen']);
    const d2 = visibleNodes(g, { ...defaultFilters(), focus: 'plc-lumen', depth: 2 });
    expect(d2.has('ev-capture')).toBe(true);
    expect(d2.has('act-grell')).toBe(false);
  });
  it('minimum degree drops low-degree nodes', () => {
    const g = fixtureGraph();
    const v = visibleNodes(g, { ...defaultFilters(), minDegree: 3 });
    expect(v.has('act-lone')).toBe(false);
    expect(v.has('plc-karsk')).toBe(true);
  });
  it('never mutates the data graph', () => {
    const g = fixtureGraph();
    const before = JSON.stringify(g.export());
    visibleNodes(g, { ...defaultFilters(), contested: true, minDegree: 2, from: '2031-04-05', labels: ['Actor', 'Statement'] });
    expect(JSON.stringify(g.export())).toBe(before);
  });
  it('restricts to the ids of a query result', () => {
    const g = fixtureGraph();
    expect([...visibleNodes(g, defaultFilters(), new Set(['st-3', 'nope']))]).toEqual(['st-3']);
  });
});
