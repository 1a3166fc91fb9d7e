// Reading the words around a name: place cues ("in", "village of"), title words before a person
// ("Kremlin spokesman"), and whether a country or capital acts (an actor) or locates (a place).
import { CITY_LOCATIVE, LOCATIVE, PLACE_NOUNS, REGION_WORDS, SETTLEMENT_CUES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const attached = (t: Token | undefined): boolean => !!t && t.gap === ' ';

/** The lower-case word before token i (skipping "the" and one adjective-like word of direction), or null. */
function wordBefore(tokens: Token[], i: number, skipDirections = true): Token | null {
  let k = i - 1;
  if (!attached(tokens[i])) return null;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.text === 'the' || (skipDirections && /^(northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northwest|northeast|southwest|southeast)$/.test(t.text))) {
      if (!attached(t)) return null;
      k--;
      continue;
    }
    return t.cap ? null : t;
  }
  return null;
}

/** The settlement kind a cue before token i implies ("the village of X" → village), or null. */
export function settlementCue(tokens: Token[], i: number): 'village' | 'town' | 'city' | 'region' | 'other' | null {
  const of = tokens[i - 1];
  const noun = tokens[i - 2];
  if (of?.text === 'of' && attached(tokens[i]) && attached(of) && noun) return SETTLEMENT_CUES[noun.text] ?? null;
  return null;
}

/**
 * True when a name at tokens [from, to] is surely a place even if no gazetteer knows it: "the village
 * of X", "near X", "into southern X", "X, a settlement in Y", "north-west of X".
 */
export function strongPlaceCue(tokens: Token[], from: number, to: number, text: string, depth = 0): boolean {
  if (settlementCue(tokens, from)) return true;
  // "the villages of X and Y", "X, Y and Z": a list goes on with its first member's cue
  const joiner = tokens[from - 1];
  if (depth < 6 && joiner && (joiner.text === 'and' || /^,\s$/.test(tokens[from]?.gap ?? '')) && attached(tokens[from])) {
    let k = joiner.text === 'and' ? from - 2 : from - 1;
    if (tokens[k]?.cap) {
      while (k > 0 && (tokens[k - 1] as Token).cap && (tokens[k] as Token).gap === ' ') k--;
      if (strongPlaceCue(tokens, k, from - 1, text, depth + 1)) return true;
    }
  }
  const prev = tokens[from - 1];
  if (prev && attached(tokens[from]) && /^(near|outside|nearby|around|northern|southern|eastern|western|central)$/.test(prev.text) && placeCueBefore(tokens, from)) return true;
  if (prev?.text === 'near' && attached(tokens[from])) return true;
  const w = tokens[from - 1];
  if (w?.text === 'of' && /^(north|south|east|west|outskirts)(-\w+)?$/.test(tokens[from - 2]?.text ?? '')) return true;
  const end = (tokens[to] as Token).end;
  return /^,\s+(?:a|the)\s+(?:small\s+|tiny\s+|frontline\s+|front-line\s+|nearby\s+|neighbouring\s+|neighboring\s+)?(?:village|settlement|town|hamlet|city)\b/.test(text.slice(end, end + 40));
}

/** True when a locating word stands before token i ("in X", "near X", "the village of X"). */
export function placeCueBefore(tokens: Token[], i: number, city = false, depth = 0): boolean {
  if (settlementCue(tokens, i)) return true;
  const prev = tokens[i - 1];
  // "at Washington’s Kennedy Center": the cue stands before the possessive place
  if (prev?.poss && prev.cap && attached(tokens[i])) return placeCueBefore(tokens, i - 1, true, depth + 1);
  const w = wordBefore(tokens, i);
  if (!w) return false;
  if (LOCATIVE.has(w.text) || (city && CITY_LOCATIVE.has(w.text))) return true;
  // "in Texas and California": a list goes on with the cue of its first member
  if ((w.text === 'and' || w.text === 'or') && tokens[i - 2]?.cap && depth < 4) {
    let k = i - 2;
    while (k > 0 && (tokens[k - 1] as Token).cap && (tokens[k] as Token).gap === ' ') k--;
    return placeCueBefore(tokens, k, city, depth + 1);
  }
  // "north-west of X", "south of X"
  const before = tokens[i - 2];
  return w.text === 'of' && !!before && /^(north|south|east|west|outskirts|centre|center)(-\w+)?$/.test(before.text);
}

