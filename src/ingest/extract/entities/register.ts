// Turns classified chunk pieces into entities of the article's bag: picks actor or place for
// countries and capitals, joins "Russia’s" + "Ministry of Defence", and keys every entity.
import { stableId } from '../../../model/index.ts';
import { geocode } from '../../geo/index.ts';
import type { EntityBag } from './bag.ts';
import type { Piece } from './classify.ts';
import { capitalLocates, countryLocates, settlementCue } from './context.ts';
import { type CountryInfo, countryByCapital, countryByCode, countryByDemonym, countryByName } from './countries.ts';
import { HYPHEN_COMPOUND } from './chunks.ts';
import { capitalActor, ensureCountryActor, demonymAt } from './forces.ts';
import { FACILITY_HEADS, FACILITY_NOUNS, GOVERNMENT_SEATS } from './lexicon.ts';
import { ensureCountryPlace, ensurePlace, ensureRegion } from './places.ts';
import type { Token } from './tokens.ts';

export interface RegisterContext {
  bag: EntityBag;
  tokens: Token[];
  text: string;
  countries: ReadonlySet<string>;
}

const span = (tokens: Token[], from: number, to: number): [number, number] => [(tokens[from] as Token).start, (tokens[to] as Token).end];

/** Key of a person from the name as written. */
export function personKey(name: string): string {
  return stableId('person', name);
}

/** Key of an organisation or media outlet. */
export function orgKey(name: string): string {
  return stableId('org', name);
}

/** Country (and its place) of a region named "X’s Y region", "Y region of X" or "the X-ian region of Y". */
function regionCountry(tokens: Token[], from: number, to: number): string | null {
  const before = tokens[from - 1];
  if (before?.poss) return countryByName(before.text)?.code ?? null;
  const of = tokens[to + 1];
  const c = tokens[to + 2];
  if (of?.text === 'of' && c) return countryByName(c.text)?.code ?? null;
  // "the Russian region of Kursk"
  const d = from >= 3 ? demonymAt(tokens, from - 3) : null;
  return d && (tokens[from - 2] as Token).text === 'region' ? d[0].code : null;
}

/** "US-backed" (the country acts), "Washington-based" (the city locates): a name glued to a participle. */
export function registerCompounds(ctx: RegisterContext): void {
  const { bag, tokens } = ctx;
  for (const t of tokens) {
    const m = HYPHEN_COMPOUND.exec(t.text);
    if (!m || t.headline) continue;
    const head = m[1] as string;
    const locates = /^(based|born|made|held|occupied|controlled|bound|headquartered)$/.test(m[2] as string);
    const country = countryByName(head);
    const capital = countryByCapital(head);
    const seat = GOVERNMENT_SEATS[head];
    let key: string | null = null;
    if (country) key = locates ? ensureCountryPlace(bag, country) : ensureCountryActor(bag, country);
    else if (capital) key = locates ? ensurePlace(bag, head, 'city', new Set([capital.code]), true).key : ensureCountryActor(bag, capital);
    else if (seat && !locates) key = bag.ensure(orgKey(head), { label: 'Actor', name: head, kind: 'organization', cc: seat }).key;
    // "Perth-based": a town the gazetteer knows locates; "al-Qaeda-affiliated": a name that is no place is an organisation.
    else if (locates && geocode(head, { countries: ctx.countries, minPopulation: 1000 })) key = ensurePlace(bag, head, null, ctx.countries, true).key;
    else if (!locates && !/^\p{Lu}+$/u.test(head) && !geocode(head, { countries: ctx.countries, minPopulation: 1000 }) && !countryByDemonym(head)) key = bag.ensure(orgKey(head), { label: 'Actor', name: head, kind: 'organization' }).key;
    if (key) bag.mention(key, t.start, t.start + head.length);
  }
}

