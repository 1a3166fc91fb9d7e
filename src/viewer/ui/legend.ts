// Legend: one row per label (and per actor/place kind), its colour and shape, and visible/total counts.
import { legendKey, nodeBorderColor, nodeColor, nodeShape } from '../style.ts';
import type { App } from './app.ts';
import { byId, el, setChildren } from './dom.ts';

interface Row {
  key: string;
  color: string;
  shape: string;
  border: string;
  total: number;
  visible: number;
}

/** Mount the legend; returns the function that re-counts it. */
export function mountLegend(app: App): () => void {
  const root = byId<HTMLUListElement>('legend');
  return () => {
    const rows = new Map<string, Row>();
    app.graph.forEachNode((key, a) => {
      const k = legendKey(a);
      let row = rows.get(k);
      if (!row) {
        row = { key: k, color: nodeColor(a), shape: nodeShape({ label: a.label, contested: false }), border: nodeBorderColor({ label: a.label, contested: false }), total: 0, visible: 0 };
        rows.set(k, row);
      }
      row.total++;
      if (app.view.visible.has(key)) row.visible++;
    });
    const sorted = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
    const contested = app.graph.filterNodes((_k, a) => a.label === 'Statement' && !!a.contested).length;
    setChildren(
      root,
      ...sorted.map((r) => {
        const swatch = el('span', { class: `swatch ${r.shape}`, 'aria-hidden': 'true' });
        swatch.style.backgroundColor = r.color;
        if (r.shape === 'border') swatch.style.borderColor = r.border;
        return el('li', { 'data-key': r.key }, swatch, r.key.replace(':', ' · '), el('span', { class: 'count', text: `${r.visible} / ${r.total}` }));
      }),
      contested ? el('li', {}, el('span', { class: 'swatch border Statement contested-swatch', 'aria-hidden': 'true' }), 'contested statement (ring)', el('span', { class: 'count', text: String(contested) })) : null,
    );
  };
}
