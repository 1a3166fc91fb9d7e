// Later passes over one article: names left unclassified (a known person's surname or spelling
// variant, a lone surname, a recurring organisation, a source), acronyms, and namesakes.
import type { EntityBag, FoundEntity } from './bag.ts';
import type { Piece } from './classify.ts';
import { placeCueBefore } from './context.ts';
import { sourceCue } from './mentions.ts';
import { countryByDemonym } from './countries.ts';
import { COMPASS, SPEECH_VERBS } from './lexicon.ts';
import { ensurePlace } from './places.ts';
import { orgKey, personKey } from './register.ts';
import { isCommonWord, lexTags, type Token } from './tokens.ts';
import { orgNameKey, samePersonName, sameWord } from '../../resolve/names.ts';

export interface PassContext {
  bag: EntityBag;
  tokens: Token[];
  text: string;
  countries: ReadonlySet<string>;
}

/** Surname endings common in Slavic, Baltic, Caucasian, Turkish, Romanian and Greek names (general morphology). */
const SURNAME_ENDING = /(?:enko|chuk|czuk|yuk|iuk|ovych|evych|ovich|evich|vych|vich|ova|eva|ina|ov|ev|skyi|skyy|skiy|skii|sky|ski|ska|dze|shvili|yan|ian|oglu|escu|poulos|akis|ides|aitis|auskas|ienė)$/;

export const persons = (bag: EntityBag): FoundEntity[] => [...bag.byKey.values()].filter((e) => e.kind === 'person' && e.label === 'Actor');
export const surname = (name: string): string => name.split(' ').pop() ?? name;

/** The one person a name can be (full-name variant or surname), or null when none or several. */
function personFor(bag: EntityBag, name: string): FoundEntity | null {
  const words = name.split(' ');
  const hits = persons(bag).filter((p) =>
    words.length === 1 ? p.name.includes(' ') && sameWord(surname(p.name), name) : samePersonName(p.name, name),
  );
  return hits.length === 1 ? (hits[0] as FoundEntity) : null;
}

/** Merges person entities of the article that are spellings of one name ("Zelensky", "Zelenskyy"). */
export function foldPersonVariants(bag: EntityBag): void {
  const list = persons(bag).sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as FoundEntity;
    if (!bag.byKey.has(a.key)) continue;
    for (const b of list.slice(i + 1)) {
      if (bag.byKey.has(b.key) && samePersonName(a.name, b.name) && (b.name.includes(' ') || personFor(bag, b.name) === a)) bag.fold(b.key, a.key);
    }
  }
}

/**
 * In an article that names a region X ("Kursk region"), bare "X" is the region, not its seat city;
 * an organisation named without its country ("Ministry of Defence") is the one named with it.
 */
export function foldNamesakes(bag: EntityBag): void {
  const all = [...bag.byKey.values()];
  for (const r of all.filter((e) => e.kind === 'region')) {
    const city = all.find((e) => e.label === 'Place' && e.kind !== 'region' && e.kind !== 'country' && e.name === baseOf(r) && bag.byKey.has(e.key));
    if (city) bag.fold(city.key, r.key);
  }
  const orgs = all.filter((e) => e.label === 'Actor' && (e.kind === 'organization' || e.kind === 'media' || e.kind === 'armed_force'));
  // "Russian Defence Ministry" = "Russian Ministry of Defence"
  const byKey = new Map<string, FoundEntity>();
  // a name the text spells out wins over one built from lower-case words
  const verbatim = (o: FoundEntity): number => (o.mentions.some((m) => m.text === o.name) ? 0 : 1);
  for (const o of [...orgs].sort((a, b) => verbatim(a) - verbatim(b))) {
    // "Chinese coast guard" and "China Coast Guard" name one body: demonyms read as their country.
    const k = orgNameKey(o.name.split(' ').map((w) => countryByDemonym(w)?.name ?? w).join(' '));
    const first = byKey.get(k);
    if (first && bag.byKey.has(first.key)) bag.fold(o.key, first.key);
    else byKey.set(k, o);
  }
  for (const o of orgs.filter((x) => bag.byKey.has(x.key))) {
    const longer = orgs.filter((l) => l !== o && l.name.endsWith(` ${o.name}`) && /^\p{Lu}/u.test(o.name) && o.name.includes(' '));
    if (longer.length === 1 && bag.byKey.has(o.key)) bag.fold(o.key, (longer[0] as FoundEntity).key);
  }
}

