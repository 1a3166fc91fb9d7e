// What a claim is about besides actors: the places it names, and definite descriptions ("the town",
// "the base") read as the most recent compatible place named before the claim in its article, so
// that "the town was never taken" and "X took Y" are claims about the same place.
import type { PlaceKind, PlaceRecord, StatementRecord } from '../../model/index.ts';

/** Classes of head nouns of definite descriptions of places, and the place kinds each may refer to. */
const SETTLEMENT = ['town', 'city', 'village', 'settlement', 'capital'];
const POSITION = ['base', 'position', 'garrison', 'outpost', 'airfield', 'airport', 'port', 'camp', 'mine', 'plant', 'facility'];
const FEATURE = ['shoal', 'island', 'reef', 'strait'];
const DESCRIPTIONS: readonly { heads: readonly string[]; kinds: ReadonlySet<PlaceKind>; re: RegExp }[] = [
  { heads: SETTLEMENT, kinds: new Set<PlaceKind>(['city', 'town', 'village', 'other']) },
  { heads: POSITION, kinds: new Set<PlaceKind>(['city', 'town', 'village', 'facility', 'other']) },
  { heads: FEATURE, kinds: new Set<PlaceKind>(['other', 'region']) },
].map(({ heads, kinds }) => ({ heads, kinds, re: new RegExp(`\\bthe\\s+(?:\\w+\\s+)?(?:${heads.join('|')})\\b`, 'i') }));

interface PlaceMention {
  id: string;
  kind: PlaceKind;
  start: number;
  end: number;
}

/** Place mentions per article, in text order (built once per resolve run). */
export function placeMentionsByArticle(places: readonly PlaceRecord[]): Map<string, PlaceMention[]> {
  const out = new Map<string, PlaceMention[]>();
  for (const p of places)
    for (const m of p.mentions) {
      const list = out.get(m.article) ?? [];
      list.push({ id: p.id, kind: p.kind, start: m.start, end: m.end });
      out.set(m.article, list);
    }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Places a claim is about: those in `about`, those named inside its span, and the referent of a
 * definite description in it when it names none: the last place introduced with a head of the same
 * class before the claim ("the army base at X", "the town of X", "X airport"), else the last
 * compatible place named before it. A claim whose span starts with a quote may leave its subject
 * just before it (`insisted that X "…"`): a place named right before the span counts too.
 */
export function placesOfClaim(st: StatementRecord, placeIds: ReadonlySet<string>, mentions: readonly PlaceMention[], text = ''): Set<string> {
  const out = new Set(st.about.filter((id) => placeIds.has(id)));
  for (const m of mentions) {
    if (m.start >= st.start && m.end <= st.end) out.add(m.id);
    else if (m.end <= st.start && st.start - m.end <= 3) out.add(m.id);
  }
  if (out.size) return out;
  for (const d of DESCRIPTIONS) {
    if (!d.re.test(st.text)) continue;
    const heads = d.heads.join('|');
    const before = new RegExp(`\\b(?:${heads})\\s+(?:at|in|of|near|outside)\\s+$`, 'i');
    const after = new RegExp(`^\\s+(?:${heads})\\b`, 'i');
    let last: PlaceMention | undefined;
    let introduced: PlaceMention | undefined;
    for (const m of mentions) {
      if (m.start >= st.start) break;
      if (!d.kinds.has(m.kind)) continue;
      last = m;
      if (before.test(text.slice(Math.max(0, m.start - 40), m.start)) || after.test(text.slice(m.end, m.end + 20))) introduced = m;
    }
    const found = introduced ?? last;
    if (found) out.add(found.id);
  }
  return out;
}
