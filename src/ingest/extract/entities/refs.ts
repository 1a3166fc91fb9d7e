// Later passes over one article: names left unclassified that are a known person's surname or
// a spelling variant, acronyms in parentheses, every further occurrence of a known name (headline
// included), title-led references ("the Russian president"), and sources cited.
import type { EntityBag, FoundEntity } from './bag.ts';
import type { Piece } from './classify.ts';
import { capitalLocates, countryLocates, placeCueBefore } from './context.ts';
import { countryByCapital, countryByName } from './countries.ts';
import { COMPASS, MEDIA_CUE_AFTER, MEDIA_CUE_BEFORE, SPEECH_VERBS, TITLE_HEADS } from './lexicon.ts';
import { ensureCountryActor, countryKey } from './forces.ts';
import { countryPlaceKey, ensureCountryPlace, ensurePlace } from './places.ts';
import { orgKey, personKey } from './register.ts';
import { isCommonWord, lexTags, type Token } from './tokens.ts';
import { samePersonName, sameWord, foldName } from '../../resolve/names.ts';

export interface PassContext {
  bag: EntityBag;
  tokens: Token[];
  text: string;
  countries: ReadonlySet<string>;
}

/** Surname endings common in Slavic, Baltic, Caucasian, Turkish, Romanian and Greek names (general morphology). */
const SURNAME_ENDING = /(?:enko|chuk|czuk|yuk|iuk|ovych|evych|ovich|evich|vych|vich|ova|eva|ina|ov|ev|skyi|skyy|skiy|skii|sky|ski|ska|dze|shvili|yan|ian|oglu|escu|poulos|akis|ides|aitis|auskas|ienė)$/;

const persons = (bag: EntityBag): FoundEntity[] => [...bag.byKey.values()].filter((e) => e.kind === 'person' && e.label === 'Actor');
const surname = (name: string): string => name.split(' ').pop() ?? name;

/** True when a source cue surrounds [start, end): "according to X", "X reported", "told X". */
export function sourceCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (DATELINE.test(before) && text[end] === ')') return true;
  return MEDIA_CUE_BEFORE.test(before) || MEDIA_CUE_AFTER.test(text.slice(end, end + 30));
}

