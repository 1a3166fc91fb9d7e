// Search box with a listbox of suggestions: arrows move, Enter selects, Escape closes; '/' focuses it.
import { SearchIndex } from '../search-index.ts';
import type { SearchHit } from '../search-index.ts';
import type { App } from './app.ts';
import { byId, el, setChildren } from './dom.ts';

/** Wire the search box; returns a function that rebuilds the index after the graph changes. */
export function mountSearch(app: App): () => void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  const index = new SearchIndex();
  let hits: SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = (): void => {
    setChildren(
      list,
      ...hits.map((h, i) => {
        const li = el('li', { id: `sugg-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-key': h.key }, el('span', { class: `swatch ${h.label}` }), h.name, h.alias ? el('span', { class: 'alias', text: `aka ${h.alias}` }) : null, el('span', { class: 'alias', text: h.label }));
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    if (hits.length === 0 && input.value.trim()) setChildren(list, el('li', { role: 'option', 'aria-disabled': 'true', class: 'muted', text: 'No match' }));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `sugg-${active}`);
    else input.removeAttribute('aria-activedescendant');
    document.getElementById(`sugg-${active}`)?.scrollIntoView({ block: 'nearest' });
  };

  const choose = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    app.store.update({ search: hit.name, panel: 'details' });
    app.select(hit.key, true);
  };

  input.addEventListener('input', () => {
    hits = index.search(input.value, 12);
    active = hits.length ? 0 : -1;
    app.store.update({ search: input.value });
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) hits = index.search(input.value, 12);
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') {
      if (!list.hidden) close();
      else {
        input.value = '';
        app.store.update({ search: '' });
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement | null;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      input.focus();
      input.select();
    }
  });
  input.value = app.store.state.search;

  return () => index.build(app.graph.mapNodes((k, a) => [k, a] as [string, typeof a]));
}
