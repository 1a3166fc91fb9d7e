// The read-only battery: queries that try to write, administer, load files/URLs, reach procedures or
// sneak a keyword past the checks. Shared by the unit test (parse check) and the integration test
// (the whole pipeline against a real Neo4j, with a checksum of the graph before and after).

export interface Attack {
  name: string;
  query: string;
}

const ZWSP = '\u200B';
const RLO = '\u202E';

export const ATTACKS: Attack[] = [
  { name: 'create node', query: "CREATE (n:Actor {id: 'x', name: 'evil'})" },
  { name: 'merge node', query: "MERGE (n:Actor {id: 'x'}) RETURN n" },
  { name: 'set property', query: "MATCH (n) SET n.name = 'pwned' RETURN count(n)" },
  { name: 'set label', query: 'MATCH (n) SET n:Pwned' },
  { name: 'remove property', query: 'MATCH (n) REMOVE n.name' },
  { name: 'remove label', query: 'MATCH (n:Actor) REMOVE n:Actor' },
  { name: 'delete relationships', query: 'MATCH ()-[r]->() DELETE r' },
  { name: 'detach delete', query: 'MATCH (n) DETACH DELETE n' },
  { name: 'nodetach delete', query: 'MATCH (n) WHERE NOT (n)--() NODETACH DELETE n' },
  { name: 'lower-case keywords', query: 'match (n) detach delete n' },
  { name: 'mixed-case keywords', query: 'MaTcH (n) DeTaCh DeLeTe n' },
  { name: 'create user', query: "CREATE USER mallory SET PASSWORD 'secret123' CHANGE NOT REQUIRED" },
  { name: 'drop user', query: 'DROP USER neo4j' },
  { name: 'grant role', query: 'GRANT ROLE admin TO mallory' },
  { name: 'create role', query: 'CREATE ROLE pwn' },
  { name: 'create index', query: 'CREATE INDEX pwn IF NOT EXISTS FOR (n:Actor) ON (n.name)' },
  { name: 'create constraint', query: 'CREATE CONSTRAINT pwn IF NOT EXISTS FOR (n:Pwn) REQUIRE n.id IS UNIQUE' },
  { name: 'drop constraint', query: 'DROP CONSTRAINT pwn IF EXISTS' },
  { name: 'create database', query: 'CREATE DATABASE pwn' },
  { name: 'show users', query: 'SHOW USERS' },
  { name: 'load csv file', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line" },
  { name: 'load csv http', query: "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row" },
  { name: 'load csv then create', query: "LOAD CSV FROM 'file:///x.csv' AS l CREATE (:Actor {id: l[0]})" },
  { name: 'dbms procedure', query: 'CALL dbms.security.createUser("mallory", "secret123", false)' },
  { name: 'dbms listConfig', query: 'CALL dbms.listConfig() YIELD name, value RETURN name, value' },
  { name: 'apoc procedure', query: "CALL apoc.create.node(['Pwn'], {}) YIELD node RETURN node" },
  { name: 'apoc load json', query: "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value" },
  { name: 'db.create procedure', query: "CALL db.createLabel('Pwn')" },
  { name: 'db.createProperty procedure', query: "CALL db.createProperty('pwn')" },
  { name: 'backticked procedure name', query: 'CALL `dbms`.`security`.`createUser`("m", "secret123", false)' },
  { name: 'apoc function', query: "RETURN apoc.util.sleep(100000) AS x" },
  { name: 'chained statements', query: 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n' },
  { name: 'chained, no space', query: 'RETURN 1;CREATE (:Pwn)' },
  { name: 'block comment hiding keyword', query: 'MATCH (n) /* harmless */ DETACH /* really */ DELETE n' },
  { name: 'line comment then write', query: 'MATCH (n) // just a read\nDETACH DELETE n' },
  { name: 'keyword split by comment', query: 'MATCH (n) DE/**/LETE n' },
  { name: 'zero-width space in keyword', query: `MATCH (n) DE${ZWSP}LETE n` },
  { name: 'zero-width space before write', query: `MATCH (n) RETURN n ${ZWSP}CREATE (:Pwn)` },
  { name: 'bidi override', query: `MATCH (n) ${RLO}ETELED HCATED n` },
  { name: 'fullwidth letters', query: 'ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n' },
  { name: 'cyrillic homoglyphs', query: 'MATCH (n) DЕTACH DЕLЕTЕ n' },
  { name: 'non-breaking space', query: 'MATCH (n)\u00A0DETACH DELETE n' },
  { name: 'call in transactions', query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS' },
  { name: 'write in subquery', query: "MATCH (n:Actor) CALL (n) { SET n.name = 'pwned' } RETURN count(*)" },
  { name: 'write in old-style subquery', query: 'CALL { MATCH (n) DETACH DELETE n } RETURN 1' },
  { name: 'foreach create', query: 'FOREACH (i IN range(1, 10) | CREATE (:Pwn {i: i}))' },
  { name: 'foreach set', query: "MATCH (n) WITH collect(n) AS ns FOREACH (n IN ns | SET n.name = 'x')" },
  { name: 'use system', query: 'USE system SHOW USERS' },
  { name: 'use other database', query: 'USE system MATCH (n) RETURN n' },
  { name: 'write after union', query: 'MATCH (n) RETURN n.id AS id UNION CREATE (m:Pwn) RETURN m.id AS id' },
  { name: 'write after with', query: "MATCH (n) WITH n LIMIT 1 MERGE (n)-[:CITES]->(:Pwn) RETURN n" },
  { name: 'write in exists subquery', query: 'MATCH (n) WHERE EXISTS { CREATE (:Pwn) } RETURN n' },
  { name: 'terminate transactions', query: 'TERMINATE TRANSACTIONS "neo4j-transaction-1"' },
  { name: 'explain prefix', query: 'EXPLAIN MATCH (n) DETACH DELETE n' },
  { name: 'cypher runtime option', query: 'CYPHER runtime=slotted MATCH (n) DETACH DELETE n' },
  { name: 'periodic commit', query: "USING PERIODIC COMMIT LOAD CSV FROM 'file:///x' AS l CREATE (:Pwn)" },
  { name: 'alter database', query: 'ALTER DATABASE neo4j SET ACCESS READ ONLY' },
  { name: 'start database', query: 'STOP DATABASE neo4j' },
];

/** Reads the checks must let through (so the battery is not passed by refusing everything). */
export const READS: string[] = [
  'MATCH (n) RETURN count(n) AS n',
  "MATCH (a:Actor) WHERE a.name CONTAINS 'create' RETURN a.name AS name LIMIT 5",
  'MATCH (s:Statement)<-[r:REPORTS]-(a:Article) RETURN s.text AS text, r.sentence AS sentence LIMIT 3',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH p = (a:Actor)-[:STATED]->(:Statement) RETURN p LIMIT 2',
  'MATCH (n) WHERE EXISTS { MATCH (n)--() } RETURN count(n) AS c',
  'MATCH (`delete`:Actor) RETURN `delete`.name AS `create` LIMIT 1',
  '// comment: DETACH DELETE everything\nMATCH (n) RETURN count(n) AS c',
  "RETURN 'CREATE (n) SET n.x = 1; DROP USER neo4j' AS s",
  'MATCH (n:Actor) CALL (n) { MATCH (n)-[:STATED]->(s) RETURN count(s) AS c } RETURN n.name, c LIMIT 3',
  "RETURN date('2025-03-12') AS d, point({latitude: 51.2, longitude: 35.3}) AS p",
  'MATCH (n:Place) RETURN n.name AS name, n.lat AS lat ORDER BY name SKIP 0 LIMIT 5',
];
