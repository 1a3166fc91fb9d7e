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

// The actor by id (constraint) or by name/alias (full-text index `search`, then the exact
// case-insensitive match), as in neighbourhood.cypher: a scan of every actor with toLower() on each
// name and alias cost ~25 ms CPU at 100k nodes.
CALL () {
  MATCH (x:Actor {id: $actor}) RETURN x
  UNION
  WITH '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"' AS phrase
  WHERE trim($actor) <> ''
  CALL db.index.fulltext.queryNodes('search', 'name:' + phrase + ' OR aliases:' + phrase) YIELD node
  WITH node AS x
  WHERE x:Actor AND (toLower(x.name) = toLower($actor) OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($actor)))
  RETURN x
}
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
