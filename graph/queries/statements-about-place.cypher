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
MATCH (p:Place)
WHERE p.id = $place OR toLower(p.name) = toLower($place)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($place))
MATCH (inner:Place)-[:PART_OF*0..3]->(p)
MATCH (s:Statement)-[:ABOUT]->(x)
WHERE x = inner OR (x:Event AND EXISTS { (x)-[:LOCATED_IN]->(inner) })
OPTIONAL MATCH (speaker:Actor)-[:STATED]->(s)
OPTIONAL MATCH (art:Article)-[r:REPORTS]->(s)
RETURN DISTINCT coalesce(speaker.name, '(unattributed)') AS speaker, s.text AS statement, s.polarity AS polarity,
  toString(s.date) AS date, coalesce(art.source, art.file) AS outlet, art.title AS article, r.sentence AS sentence,
  coalesce(x.name, x.label) AS about
ORDER BY date, speaker, statement
LIMIT $limit
