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

// Counts start from the CITES and STATED relationships, aggregated inside each branch, so only actors
// that are cited or quoted are touched (two subqueries per actor made it visit every actor); the
// outlets (a property read per article) are collected only for the actors that make the list.
CALL () {
  MATCH (a:Article)-[:CITES]->(src:Actor)
  RETURN src, count(DISTINCT a) AS citedBy, 0 AS statements, 0 AS quotedIn
  UNION ALL
  MATCH (src:Actor)-[:STATED]->(s:Statement)<-[:REPORTS]-(a:Article)
  RETURN src, 0 AS citedBy, count(DISTINCT s) AS statements, count(DISTINCT a) AS quotedIn
}
WITH src, sum(citedBy) AS citedBy, sum(quotedIn) AS quotedIn, sum(statements) AS statements
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
