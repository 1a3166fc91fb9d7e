// ForceAtlas2 in a web worker, bundled by Vite as a same-origin module. Why not
// graphology-layout-forceatlas2/worker: it spawns its worker from a blob: URL, which a strict
// Content-Security-Policy (worker-src 'self') refuses. The algorithm is still graphology's own.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest, LayoutMessage } from './layout.ts';

interface WorkerScope {
  postMessage(message: LayoutMessage): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let runId = 0;

function run(req: Extract<LayoutRequest, { type: 'start' }>): void {
  const id = ++runId;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (const n of req.nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size });
  for (const [s, t] of req.edges) if (s !== t && graph.hasNode(s) && graph.hasNode(t)) graph.addEdge(s, t);
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 500 };
  const started = Date.now();
  const tick = (): void => {
    if (id !== runId) return;
    const before = graph.mapNodes((_k, a) => [a.x as number, a.y as number] as const);
    forceAtlas2.assign(graph, { iterations: 25, settings });
    let moved = 0;
    let i = 0;
    const positions: number[] = [];
    graph.forEachNode((_k, a) => {
      const prev = before[i++];
      if (prev) moved += Math.hypot((a.x as number) - prev[0], (a.y as number) - prev[1]);
      positions.push(a.x as number, a.y as number);
    });
    // Convergence is judged relative to the drawing's extent, so it does not depend on FA2's scale.
    const xs = positions.filter((_v, j) => j % 2 === 0);
    const ys = positions.filter((_v, j) => j % 2 === 1);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1e-9);
    const meanMove = graph.order ? moved / graph.order / 25 / extent : 0;
    scope.postMessage({ type: 'positions', keys: graph.nodes(), positions });
    // A minimum run time keeps a nearly settled graph from stopping before the user sees it move.
    if (meanMove < req.tolerance && Date.now() - started > req.minMs) scope.postMessage({ type: 'done', reason: 'converged' });
    else if (Date.now() - started > req.maxMs) scope.postMessage({ type: 'done', reason: 'timeout' });
    else setTimeout(tick, 0);
  };
  tick();
}

scope.onmessage = (event) => {
  const req = event.data;
  if (req.type === 'start') run(req);
  else runId++;
};
