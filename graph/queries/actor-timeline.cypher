// An actor's timeline: what the actor said and the events it took part in, in date order (undated
// items last), with the outlets that reported each.
// @param actor string  The actor: its id, name or one of its aliases (case-insensitive).
// @param limit integer = 500  Rows at most.
// @column date  ISO date (or YYYY-MM) or null.
// @column kind  statement or event.
// @column what  The statement's text or the event's label.
// @column detail  The reporting verb and polarity, or the event type and the actor's role.
// @column outlets  Publishers that reported it.
// @column id  Node id (to select it in the viewer).
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($actor))
CALL (x) {
  MATCH (x)-[:STATED]->(s:Statement)
  RETURN toString(s.date) AS date, 'statement' AS kind, s.text AS what, s.verb + ' (' + s.polarity + ')' AS detail, s AS n
  UNION
  MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN toString(e.date) AS date, 'event' AS kind, e.label AS what, e.type + ' (' + coalesce(p.role, 'participant') + ')' AS detail, e AS n
}
RETURN date, kind, what, detail, COLLECT { MATCH (a:Article)-[:REPORTS]->(n) RETURN DISTINCT coalesce(a.source, a.file) } AS outlets, n.id AS id
ORDER BY date, kind, what
LIMIT $limit
