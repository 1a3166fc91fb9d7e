// toPlain: driver values (Integer, temporals, nodes, relationships, paths, points) -> plain JSON-able JS.
import neo4j, { type Integer, type Node, type Path, type Point, type Relationship } from 'neo4j-driver';

export interface PlainNode {
  id: string;
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

function plainNode(n: { elementId: string; labels: string[]; properties: Record<string, unknown> }): PlainNode {
  const properties = plainProps(n.properties);
  return { id: typeof properties.id === 'string' ? properties.id : n.elementId, elementId: n.elementId, labels: [...n.labels], properties };
}

/**
 * Converts what the driver returns into plain JS: Integer -> number (string when beyond 2^53),
 * Date/DateTime/… -> ISO string, Duration -> ISO string, Point -> {srid,x,y[,z]}, Node/Relationship/
 * Path -> plain objects (nodes keyed by their `id` property), arrays and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const i = value as Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isPoint(value)) {
    const p = value as Point;
    const srid = toPlain(p.srid) as number;
    return p.z === undefined ? { srid, x: p.x, y: p.y } : { srid, x: p.x, y: p.y, z: p.z };
  }
  if (neo4j.isNode(value)) return plainNode(value as Node);
  if (neo4j.isRelationship(value)) {
    const r = value as Relationship;
    return { elementId: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: plainProps(r.properties) };
  }
  if (neo4j.isPath(value)) {
    const p = value as Path;
    const nodes: PlainNode[] = [plainNode(p.start)];
    const relationships: PlainRelationship[] = [];
    for (const seg of p.segments) {
      relationships.push(toPlain(seg.relationship) as PlainRelationship);
      nodes.push(plainNode(seg.end));
    }
    return { nodes, relationships } satisfies PlainPath;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return plainProps(value as Record<string, unknown>);
}

/** A driver record as a plain object keyed by column. */
export function recordToPlain(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of record.keys) out[String(k)] = toPlain(record.get(k));
  return out;
}
