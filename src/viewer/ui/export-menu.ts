// Export button: builds the current view (visible nodes with their display style) and downloads it.
import { viewToSerialized } from '../export.ts';
import { reduceNode } from '../reducers.ts';
import type { App } from './app.ts';
import { byId } from './dom.ts';
import type { ExportFormat } from './export.ts';

/** The current filtered view as a serialized graph with color/size/shape on each node. */
export function currentView(app: App): ReturnType<typeof viewToSerialized> {
  // Exports use full-scale sizes whatever the screen.
  const ctx = { ...app.view, hovered: null, hoverSet: null, scale: 1 };
  return viewToSerialized(app.graph, app.view.visible, (key, attrs) => {
    const d = reduceNode(app.graph, ctx, key, attrs);
    return { color: d.color, size: d.size, shape: d.shape };
  });
}

export function mountExport(app: App): void {
  const format = byId<HTMLSelectElement>('export-format');
  byId('export-btn').addEventListener('click', () => {
    const f = format.value as ExportFormat;
    // The writers (GEXF, PNG, file download) load on first use: they are not needed to show the graph.
    import('./export.ts')
      .then(({ exportView }) => exportView(f, app.sigma, currentView(app)))
      .then(() => app.status(`Exported ${app.view.visible.size} node(s) as ${f.toUpperCase()}.`))
      .catch((err: unknown) => app.status(`Export failed: ${err instanceof Error ? err.message : String(err)}`, true));
  });
}