/** Resolves names no rule classified: a known person's surname or variant, a cited source, or a speaker. */
export function resolveUnknowns(pieces: Piece[], ctx: PassContext): void {
  const { bag, tokens, text } = ctx;
  // "Andriy Kovalenko … Kovalenko said": a two- or three-word name whose last word recurs alone is a person.
  const alone = new Set(pieces.filter((p) => p.from === p.to).map((p) => (tokens[p.from] as Token).text));
  for (const p of pieces) {
    // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a long name glossed by its acronym is an organisation.
    const gloss = p.type === 'unknown' && p.to > p.from ? /^ ?\((\p{Lu}{2,6})\)/u.exec(text.slice((tokens[p.to] as Token).end, (tokens[p.to] as Token).end + 10)) : null;
    if (gloss && p.type === 'unknown' && abbreviates(gloss[1] as string, p.name)) {
      const e = bag.ensure(orgKey(p.name), { label: 'Actor', name: p.name, kind: 'organization' });
      bag.mention(e.key, (tokens[p.from] as Token).start, (tokens[p.to] as Token).end);
    }
  }
  for (const p of pieces) {
    if (p.type !== 'unknown' || p.to - p.from < 1 || p.to - p.from > 2) continue;
    const last = (tokens[p.to] as Token).text;
    if (!alone.has(last) && !SURNAME_ENDING.test(last)) continue;
    if (COMPASS.has((tokens[p.from] as Token).text) || placeCueBefore(tokens, p.from)) continue;
    if (tokens.slice(p.from, p.to + 1).some((t) => t.caps || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) continue;
    const e = bag.ensure(personKey(p.name), { label: 'Actor', name: p.name, kind: 'person' });
    bag.mention(e.key, (tokens[p.from] as Token).start, (tokens[p.to] as Token).end);
  }
  for (const p of pieces) {
    if (p.type === 'unknown' && p.to > p.from && bag.keyAt((tokens[p.from] as Token).start, (tokens[p.to] as Token).end)) continue;
    if (p.type !== 'unknown' && !(p.type === 'person' && p.surnameOnly)) continue;
    const start = (tokens[p.from] as Token).start;
    const end = (tokens[p.to] as Token).end;
    const who = personFor(bag, p.name);
    if (who) bag.mention(who.key, start, end);
    else if (p.from === p.to && p.type === 'unknown' && (locatedAfter(tokens, p.from) || coordinatedPlace(ctx, p.from))) {
      // "an official in Mondoro", "deployed from Sévaré", "reach Darfur and Kordofan": a place the gazetteer lacks.
      const e = ensurePlace(bag, p.name, 'other', ctx.countries, true);
      bag.mention(e.key, start, end);
    }
    else if (p.from === p.to && p.type === 'unknown' && recurring(ctx, p.name) && (positions(ctx).get(p.name) ?? []).some((i) => placeCueBefore(tokens, i))) {
      // A recurring unknown name that something locates in ("fighting in Darfur"): a place.
      const e = ensurePlace(bag, p.name, 'other', ctx.countries, true);
      bag.mention(e.key, start, end);
    } else if (p.from === p.to && p.type === 'unknown' && (surnameLike(ctx, p.name) || p.name !== p.name.toUpperCase() && SPEECH_VERBS.has(tokens[p.to + 1]?.text ?? ''))) {
      // A lone surname ("Witkoff said", a known last name, a surname ending) is a person named once in full elsewhere, or never.
      const e = bag.ensure(personKey(p.name), { label: 'Actor', name: p.name, kind: 'person' });
      bag.mention(e.key, start, end);
    } else if (p.from === p.to && p.type === 'unknown' && recurring(ctx, p.name)) {
      // A name that recurs and that no rule knows ("Hezbollah … Hezbollah fired"): an organisation.
      const e = bag.ensure(orgKey(p.name), { label: 'Actor', name: p.name, kind: sourceCue(text, start, end) ? 'media' : 'organization' });
      bag.mention(e.key, start, end);
    } else if (sourceCue(text, start, end)) {
      const e = bag.ensure(orgKey(p.name), { label: 'Actor', name: p.name, kind: 'media' });
      bag.mention(e.key, start, end);
    } else if (p.type === 'person' || (p.to - p.from <= 2 && !/\b(The|President)\b/.test(p.name) && SPEECH_VERBS.has(tokens[p.to + 1]?.text ?? ''))) {
      const e = bag.ensure(personKey(p.name), { label: 'Actor', name: p.name, kind: 'person', title: p.type === 'person' ? p.title : null });
      bag.mention(e.key, start, end);
    }
  }
}

/** Prepositions that locate a following unknown name (not "at", which also names workplaces). */
const LOCATING = new Set(['in', 'near', 'outside', 'from', 'towards', 'toward', 'via', 'into', 'around']);

/** True when token i (one unknown capitalised word, not an acronym) follows a locating preposition and ends its phrase. */
function locatedAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !LOCATING.has(prev.text) || t.gap !== ' ' || t.caps || t.poss || t.sentStart || isCommonWord(t.text)) return false;
  return !next || next.gap !== ' ' || !/^\p{L}/u.test(next.text) || next.text === 'and' || next.text === 'or';
}

