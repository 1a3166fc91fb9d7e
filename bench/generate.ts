// Synthetic news articles for the bench: ~700 words each, from varied sentence templates (quotes,
// reported speech, every event type of the taxonomy, relative and absolute dates, places), seeded.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_TYPE_NAMES, type EventType } from '../src/model/types.ts';
import { createRng, type Rng } from './prng.ts';
import {
  CLAIMS, COUNTRY_ENDINGS, dateExpression, DENIAL_VERBS, FILLERS, FIRST_NAMES, inventWord, MEDIA_PATTERNS, ORG_PATTERNS,
  QUOTES, REAL_COUNTRIES, REPORTING_VERBS, TITLES, TOWN_ENDINGS, URGING_VERBS,
} from './vocabulary.ts';

export interface GeneratedArticle {
  file: string;
  /** Whole file content: title line, "date YYYY-MM-DD" line, blank line, paragraphs. */
  text: string;
  words: number;
}

/** The cast of one article: who acts, where. */
interface Cast {
  people: { name: string; surname: string; title: string }[];
  countries: string[];
  towns: string[];
  village: string;
  region: string;
  org: string;
  media: string;
  published: Date;
}

const TARGET_WORDS = 700;

function fill(template: string, rng: Rng, cast: Cast): string {
  return template
    .replaceAll('{A}', cast.countries[0]!)
    .replaceAll('{B}', cast.countries[1]!)
    .replaceAll('{T}', rng.pick(cast.towns))
    .replaceAll('{N}', String(rng.int(3, 400)));
}

function castFor(rng: Rng, published: Date): Cast {
  const invented = () => inventWord(rng, rng.pick(COUNTRY_ENDINGS));
  const countries = [rng.chance(0.5) ? rng.pick(REAL_COUNTRIES) : invented(), invented(), rng.pick(REAL_COUNTRIES)];
  const people = Array.from({ length: rng.int(3, 5) }, () => {
    const surname = inventWord(rng, rng.pick(['', 'ov', 'enko', 'ic', 'son']));
    return { name: `${rng.pick(FIRST_NAMES)} ${surname}`, surname, title: rng.pick(TITLES) };
  });
  return {
    people,
    countries,
    towns: Array.from({ length: rng.int(2, 4) }, () => inventWord(rng, rng.pick(TOWN_ENDINGS))),
    village: inventWord(rng, 'ivka'),
    region: `${inventWord(rng)} region`,
    org: rng.pick(ORG_PATTERNS).replace('{W}', inventWord(rng)),
    media: rng.pick(MEDIA_PATTERNS).replace('{W}', inventWord(rng)),
    published,
  };
}

/** One sentence reporting an event of `type`, with agent, target, place and date. */
function eventSentence(type: EventType, rng: Rng, c: Cast): string {
  const [a, b] = [c.countries[0]!, c.countries[1]!];
  const p = rng.pick(c.people);
  const q = rng.pick(c.people.filter((x) => x !== p));
  const town = rng.pick(c.towns);
  const when = dateExpression(rng, c.published);
  const n = rng.int(2, 90);
  const by: Record<EventType, string[]> = {
    visit: [`${p.title} ${p.name} visited ${town} ${when}.`, `${p.name} travelled to ${b} ${when} for a two-day visit.`],
    meeting: [`${p.name} met ${q.name} in ${town} ${when}.`, `Delegations of ${a} and ${b} held talks in ${town} ${when}.`],
    appeal: [`${p.name} appealed to ${c.org} for urgent help ${when}.`, `The ${c.org} called for calm in ${c.region} ${when}.`],
    proposal: [`${a} proposed a thirty-day ceasefire ${when}.`, `${p.name} offered to mediate between ${a} and ${b}.`],
    agreement: [`${a} and ${b} signed an agreement on prisoner exchanges ${when}.`, `The two sides agreed to reopen the crossing at ${town}.`],
    rejection: [`${b} rejected the proposal from ${a} ${when}.`, `${p.name} turned down the offer of talks.`],
    demand: [`${p.name} demanded that ${b} withdraw its troops from ${town}.`, `${a} demanded compensation for the damage in ${town}.`],
    threat: [`${p.name} threatened to cut energy supplies to ${b}.`, `${a} threatened retaliation if the strikes on ${town} continued.`],
    order: [`${p.title} ${p.name} ordered the evacuation of ${town} ${when}.`, `${p.name} ordered troops to hold the line near ${c.village}.`],
    attack: [`Forces of ${a} shelled ${town} ${when}, killing ${n} people.`, `Drones struck an oil depot in ${town} ${when}.`],
    capture: [`Troops of ${a} captured the village of ${c.village} ${when}.`, `${a} seized control of ${town} after days of fighting.`],
    advance: [`Units of ${a} advanced ${n} kilometres towards ${town} ${when}.`, `${a} pushed forward in the ${c.region} ${when}.`],
    withdrawal: [`Forces of ${b} withdrew from ${town} ${when}.`, `${b} pulled its troops out of ${c.village}.`],
    interception: [`Air defences of ${b} intercepted ${n} drones over the ${c.region} ${when}.`, `${b} shot down ${n} missiles near ${town}.`],
    deployment: [`${a} deployed ${n} hundred soldiers to the ${c.region} ${when}.`, `${a} sent additional troops to ${town}.`],
    aid: [`${b} pledged ${n} million dollars in military aid to ${a} ${when}.`, `The ${c.org} delivered humanitarian aid to ${town} ${when}.`],
  };
  return rng.pick(by[type]);
}

