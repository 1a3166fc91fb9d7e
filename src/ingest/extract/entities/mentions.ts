// Mentions beyond the first finding: every further occurrence of a known name (headline included),
// title-led references ("the Russian president"), source cues and the sources an article cites.
import type { EntityBag, FoundEntity } from './bag.ts';
import { capitalLocates, countryLocates } from './context.ts';
import { countryByCapital, countryByDemonym, countryByName } from './countries.ts';
import { capitalActor, ensureCountryActor } from './forces.ts';
import { MEDIA_CUE_AFTER, MEDIA_CUE_BEFORE, TITLE_HEADS } from './lexicon.ts';
import { ensureCountryPlace, ensurePlace } from './places.ts';
import type { PassContext } from './refs.ts';
import { baseOf, persons, surname } from './refs.ts';
import { foldName } from '../../resolve/names.ts';

/** True when a source cue surrounds [start, end): "according to X", "X reported", "told X". */
export function sourceCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (DATELINE.test(before) && text[end] === ')') return true;
  return MEDIA_CUE_BEFORE.test(before) || MEDIA_CUE_AFTER.test(text.slice(end, end + 30));
}

/** A wire dateline before the agency: "KYIV, Ukraine (Reuters)". */
const DATELINE = /(?:^|\n)\s*\p{Lu}{3,}[\p{L}\p{N}\s,.]*\($/u;

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
        return capitalLocates(tokens, from, to, text) ? ensurePlace(bag, f, 'city', new Set([cap.code]), true).key : capitalActor(bag, f, cap);
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


/**
 * Place descriptions: "the Russian capital" (the capital of the demonym's country) and "the region"
 * when the article names exactly one region.
 */
export function placeReferences(ctx: PassContext): void {
  const { bag, text } = ctx;
  for (const m of text.matchAll(/\b[Tt]he (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) capital\b/gu)) {
    const c = countryByDemonym(m[1] ?? '');
    if (!c?.capital) continue;
    // Only a capital the article names as a place: a description alone is no evidence for a node.
    const e = [...bag.byKey.values()].find((x) => x.label === 'Place' && x.name === c.capital && x.mentions.length > 0);
    if (e) bag.mention(e.key, m.index, m.index + m[0].length, false);
  }
  const regions = [...bag.byKey.values()].filter((e) => e.kind === 'region' && e.mentions.length > 0);
  if (regions.length !== 1) return;
  const region = regions[0] as FoundEntity;
  const first = Math.min(...region.mentions.map((m) => m.start));
  for (const m of text.matchAll(/\bthe (?:region|oblast|province)\b(?! of)/g)) {
    if (m.index > first) bag.mention(region.key, m.index, m.index + m[0].length, false);
  }
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
  return countryByName(word)?.code ?? countryByDemonym(word)?.code ?? null;
}

/** Keys of the actors the article cites as sources (media and organisations behind a source cue). */
export function citedSources(bag: EntityBag, text: string): string[] {
  const out: string[] = [];
  for (const e of bag.byKey.values()) {
    if (e.label !== 'Actor' || (e.kind !== 'media' && e.kind !== 'organization')) continue;
    if (e.mentions.some((m) => sourceCue(text, m.start, m.end) || CITE_CUE.test(text.slice(Math.max(0, m.start - 50), m.start)))) out.push(e.key);
  }
  return out.sort();
}

/** Cues of a cited study or source, beyond the media cues: "a report from X", "citing X", "X’s assessment". */
const CITE_CUE = /(?:reports? (?:from|by)|assessments? (?:from|by)|analysis (?:from|by)|data from|citing|estimates? (?:from|by)|per)\s+(?:the\s+)?$/i;