/** True when token i is listed with a place the article already has: "Darfur and Kordofan", "Kordofan or Darfur". */
function coordinatedPlace(ctx: PassContext, i: number): boolean {
  const { tokens, bag } = ctx;
  const isPlace = (k: number): boolean => {
    const t = tokens[k];
    const key = t ? bag.keyAt(t.start, t.end) : null;
    return (!!key && bag.byKey.get(key)?.label === 'Place') || (!!t && compassBase(bag, t.text));
  };
  const joins = (k: number): boolean => /^(and|or)$/.test(tokens[k]?.text ?? '');
  return compassBase(bag, (tokens[i] as Token).text) || (joins(i + 1) && isPlace(i + 2)) || (joins(i - 1) && isPlace(i - 2));
}

/** True when the article has a place "North X" / "Western X": bare "X" is then the wider region. */
function compassBase(bag: EntityBag, word: string): boolean {
  for (const e of bag.byKey.values()) {
    if (e.label !== 'Place') continue;
    const sp = e.name.indexOf(' ');
    if (sp > 0 && COMPASS.has(e.name.slice(0, sp)) && e.name.slice(sp + 1) === word) return true;
  }
  return false;
}

/** True when a lone word reads as a surname: compromise's LastName tag, a surname ending, or a speech verb after one of its occurrences. */
function surnameLike(ctx: PassContext, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || countryByDemonym(name)) return false;
  if (lexTags(name).includes('LastName') || (SURNAME_ENDING.test(name) && name.length > 4)) return true;
  return (positions(ctx).get(name) ?? []).some((i) => SPEECH_VERBS.has(ctx.tokens[i + 1]?.text ?? '') && ctx.tokens[i + 1]?.gap === ' ');
}

const byText = new WeakMap<Token[], Map<string, number[]>>();
/** Token indexes by capitalised word, built once per article (keeps the passes linear). */
function positions(ctx: PassContext): Map<string, number[]> {
  let m = byText.get(ctx.tokens);
  if (!m) {
    m = new Map();
    ctx.tokens.forEach((t, i) => {
      if (t.cap) (m as Map<string, number[]>).set(t.text, [...((m as Map<string, number[]>).get(t.text) ?? []), i]);
    });
    byText.set(ctx.tokens, m);
  }
  return m;
}

/** True when a single unknown name stands capitalised at least twice, once inside a sentence. */
function recurring(ctx: PassContext, name: string): boolean {
  if (name.length < 3 || isCommonWord(name) || /^\p{Lu}+$/u.test(name)) return false;
  const hits = (positions(ctx).get(name) ?? []).map((i) => ctx.tokens[i] as Token).filter((t) => !t.headline);
  return hits.length >= 2 && hits.some((t) => !t.sentStart);
}

