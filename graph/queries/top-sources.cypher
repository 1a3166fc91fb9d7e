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
MATCH (src:Actor)
CALL (src) {
  OPTIONAL MATCH (a:Article)-[:CITES]->(src)
  RETURN count(DISTINCT a) AS citedBy, collect(DISTINCT coalesce(a.source, a.file)) AS citing
}
CALL (src) {
  OPTIONAL MATCH (src)-[:STATED]->(s:Statement)<-[:REPORTS]-(a:Article)
  RETURN count(DISTINCT s) AS statements, count(DISTINCT a) AS quotedIn, collect(DISTINCT coalesce(a.source, a.file)) AS quoting
}
WITH src, citedBy, quotedIn, statements, citing + [o IN quoting WHERE NOT o IN citing] AS outlets
WHERE citedBy + statements > 0
RETURN src.name AS source, src.kind AS kind, citedBy, quotedIn, statements, outlets, src.id AS id
ORDER BY citedBy + quotedIn DESC, statements DESC, source
LIMIT $limit
