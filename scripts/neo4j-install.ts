// Install the local Neo4j's jars (cached; what `newsgraph db install` does) without loading the whole
// CLI: CI runs it before `npm test`. Prints the time it took.
import { loadConfig } from '../src/config.ts';
import { installNeo4j } from '../src/db/local/index.ts';

const config = loadConfig(process.env);
const r = await installNeo4j(config.local, (m) => console.error(m));
console.log(r.installed ? `Neo4j ${r.version} installed in ${r.lib} (${(r.ms / 1000).toFixed(1)} s)` : `Neo4j ${r.version} already installed in ${r.lib}`);
