// Run a planned write batch (node rows, then relationship rows) as ONE managed write transaction:
// all or nothing, retried by the driver on transient errors (deadlocks, leader switches).
import type { ManagedTransaction } from 'neo4j-driver';
import { DbError } from '../model/errors.ts';
import type { NodeLabel, RelType } from '../model/types.ts';
import type { Db } from './connect.ts';
import { toPlain } from './plain.ts';
import { mergeNodeCypher, mergeRelCypher } from './write-cypher.ts';

/** A property value Neo4j can store (no maps, no nulls: drop nulls before). */
export type PropValue = string | number | boolean | string[] | number[];
export type Props = Record<string, PropValue>;

export interface NodeRow {
  id: string;
  props: Props;
  /** Actor/Place only: canonical name and aliases (merged as a set). */
  name?: string;
  aliases?: string[];
}
export interface RelRow {
  from: string;
  to: string;
  props: Props;
}

/** Everything one transaction writes: nodes first (in order), then relationships (in order). */
export interface WriteBatch {
  nodes: { label: NodeLabel; rows: NodeRow[] }[];
  rels: { type: RelType; from: NodeLabel; to: NodeLabel; rows: RelRow[] }[];
}

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
}

export function addCounters(a: WriteCounters, b: WriteCounters): WriteCounters {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    propertiesSet: a.propertiesSet + b.propertiesSet,
    labelsAdded: a.labelsAdded + b.labelsAdded,
  };
}

async function runCounted(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, into: WriteCounters): Promise<number> {
  const result = await tx.run(cypher, params);
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.relationshipsCreated += u.relationshipsCreated;
  into.propertiesSet += u.propertiesSet;
  into.labelsAdded += u.labelsAdded;
  return Number(toPlain(result.records[0]?.get('n') ?? 0));
}

/**
 * Writes a batch in one `executeWrite` transaction. A relationship whose endpoint is in neither the
 * batch nor the graph fails the whole batch (nothing of it stays), naming the type and endpoints.
 * `label` names the batch in errors (an article file). When `signal` aborts (the caller saw the server
 * go away), the wait ends at once with `signal.reason` and closing the session cancels the driver's
 * pending retries; Neo4j rolls back whatever the transaction had not committed.
 */
export async function writeBatch(db: Db, batch: WriteBatch, label: string, now = new Date().toISOString(), signal?: AbortSignal): Promise<WriteCounters> {
  const session = db.session('WRITE');
  try {
    signal?.throwIfAborted();
    const work = session.executeWrite(async (tx) => {
      const counters = zeroCounters(); // per attempt: a retried attempt starts again from zero
      for (const { label: nodeLabel, rows } of batch.nodes) {
        if (rows.length) await runCounted(tx, mergeNodeCypher(nodeLabel), { rows, now }, counters);
      }
      for (const { type, from, to, rows } of batch.rels) {
        if (!rows.length) continue;
        const n = await runCounted(tx, mergeRelCypher(type, from, to), { rows }, counters);
        if (n < rows.length) {
          throw new DbError(`${label}: ${rows.length - n} of ${rows.length} ${type} (${from}->${to}) relationships name a node that does not exist`);
        }
      }
      return counters;
    });
    return await (signal ? untilAborted(work, signal) : work);
  } catch (err) {
    if (err instanceof DbError) throw err;
    const e = err as { code?: string; message?: string };
    throw new DbError(`${label}: write failed${e.code ? ` (${e.code})` : ''}: ${e.message ?? String(err)}`, { cause: err });
  } finally {
    await session.close();
  }
}

/** Settles like `work`, or rejects with the abort reason as soon as `signal` aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => {}); // after an abort nobody awaits `work` any more
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
