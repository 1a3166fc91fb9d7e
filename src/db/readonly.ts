// Read-only Cypher, defended in depth: (1) the parsed clause check of readonly-check.ts, (2) EXPLAIN
// must report query type "r" (asked once per query text and connection), (3) the query runs in a READ
// transaction with a timeout and a row cap.
// Used by `newsgraph query`, POST /api/cypher, `export --query` and the viewer's Cypher panel.
import neo4j from 'neo4j-driver';
import { DbError, ReadOnlyViolation } from '../model/errors.ts';
import type { Db } from './connect.ts';
import { toPlain } from './plain.ts';
import { assertReadOnlyCypher } from './readonly-check.ts';

export interface ReadOnlyLimits {
  /** Transaction timeout (config.query.timeoutMs). */
  timeoutMs: number;
  /** Rows returned at most (config.query.maxRows); more rows set `truncated`. */
  maxRows: number;
}

export interface ReadOnlyResult {
  columns: string[];
  /** Rows as plain JS (toPlain): nodes, relationships and paths as PlainNode/… objects. */
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/**
 * Parameters for the driver: whole JS numbers become Cypher INTEGERs (the driver would send them as
 * FLOATs, which `LIMIT $n` or `range()` refuse); lists and maps are converted recursively.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

function dbError(err: unknown, what: string): DbError {
  const e = err as { code?: string; message?: string };
  if (e.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || /timed? ?out/i.test(e.message ?? '')) {
    return new DbError(`${what}: the query ran past its time limit`, { cause: err });
  }
  return new DbError(`${what}: ${(e.message ?? String(err)).split('\n')[0]}`, { cause: err });
}

/** Second line of defence: EXPLAIN the query (nothing runs) and return Neo4j's query type (r, rw, w, s). */
export async function explainQueryType(db: Db, query: string, params: Record<string, unknown> = {}): Promise<string> {
  const session = db.session('READ');
  try {
    const result = await session.run(`EXPLAIN ${query}`, toDriverParams(params) as Record<string, unknown>);
    return result.summary.queryType ?? '';
  } catch (err) {
    throw dbError(err, 'query refused by Neo4j');
  } finally {
    await session.close();
  }
}

/**
 * Third line: run in a READ transaction (the server itself refuses writes there), with a timeout,
 * stopping after `maxRows` rows. Exposed separately so tests can show this layer holds on its own.
 */
export async function runInReadTransaction(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: ReadOnlyLimits,
): Promise<ReadOnlyResult> {
  const session = db.session('READ');
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, toDriverParams(params) as Record<string, unknown>);
        const columns = (await result.keys()).map(String);
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= limits.maxRows) {
            truncated = true;
            break;
          }
          const row: Record<string, unknown> = {};
          for (const c of columns) row[c] = toPlain(record.get(c));
          rows.push(row);
        }
        return { columns, rows, truncated };
      },
      { timeout: limits.timeoutMs },
    );
  } catch (err) {
    if (err instanceof ReadOnlyViolation) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'Neo.ClientError.Statement.AccessMode' || /access mode|read access/i.test((err as Error).message ?? '')) {
      throw new ReadOnlyViolation('read-only query refused: Neo4j refused a write in a READ transaction', { cause: err });
    }
    throw dbError(err, 'query failed');
  } finally {
    await session.close();
  }
}

/**
 * Runs user Cypher read-only. Throws ReadOnlyViolation (naming the reason) before anything runs
 * when the query is not a single read; DbError for syntax errors, timeouts and other failures.
 */
export async function runReadOnly(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  limits: ReadOnlyLimits,
): Promise<ReadOnlyResult> {
  assertReadOnlyCypher(query);
  const reads = PLANNED_READS.get(db) ?? new Set<string>();
  if (!reads.has(query)) {
    const type = await explainQueryType(db, query, params);
    if (type !== 'r') throw new ReadOnlyViolation(`read-only query refused: Neo4j plans it as query type "${type}", not a read ("r")`);
    // Insertion order: the oldest text goes first when the set is full.
    if (reads.size >= 500) reads.delete(reads.values().next().value!);
    PLANNED_READS.set(db, reads.add(query));
  }
  return runInReadTransaction(db, query, params, limits);
}

/**
 * Query texts a server planned as reads, per connection. The query type follows from the text alone
 * (its clauses and the modes of the procedures it calls; parameters cannot change it), so a repeated
 * query (saved queries, the viewer's panel) skips the EXPLAIN round trip: 5–30 ms, more under load, at
 * 100k nodes. Only "r" verdicts are kept, so a refusal is always re-derived.
 */
const PLANNED_READS = new WeakMap<Db, Set<string>>();
