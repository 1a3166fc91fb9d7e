// The neighbourhood of a node: every relationship of the node (by id, name or alias; the best
// connected match), as paths the viewer draws. Provenance links (MENTIONS, REPORTS, CITES) only on request.
// @param node string  The node: its id, name, title or one of its aliases (case-insensitive).
// @param provenance boolean = false  Include the articles that mention or report it.
// @param limit integer = 300  Paths at most.
// @column path  A path (node)-[relationship]-(neighbour).

// Lookup by index, never a scan of every node: the id through each label's uniqueness constraint, a
// name or alias through the full-text index `search` (a phrase query on those fields, then the exact
// case-insensitive match), and only when neither finds it the titles of actors and articles.
CALL () {
  MATCH (c:Actor {id: $node}) RETURN c
  UNION MATCH (c:Place {id: $node}) RETURN c
  UNION MATCH (c:Event {id: $node}) RETURN c
  UNION MATCH (c:Statement {id: $node}) RETURN c
  UNION MATCH (c:Article {id: $node}) RETURN c
  UNION
  WITH '"' + replace(replace($node, '\\', '\\\\'), '"', '\\"') + '"' AS phrase
  WHERE trim($node) <> ''
  CALL db.index.fulltext.queryNodes('search', 'name:' + phrase + ' OR aliases:' + phrase) YIELD node
  WITH node AS c
  WHERE toLower(c.name) = toLower($node) OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($node))
  RETURN c
}
WITH collect(c) AS found
CALL (found) {
  UNWIND found AS c
  RETURN c
  UNION
  WITH found WHERE size(found) = 0
  MATCH (c:Actor|Article) WHERE toLower(c.title) = toLower($node)
  RETURN c
}
WITH c ORDER BY COUNT { (c)--() } DESC LIMIT 1
MATCH path = (c)-[r]-(m)
WHERE $provenance OR NOT type(r) IN ['MENTIONS', 'REPORTS', 'CITES']
RETURN path
LIMIT $limit
