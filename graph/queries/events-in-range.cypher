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
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND toString(e.date) >= left($from, size(toString(e.date)))
  AND toString(e.date) <= $to
OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Place)
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
