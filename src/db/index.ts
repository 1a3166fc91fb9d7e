// src/db: the only module that imports neo4j-driver. Connect, convert, schema, writes, counts, checksum.
export { boltUri, createDb, describeConnectError, ensureLocalNeo4j, type Db } from './connect.ts';
export { recordToPlain, toPlain, type PlainNode, type PlainPath, type PlainRelationship } from './plain.ts';
export { applySchema, ensureSchema, splitCypherScript } from './schema.ts';
export { addCounters, writeBatch, zeroCounters, type NodeRow, type Props, type RelRow, type WriteBatch, type WriteCounters } from './write.ts';
export { installNeo4j, localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalStatus } from './local/index.ts';
export { countGraph, type GraphCounts } from './stats.ts';
export { readKnownEntities } from './known-entities.ts';
export { readRelatedStatements, type RelatedQuery, type RelatedStatements } from './related-statements.ts';
export { canonicalJson, graphChecksum, type GraphChecksum } from './checksum.ts';
export { clearGraph } from './clear.ts';
export { isConnectionLost, serverReachable, watchServer, type ServerWatch } from './liveness.ts';