/** Lower-case title words right before token i ("Kremlin spokesman", "top general"), as written. */
export function titleBefore(tokens: Token[], i: number): string | null {
  if (!attached(tokens[i]) && !/^\s*,\s*$/.test(tokens[i]?.gap ?? '')) return null;
  let k = i - 1;
  let head = false;
  while (k >= 0) {
    const t = tokens[k] as Token;
    const w = t.text.toLowerCase();
    if (t.cap && !head && !TITLE_HEADS.has(w)) break;
    if (TITLE_HEADS.has(w)) head = true;
    else if (!TITLE_MODIFIERS.has(w) || t.cap) break;
    if (t.poss || (k < i - 1 && !attached(tokens[k + 1]))) break;
    k--;
    if (!attached(tokens[k + 1])) break;
  }
  // "the chief executive of Tesla": the name is the title's object, not its holder.
  if (!head || ['of', 'for', 'the', 'at'].includes((tokens[i - 1] as Token | undefined)?.text ?? '')) return null;
  let from = k + 1;
  while (from < i && ['the', 'of', 'for'].includes((tokens[from] as Token).text)) from++;
  if (from >= i) return null;
  return tokens.slice(from, i).map((t) => t.text).join(' ');
}

/** True when a country name at tokens [from, to] locates ("in Russia", "Russia’s Kursk region"). */
export function countryLocates(tokens: Token[], from: number, to: number): boolean {
  if (placeCueBefore(tokens, from)) return true;
  const last = tokens[to] as Token;
  if (last.poss) {
    for (let k = to + 1; k <= to + 3 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (!attached(t)) break;
      if (PLACE_NOUNS.has(t.text) || REGION_WORDS.has(t.text)) return true;
      if (!t.cap) break;
    }
  }
  // "the Kursk region of Russia"
  const w = wordBefore(tokens, from, false);
  const noun = tokens[from - 2];
  return w?.text === 'of' && !!noun && (PLACE_NOUNS.has(noun.text) || REGION_WORDS.has(noun.text));
}

/** True when a capital city name at tokens [from, to] locates ("in Moscow", "Washington-based", a list of cities). */
export function capitalLocates(tokens: Token[], from: number, to: number, text: string): boolean {
  // "the prospect of Ankara joining the talks": the subject of a gerund acts.
  const ing = tokens[to + 1];
  if (ing && attached(ing) && /^[a-z]+ing$/.test(ing.text) && /^(of|for)$/.test(tokens[from - 1]?.text ?? '')) return false;
  // "a London law firm": after an indefinite article the city names where something is.
  if (/^(a|an)$/.test(tokens[from - 1]?.text ?? '') && ing && attached(ing) && !ing.cap) return true;
  if (placeCueBefore(tokens, from, true) || countryLocates(tokens, from, to)) return true;
  const last = tokens[to] as Token;
  if (/^-based\b/.test(text.slice(last.end))) return true;
  // In a list of places: "Kharkiv, Kyiv, Chernihiv"
  const prev = tokens[from - 1];
  const next = tokens[to + 1];
  const listPrev = !!prev && prev.cap && /^,\s$/.test(tokens[from]?.gap ?? '');
  const listNext = !!next && next.cap && /^,\s$/.test(next.gap);
  if (listPrev && listNext) return true;
  if (last.poss && next && next.cap && attached(next)) return true; // "Washington’s Kennedy Center"
  return false;
}
