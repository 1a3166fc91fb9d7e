// Contested claims: every CONTRADICTS pair side by side (who, what, when, which outlet); a button
// selects the pair in the graph.
import { contradictionPairs, outletsOf, speakerOf, whenOf } from '../relations.ts';
import type { App } from './app.ts';
import { nodeLink } from './details.ts';
import { byId, el, setChildren } from './dom.ts';

function side(app: App, key: string): HTMLElement {
  const a = app.graph.getNodeAttributes(key);
  const sp = speakerOf(app.graph, key);
  return el(
    'div',
    { class: 'side' },
    el('div', { class: 'who' }, sp ? nodeLink(app, sp.node) : 'unattributed'),
    el('div', { class: 'what' }, a.polarity === 'denies' ? el('span', { class: 'badge denies', text: 'denies' }) : null, a.text ?? a.name),
    el('div', { class: 'muted', text: `${whenOf(app.graph, key) ?? 'undated'} · ${outletsOf(app.graph, key).join(', ') || 'unknown outlet'}` }),
  );
}

/** Mount the contested pane; returns its renderer. */
export function mountContested(app: App): () => void {
  const root = byId('pane-contested');
  return () => {
    const pairs = contradictionPairs(app.graph);
    if (pairs.length === 0) {
      setChildren(root, el('p', { class: 'muted', text: 'No contradiction in this graph.' }));
      return;
    }
    setChildren(
      root,
      el('p', { class: 'muted', text: `${pairs.length} contradicting pair(s). "Show in graph" selects both statements and their speakers.` }),
      el(
        'ul',
        { class: 'pairs' },
        ...pairs.map((p, i) => {
          const show = el('button', { type: 'button', id: `pair-${i}`, text: 'Show in graph' });
          show.addEventListener('click', () => {
            const speakers = [p.a, p.b].map((s) => speakerOf(app.graph, s)?.node).filter((s): s is string => !!s);
            app.emphasise([p.a, p.b, ...speakers]);
          });
          const details = el('button', { type: 'button', text: 'Details' });
          details.addEventListener('click', () => {
            app.store.update({ panel: 'details' });
            app.select(p.a, true);
          });
          return el('li', { class: 'pair' }, el('div', { class: 'sides' }, side(app, p.a), side(app, p.b)), p.reason ? el('p', { class: 'reason', text: p.reason }) : null, show, ' ', details);
        }),
      ),
    );
  };
}