/**
 * The body a person serves, named before the title: "Kremlin spokesman X" → the Kremlin,
 * "Ukraine’s top general X" → Ukraine. Null when none stands there.
 */
function employer(ctx: RegisterContext, from: number): string | null {
  const { tokens, bag } = ctx;
  let k = from - 1;
  while (k >= 0 && !(tokens[k] as Token).cap && /^[a-z-]+$/.test((tokens[k] as Token).text) && (tokens[k + 1] as Token).gap === ' ') k--;
  const t = tokens[k];
  if (!t || k === from - 1 || (tokens[k + 1] as Token).gap !== ' ') return null;
  const seat = GOVERNMENT_SEATS[t.text];
  if (seat) return bag.ensure(orgKey(t.text), { label: 'Actor', name: t.text, kind: 'organization', cc: seat }).key;
  const c = t.poss ? countryByName(t.text) : null;
  return c ? ensureCountryActor(bag, c) : null;
}

const MINISTRY = /\b(?:(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s|(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)) (?:(defen[cs]e|foreign|interior|justice|finance|health|economy|emergencies|energy|commerce|trade) ministry|(presidency|embassy|consulate|coast guard|high commission|civil protection agency|disaster management agency|central bank|electoral commission|space agency|border guard))\b/gu;
/** Bodies of a country written in lower case that are armed forces. */
const ARMED_BODIES = new Set(['coast guard', 'border guard']);

/** "Russia’s defence ministry", "the Ukrainian foreign ministry", "the Egyptian presidency": lower-case bodies named by their country. */
export function registerMinistries(ctx: RegisterContext): void {
  const { bag, text } = ctx;
  for (const m of text.matchAll(MINISTRY)) {
    const words = (m[1] ?? m[2] ?? '').split(' ');
    // "The Ukrainian foreign ministry": the country word may be the second of the two
    const one = words.length > 1 ? words.slice(1).join(' ') : null;
    const pick = (w: string): CountryInfo | null => (m[1] ? countryByName(w) : countryByDemonym(w));
    const c = pick(words.join(' ')) ?? (one ? pick(one) : null);
    if (!c?.demonym) continue;
    const skip = pick(words.join(' ')) ? 0 : (words[0]?.length ?? 0) + 1;
    // "the Egyptian presidency", "China's coast guard": other bodies keep their lower-case noun.
    const body = m[4] ?? null;
    const name = body ? `${c.demonym} ${body}` : `${c.demonym} ${(m[3] as string).replace(/^./, (x) => x.toUpperCase())} Ministry`;
    const e = bag.ensure(orgKey(name), { label: 'Actor', name, kind: body && ARMED_BODIES.has(body) ? 'armed_force' : 'organization', cc: c.code });
    e.memberOf ??= [{ key: ensureCountryActor(bag, c), role: 'government' }];
    bag.mention(e.key, m.index + skip, m.index + m[0].length);
  }
}

/** A wire dateline: "BAMAKO, Mali, Sept. 10 (Wire) —", "PORT SUDAN (Reuters) -" at a line start. */
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,2})(?=,\s+\p{Lu}|\s*\(|\s+[—–-]\s)/gu;

/** The city of a dateline is a place of the article (the chunker skips shouted words, so it is read here). */
export function registerDateline(ctx: RegisterContext): void {
  const { bag, text, countries } = ctx;
  for (const m of text.matchAll(DATELINE)) {
    const caps = m[1] as string;
    const name = caps.toLowerCase().replace(/(^|[ '’-])(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
    if (countryByName(name) || !geocode(name, { countries, minPopulation: 1000 })) continue;
    const start = m.index + m[0].length - caps.length;
    if (bag.keyAt(start, start + caps.length)) continue;
    const e = ensurePlace(bag, name, null, countries, true);
    bag.mention(e.key, start, start + caps.length);
    return;
  }
}

/** Registers one piece; returns false for pieces it leaves to later passes (unknown names). */
export function registerPiece(p: Piece, ctx: RegisterContext): boolean {
  const { bag, tokens, text, countries } = ctx;
  const [start, end] = span(tokens, p.from, p.to);
  switch (p.type) {
    case 'country': {
      const key = countryLocates(tokens, p.from, p.to) ? ensureCountryPlace(bag, p.country) : ensureCountryActor(bag, p.country);
      bag.mention(key, start, end);
      return true;
    }
    case 'capital': {
      if (capitalLocates(tokens, p.from, p.to, text)) {
        const e = ensurePlace(bag, p.country.capital ?? '', 'city', new Set([p.country.code]), true);
        bag.mention(e.key, start, end);
      } else bag.mention(capitalActor(bag, p.country.capital ?? '', p.country), start, end);
      return true;
    }
    case 'seat': {
      const c = countryByCode(p.cc);
      const e = bag.ensure(orgKey(p.name), { label: 'Actor', name: p.name, kind: 'organization', cc: p.cc });
      if (c) e.memberOf ??= [{ key: ensureCountryActor(bag, c), role: 'government' }];
      bag.mention(e.key, start, end);
      return true;
    }
    case 'region': {
      const e = ensureRegion(bag, p.base, p.name, p.cc ?? regionCountry(tokens, p.from, p.to), countries);
      bag.mention(e.key, start, end);
      return true;
    }
    case 'person': {
      if (p.surnameOnly) return false;
      const e = bag.ensure(personKey(p.name), { label: 'Actor', name: p.name, kind: 'person', title: p.title, cc: p.cc });
      if (p.cc && !e.cc) e.cc = p.cc;
      const named = p.employer ? bag.byKey.get(orgKey(p.employer))?.key ?? null : null;
      const body = named ?? employer(ctx, p.from) ?? (e.cc ? ensureCountryActor(bag, countryByCode(e.cc) as CountryInfo) : null);
      if (body && !(e.memberOf ?? []).some((m) => m.key === body)) (e.memberOf ??= []).push({ key: body, role: p.title });
      bag.mention(e.key, start, end);
      return true;
    }
    case 'org': {
      // "Russia’s Ministry of Defence" → "Russian Ministry of Defence"
      const before = tokens[p.from - 1];
      const owner = before?.poss && (tokens[p.from] as Token).gap === ' ' ? countryByName(before.text) : null;
      const name = owner?.demonym && !p.cc ? `${owner.demonym} ${p.name}` : p.name;
      const e = bag.ensure(orgKey(name), { label: 'Actor', name, kind: p.media ? 'media' : p.armed ? 'armed_force' : 'organization', cc: p.cc ?? owner?.code ?? null });
      if (owner && before) {
        bag.unmention(before.start, before.end);
        bag.mention(e.key, before.start, end);
      } else bag.mention(e.key, start, end);
      return true;
    }
    case 'place': {
      const after = /^,\s+(?:a|the)\s+(?:[a-z-]+\s+)?(village|settlement|hamlet|town|city)\b/.exec(text.slice((tokens[p.to] as Token).end, (tokens[p.to] as Token).end + 40));
      const apposed = after ? ({ village: 'village', settlement: 'village', hamlet: 'village', town: 'town', city: 'city' } as const)[after[1] as 'village'] : null;
      const cue = settlementCue(tokens, p.from) ?? apposed;
      if (cue === 'region') return registerPiece({ type: 'region', from: p.from, to: p.to, base: p.name, name: p.name, cc: regionCountry(tokens, p.from, p.to) }, ctx);
      const kind = FACILITY_HEADS.has((tokens[p.to] as Token).text) || FACILITY_NOUNS.has((tokens[p.to] as Token).text) ? 'facility' : cue ?? null;
      const e = ensurePlace(bag, p.name, kind, countries, p.cue);
      bag.mention(e.key, start, end);
      return true;
    }
    case 'unknown':
      return false;
  }
}
