// graphChecksum(db): a hash of the whole graph (ids, labels, properties, relationships), independent of
// write order and internal ids: two runs that built the same graph get the same checksum.
import { createHash } from 'node:crypto';
import type { Db } from './connect.ts';
import { toPlain } from './plain.ts';

export interface GraphChecksum {
  checksum: string;
  nodes: number;
  relationships: number;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function without(props: Record<string, unknown>, exclude: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !exclude.has(k)));
}

/**
 * SHA-256 over the sorted canonical lines of every node (`id`, sorted labels, properties) and every
 * relationship (start id, type, end id, properties). `exclude` lists properties that legitimately differ
 * between runs (default: `ingestedAt`). Nodes are identified by their `id` property.
 */
export async function graphChecksum(db: Db, opts: { exclude?: string[] } = {}): Promise<GraphChecksum> {
  const exclude = new Set(opts.exclude ?? ['ingestedAt']);
  const session = db.session('READ');
  try {
    const nodes = await session.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
    const rels = await session.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
    const lines: string[] = [];
    for (const r of nodes.records) {
      const labels = [...(r.get('labels') as string[])].sort();
      lines.push(`N ${canonicalJson([r.get('id'), labels, without(toPlain(r.get('props')) as Record<string, unknown>, exclude)])}`);
    }
    for (const r of rels.records) {
      lines.push(`R ${canonicalJson([r.get('a'), r.get('type'), r.get('b'), without(toPlain(r.get('props')) as Record<string, unknown>, exclude)])}`);
    }
    lines.sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    return { checksum: hash.digest('hex'), nodes: nodes.records.length, relationships: rels.records.length };
  } finally {
    await session.close();
  }
}
