// Classifies one capitalised chunk: country, capital, seat of government, region, person (with
// the title and nationality split off), organisation, media outlet, facility or place.
import { geocode, lookupSubdivision, type Subdivision } from '../../geo/index.ts';
import { type CountryInfo, countryByCapital, countryByName } from './countries.ts';
import { demonymAt } from './forces.ts';
import { ORG_NOUNS, REGIONAL_ADJECTIVES, WATER_HEADS, ARMED_HEADS, COMPASS, FACILITY_HEADS, FACILITY_NOUNS, GOVERNMENT_SEATS, MEDIA_HEADS, ORG_HEADS, REGION_WORDS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { isCommonWord, lexTags, type Token } from './tokens.ts';
import { placeCueBefore } from './context.ts';

export type Piece =
  | { type: 'country'; from: number; to: number; country: CountryInfo }
  | { type: 'capital'; from: number; to: number; country: CountryInfo }
  | { type: 'seat'; from: number; to: number; name: string; cc: string }
  | { type: 'region'; from: number; to: number; base: string; name: string; cc: string | null }
  | { type: 'person'; from: number; to: number; name: string; title: string | null; cc: string | null; surnameOnly: boolean; employer?: string | null }
  | { type: 'org'; from: number; to: number; name: string; media: boolean; cc: string | null; armed?: boolean }
  | { type: 'place'; from: number; to: number; name: string; cue: boolean }
  | { type: 'unknown'; from: number; to: number; name: string };

export interface ChunkContext {
  tokens: Token[];
  text: string;
  /** Locative or settlement cue before the chunk ("in", "near", "village of"). */
  placeCue: boolean;
  /** Strong settlement cue ("the village of X", "near X", "X, a settlement in …"): even an unknown name is a place. */
  settlement: boolean;
  /** Source cue around the chunk ("according to X", "X reported"). */
  sourceCue: boolean;
  /** Lower-case title words right before the chunk ("Kremlin spokesman", "top general"). */
  titleBefore: string | null;
  countries: ReadonlySet<string>;
}

const words = (tokens: Token[], from: number, to: number): string => {
  let s = '';
  for (let i = from; i <= to; i++) s += (i > from ? ' ' : '') + (tokens[i] as Token).text;
  return s;
};
const isTitle = (t: Token | undefined): boolean => !!t && TITLE_HEADS.has(t.text.toLowerCase());
const isFirstName = (t: Token): boolean =>
  lexTags(t.text).some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName') && !countryByName(t.text) && !countryByCapital(t.text);
const isHead = (t: Token): boolean => ORG_HEADS.has(t.text) || MEDIA_HEADS.has(t.text) || FACILITY_HEADS.has(t.text);

const FACILITY_MODIFIERS = new Set(['nuclear', 'power', 'thermal', 'hydroelectric', 'coal', 'oil', 'gas', 'chemical', 'steel', 'military', 'air', 'naval', 'international', 'main', 'central', 'railway', 'river']);

/** Index of the facility noun after a name ("… nuclear power plant"), or `to` when there is none. */
function facilityAfter(tokens: Token[], to: number): number {
  if ((tokens[to] as Token).poss) return to;
  for (let k = to + 1; k <= to + 3; k++) {
    const t = tokens[k];
    if (!t || t.gap !== ' ') return to;
    if (FACILITY_NOUNS.has(t.text)) return k;
    if (!FACILITY_MODIFIERS.has(t.text)) return to;
  }
  return to;
}

const FACILITY_PLURALS = /^(crossings|bridges|airports|airfields|ports|bases|mines|dams|checkpoints|camps|oilfields|refineries|terminals)$/;
/** True when token `to` ends a name listed before a plural facility noun: "X and Y crossings", "X crossings". */
function facilityListAfter(tokens: Token[], to: number): boolean {
  if ((tokens[to] as Token).poss) return false;
  for (let k = to + 1; k <= to + 6; k++) {
    const t = tokens[k];
    if (!t || !/^(?: |, )$/.test(t.gap)) return false;
    if (FACILITY_PLURALS.test(t.text)) return true;
    if (!(t.cap || t.text === 'and')) return false;
  }
  return false;
}

/** True when a list of names after token `to` ends in a plural region word: "Kursk and Oryol regions". */
function regionListAfter(tokens: Token[], to: number): boolean {
  for (let k = to + 1; k <= to + 10; k++) {
    const t = tokens[k];
    if (!t || !/^(?: |, )$/.test(t.gap)) return false;
    if (/^(regions|oblasts|provinces|states)$/.test(t.text)) return k > to + 1;
    if (!(t.cap || t.text === 'and')) return false;
  }
  return false;
}

const WORKERS = /^(analysts?|economists?|executives?|strategists?|researchers?|engineers?|employees?|workers?|officials?|managers?|traders?|scientists?|experts?|staff|lawyers?|directors?|spokesperson|spokes(?:wo)?man|head|chief|founder|partners?)$/;

/** A capitalised word that can continue a person's name (not a title, head, acronym or connector). */
const plainName = (t: Token): boolean => t.cap && !t.caps && !isTitle(t) && !isHead(t) && !/\.$/.test(t.text);

/** Title text of tokens [from, to], without a leading nationality: "Chief of General Staff Gen." → "Chief of General Staff". */
function titleOf(tokens: Token[], from: number, to: number): { title: string | null; cc: string | null; employer: [number, number] | null } {
  let cc: string | null = null;
  const d = demonymAt(tokens, from);
  const c = countryByName((tokens[from] as Token | undefined)?.text ?? '');
  if (from <= to && d) {
    cc = d[0].code;
    from += d[1];
  } else if (from <= to && c) {
    cc = c.code;
    from += 1;
  }
  // "ECB President", "Exxon Mobil Chief Executive", "Senate Majority Leader": the body before the title
  let employer: [number, number] | null = null;
  let k = from;
  while (k <= to && (tokens[k] as Token).cap && !isTitle(tokens[k]) && !TITLE_MODIFIERS.has((tokens[k] as Token).text.toLowerCase())) k++;
  if (k > from && k <= to) {
    const run = tokens.slice(from, k);
    if ((run.length === 1 && run[0]?.caps) || run.some((t) => ORG_HEADS.has(t.text)) || (run.length >= 2 && !geocode(words(tokens, from, k - 1), {}))) {
      employer = [from, k - 1];
      from = k;
    }
  }
  let words0 = to;
  while (words0 > from && /\.$/.test((tokens[words0] as Token).text)) words0--; // "… Staff Gen." keeps the longer title
  if (!/\.$/.test((tokens[words0] as Token | undefined)?.text ?? '')) to = words0;
  const title = from <= to ? words(tokens, from, to) : null;
  const ok = title && [...title.toLowerCase().split(' ')].some((w) => TITLE_HEADS.has(w));
  return { title: ok ? title : null, cc, employer: ok ? employer : null };
}

/** Finds a person inside the chunk: a first name followed by capitalised words, or a name after a title. */
function personIn(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let p = from; p < to; p++) {
    const t = tokens[p] as Token;
    const n = tokens[p + 1] as Token;
    if (isFirstName(t) && n.cap && !isTitle(n) && !isHead(n) && !n.caps) {
      let end = p + 1;
      while (end < to && end - p < 3 && plainName(tokens[end + 1] as Token)) end++;
      // "Rand Paul": a capitalised word before the first name, not a title or nationality, is a name too.
      const b = tokens[p - 1];
      const start = p > from && b && plainName(b) && !b.poss && !isCommonWord(b.text) && !COMPASS.has(b.text) && !demonymAt(tokens, p - 1) && !countryByName(b.text) && !TITLE_MODIFIERS.has(b.text.toLowerCase()) ? p - 1 : p;
      return { from: start, to: end };
    }
  }
  // "President Xi Jinping": title heads then two or three plain capitalised words
  let q = from;
  while (q <= to && (isTitle(tokens[q]) || TITLE_MODIFIERS.has((tokens[q] as Token).text.toLowerCase()) || demonymAt(tokens, q) || countryByName((tokens[q] as Token).text))) q++;
  if (q > from && isTitle(tokens[q - 1]) && to - q >= 1 && to - q <= 2) {
    let ok = true;
    for (let i = q; i <= to; i++) if (isHead(tokens[i] as Token) || (tokens[i] as Token).caps) ok = false;
    if (ok) return { from: q, to };
  }
  return null;
}

