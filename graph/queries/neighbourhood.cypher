// The neighbourhood of a node: every relationship of the node (by id, name or alias; the best
// connected match), as paths the viewer draws. Provenance links (MENTIONS, REPORTS, CITES) only on request.
// @param node string  The node: its id, name, title or one of its aliases (case-insensitive).
// @param provenance boolean = false  Include the articles that mention or report it.
// @param limit integer = 300  Paths at most.
// @column path  A path (node)-[relationship]-(neighbour).
MATCH (c)
WHERE c.id = $node OR toLower(c.name) = toLower($node) OR toLower(c.title) = toLower($node)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($node))
WITH c ORDER BY COUNT { (c)--() } DESC LIMIT 1
MATCH path = (c)-[r]-(m)
WHERE $provenance OR NOT type(r) IN ['MENTIONS', 'REPORTS', 'CITES']
RETURN path
LIMIT $limit