/** A wire dateline before the agency: "KYIV, Ukraine (Reuters)". */
const DATELINE = /(?:^|\n)\s*\p{Lu}{3,}[\p{L}\s,.]*\($/u;

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
  const orgs = all.filter((e) => e.label === 'Actor' && (e.kind === 'organization' || e.kind === 'media'));
  for (const o of orgs) {
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
    else if (p.from === p.to && p.type === 'unknown' && recurring(ctx, p.name) && tokens.some((t, i) => t.text === p.name && placeCueBefore(tokens, i))) {
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

/** True when a lone word reads as a surname: compromise's LastName tag, a surname ending, or a speech verb after one of its occurrences. */
function surnameLike(ctx: PassContext, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || countryByDemonym(name)) return false;
  if (lexTags(name).includes('LastName') || (SURNAME_ENDING.test(name) && name.length > 4)) return true;
  return ctx.tokens.some((t, i) => t.text === name && SPEECH_VERBS.has(ctx.tokens[i + 1]?.text ?? '') && ctx.tokens[i + 1]?.gap === ' ');
}

/** True when a single unknown name stands capitalised at least twice, once inside a sentence. */
function recurring(ctx: PassContext, name: string): boolean {
  if (name.length < 3 || isCommonWord(name) || /^\p{Lu}+$/u.test(name)) return false;
  const hits = ctx.tokens.filter((t) => t.text === name && !t.headline);
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
      if (owner && o && owner !== e.key && o.label === 'Actor' && (o.kind === 'organization' || o.kind === 'media' || o.kind === 'armed_force') && spells(e.name, o.name)) {
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

/** Word-bounded occurrences of `form` in the text (possessive allowed after). */
function* occurrences(text: string, form: string): Generator<number> {
  if (form.length < 2) return;
  let i = text.indexOf(form);
  while (i >= 0) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) yield i;
    i = text.indexOf(form, i + 1);
  }
}

/** Finds every further occurrence of the names found, so each entity has all its mentions. */
export function fillMentions(ctx: PassContext): void {
  const { bag, tokens, text } = ctx;
  const tokenAt = new Map<number, number>(tokens.map((t, i) => [t.start, i]));
  const tokenEnd = new Map<number, number>(tokens.map((t, i) => [t.end, i]));
  const surnames = new Map<string, number>();
  for (const p of persons(bag)) surnames.set(surname(p.name), (surnames.get(surname(p.name)) ?? 0) + 1);
  const forms: Array<{ form: string; key: string | ((from: number, to: number) => string) }> = [];
  for (const e of [...bag.byKey.values()]) {
    if (e.kind === 'country') continue;
    const own = new Set([e.name, ...e.aliases.filter((a) => !/['’]/.test(a))]);
    if (e.kind === 'person' && e.name.includes(' ') && surnames.get(surname(e.name)) === 1) own.add(surname(e.name));
    if (e.kind === 'region') own.add(e.key.startsWith('region:') ? baseOf(e) : e.name);
    for (const f of own) forms.push({ form: f, key: e.key });
  }
  // Countries and capitals: every occurrence, actor or place by its context.
  const countryForms = new Set<string>();
  for (const e of bag.byKey.values()) {
    if (e.kind !== 'country') continue;
    const c = countryByName(e.name);
    if (!c) continue;
    for (const f of [c.name, ...c.aliases]) countryForms.add(f);
    if (c.capital) countryForms.add(c.capital);
  }
  for (const f of countryForms) {
    forms.push({
      form: f,
      key: (from, to) => {
        const c = countryByName(f);
        if (c) return countryLocates(tokens, from, to) ? ensureCountryPlace(bag, c) : ensureCountryActor(bag, c);
        const cap = countryByCapital(f);
        if (!cap) return '';
        return capitalLocates(tokens, from, to, text) ? ensurePlace(bag, f, 'city', new Set([cap.code]), true).key : ensureCountryActor(bag, cap);
      },
    });
  }
  // Longest forms first, so "Kursk Oblast" wins over "Kursk".
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { form, key } of forms) {
    for (const at of occurrences(text, form)) {
      const from = tokenAt.get(at);
      const to = tokenEnd.get(at + form.length);
      if (from === undefined || to === undefined || bag.covered(at, at + form.length)) continue;
      const k = typeof key === 'string' ? key : key(from, to);
      if (k) bag.mention(k, at, at + form.length, false);
    }
  }
}

function baseOf(e: FoundEntity): string {
  const words = e.name.split(' ');
  return words.length > 1 ? words.slice(0, -1).join(' ') : e.name;
}

/** "the Russian president", "the Kremlin spokesman": the one person of the article with that title (and nationality). */
export function titleReferences(ctx: PassContext): void {
  const { bag, text } = ctx;
  const re = /\b[Tt]he ((?:[A-Z][\p{L}]+ ){0,2})?([a-z-]+(?: [a-z-]+)?)\b/gu;
  const people = persons(bag).filter((p) => p.title);
  if (people.length === 0) return;
  for (const m of text.matchAll(re)) {
    const qual = (m[1] ?? '').trim();
    const words = (m[2] ?? '').split(' ');
    const headAt = words.findIndex((w) => TITLE_HEADS.has(w));
    if (headAt < 0) continue;
    const head = words[headAt] as string;
    const q = qual ? countryByName(qual) ?? null : null;
    const demo = qual && !q ? ctx.countries : null;
    const cands = people.filter((p) => (p.title ?? '').toLowerCase().split(' ').includes(head)).filter((p) => {
      if (!qual) return true;
      if (q) return p.cc === q.code;
      return demo !== null && p.cc !== null && foldName(qual).length > 0 && p.cc === countryOfDemonym(qual);
    });
    if (cands.length !== 1) continue;
    const start = m.index;
    const end = start + m[0].length - (words.length - 1 - headAt > 0 ? words.slice(headAt + 1).join(' ').length + 1 : 0);
    bag.mention((cands[0] as FoundEntity).key, start, end, false);
  }
}

function countryOfDemonym(word: string): string | null {
  return countryByName(word)?.code ?? demonymCountry(word);
}
import { countryByDemonym } from './countries.ts';
function demonymCountry(word: string): string | null {
  return countryByDemonym(word)?.code ?? null;
}

/** Keys of the actors the article cites as sources (media and organisations behind a source cue). */
export function citedSources(bag: EntityBag, text: string): string[] {
  const out: string[] = [];
  for (const e of bag.byKey.values()) {
    if (e.label !== 'Actor' || (e.kind !== 'media' && e.kind !== 'organization')) continue;
    if (e.mentions.some((m) => sourceCue(text, m.start, m.end))) out.push(e.key);
  }
  return out.sort();
}

export { countryKey, countryPlaceKey };
