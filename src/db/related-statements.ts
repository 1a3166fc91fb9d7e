// readRelatedStatements(db, …): statements already in the graph that a new ingest batch may contradict
// or support: about one of the batch's actors, places or events, from other articles. The resolver links them like statements of the batch itself, so a story
// ingested over several runs (or in several batches) gets the same CONTRADICTS/SUPPORTS edges.
import neo4j from 'neo4j-driver';
import type { StatementRecord } from '../model/types.ts';
import type { Db } from './connect.ts';
import { toPlain } from './plain.ts';

export interface RelatedStatements {
  statements: StatementRecord[];
  /** Ids of the actors and places those statements are about or spoken by, and their names. */
  actorIds: string[];
  placeIds: string[];
  names: Map<string, string>;
}

export interface RelatedQuery {
  /** Actor, place and event ids the batch's statements are about. */
  about: string[];
  /** The batch's articles (their statements are in the batch already). */
  exclude: string[];
  /** Statements taken from each topic at most. */
  perTopic: number;
  /** Statements at most in all: with `perTopic`, keeps each batch's cost bounded in a large graph. */
  limit: number;
}

// From each topic, a few of its statements: a country is the topic of thousands, and taking them all
// would make every batch cost the whole graph. Without ORDER BY the expansion stops after `perTopic`
// (Neo4j walks a node's relationships newest first, so these are mostly the latest written).
const CYPHER = `UNWIND $about AS id
CALL (id) {
  MATCH (x:Actor {id: id}) RETURN x
  UNION
  MATCH (x:Place {id: id}) RETURN x
  UNION
  MATCH (x:Event {id: id}) RETURN x
}
CALL (x) {
  MATCH (x)<-[:ABOUT]-(s:Statement)
  WHERE NOT s.article IN $exclude
  RETURN s LIMIT $perTopic
}
WITH DISTINCT s LIMIT $limit
OPTIONAL MATCH (speaker:Actor)-[:STATED]->(s)
WITH s, head(collect(speaker)) AS speaker
CALL (s) {
  OPTIONAL MATCH (s)-[:ABOUT]->(t)
  RETURN collect({id: t.id, name: t.name, actor: t:Actor, place: t:Place}) AS about
}
RETURN s {.id, .article, .text, .quote, .verb, .polarity, .date, .start, .end, .sentence} AS s,
       speaker {.id, .name} AS speaker, about`;

interface Row {
  s: { id: string; article: string; text: string; quote: boolean; verb: string; polarity: StatementRecord['polarity']; date: string | null; start: number; end: number; sentence?: string | null };
  speaker: { id: string; name: string | null } | null;
  about: { id: string | null; name: string | null; actor: boolean; place: boolean }[];
}

/** Statements of other articles about the batch's topics, a bounded number (see RelatedQuery). */
export async function readRelatedStatements(db: Db, q: RelatedQuery): Promise<RelatedStatements> {
  const out: RelatedStatements = { statements: [], actorIds: [], placeIds: [], names: new Map() };
  if (q.about.length === 0 || q.limit <= 0) return out;
  const session = db.session('READ');
  try {
    const result = await session.run(CYPHER, { ...q, perTopic: neo4j.int(Math.floor(q.perTopic)), limit: neo4j.int(Math.floor(q.limit)) });
    const actors = new Set<string>();
    const places = new Set<string>();
    for (const record of result.records) {
      const row = toPlain(record.toObject()) as Row;
      const about: string[] = [];
      for (const t of row.about) {
        if (!t.id) continue;
        about.push(t.id);
        if (t.actor) actors.add(t.id);
        if (t.place) places.add(t.id);
        if (t.name) out.names.set(t.id, t.name);
      }
      if (row.speaker) {
        actors.add(row.speaker.id);
        if (row.speaker.name) out.names.set(row.speaker.id, row.speaker.name);
      }
      const { sentence, ...s } = row.s;
      out.statements.push({ ...s, speaker: row.speaker?.id ?? null, about, ...(sentence ? { sentence } : {}) });
    }
    out.actorIds = [...actors];
    out.placeIds = [...places];
    return out;
  } finally {
    await session.close();
  }
}
