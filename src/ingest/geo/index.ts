// Geocoding of place names against the GeoNames gazetteer: pick the likeliest candidate for a
// name in an article's context, give it a place kind and its first-order division (region).
import type { PlaceKind } from '../../model/index.ts';
import { type Gazetteer, type GazetteerEntry, loadGazetteer } from './gazetteer.ts';

export { foldPlaceName, gazetteerFromTsv, loadGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
export { lookupSubdivision, type Subdivision } from './subdivisions.ts';

export interface GeoHit {
  entry: GazetteerEntry;
  kind: PlaceKind;
  /** Seat of the place's first-order division, when the gazetteer knows it. */
  seat: GazetteerEntry | null;
}

export interface GeocodeContext {
  /** ISO codes of countries the article mentions: candidates there win. */
  countries?: ReadonlySet<string>;
  /** Smallest population for a bare name without a place cue ("in", "village of"). */
  minPopulation?: number;
  gazetteer?: Gazetteer;
  /** Coordinates of places already placed in the article: a small place far from all of them is a namesake. */
  anchors?: ReadonlyArray<{ lat: number; lon: number }>;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

const SMALL = 20_000;
const FAR_KM = 400;

const FEATURE_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1 };

/** Place kind from GeoNames feature code and population. */
export function placeKindOf(e: GazetteerEntry): PlaceKind {
  if (e.featureCode === 'PPLC' || e.featureCode === 'PPLA' || e.population >= 100_000) return 'city';
  if (e.population >= 5_000 || e.featureCode === 'PPLA2') return 'town';
  return 'village';
}

/** Orders candidates: in a mentioned country first, then capitals and seats, then population. */
function better(a: GazetteerEntry, b: GazetteerEntry, countries: ReadonlySet<string>): number {
  const ca = countries.has(a.country) ? 1 : 0;
  const cb = countries.has(b.country) ? 1 : 0;
  if (ca !== cb) return cb - ca;
  const ra = FEATURE_RANK[a.featureCode] ?? 0;
  const rb = FEATURE_RANK[b.featureCode] ?? 0;
  // A capital or seat outranks a bigger namesake only within an order of magnitude.
  if (ra !== rb && Math.max(a.population, b.population) < 10 * Math.min(a.population, b.population) + 10_000) return rb - ra;
  if (a.population !== b.population) return b.population - a.population;
  return a.geonameId - b.geonameId;
}

/** The likeliest populated place called `name`, or null. */
export function geocode(name: string, ctx: GeocodeContext = {}): GeoHit | null {
  const gaz = ctx.gazetteer ?? loadGazetteer();
  const countries = ctx.countries ?? new Set<string>();
  const min = ctx.minPopulation ?? 0;
  // In a country the article names, smaller places pass too (a village near the front line).
  // Alternate names ("Odessa" for Odesa, but also "Hamas" for a German town in some language)
  // count only for places in a country the article names, or for world cities ("New York").
  const alts = gaz.lookupAlternate(name).filter((e) => countries.has(e.country) || e.population >= 1_000_000);
  const cands = [...gaz.lookup(name), ...alts].filter((e) => e.population >= min || (countries.has(e.country) && e.population >= Math.min(min, 1_000)));
  const anchors = ctx.anchors ?? [];
  const plausible = anchors.length
    ? cands.filter((e) => e.population >= SMALL || anchors.some((a) => distanceKm(a, { lat: e.lat, lon: e.lon }) <= FAR_KM))
    : cands;
  if (plausible.length === 0) return null;
  const entry = plausible.sort((a, b) => better(a, b, countries))[0] as GazetteerEntry;
  return { entry, kind: placeKindOf(entry), seat: entry.admin1 ? gaz.seatOf(entry.country, entry.admin1) : null };
}
