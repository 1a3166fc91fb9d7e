// URL state: encode/decode round-trips, defaults stay out of the URL, junk falls back to defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_NAMES, NODE_LABELS } from '../../src/model/types.ts';
import { defaultState } from '../../src/viewer/state.ts';
import type { ViewerState } from '../../src/viewer/state.ts';
import { decodeState, encodeState } from '../../src/viewer/url-state.ts';

describe('url state', () => {
  it('encodes the default state as an empty string', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual(defaultState());
  });

  it('round-trips a full state', () => {
    const s: ViewerState = {
      ...defaultState(),
      filters: { labels: ['Actor', 'Statement'], kinds: ['person', 'armed_force'], types: ['attack'], sources: ['Coastal Wire', 'A, B & C'], articles: ['art-1'], minDegree: 2, from: '2031-04-01', to: '2031-04-09', contested: true, focus: 'act-dorn', depth: 2 },
      search: 'Dorn & co',
      selected: 'st-1',
      camera: { x: 0.5, y: 0.25, ratio: 0.75 },
      query: 'MATCH (n) WHERE n.name = $name RETURN n',
      sizeBy: 'mentions',
      labelDensity: 0.8,
      panel: 'contested',
      graph: 'snap.json',
    };
    expect(decodeState(`?${encodeState(s)}`)).toEqual(s);
  });

  it('keeps an empty label set distinct from all labels', () => {
    const s = defaultState();
    s.filters.labels = [];
    expect(decodeState(encodeState(s)).filters.labels).toEqual([]);
  });

  it('drops malformed values', () => {
    const s = decodeState('labels=Actor,Bogus&types=attack,nuke&from=yesterday&minDegree=-3&cam=1,2&panel=evil&density=9&depth=7');
    expect(s.filters.labels).toEqual(['Actor']);
    expect(s.filters.types).toEqual(['attack']);
    expect(s.filters.from).toBeNull();
    expect(s.filters.minDegree).toBe(0);
    expect(s.camera).toBeNull();
    expect(s.panel).toBe('details');
    expect(s.labelDensity).toBe(1);
    expect(s.filters.depth).toBe(1);
  });

  it('round-trips arbitrary filter values (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.subarray([...NODE_LABELS]),
        fc.subarray(EVENT_TYPE_NAMES),
        fc.array(text, { maxLength: 3 }),
        fc.option(text, { nil: null }),
        fc.option(text, { nil: null }),
        (labels, types, sources, selected, query) => {
          const s = defaultState();
          s.filters.labels = labels;
          s.filters.types = types;
          s.filters.sources = sources;
          s.selected = selected;
          s.query = query;
          const back = decodeState(encodeState(s));
          expect(back.filters.labels).toEqual(labels);
          expect(back.filters.types).toEqual(types);
          expect(back.filters.sources).toEqual(sources);
          expect(back.selected).toBe(selected);
          expect(back.query).toBe(query);
        },
      ),
    );
  });
});