/** Initials of a name's capitalised words: "Congressional Budget Office" → "CBO". */
function initials(name: string): string {
  return name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** True when an acronym's letters spell the long name in order, starting with its first letter ("ISW", "UNIFIL"). */
function spells(acronym: string, name: string): boolean {
  const letters = name.toLowerCase().replace(/[^a-z]/g, '');
  const a = acronym.toLowerCase();
  if (letters[0] !== a[0]) return false;
  let i = 0;
  for (const ch of letters) if (ch === a[i]) i++;
  return i === a.length;
}

/** Initials of every capitalised word part, hyphenated parts included: "Jama'at Nusrat al-Islam" → "JNI". */
function partInitials(name: string): string {
  return name.split(/[\s-]+/).map((w) => /\p{Lu}/u.exec(w)?.[0] ?? '').join('');
}

/** True when an acronym written in brackets after a name abbreviates it: spelled from its first letter, or its initials in order ("OCHA" for "United Nations Office for the Coordination of Humanitarian Affairs"). */
function abbreviates(acronym: string, name: string): boolean {
  if (spells(acronym, name)) return true;
  const ini = partInitials(name);
  let i = 0;
  for (const ch of ini) if (ch === acronym[i]) i++;
  return i === acronym.length && acronym.length >= Math.min(3, ini.length);
}

/** "Institute for the Study of War (ISW)": the acronym becomes an alias of the long name. */
export function foldAcronyms(ctx: PassContext): void {
  const { bag, text } = ctx;
  for (const e of [...bag.byKey.values()]) {
    if (!/^\p{Lu}{2,6}$/u.test(e.name)) continue;
    for (const m of e.mentions) {
      const before = /\(\s*$/.exec(text.slice(Math.max(0, m.start - 3), m.start));
      if (!before) continue;
      const at = m.start - before[0].length - 1;
      const owner = at >= 0 ? bag.keyAt(at - 1 < 0 ? 0 : text[at] === ' ' ? at - 1 : at, at + (text[at] === ' ' ? 0 : 1)) : null;
      const o = owner ? bag.byKey.get(owner) : undefined;
      if (owner && o && owner !== e.key && o.label === 'Actor' && (o.kind === 'organization' || o.kind === 'media' || o.kind === 'armed_force') && abbreviates(e.name, o.name)) {
        bag.fold(e.key, owner);
        break;
      }
    }
    // Elsewhere in the article: the one organisation whose initials are the acronym.
    if (!bag.byKey.has(e.key)) continue;
    const long = [...bag.byKey.values()].filter((o) => o !== e && o.label === 'Actor' && o.kind !== 'person' && o.kind !== 'country' && initials(o.name) === e.name);
    if (long.length === 1) bag.fold(e.key, (long[0] as FoundEntity).key);
  }
}

/**
 * "Grace Mhango … with Mhango", "Inspector Chikondi Banda … Banda denied": a one-word place that is
 * the surname of a person the article names is that person (surnames are often also towns somewhere).
 */
export function foldSurnamePlaces(bag: EntityBag): void {
  const places = new Map([...bag.byKey.values()].filter((e) => e.label === 'Place').map((e) => [e.name, e]));
  // "Residents of El Obeid said": a "person" named exactly like a place of the article is that place.
  for (const p of persons(bag)) {
    const place = places.get(p.name);
    if (place && !p.title) bag.fold(p.key, place.key);
  }
  const people = persons(bag).filter((p) => p.name.includes(' '));
  for (const e of [...bag.byKey.values()]) {
    if (e.label !== 'Place' || e.kind === 'country' || e.kind === 'region' || e.name.includes(' ')) continue;
    const owners = people.filter((p) => surname(p.name) === e.name);
    if (owners.length === 1) bag.fold(e.key, (owners[0] as FoundEntity).key);
  }
}

const NAME_FOR = /(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}),? (?:the (?:\p{L}+ )?name for|also (?:known|called) as|known (?:locally |in \p{Lu}\p{L}+ )?as|which \p{Lu}\p{L}+ calls?|what \p{Lu}\p{L}+ calls?) (?:the )?(?:(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})|([a-z]+)\b)/gu;

/** "Huangyan Island, the Chinese name for Scarborough Shoal", "X, which Beijing calls Y": one place or body under two names. */
export function foldNameVariants(ctx: PassContext): void {
  const { bag, text } = ctx;
  for (const m of text.matchAll(NAME_FOR)) {
    const a = m[1] as string;
    const aStart = m.index;
    const ka = bag.keyAt(aStart, aStart + a.length);
    let kb: string | null;
    if (m[2]) {
      const bStart = m.index + m[0].length - m[2].length;
      kb = bag.keyAt(bStart, bStart + m[2].length);
    } else {
      // "…, the Chinese name for the shoal": the one entity whose name ends in that noun.
      const head = m[3] as string;
      const hits = [...bag.byKey.values()].filter((e) => e.key !== ka && e.name.toLowerCase().endsWith(` ${head}`));
      kb = hits.length === 1 ? (hits[0] as FoundEntity).key : null;
    }
    const ea = ka ? bag.byKey.get(ka) : undefined;
    const eb = kb ? bag.byKey.get(kb) : undefined;
    if (!ea || !eb || ea === eb || ea.label !== eb.label || ea.kind === 'person' || eb.kind === 'person') continue;
    // The name the article uses more often stays the entity's name.
    if (ea.mentions.length > eb.mentions.length) bag.fold(eb.key, ea.key);
    else bag.fold(ea.key, eb.key);
  }
}

/** "Kursk" for the region "Kursk Oblast". */
export function baseOf(e: FoundEntity): string {
  const words = e.name.split(' ');
  return words.length > 1 ? words.slice(0, -1).join(' ') : e.name;
}
