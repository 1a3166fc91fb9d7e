// Events in a date range, as a list ready for a map: each event with its place and coordinates (the
// nearest enclosing place that has coordinates when its own place has none) and its participants.
// @param from string = "0000-01-01"  First day (ISO date, inclusive); a month (YYYY-MM) event counts if it overlaps.
// @param to string = "9999-12-31"  Last day (ISO date, inclusive).
// @param limit integer = 1000  Rows at most.
// @column date  Event date (ISO or YYYY-MM).
// @column type  Event type (taxonomy of docs/graph-model.md).
// @column label  Short human summary.
// @column place  Place name or null.
// @column lat  Latitude (WGS84) or null.
// @column lon  Longitude (WGS84) or null.
// @column participants  Actor names with their role.
// @column outlets  Publishers that reported the event.
// @column id  Event id.
// Dates are strings (ISO day, YYYY-MM or YYYY; docs/graph-model.md), so the range index on
// Event.date seeks them: every date the test below keeps is either >= the month of $from (a day or
// month is, a later year too), or a shorter prefix of $from (its year). A scan of every dated event
// cost ~40 ms at 100k nodes. The places, coordinates, participants and outlets are then looked up only
// for the $limit events that make the list (each event gives at least one row).
CALL () {
  MATCH (e:Event) WHERE e.date >= left($from, 7) AND e.date <= $to RETURN e
  UNION
  UNWIND range(1, 6) AS k
  MATCH (e:Event) WHERE e.date = left($from, k) AND e.date <= $to RETURN e
}
WITH e WHERE toString(e.date) >= left($from, size(toString(e.date)))
WITH e ORDER BY toString(e.date), e.type, e.label LIMIT $limit
OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Place)
WITH e, p ORDER BY toString(e.date), e.type, e.label LIMIT $limit
WITH e, p, COLLECT {
  MATCH path = (p)-[:PART_OF*0..3]->(q:Place) WHERE q.lat IS NOT NULL AND q.lon IS NOT NULL
  RETURN q ORDER BY length(path) LIMIT 1
} AS geo
RETURN toString(e.date) AS date, e.type AS type, e.label AS label, p.name AS place,
  geo[0].lat AS lat, geo[0].lon AS lon,
  COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN a.name + ' (' + coalesce(r.role, 'participant') + ')' } AS participants,
  COLLECT { MATCH (x:Article)-[:REPORTS]->(e) RETURN DISTINCT coalesce(x.source, x.file) } AS outlets,
  e.id AS id
ORDER BY date, type, label
LIMIT $limit
