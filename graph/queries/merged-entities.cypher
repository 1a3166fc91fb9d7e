// Entities merged from several spellings: actors and places the resolver recorded under more than
// one name (aliases), with how many articles mention them.
// @param limit integer = 100  Rows at most.
// @column name  Canonical name.
// @column label  Actor or Place.
// @column kind  Its kind.
// @column aliases  The other spellings merged into it.
// @column spellings  Number of spellings (name + aliases).
// @column articles  Articles that mention it.
// @column id  Node id.
MATCH (n)
WHERE (n:Actor OR n:Place) AND size(coalesce(n.aliases, [])) > 0
RETURN n.name AS name, CASE WHEN n:Actor THEN 'Actor' ELSE 'Place' END AS label, n.kind AS kind,
  n.aliases AS aliases, 1 + size(n.aliases) AS spellings,
  COUNT { MATCH (:Article)-[:MENTIONS]->(n) } AS articles, n.id AS id
ORDER BY spellings DESC, articles DESC, name
LIMIT $limit
