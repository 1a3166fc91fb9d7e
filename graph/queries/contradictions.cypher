// Contradictions: each pair of statements that contradict each other, side by side, with who said
// each, when, and which outlets reported it.
// @param limit integer = 200  Pairs at most.
// @column speakerA  Who made the first statement.
// @column claimA  The first claim, verbatim.
// @column dateA  Its date.
// @column outletsA  Publishers reporting it.
// @column speakerB  Who made the second statement.
// @column claimB  The second claim.
// @column dateB  Its date.
// @column outletsB  Publishers reporting it.
// @column reason  Why the two contradict.
// @column idA  Id of the first statement (to select it in the viewer).
// @column idB  Id of the second statement.
MATCH (a:Statement)-[c:CONTRADICTS]->(b:Statement)
OPTIONAL MATCH (sa:Actor)-[:STATED]->(a)
OPTIONAL MATCH (sb:Actor)-[:STATED]->(b)
RETURN coalesce(sa.name, '(unattributed)') AS speakerA, a.text AS claimA, toString(a.date) AS dateA,
  COLLECT { MATCH (x:Article)-[:REPORTS]->(a) RETURN DISTINCT coalesce(x.source, x.file) } AS outletsA,
  coalesce(sb.name, '(unattributed)') AS speakerB, b.text AS claimB, toString(b.date) AS dateB,
  COLLECT { MATCH (x:Article)-[:REPORTS]->(b) RETURN DISTINCT coalesce(x.source, x.file) } AS outletsB,
  c.reason AS reason, a.id AS idA, b.id AS idB
ORDER BY dateA, speakerA
LIMIT $limit
