// Viewer entry: composes data loading, the single sigma instance, reducers, state/URL sync and UI.
// prefetch.ts first: its request must go out before the other modules are evaluated.
import { snapshotRequest } from './prefetch.ts';
import Sigma from 'sigma';
import { api, isServerUp } from './api-client.ts';
import { visibleNodes } from './filters.ts';
import { createGraph, fetchSnapshot, mergeSerialized, readSnapshotFile, replaceGraph } from './load.ts';
import { LayoutRunner } from './layout.ts';
import { EdgeArrowOneProgram } from './edge-program.ts';
import { NodeShapeProgram } from './node-program.ts';
import { labelSettings, maxSizeValue, reduceEdge, reduceNode, sizeScale } from './reducers.ts';
import type { ViewContext } from './reducers.ts';
import { Store } from './state.ts';
import type { ViewerState } from './state.ts';
import type { App } from './ui/app.ts';
import { mountContested } from './ui/contested.ts';
import { mountDetails } from './ui/details.ts';
import { byId } from './ui/dom.ts';
import { mountExport } from './ui/export-menu.ts';
import { mountFilters } from './ui/filters-panel.ts';
import { mountLegend } from './ui/legend.ts';
import { mountPanels } from './ui/panels.ts';
import { mountSearch } from './ui/search.ts';
import { mountTable } from './ui/table.ts';
import { mountTimeline } from './ui/timeline.ts';
import { NODE_PROGRAM } from './style.ts';
import { decodeState, encodeState } from './url-state.ts';
import { installDebugHook } from './debug.ts';

function staticCypherNotice(): (query: string) => Promise<void> {
  const pane = byId('pane-cypher');
  pane.textContent = 'Cypher queries need a newsgraph server (`newsgraph serve`). This is a static snapshot.';
  pane.classList.add('muted');
  return async () => undefined;
}

