// Table view: the nodes visible after filters, as an accessible alternative to the canvas.
import type { App } from './app.ts';
import { nodeLink } from './details.ts';
import { byId, el, setChildren } from './dom.ts';

const MAX_ROWS = 1000;
type SortKey = 'name' | 'label' | 'date' | 'degree';

/** Mount the table pane; returns its renderer. */
export function mountTable(app: App): () => void {
  const root = byId('pane-table');
  let sortKey: SortKey = 'label';
  const render = (): void => {
    if (app.store.state.panel !== 'table') return;
    const rows = [...app.view.visible]
      .filter((k) => app.graph.hasNode(k))
      .map((k) => ({ key: k, a: app.graph.getNodeAttributes(k), degree: app.graph.degree(k) }));
    const cmp: Record<SortKey, (x: (typeof rows)[number], y: (typeof rows)[number]) => number> = {
      name: (x, y) => x.a.name.localeCompare(y.a.name),
      label: (x, y) => x.a.label.localeCompare(y.a.label) || x.a.name.localeCompare(y.a.name),
      date: (x, y) => (x.a.date ?? '9999').localeCompare(y.a.date ?? '9999'),
      degree: (x, y) => y.degree - x.degree,
    };
    rows.sort(cmp[sortKey]);
    const head = (key: SortKey, text: string): HTMLElement => {
      const b = el('button', { type: 'button', class: 'linklike', text });
      b.addEventListener('click', () => {
        sortKey = key;
        render();
      });
      return el('th', { scope: 'col', 'aria-sort': sortKey === key ? (key === 'degree' ? 'descending' : 'ascending') : 'none' }, b);
    };
    const sel = app.store.state.selected;
    setChildren(
      root,
      el('p', { id: 'table-count', 'data-count': rows.length, text: `${rows.length} node(s) visible${rows.length > MAX_ROWS ? `, first ${MAX_ROWS} listed` : ''}` }),
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          { class: 'grid', id: 'node-table' },
          el('caption', { class: 'sr-only', text: 'Visible nodes' }),
          el('thead', {}, el('tr', {}, head('name', 'Name'), head('label', 'Label'), el('th', { scope: 'col', text: 'Kind / type' }), head('date', 'Date'), head('degree', 'Degree'))),
          el(
            'tbody',
            {},
            ...rows.slice(0, MAX_ROWS).map((r) =>
              el('tr', { class: r.key === sel ? 'selected' : undefined, 'data-node': r.key }, el('td', {}, nodeLink(app, r.key)), el('td', { text: r.a.label }), el('td', { text: r.a.kind ?? r.a.type ?? '' }), el('td', { text: r.a.date ?? '' }), el('td', { text: String(r.degree) })),
            ),
          ),
        ),
      ),
    );
  };
  return render;
}