/** One statement: a quotation or reported speech, with many verbs, speakers before, after or by pronoun. */
function statementSentence(rng: Rng, c: Cast): string {
  const p = rng.pick(c.people);
  const claim = fill(rng.pick(CLAIMS), rng, c);
  const quote = fill(rng.pick(QUOTES), rng, c);
  const verb = rng.pick(REPORTING_VERBS);
  const forms = [
    `"${quote}," ${p.name} said.`,
    `"${quote}," said ${p.title} ${p.name}.`,
    `${p.name} told reporters: "${quote}."`,
    `"${quote}," the ${p.title} added.`,
    `${p.title} ${p.name} ${verb} that ${claim}.`,
    `${p.name} ${rng.pick(DENIAL_VERBS)} that ${claim}.`,
    `According to the ${c.org}, ${claim}.`,
    `${capitalise(claim)}, ${p.surname} ${rng.pick(['said', 'claimed', 'wrote'])}.`,
    `${c.media}, citing officials in ${c.countries[0]}, reported that ${claim}.`,
    `He ${verb} ${dateExpression(rng, c.published)} that ${claim}.`,
    `${p.name} ${rng.pick(URGING_VERBS)} ${c.countries[1]} to stop the attacks on ${rng.pick(c.towns)}.`,
    `${p.surname} later insisted that ${claim}, while ${c.countries[1]} denied it.`,
  ];
  return rng.pick(forms);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Generates article number `index` of the corpus `seed`: deterministic, ~700 words. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = createRng(seed * 1_000_003 + index);
  const published = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 364) * 86_400_000);
  const cast = castFor(rng, published);
  const place = `${cast.towns[0]}, a town in the ${cast.region} of ${cast.countries[0]}`;
  const paragraphs: string[] = [`${place.charAt(0).toUpperCase()}${place.slice(1)}, has been at the centre of renewed fighting.`];
  let words = countWords(paragraphs[0]!);
  // Every article reports a few event types in turn so the corpus covers the whole taxonomy.
  let eventType = rng.int(0, EVENT_TYPE_NAMES.length - 1);
  while (words < TARGET_WORDS) {
    const sentences: string[] = [];
    for (let i = rng.int(2, 4); i > 0; i--) {
      const r = rng.next();
      if (r < 0.4) sentences.push(statementSentence(rng, cast));
      else if (r < 0.8) sentences.push(eventSentence(EVENT_TYPE_NAMES[eventType++ % EVENT_TYPE_NAMES.length]!, rng, cast));
      else sentences.push(rng.pick(FILLERS));
    }
    const paragraph = sentences.map(capitalise).join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  const [a, b] = cast.countries;
  const title = `${rng.pick(['Fighting escalates', 'Talks stall', 'New strikes reported', 'Tensions rise'])} between ${a} and ${b}`;
  const date = published.toISOString().slice(0, 10);
  const text = `${title}\ndate ${date}\n\n${paragraphs.join('\n\n')}\n`;
  return { file: `${String(index).padStart(6, '0')}_${seed}.txt`, text, words: countWords(paragraphs.join(' ')) };
}

/** `count` articles of the corpus `seed` (article i is the same whatever `count`). */
export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => generateArticle(seed, i));
}

/** Writes generated articles as .txt files into a new temp folder (or `dir`) and returns the folder. */
export async function writeArticles(articles: GeneratedArticle[], dir?: string): Promise<string> {
  const out = dir ?? (await mkdtemp(join(tmpdir(), 'newsgraph-bench-')));
  await mkdir(out, { recursive: true });
  for (const a of articles) await writeFile(join(out, a.file), a.text, 'utf8');
  return out;
}
