// The surface that UI modules get from main.ts: graph, sigma, store and a few actions.
import type Sigma from 'sigma';
import type { ViewerGraph } from '../load.ts';
import type { ViewContext } from '../reducers.ts';
import type { Store } from '../state.ts';

export interface App {
  graph: ViewerGraph;
  sigma: Sigma;
  store: Store;
  /** True when a newsgraph server answers (details, cypher); false in static mode. */
  serverMode: boolean;
  view: ViewContext;
  /** Select a node (or clear with null); `centre` moves the camera to it. */
  select(id: string | null, centre?: boolean): void;
  /** Emphasise a set of nodes (e.g. a contradiction pair) and frame them. */
  emphasise(ids: string[]): void;
  /** Show only a query result (node keys), or everything again with null. */
  setQueryResult(ids: ReadonlySet<string> | null): void;
  /** Nodes were merged into the graph (query result): rebuild indexes, lay out new nodes when `relayout`. */
  graphChanged(relayout: boolean): void;
  /** Listen to view changes (visible set recomputed, graph replaced). */
  onViewChange(listener: () => void): void;
  status(message: string, error?: boolean): void;
}