/** "III", "Jr.": a generational suffix that ends a person's name. */
const SUFFIX = /^(?:II|III|IV|V|Jr\.?|Sr\.?)$/;

/** True when tokens [from, to] can be a person's name: plain capitalised words (particles and a final generational suffix allowed). */
function personShaped(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (i === to && i > from && SUFFIX.test(t.text)) continue;
    if (!plainName(t) || countryByName(t.text) || demonymAt(tokens, i)) return false;
  }
  return true;
}

const ROLE = (w: string): boolean => TITLE_HEADS.has(w) || WORKERS.test(w);
/**
 * A name set off by commas next to a role: "X, a security analyst at …", "the agency's director of
 * enforcement, X, dismissed …", "a chief in Y, X, said". News style gives people such appositions.
 */
function apposedPerson(ctx: ChunkContext, from: number, to: number): boolean {
  const { tokens, text } = ctx;
  const end = (tokens[to] as Token).end;
  if (ctx.placeCue || ctx.settlement) return false;
  // "X, a security analyst at …" (not "X, the minister said": a clause, not an apposition)
  const after = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+ ?){1,5})/u.exec(text.slice(end, end + 80));
  const aw = after ? (after[1] as string).trim().split(' ') : [];
  const role = aw.findIndex((w) => ROLE(w.toLowerCase()));
  if (role >= 0 && !SPEECH_VERBS.has(aw[role + 1] ?? '')) return true;
  // "…, who met envoys": a relative "who" marks a human.
  if (/^,\s+who\b/.test(text.slice(end, end + 8))) return true;
  const closes = /^,\s+(?:[a-z]+\s+)?([a-z]+)\b/.exec(text.slice(end, end + 30));
  if (!closes || !/^,\s$/.test((tokens[from] as Token).gap)) return false;
  if (SPEECH_VERBS.has(closes[1] as string)) return true;
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) if (ROLE((tokens[k] as Token).text.toLowerCase())) return true;
  return false;
}

