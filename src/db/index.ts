// src/db: the only module that imports neo4j-driver. Connect, convert, schema, counts, checksum.
export { boltUri, createDb, describeConnectError, ensureLocalNeo4j, type Db } from './connect.ts';
export { recordToPlain, toPlain, type PlainNode, type PlainPath, type PlainRelationship } from './plain.ts';
export { installNeo4j, localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalStatus } from './local/index.ts';
