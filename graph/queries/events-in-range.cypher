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

// Dates are strings (YYYY, YYYY-MM or YYYY-MM-DD; docs/graph-model.md), and each one the test
// `date >= the same length of $from` keeps is >= the year of $from (a date has at least four characters): so the range index on Event.date
// seeks from there and hands the events over in date order, and only the first $limit (with their
// ties) are read, not every event of the range sorted (a scan of every dated event cost ~40 ms at
// 100k nodes, the default range ~0.25 s). Places, coordinates, participants and outlets are then
// looked up for those events only (each event gives at least one row).
MATCH (e:Event)
WHERE e.date >= left($from, 4) AND e.date <= $to
  AND toString(e.date) >= left($from, size(toString(e.date)))
WITH e ORDER BY e.date, e.type, e.label LIMIT $limit
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
