// Armed forces named by demonym phrases: "Russian forces", "the Ukrainian army", "North Korean
// troops", "Russian and North Korean army", "Kyiv’s forces", "Ukraine’s troops", and plural
// demonyms that stand for a side's soldiers ("the Russians"). One armed_force actor per country,
// MEMBER_OF the country actor.
import { stableId } from '../../../model/index.ts';
import type { EntityBag } from './bag.ts';
import { type CountryInfo, countryByCapital, countryByDemonym, countryByName } from './countries.ts';
import { FORCE_MODIFIERS, FORCE_NOUNS, INSTITUTION_SEATS } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** Key of a country's actor (the same id as its place; see resolve). */
export function countryKey(c: CountryInfo): string {
  return stableId('country', c.name);
}

/** Key of a country's armed forces. */
export function forceKey(c: CountryInfo): string {
  return stableId('force', c.name);
}

/** Ensures the country actor exists (maybe without a mention) and returns its key. */
export function ensureCountryActor(bag: EntityBag, c: CountryInfo): string {
  const key = countryKey(c);
  bag.ensure(key, { label: 'Actor', name: c.name, kind: 'country', cc: c.code });
  return key;
}

/** The actor a capital stands for when it acts: its country, or the institution seated there ("Brussels" → the European Union). */
export function capitalActor(bag: EntityBag, capital: string, c: CountryInfo): string {
  const body = INSTITUTION_SEATS[capital];
  if (!body) return ensureCountryActor(bag, c);
  return bag.ensure(stableId('org', body), { label: 'Actor', name: body, kind: 'organization' }).key;
}

function ensureForce(bag: EntityBag, c: CountryInfo): string {
  const key = forceKey(c);
  const e = bag.ensure(key, { label: 'Actor', name: `${c.demonym ?? c.name} forces`, kind: 'armed_force', cc: c.code });
  e.memberOf ??= [{ key: ensureCountryActor(bag, c), role: 'armed forces' }];
  return key;
}

/** A demonym of one or two tokens starting at i ("Russian", "North Korean"): [country, tokens used]. */
export function demonymAt(tokens: Token[], i: number): [CountryInfo, number] | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !a.cap) return null;
  if (b && b.cap && /^ $/.test(b.gap) && !a.poss) {
    const two = countryByDemonym(`${a.text} ${b.text}`);
    if (two) return [two, 2];
  }
  const one = countryByDemonym(a.text.split('-')[0] === a.text ? a.text : a.text);
  return one ? [one, 1] : null;
}

const JOINERS = /^\s*(?:and|or|,|\/)\s*$/;
const ACTING = /^(said|says|has|have|had|is|was|were|are|will|would|could|claimed|claims|struck|launched|reported|denied|confirmed|announced|added|stated|warned|shot|carried|killed|hit|took|captured)$/;

/** "the Israeli military said": "military" is the force only before a verb or at a clause end ("military aid" is not). */
function militaryActs(next: Token | undefined): boolean {
  return !next || next.gap !== ' ' || ACTING.test(next.text);
}

/**
 * Finds armed-force phrases and records them in the bag; returns the indexes of tokens used, so
 * the name finder skips them.
 */
export function findForces(tokens: Token[], bag: EntityBag): Set<number> {
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || t.headline) continue;
    // "Kyiv’s forces", "Ukraine’s troops", "Russia’s army"
    if (t.poss) {
      const c = countryByName(t.text) ?? countryByCapital(t.text);
      const n = tokens[i + 1];
      if (c && n && FORCE_NOUNS.has(n.text) && n.text !== 'military') {
        bag.mention(ensureForce(bag, c), t.start, n.end);
        used.add(i).add(i + 1);
      }
      continue;
    }
    // Demonym lists: "Russian and North Korean army", "Russian/North Korean army"
    const group: Array<{ c: CountryInfo; from: number; to: number }> = [];
    let j = i;
    for (;;) {
      const d = demonymAt(tokens, j);
      if (!d) break;
      group.push({ c: d[0], from: j, to: j + d[1] - 1 });
      j += d[1];
      const next = tokens[j];
      if (!next || !JOINERS.test(next.gap) || next.gap.trim() === '') break;
      if (next.text === 'and' || next.text === 'or') j += 1;
    }
    if (group.length === 0) continue;
    let k = j;
    while (tokens[k] && FORCE_MODIFIERS.has((tokens[k] as Token).text) && FORCE_NOUNS.has(tokens[k + 1]?.text ?? '')) k++;
    const noun = tokens[k];
    const plural = group.length === 1 && /s$/.test((tokens[i] as Token).text) && countryByDemonym((tokens[i] as Token).text)?.demonym !== (tokens[i] as Token).text;
    if (noun && FORCE_NOUNS.has(noun.text) && /^ $/.test(noun.gap) && (noun.text !== 'military' || militaryActs(tokens[k + 1]))) {
      group.forEach((g, gi) => {
        const last = gi === group.length - 1;
        const end = last ? noun.end : (tokens[g.to] as Token).end;
        // "Russian" in "Russian and North Korean army" is a mention, not a name of the force.
        bag.mention(ensureForce(bag, g.c), (tokens[g.from] as Token).start, end, last);
      });
      for (let x = i; x <= k; x++) used.add(x);
      i = k;
    } else if (plural) {
      // "the Russians", "oust Ukrainians": the side's soldiers in war reporting.
      bag.mention(ensureForce(bag, (group[0] as { c: CountryInfo }).c), t.start, t.end);
      used.add(i);
    }
  }
  return used;
}