/** Resolves once the frame after this call has been painted (rAF runs before that frame's paint, the timeout after it). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function main(): Promise<void> {
  const store = new Store(decodeState(window.location.search));
  const graph = createGraph();
  const view: ViewContext = { visible: new Set(), hovered: null, hoverSet: null, selected: store.state.selected, emphasis: new Set(), sizeBy: store.state.sizeBy, maxSize: 1, scale: 1 };
  let queryIds: ReadonlySet<string> | null = null;
  // A ?graph= snapshot is built straight into the app's graph BEFORE sigma attaches to it: filling an
  // attached graph fires sigma's listeners once per node (measured: ~0.2 s of start-up at 5,000 nodes),
  // and building it elsewhere then copying it in (export + import) cost ~70 ms more at 5,000 nodes.
  const graphUrl = store.state.graph;
  const snapshotSeeded = new Set<string>();
  const snapshotError = graphUrl ? await fetchSnapshot(graphUrl, snapshotSeeded, graph, snapshotRequest?.url === graphUrl ? snapshotRequest.response : undefined).then(() => null, (err: unknown) => ({ err })) : null;
  // The view of the loaded graph is computed before `new Sigma` too, so sigma's first (synchronous)
  // processing is the real one and the first recompute need not process every node again.
  let preprocessed: { filters: unknown; sizeBy: string } | null = null;
  if (graphUrl && !snapshotError) {
    view.visible = visibleNodes(graph, store.state.filters, null);
    view.maxSize = maxSizeValue(graph, view.visible, view.sizeBy);
    preprocessed = { filters: store.state.filters, sizeBy: store.state.sizeBy };
  }

  // `sigma` is created after the panels are mounted (below), so that the graph's container already has
  // its final size when sigma first draws; UI modules only use `app.sigma` in event handlers.
  // eslint-disable-next-line prefer-const -- assigned once, after the app object that closes over it
  let sigma: Sigma;
  const listeners: (() => void)[] = [];
  const statusEl = byId('status');
  const app: App = {
    graph,
    get sigma() {
      return sigma;
    },
    store,
    serverMode: false,
    view,
    select(id, centre = false) {
      view.emphasis = new Set();
      store.update({ selected: id });
      if (id && centre && graph.hasNode(id)) {
        const pos = sigma.getNodeDisplayData(id);
        if (pos) void sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
      }
    },
    emphasise(ids) {
      view.emphasis = new Set(ids);
      store.update({ selected: ids[0] ?? null });
      frame(ids);
      sigma.refresh({ skipIndexation: true });
    },
    setQueryResult(ids) {
      queryIds = ids;
      recompute();
      if (ids) {
        app.status(`Showing a query result: ${view.visible.size} node(s). "Show whole graph" in the Cypher tab returns to the full view.`);
        frame([...view.visible]);
      }
    },
    graphChanged(relayout) {
      onGraphLoaded(!relayout, false);
    },
    onViewChange(listener) {
      listeners.push(listener);
    },
    status(message, error = false) {
      statusEl.textContent = message;
      statusEl.classList.toggle('error', error);
    },
  };

  // Panels first (their skeletons set the stage's layout, e.g. the timeline's height); filling them
  // from the graph is onGraphLoaded's job.
  const renderDetails = mountDetails(app);
  const renderContested = mountContested(app);
  const renderTable = mountTable(app);
  const rebuildFilters = mountFilters(app);
  const renderLegend = mountLegend(app);
  const rebuildTimeline = mountTimeline(app);
  const rebuildSearch = mountSearch(app);
  mountPanels(app, { table: renderTable, contested: renderContested });
  mountExport(app);
  listeners.push(renderLegend, renderTable);

  const container = byId('graph');
  view.scale = sizeScale(container.clientWidth);
  new ResizeObserver(() => {
    const scale = sizeScale(container.clientWidth);
    if (scale !== view.scale) {
      view.scale = scale;
      sigma.refresh();
    }
  }).observe(container);
  sigma = new Sigma(graph, container, {
    nodeProgramClasses: { [NODE_PROGRAM]: NodeShapeProgram },
    edgeProgramClasses: { arrow: EdgeArrowOneProgram },
    nodeReducer: (key, data) => reduceNode(graph, view, key, data as never),
    edgeReducer: (key, data) => {
      const [s, t] = graph.extremities(key);
      return reduceEdge(view, s, t, data as never);
    },
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    labelColor: { color: '#222' },
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
    ...labelSettings(store.state.labelDensity),
  });
  // Sigma drew the snapshot synchronously; a camera kept in the URL applies to that same first frame.
  const cam = store.state.camera;
  const snapshotCamera = graph.order > 0 && cam !== null;
  if (cam && snapshotCamera) sigma.getCamera().setState({ ...cam, angle: 0 });
  let firstRenderMarked = false;
  /** User-timing mark once a non-empty graph has been drawn: the "first render" of profiles and of bench/viewer.ts. */
  const markFirstRender = (): void => {
    if (firstRenderMarked || graph.order === 0) return;
    firstRenderMarked = true;
    performance.mark('first-render');
  };
  markFirstRender();

  /** Move the camera so that the given nodes fill the view. */
  const frame = (ids: string[]): void => {
    const pts = ids.map((id) => sigma.getNodeDisplayData(id)).filter((p): p is NonNullable<typeof p> => !!p);
    if (!pts.length) return;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    void sigma.getCamera().animate({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2, ratio: Math.min(1.2, Math.max(0.35, span * 1.4)) }, { duration: 400 });
  };

  const recompute = (): void => {
    const unchanged = preprocessed !== null && queryIds === null && preprocessed.filters === store.state.filters && preprocessed.sizeBy === store.state.sizeBy;
    preprocessed = null;
    if (!unchanged) {
      view.visible = visibleNodes(graph, store.state.filters, queryIds);
      view.sizeBy = store.state.sizeBy;
      view.maxSize = maxSizeValue(graph, view.visible, view.sizeBy);
      sigma.refresh();
    }
    const empty = byId('empty-state');
    empty.hidden = view.visible.size > 0 || graph.order === 0;
    empty.textContent = 'No node matches the current filters.';
    for (const l of listeners) l();
  };

  // Hover: highlight the neighbourhood without touching the data graph.
  sigma.on('enterNode', ({ node }) => {
    view.hovered = node;
    view.hoverSet = new Set([node, ...graph.neighbors(node)]);
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    view.hovered = null;
    view.hoverSet = null;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => {
    store.update({ panel: 'details' });
    app.select(node);
  });
  sigma.on('clickStage', () => app.select(null));

  const layout = new LayoutRunner(graph);
  const layoutBtn = byId<HTMLButtonElement>('layout-btn');
  layout.onChange = (running, reason) => {
    layoutBtn.textContent = running ? 'Stop layout' : 'Start layout';
    layoutBtn.setAttribute('aria-pressed', String(running));
    if (!running && reason) app.status(`Layout stopped (${reason}).`);
  };
  layoutBtn.addEventListener('click', () => layout.toggle());

  // Keep display options and the URL in step with the store.
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  const writeUrl = (s: ViewerState): void => {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const qs = encodeState(s);
      window.history.replaceState(null, '', `${window.location.pathname}${qs ? `?${qs}` : ''}`);
    }, 150);
  };
  store.subscribe((s, prev) => {
    if (s.filters !== prev.filters || s.sizeBy !== prev.sizeBy) recompute();
    if (s.labelDensity !== prev.labelDensity) {
      for (const [k, v] of Object.entries(labelSettings(s.labelDensity))) sigma.setSetting(k as 'labelDensity', v);
    }
    if (s.selected !== prev.selected) {
      view.selected = s.selected;
      sigma.refresh({ skipIndexation: true });
      renderDetails();
      renderTable();
    }
    writeUrl(s);
  });
  let camTimer: ReturnType<typeof setTimeout> | null = null;
  sigma.getCamera().on('updated', (c) => {
    if (camTimer) clearTimeout(camTimer);
    camTimer = setTimeout(() => store.update({ camera: { x: c.x, y: c.y, ratio: c.ratio } }), 250);
  });

  const density = byId<HTMLInputElement>('label-density');
  density.value = String(store.state.labelDensity);
  density.addEventListener('input', () => store.update({ labelDensity: Number(density.value) }));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="size-by"]')) {
    radio.checked = radio.value === store.state.sizeBy;
    radio.addEventListener('change', () => radio.checked && store.update({ sizeBy: radio.value === 'mentions' ? 'mentions' : 'degree' }));
  }

  /** Called once a graph is in place (first load or a picked snapshot). */
  const onGraphLoaded = (hadPositions: boolean, restoreCamera = true): void => {
    rebuildFilters();
    rebuildSearch();
    rebuildTimeline();
    recompute();
    markFirstRender();
    renderContested();
    view.selected = store.state.selected;
    renderDetails();
    const cam = store.state.camera;
    if (cam && restoreCamera) sigma.getCamera().setState({ ...cam, angle: 0 });
    if (!hadPositions) layout.start();
  };

  // Load: ?graph= snapshot, else the server, else static mode with a file picker.
  const picker = byId('file-pick');
  byId<HTMLInputElement>('file-input').addEventListener('change', async (ev) => {
    const file = (ev.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const seeded = new Set<string>();
      const g = await readSnapshotFile(file, seeded);
      layout.stop();
      replaceGraph(graph, g);
      queryIds = null;
      store.update({ selected: null, graph: null });
      app.status(`Opened ${file.name}: ${graph.order} nodes, ${graph.size} edges.`);
      onGraphLoaded(seeded.size === 0);
    } catch (err) {
      app.status(err instanceof Error ? err.message : String(err), true);
    }
  });

  app.serverMode = !graphUrl && (await isServerUp());
  // The Cypher editor (CodeMirror + Neo4j's Cypher parser) is most of the bundle: load it only with a server.
  const runQuery = app.serverMode ? (await import('./ui/cypher.ts')).mountCypher(app) : staticCypherNotice();
  picker.hidden = app.serverMode;
  try {
    if (graphUrl) {
      if (snapshotError) throw snapshotError.err;
      app.status(`Snapshot ${graphUrl}: ${graph.order} nodes, ${graph.size} edges.`);
      // The graph is on screen once this frame is painted; the panels (filters, search index, timeline,
      // legend, table, contested pairs: ~0.15 s at 5,000 nodes) are filled right after, not before it.
      await afterNextPaint();
      onGraphLoaded(snapshotSeeded.size === 0, !snapshotCamera);
    } else if (app.serverMode) {
      const data = await api.graph('limit=2000');
      const seeded = new Set<string>();
      mergeSerialized(graph, data, seeded);
      const more = data.attributes.more;
      app.status(`${data.attributes.shown} of ${data.attributes.total} nodes shown${more > 0 ? `; ${more} more not shown (filter or use Cypher)` : ''}.`);
      onGraphLoaded(seeded.size === 0);
      if (store.state.query) await runQuery(store.state.query);
    } else {
      app.status('No newsgraph server: static mode. Open an exported graph JSON (graphology format) with "Open snapshot…".');
      onGraphLoaded(true);
    }
  } catch (err) {
    app.status(`Could not load the graph: ${err instanceof Error ? err.message : String(err)}`, true);
  }
  installDebugHook(app, layout);
}

void main();
