// clearGraph(db): empty the database (tests, benchmarks), keeping and re-applying the schema.
import type { Db } from './connect.ts';
import { applySchema } from './schema.ts';

/** Deletes every node and relationship in chunks (a large graph fits in the heap), then applies the schema. */
export async function clearGraph(db: Db): Promise<void> {
  const session = db.session('WRITE');
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}
