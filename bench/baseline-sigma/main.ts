// The baseline page of the viewer bench: fetch ?graph=<url>, Graph.from, new Sigma with default
// settings. Only what sigma reads differently from our model is adapted: `label` (display text; the
// model keeps it in `name`), `size` by degree, and no `type` (sigma reads it as the program name).
import Graph from 'graphology';
import Sigma from 'sigma';

declare global {
  interface Window {
    __baseline?: { ready: boolean; order: number };
  }
}

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get('graph');
  if (!url) throw new Error('baseline-sigma: ?graph=<url> is required');
  const json = (await (await fetch(url)).json()) as Parameters<typeof Graph.from>[0];
  const graph = Graph.from(json);
  graph.updateEachNodeAttributes((key, { type: _type, ...attrs }) => ({ ...attrs, label: String(attrs.name ?? key), size: 2 + Math.sqrt(graph.degree(key)) }));
  graph.updateEachEdgeAttributes((_key, { type: _type, ...attrs }) => attrs);
  const container = document.getElementById('graph');
  if (!container) throw new Error('baseline-sigma: no #graph element');
  new Sigma(graph, container);
  window.__baseline = { ready: true, order: graph.order };
}

void main();
