// The baseline page of the viewer bench: fetch ?graph=<url>, Graph.from, new Sigma with default
// settings. Only what sigma reads differently from our model is adapted: `label` (display text; the
// model keeps it in `name`), `size` by degree, and no `type` (sigma reads it as the program name).
// ?width=&height= (CSS px) give the container the size of the viewer's graph area, so both draw the same pixels.
import Graph from 'graphology';
import Sigma from 'sigma';

declare global {
  interface Window {
    __baseline?: { ready: boolean; order: number };
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const url = params.get('graph');
  if (!url) throw new Error('baseline-sigma: ?graph=<url> is required');
  const container = document.getElementById('graph');
  if (!container) throw new Error('baseline-sigma: no #graph element');
  for (const dim of ['width', 'height'] as const) {
    const px = Number(params.get(dim));
    if (px > 0) container.style[dim] = `${px}px`;
  }
  const json = (await (await fetch(url)).json()) as Parameters<typeof Graph.from>[0];
  const graph = Graph.from(json);
  graph.updateEachNodeAttributes((key, { type: _type, ...attrs }) => ({ ...attrs, label: String(attrs.name ?? key), size: 2 + Math.sqrt(graph.degree(key)) }));
  graph.updateEachEdgeAttributes((_key, { type: _type, ...attrs }) => attrs);
  new Sigma(graph, container);
  // Sigma has drawn the graph (synchronously, in its constructor): the same mark as the viewer's.
  performance.mark('first-render');
  window.__baseline = { ready: true, order: graph.order };
}

void main();
