// The project-managed local Neo4j: install (Maven Central jars), configure, start, stop, status.
export { installNeo4j, isInstalled, type InstallResult } from './install.ts';
export { localStatus, portInUse, runningPid, startLocalNeo4j, stopLocalNeo4j, type LocalStatus, type StartOptions } from './process.ts';
export { readLocalPassword } from './password.ts';
export { instancePaths, neo4jVersion, type InstancePaths } from './paths.ts';
export { neo4jSettings, renderNeo4jConf } from './conf.ts';
