// Most-cited sources: the actors articles rely on, either cited as a source (CITES: "according to
// ISW") or quoted (they STATED a statement an article REPORTS), ranked by the articles involved.
// @param limit integer = 25  Rows at most.
// @column source  The actor's name.
// @column kind  person, organization, media, …
// @column citedBy  Articles that cite it as a source.
// @column quotedIn  Articles that report a statement of it.
// @column statements  Its statements in the graph.
// @column outlets  Publishers that cite or quote it.
// @column id  Actor id.

// Exact counts for every actor (label checks on each statement and article, then distinct articles
// per actor) cost ~0.3 s at 100k nodes. Instead, a bound counted without labels or DISTINCT: an
// actor's CITES relationships plus its STATED→REPORTS paths (citedBy + quotedIn can only be lower).
// The exact rank of the $limit actors with the highest bound gives a floor: the $limit-th best rank
// is at least the lowest of theirs, so an actor whose bound is below it cannot make the list. Exact
// counts are computed only for the actors that can (tens, at 100k nodes). The paths are joined on the
// statement from two scans of relationship types (USING JOIN), cheaper than walking every statement's
// relationships to find its REPORTS.
CALL () {
  MATCH (src)-[:STATED]->(s)<-[:REPORTS]-()
  USING JOIN ON s
  RETURN src
  UNION ALL
  MATCH ()-[:CITES]->(src) RETURN src
}
WITH src, count(*) AS bound
WHERE src:Actor
WITH src, bound ORDER BY bound DESC
WITH collect({src: src, bound: bound}) AS ranked
CALL (ranked) {
  UNWIND ranked[0..$limit] AS c
  WITH c.src AS src
  RETURN min(COUNT { MATCH (a:Article)-[:CITES]->(src) RETURN DISTINCT a }
    + COUNT { MATCH (src)-[:STATED]->(:Statement)<-[:REPORTS]-(a:Article) RETURN DISTINCT a }) AS floor
}
UNWIND [c IN ranked WHERE c.bound >= CASE WHEN floor > 1 THEN floor ELSE 1 END | c.src] AS candidate
// An aggregation starts new rows. Without it each row would still carry `ranked` (one entry per
// cited or quoted actor), which Neo4j counts again for every row the sort below keeps, against
// db.memory.transaction.max (a $limit of 60 already passed 256 MiB).
WITH candidate AS src, count(*) AS copies
WITH src, COUNT { MATCH (a:Article)-[:CITES]->(src) RETURN DISTINCT a } AS citedBy,
  COUNT { MATCH (src)-[:STATED]->(:Statement)<-[:REPORTS]-(a:Article) RETURN DISTINCT a } AS quotedIn,
  COUNT { MATCH (src)-[:STATED]->(s:Statement)<-[:REPORTS]-(:Article) RETURN DISTINCT s } AS statements
WHERE citedBy + quotedIn > 0
ORDER BY citedBy + quotedIn DESC, statements DESC, src.name
LIMIT $limit
CALL (src) {
  OPTIONAL MATCH (a:Article)-[:CITES]->(src)
  RETURN collect(DISTINCT coalesce(a.source, a.file)) AS cited
}
CALL (src) {
  OPTIONAL MATCH (src)-[:STATED]->(:Statement)<-[:REPORTS]-(a:Article)
  RETURN collect(DISTINCT coalesce(a.source, a.file)) AS quoted
}
RETURN src.name AS source, src.kind AS kind, citedBy, quotedIn, statements, cited + [o IN quoted WHERE NOT o IN cited] AS outlets, src.id AS id
ORDER BY citedBy + quotedIn DESC, statements DESC, source
LIMIT $limit