/** True when the token after k is a lower-case word in the same phrase (the name modifies a noun). */
const beforeNoun = (tokens: Token[], k: number): boolean => {
  const n = tokens[k + 1];
  return !!n && n.gap === ' ' && !n.cap && /^\p{Ll}/u.test(n.text) && !(tokens[k] as Token).poss;
};

/** "the think tank X", "X, the German parts maker,": a one-word name described as a company or body. */
function orgDescribed(ctx: ChunkContext, from: number, to: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[from - 1];
  if (prev && (tokens[from] as Token).gap === ' ' && ORG_NOUNS.has(prev.text)) return true;
  const end = (tokens[to] as Token).end;
  const after = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+ ){0,3}?)([a-z]+)[,.]/u.exec(text.slice(end, end + 60));
  return !!after && ORG_NOUNS.has(after[2] as string);
}

/** Classifies tokens [from, to] of a chunk into pieces (usually one). */
export function classifyChunk(from: number, to: number, ctx: ChunkContext): Piece[] {
  const { tokens } = ctx;
  if ((tokens[from] as Token).text === 'The' && from < to) from++;
  // "Sen. Rand Paul of Kentucky": a person's name ends before "of"; what follows is classified apart.
  for (let c = from + 1; c < to; c++) {
    if ((tokens[c] as Token).text !== 'of') continue;
    const left = personIn(tokens, from, c - 1);
    if (left && left.to === c - 1 && !tokens.slice(from, c).some(isHead)) {
      return [...classifyChunk(from, c - 1, ctx), ...classifyChunk(c + 1, to, { ...ctx, placeCue: true, titleBefore: null })];
    }
    break;
  }
  const name = words(tokens, from, to);
  const last = tokens[to] as Token;
  const next = tokens[to + 1];
  // "Neighbouring Niger": a sentence-initial word the lexicon does not know, before a country.
  if ((tokens[from] as Token).sentStart && to > from && !lexTags((tokens[from] as Token).text).some((x) => x !== 'Adjective' && x !== 'Verb' && x !== 'Gerund') && countryByName(words(tokens, from + 1, to))) {
    return classifyChunk(from + 1, to, ctx);
  }
  // "European carmakers", "West African supply": a regional adjective before a noun is no entity.
  const run = tokens.slice(from, to + 1).map((t) => t.text);
  if (run.length <= 2 && run.some((w) => REGIONAL_ADJECTIVES.has(w)) && run.every((w) => REGIONAL_ADJECTIVES.has(w) || COMPASS.has(w)) && beforeNoun(tokens, to)) return [];
  const seat = GOVERNMENT_SEATS[name];
  if (seat) return [{ type: 'seat', from, to, name, cc: seat }];
  const country = countryByName(name);
  if (country) return [{ type: 'country', from, to, country }];
  // A demonym alone or leading ("Russian", "Russian Strategy") is no name; what follows may be.
  const dem = demonymAt(tokens, from);
  if (dem && from + dem[1] - 1 === to) return [];
  if (dem && !tokens.slice(from, to + 1).some((t) => ORG_HEADS.has(t.text) || MEDIA_HEADS.has(t.text) || isTitle(t)) && !personIn(tokens, from, to)) {
    return classifyChunk(from + dem[1], to, { ...ctx, placeCue: false, settlement: false });
  }
  // "Kursk Oblast", "Kursk region", "Sumy Oblast"
  if (to > from && REGION_WORDS.has(last.text) && /^\p{Lu}/u.test(last.text)) {
    const base = words(tokens, from, to - 1);
    return [{ type: 'region', from, to, base, name, cc: null }];
  }
  if (next && !last.poss && next.gap === ' ' && /^(region|oblast|province|krai)$/.test(next.text) && !dem) {
    return [{ type: 'region', from, to: to + 1, base: name, name: `${name} ${next.text}`, cc: null }];
  }
  const capital = countryByCapital(name);
  if (capital) return [{ type: 'capital', from, to, country: capital }];

  // "an analyst at Phillip Nova", "executives at Exxon": a workplace, not a person
  if (tokens[from - 1]?.text === 'at' && WORKERS.test((tokens[from - 2]?.text ?? '').toLowerCase()) && !countryByName(name) && !geocode(name, { countries: ctx.countries, minPopulation: 100_000 })) {
    return [{ type: 'org', from, to, name, media: false, cc: null }];
  }
  const person = personIn(tokens, from, to);
  if (person) {
    const out: Piece[] = [];
    const { title, cc, employer } = person.from > from ? titleOf(tokens, from, person.from - 1) : { title: null, cc: null, employer: null };
    if (employer) out.push({ type: 'org', from: employer[0], to: employer[1], name: words(tokens, employer[0], employer[1]), media: false, cc });
    const empName = employer ? words(tokens, employer[0], employer[1]) : null;
    out.push({ type: 'person', from: person.from, to: person.to, name: words(tokens, person.from, person.to), title: title ?? ctx.titleBefore, cc, surnameOnly: false, employer: empName });
    if (person.to < to) out.push(...classifyChunk(person.to + 1, to, { ...ctx, placeCue: false, titleBefore: null }));
    return out;
  }
  if (FACILITY_HEADS.has(last.text) && to > from && (ctx.placeCue || placeCueBefore(tokens, from, true))) return [{ type: 'place', from, to, name, cue: true }];
  if (WATER_HEADS.has(last.text) && to > from && !ORG_HEADS.has((tokens[from] as Token).text)) return [{ type: 'place', from, to, name, cue: true }];
  // "the Halfaya bridge", "the Zaporizhzhia nuclear power plant": a name and a lower-case facility noun
  const facility = facilityAfter(tokens, to);
  if (facility > to && !ORG_HEADS.has(last.text)) {
    return [{ type: 'place', from, to: facility, name: words(tokens, from, facility), cue: true }];
  }
  // "the Argeen and Qustul crossings": names listed before a plural facility noun are facilities.
  if (facilityListAfter(tokens, to)) return [{ type: 'place', from, to, name, cue: true }];
  // "Russia’s Kursk and Oryol regions"
  if (regionListAfter(tokens, to) || (next?.gap === ' ' && /^(regions|oblasts|provinces)$/.test(next.text) && tokens[from - 1]?.text === 'and')) return [{ type: 'region', from, to, base: name, name, cc: null }];
  if (MEDIA_HEADS.has(last.text) && (to > from || tokens[from - 1]?.text === 'The')) return [{ type: 'org', from, to, name, media: true, cc: null }];
  for (let i = from; i <= to; i++) {
    if (ORG_HEADS.has((tokens[i] as Token).text) && to > from) {
      const d = demonymAt(tokens, from);
      return [{ type: 'org', from, to, name, media: false, cc: d ? d[0].code : null, armed: ARMED_HEADS.has(last.text) }];
    }
  }
  const single = from === to;
  const tags = single ? lexTags(name) : [];
  // "the UN refugee agency UNHCR": the first acronym only qualifies the noun; the named body follows.
  if (single && last.caps && /^ (?:[a-z]+ ){0,2}[a-z]+ \p{Lu}/u.test(ctx.text.slice(last.end, last.end + 40)) && ORG_NOUNS.has(ctx.text.slice(last.end).match(/^ (?:[a-z]+ ){0,2}([a-z]+) \p{Lu}/u)?.[1] ?? '')) return [];
  if (single && !last.caps && !ctx.titleBefore && orgDescribed(ctx, from, to)) return [{ type: 'org', from, to, name, media: /broadcaster|newspaper|outlet/.test(ctx.text.slice(Math.max(0, last.start - 30), last.end + 60)), cc: null }];
  if (ctx.sourceCue && !ctx.titleBefore) {
    // A single unknown word may still be a person's surname ("according to Smith"): decided later.
    if (single && !tags.includes('Organization') && !last.caps) return [{ type: 'unknown', from, to, name }];
    return [{ type: 'org', from, to, name, media: !tags.includes('Organization') && !last.caps, cc: null }];
  }
  if (single && last.caps && name.length >= 2 && name.length <= 6) {
    // "(FPV)" after a lower-case phrase spells out an abbreviation, not an organisation.
    const glossed = /\($/.test(last.gap.trim()) && !(tokens[from - 1]?.cap ?? false);
    if (glossed || isCommonWord(name)) return [{ type: 'unknown', from, to, name }];
    return [{ type: 'org', from, to, name, media: false, cc: null }];
  }
  if (tags.includes('Organization')) return [{ type: 'org', from, to, name, media: false, cc: null }];
  const verbAfter = next && !last.poss && next.gap === ' ' && SPEECH_VERBS.has(next.text);
  if (!single && to - from <= 3 && personShaped(tokens, from, to) && (apposedPerson(ctx, from, to) || (to - from <= 2 && (ctx.titleBefore || verbAfter)))) {
    return [{ type: 'person', from, to, name, title: ctx.titleBefore, cc: null, surnameOnly: false }];
  }
  // Without a cue, a place abroad must be a city anyone would know; in a country the article names, a town will do.
  // A sentence-initial word without a cue ("Brent crude rose") must be a big city to count.
  const floor = ctx.placeCue || ctx.settlement ? 0 : 100_000;
  const hit = geocode(name, { countries: (tokens[from] as Token).sentStart && floor ? new Set<string>() : ctx.countries, minPopulation: floor });
  // A state or province ("Texas", "Crimea"), unless a big city has the name ("New York", "Kursk").
  // ("Western", "Central" and "Capital" are provinces somewhere: a lone common word is never one.)
  const subs = single && (isCommonWord(name) || COMPASS.has(name)) ? [] : lookupSubdivision(name);
  // Second-level names collide with words ("Brent" crude is a London borough): without a place cue,
  // a one-word subdivision needs its country named in the article.
  const cued = ctx.placeCue || ctx.settlement || placeCueBefore(tokens, from, true);
  const usable = subs.filter((s) => cued || !single || ctx.countries.has(s.country));
  if (usable.length && !(hit && hit.entry.population >= 100_000)) {
    const sub = usable.find((s) => ctx.countries.has(s.country)) ?? (usable[0] as Subdivision);
    return [{ type: 'region', from, to, base: name, name, cc: sub.country }];
  }
  // "North Darfur", "Western Cape": a compass word before an unknown name makes a region-like place
  if (to > from && COMPASS.has((tokens[from] as Token).text)) return [{ type: 'place', from, to, name, cue: true }];
  if (hit || (tags.some((t) => t === 'City' || t === 'Region' || t === 'Place') && !(tokens[from] as Token).sentStart)) return [{ type: 'place', from, to, name, cue: ctx.placeCue || ctx.settlement }];
  if (ctx.settlement && !ctx.titleBefore) return [{ type: 'place', from, to, name, cue: true }];
  if (single && (verbAfter || ctx.titleBefore)) return [{ type: 'person', from, to, name, title: ctx.titleBefore, cc: null, surnameOnly: true }];
  return [{ type: 'unknown', from, to, name }];
}
