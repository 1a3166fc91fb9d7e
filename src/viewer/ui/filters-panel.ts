// Filter controls (labels, kinds, event types, publishers, articles, min degree, contested, focus).
// Controls only write to the store; main.ts derives the visible set from it.
import type { EventType, NodeLabel } from '../../model/types.ts';
import { NODE_LABELS } from '../../model/types.ts';
import { defaultFilters } from '../state.ts';
import type { FilterState } from '../state.ts';
import type { App } from './app.ts';
import { byId, el, setChildren } from './dom.ts';

interface Options {
  kinds: Map<string, number>;
  types: Map<string, number>;
  sources: Map<string, number>;
  articles: Map<string, string>;
  labels: Map<NodeLabel, number>;
}

function count(map: Map<string, number>, key: string | null | undefined): void {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

function collectOptions(app: App): Options {
  const o: Options = { kinds: new Map(), types: new Map(), sources: new Map(), articles: new Map(), labels: new Map() };
  app.graph.forEachNode((key, a) => {
    o.labels.set(a.label, (o.labels.get(a.label) ?? 0) + 1);
    if (a.label === 'Actor' || a.label === 'Place') count(o.kinds, a.kind);
    if (a.label === 'Event') count(o.types, a.type);
    for (const s of a.sources ?? []) count(o.sources, s);
    if (a.label === 'Article') o.articles.set(key, a.name);
  });
  return o;
}

function multiSelect(id: string, legend: string, options: [string, string][], selected: string[], onChange: (values: string[]) => void): HTMLElement {
  const select = el('select', { id, multiple: true, size: Math.min(5, Math.max(2, options.length)) });
  for (const [value, text] of options) {
    const opt = el('option', { value, text });
    opt.selected = selected.includes(value);
    select.appendChild(opt);
  }
  select.addEventListener('change', () => onChange([...select.selectedOptions].map((o) => o.value)));
  return el('div', { class: 'filter-group' }, el('label', { for: id, text: `${legend} (none selected = all)` }), select);
}

/** Mount the filter form; returns a function to rebuild it (graph loaded or state reset). */
export function mountFilters(app: App): () => void {
  const root = byId('filters');
  const set = (patch: Partial<FilterState>): void => app.store.updateFilters(patch);

  const build = (): void => {
    const f = app.store.state.filters;
    const o = collectOptions(app);
    const labels = el('fieldset', {}, el('legend', { text: 'Show' }));
    for (const label of NODE_LABELS) {
      const box = el('input', { type: 'checkbox', value: label, id: `f-label-${label}` });
      box.checked = f.labels.includes(label);
      box.addEventListener('change', () => {
        const next = NODE_LABELS.filter((l) => (l === label ? box.checked : app.store.state.filters.labels.includes(l)));
        set({ labels: next });
      });
      labels.appendChild(el('label', { for: `f-label-${label}` }, box, ` ${label} `, el('span', { class: 'muted', text: `(${o.labels.get(label) ?? 0})` })));
    }
    const fmt = (m: Map<string, number>): [string, string][] => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => [k, `${k} (${n})`]);
    const minDegree = el('input', { id: 'f-min-degree', type: 'number', min: 0, max: 99, step: 1, value: f.minDegree });
    minDegree.addEventListener('change', () => set({ minDegree: Math.max(0, Math.floor(Number(minDegree.value) || 0)) }));
    const contested = el('input', { id: 'f-contested', type: 'checkbox' });
    contested.checked = f.contested;
    contested.addEventListener('change', () => set({ contested: contested.checked }));
    const focusName = f.focus && app.graph.hasNode(f.focus) ? app.graph.getNodeAttribute(f.focus, 'name') : f.focus;
    const depth = el('select', { id: 'f-depth' }, el('option', { value: '1', text: 'depth 1' }), el('option', { value: '2', text: 'depth 2' }));
    depth.value = String(f.depth);
    depth.addEventListener('change', () => set({ depth: depth.value === '2' ? 2 : 1 }));
    const clearFocus = el('button', { type: 'button', id: 'f-clear-focus', text: 'Clear focus' });
    clearFocus.addEventListener('click', () => set({ focus: null }));
    setChildren(
      root,
      labels,
      o.kinds.size ? multiSelect('f-kinds', 'Actor / place kind', fmt(o.kinds), f.kinds, (kinds) => set({ kinds })) : null,
      o.types.size ? multiSelect('f-types', 'Event type', fmt(o.types), f.types, (types) => set({ types: types as EventType[] })) : null,
      o.sources.size ? multiSelect('f-sources', 'Publisher', fmt(o.sources), f.sources, (sources) => set({ sources })) : null,
      o.articles.size ? multiSelect('f-articles', 'Article', [...o.articles].map(([k, t]) => [k, t]), f.articles, (articles) => set({ articles })) : null,
      el('div', { class: 'filter-group' }, el('label', { for: 'f-min-degree', text: 'Minimum degree ' }), minDegree),
      el('div', { class: 'filter-group' }, el('label', { for: 'f-contested' }, contested, ' Contested only (statements in a contradiction and their speakers)')),
      el('div', { class: 'filter-group' }, f.focus ? el('p', {}, 'Focus: ', el('strong', { text: String(focusName) }), ' ', depth, ' ', clearFocus) : el('p', { class: 'muted', text: 'Focus: select a node, then "Focus neighbourhood".' })),
    );
  };

  byId('reset-filters').addEventListener('click', () => {
    app.store.update({ filters: defaultFilters() });
    app.setQueryResult(null);
  });
  app.store.subscribe((s, prev) => {
    if (s.filters !== prev.filters && !root.contains(document.activeElement)) build();
    else if (s.filters.focus !== prev.filters.focus) build();
  });
  return build;
}
