// Who said what about a place: every statement about the place, a place inside it (PART_OF, up to
// three levels) or an event located there, with its speaker, the outlet and the sentence that reports it.
// @param place string  The place: its id, name or one of its aliases (case-insensitive).
// @param limit integer = 200  Rows at most.
// @column speaker  Who made the statement ("(unattributed)" when nobody is named).
// @column statement  The claim, verbatim.
// @column polarity  affirms or denies.
// @column date  Date of the statement (ISO) or null.
// @column outlet  Publisher of the article that reports it (its file name when the publisher is unknown).
// @column article  Title of that article.
// @column sentence  The sentence of the article that holds the claim.
// @column about  The place (or event) the statement is about.

// Anchored on the place: the place by id (constraint) or by name/alias (full-text index `search`, then
// the exact case-insensitive match), its parts, then the statements about each part or about an event
// located there, two anchored branches (one `WHERE x = inner OR …` pattern made Neo4j scan every statement).
CALL () {
  MATCH (p:Place {id: $place}) RETURN p
  UNION
  WITH '"' + replace(replace($place, '\\', '\\\\'), '"', '\\"') + '"' AS phrase
  WHERE trim($place) <> ''
  CALL db.index.fulltext.queryNodes('search', 'name:' + phrase + ' OR aliases:' + phrase) YIELD node
  WITH node AS p
  WHERE p:Place AND (toLower(p.name) = toLower($place) OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($place)))
  RETURN p
}
MATCH (inner:Place)-[:PART_OF*0..3]->(p)
WITH DISTINCT inner
CALL (inner) {
  MATCH (s:Statement)-[:ABOUT]->(inner)
  RETURN s, inner AS x
  UNION
  MATCH (s:Statement)-[:ABOUT]->(x:Event)-[:LOCATED_IN]->(inner)
  RETURN s, x
}
OPTIONAL MATCH (speaker:Actor)-[:STATED]->(s)
OPTIONAL MATCH (art:Article)-[r:REPORTS]->(s)
RETURN DISTINCT coalesce(speaker.name, '(unattributed)') AS speaker, s.text AS statement, s.polarity AS polarity,
  toString(s.date) AS date, coalesce(art.source, art.file) AS outlet, art.title AS article, r.sentence AS sentence,
  coalesce(x.name, x.label) AS about
ORDER BY date, speaker, statement
LIMIT $limit
