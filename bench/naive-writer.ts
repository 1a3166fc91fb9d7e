// The naive baseline of the write bench: the same planned rows as the project's writer, but one
// MERGE per node or relationship, each its own auto-commit `session.run` (what a first attempt does).
// Labels and types come from the plan's typed fields (the model's unions), values as parameters.
import type { Db, WriteBatch } from '../src/db/index.ts';

/** Nodes + relationship rows of a batch: the elements a writer has to put in the graph. */
export function countRows(batch: WriteBatch): number {
  return batch.nodes.reduce((n, g) => n + g.rows.length, 0) + batch.rels.reduce((n, g) => n + g.rows.length, 0);
}

/**
 * Writes `batches` row by row. Stops starting new batches once `maxElements` rows are written (the
 * rate is what is measured). Returns the rows written.
 */
export async function writeNaively(db: Db, batches: WriteBatch[], maxElements = Infinity): Promise<number> {
  const session = db.session('WRITE');
  let written = 0;
  try {
    for (const batch of batches) {
      if (written >= maxElements) break;
      for (const { label, rows } of batch.nodes) {
        for (const row of rows) {
          const names = row.name === undefined ? {} : { name: row.name, aliases: row.aliases ?? [] };
          await session.run(`MERGE (n:${label} {id: $id}) SET n += $props`, { id: row.id, props: { ...row.props, ...names } });
          written++;
        }
      }
      for (const { type, from, to, rows } of batch.rels) {
        for (const row of rows) {
          await session.run(`MATCH (a:${from} {id: $from}) MATCH (b:${to} {id: $to}) MERGE (a)-[r:${type}]->(b) SET r += $props`, row);
          written++;
        }
      }
    }
  } finally {
    await session.close();
  }
  return written;
}
