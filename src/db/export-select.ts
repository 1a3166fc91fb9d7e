// The subgraph an export writes: picked by a read-only query, or by the GraphSelection filters
// (--around/--depth, --label, --from/--to, --source), plus the Articles behind every fact, so
// provenance (article, offsets, sentence on REPORTS edges) travels in every format.
import type { ExportGraph } from '../export/types.ts';
import type { GraphSelection } from '../model/api.ts';
import type { Db } from './connect.ts';
import { graphOf, MAX_GRAPH_LIMIT, provenanceArticles, selectNodes } from './graph-read.ts';
import { collectGraphElements } from './graph-read-rows.ts';
import { runReadOnly, type ReadOnlyLimits } from './readonly.ts';

export interface ExportSelection extends GraphSelection {
  /** Read-only Cypher returning nodes, relationships or paths. */
  query?: string;
  params?: Record<string, unknown>;
}

/** Reads the subgraph of a selection with stored properties (`props`) and provenance Articles. */
export async function selectExportGraph(db: Db, sel: ExportSelection, limits: ReadOnlyLimits): Promise<ExportGraph> {
  let eids: string[];
  let total: number;
  if (sel.query !== undefined) {
    const result = await runReadOnly(db, sel.query, sel.params ?? {}, limits);
    eids = [...collectGraphElements(result.rows).nodeEids];
    total = eids.length;
  } else {
    ({ eids, total } = await selectNodes(db, { ...sel, limit: sel.limit ?? MAX_GRAPH_LIMIT }));
  }
  const withArticles = [...new Set([...eids, ...(await provenanceArticles(db, eids))])];
  const graph = await graphOf(db, withArticles, { withProps: true });
  const selection = Object.fromEntries(Object.entries(sel).filter(([k, v]) => v !== undefined && k !== 'params'));
  return {
    ...graph,
    attributes: { generator: 'newsgraph', selection, total, shown: eids.length, more: Math.max(0, total - eids.length) },
  } as ExportGraph;
}
