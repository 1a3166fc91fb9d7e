// Actors and places of one article: findEntities(article, segments) → EntityFindings, with every
// mention as a verbatim span of article.text, and entityAt() to map a span to an entity key.
//
// Contract with the statement/event extractor (B): keys are local to the article and resolved to
// graph ids by resolve/entities.ts. A country has two keys, `country:x` (actor) and
// `country:x@place` (place); both resolve to the same id. Pronouns are left to B; title-led
// references ("the Russian president") are mentions here when they pick out one person.
import type { CleanArticle, DraftEntity, Segment } from '../../../model/index.ts';
import { EntityBag } from './bag.ts';
import { findChunks } from './chunks.ts';
import { type Piece, classifyChunk } from './classify.ts';
import { placeCueBefore, strongPlaceCue, titleBefore } from './context.ts';
import { countryByCapital, countryByDemonym, countryByName } from './countries.ts';
import { findForces } from './forces.ts';
import { linkPlaces } from './places.ts';
import { citedSources, fillMentions, placeReferences, sourceCue, titleReferences } from './mentions.ts';
import { foldAcronyms, foldNamesakes, foldNameVariants, foldPersonVariants, foldSurnamePlaces, resolveUnknowns } from './refs.ts';
import { registerCompounds, registerDateline, registerMinistries, registerPiece } from './register.ts';
import { tokenize, type Token } from './tokens.ts';

export { countryByCapital, countryByDemonym, countryByName } from './countries.ts';

/** What findEntities yields for one article. */
export interface EntityFindings {
  entities: DraftEntity[];
  /** Keys of actors the article cites as its sources (media, think tanks behind "according to", "reported"). */
  cites: string[];
}

/** ISO codes of the countries an article names (by name, demonym or capital), to steer geocoding. */
function mentionedCountries(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) continue;
    const two = i + 1 < tokens.length ? `${t.text} ${(tokens[i + 1] as Token).text}` : '';
    const c = countryByName(two) ?? countryByName(t.text) ?? countryByDemonym(two) ?? countryByDemonym(t.text) ?? countryByCapital(t.text);
    if (c) out.add(c.code);
  }
  return out;
}

/**
 * Finds the actors and places of an article. Pure; segments are accepted for the Extractor shape
 * (sentence limits come from the text's own punctuation here).
 */
export function findEntities(article: CleanArticle, _segments: Segment[] = []): EntityFindings {
  const text = article.text;
  const tokens = tokenize(text);
  const bag = new EntityBag(text);
  const countries = mentionedCountries(tokens);
  const ctx = { bag, tokens, text, countries };
  registerMinistries(ctx);
  const used = findForces(tokens, bag);
  const left: Piece[] = [];
  for (const ch of findChunks(tokens, used)) {
    const pieces = classifyChunk(ch.from, ch.to, {
      tokens,
      text,
      countries,
      placeCue: placeCueBefore(tokens, ch.from),
      settlement: strongPlaceCue(tokens, ch.from, ch.to, text),
      sourceCue: sourceCue(text, (tokens[ch.from] as Token).start, (tokens[ch.to] as Token).end),
      titleBefore: titleBefore(tokens, ch.from),
    });
    for (const p of pieces) if (!registerPiece(p, ctx)) left.push(p);
  }
  registerCompounds(ctx);
  registerDateline(ctx);
  foldPersonVariants(bag);
  foldNamesakes(bag);
  resolveUnknowns(left, ctx);
  foldSurnamePlaces(bag);
  foldAcronyms(ctx);
  fillMentions(ctx);
  foldNameVariants(ctx);
  titleReferences(ctx);
  placeReferences(ctx);
  linkPlaces(bag, text);
  markMedia(bag, text);
  const entities = bag.list().map(({ cc: _cc, seat: _seat, ...e }) => e);
  return { entities, cites: citedSources(bag, text).filter((k) => entities.some((e) => e.key === k)) };
}

/** An organisation without an institutional head that is quoted as a source is a media outlet. */
function markMedia(bag: EntityBag, text: string): void {
  for (const e of bag.byKey.values()) {
    if (e.kind !== 'organization' || e.memberOf?.length) continue;
    if (/\b(Institute|Council|Ministry|Agency|Service|Committee|Office|Department|Center|Centre|Party|Union)\b/.test(e.name)) continue;
    if (e.mentions.some((m) => sourceCue(text, m.start, m.end))) e.kind = 'media';
  }
}

/** The key of the entity mentioned at [start, end) (a mention that contains the span), or null. */
export function entityAt(findings: EntityFindings, start: number, end: number): string | null {
  let best: { key: string; len: number } | null = null;
  for (const e of findings.entities) {
    for (const m of e.mentions) {
      if (m.start <= start && end <= m.end && (!best || m.end - m.start < best.len)) best = { key: e.key, len: m.end - m.start };
    }
  }
  return best?.key ?? null;
}

/** Entities mentioned inside [start, end) (e.g. a sentence), in text order of their first mention there. */
export function entitiesWithin(findings: EntityFindings, start: number, end: number): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  for (const e of findings.entities) for (const m of e.mentions) if (m.start >= start && m.end <= end) out.push({ key: e.key, start: m.start, end: m.end });
  return out.sort((a, b) => a.start - b.start);
}
