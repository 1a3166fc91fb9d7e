// Tabs of the right-hand panel (Details, Contested, Cypher, Table): arrow keys move between tabs.
import type { Panel } from '../state.ts';
import type { App } from './app.ts';

/** Wire the tabs to `state.panel`; `renderers` are called when their pane is shown. */
export function mountPanels(app: App, renderers: Partial<Record<Panel, () => void>>): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"][data-panel]')];
  const show = (panel: Panel): void => {
    for (const tab of tabs) {
      const on = tab.dataset.panel === panel;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const pane = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (pane) pane.hidden = !on;
    }
    renderers[panel]?.();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => app.store.update({ panel: tab.dataset.panel as Panel }));
    tab.addEventListener('keydown', (ev) => {
      if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
      const next = tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      if (next) {
        next.focus();
        next.click();
      }
    });
  });
  app.store.subscribe((s, prev) => {
    if (s.panel !== prev.panel) show(s.panel);
  });
  show(app.store.state.panel);
  // Tables with many columns need room: a toggle widens the panel.
  const wide = document.getElementById('wide-panel');
  wide?.addEventListener('click', () => {
    const on = !document.querySelector('.layout')?.classList.contains('wide-panel');
    document.querySelector('.layout')?.classList.toggle('wide-panel', on);
    wide.setAttribute('aria-pressed', String(on));
    window.dispatchEvent(new Event('resize'));
  });
  // Escape closes the sidebar drawer on small screens and clears the selection otherwise.
  const sidebar = document.getElementById('sidebar');
  const toggle = document.getElementById('toggle-sidebar');
  const layout = document.querySelector('.layout');
  const setSidebar = (open: boolean): void => {
    if (!sidebar || !toggle) return;
    sidebar.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    layout?.classList.toggle('no-sidebar', !open);
  };
  setSidebar(window.innerWidth > 1000);
  toggle?.addEventListener('click', () => setSidebar(sidebar?.hidden ?? false));
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    const target = ev.target as HTMLElement | null;
    if (target?.id === 'search') return;
    if (sidebar && !sidebar.hidden && window.innerWidth <= 1000) {
      setSidebar(false);
      toggle?.focus();
    } else if (app.store.state.selected) app.select(null);
  });
}
