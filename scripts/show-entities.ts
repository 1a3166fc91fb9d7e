// Prints the actors and places findEntities finds in one text file, one line each (label, kind,
// name, title, mentions, PART_OF, coordinates): a quick look at the extractor on a new article.
//   npx tsx scripts/show-entities.ts article.txt
import { readFileSync } from 'node:fs';
import { findEntities } from '../src/ingest/extract/entities/index.ts';
const text = readFileSync(process.argv[2] ?? '', 'utf8');
const r = findEntities({ id: 'a', file: 'a', title: '', source: null, url: null, published: null, publishedInferred: false, text }, []);
for (const e of r.entities) console.log(e.label[0], e.kind.padEnd(12), e.name.padEnd(34), '|', (e.title ?? '').padEnd(22), '|', e.mentions.map((m) => m.text).join(', '), e.partOf ? `| partOf ${e.partOf}` : '', e.lat ? `@${e.lat.toFixed(1)},${e.lon?.toFixed(1)}` : '');
console.log('cites', r.cites);
