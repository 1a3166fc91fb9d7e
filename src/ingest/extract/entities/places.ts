// Places of one article: countries as places, regions ("Kursk region" = "Kursk Oblast" = "Kursk"),
// geocoded settlements and facilities, with PART_OF links town → region → country.
import { stableId } from '../../../model/index.ts';
import type { PlaceKind } from '../../../model/index.ts';
import { type GeoHit, geocode } from '../../geo/index.ts';
import type { EntityBag, FoundEntity } from './bag.ts';
import { type CountryInfo, countryByCode } from './countries.ts';

/** Key of a country as a place: a separate draft key, resolved to the same graph id as the actor. */
export function countryPlaceKey(c: CountryInfo): string {
  return `${stableId('country', c.name)}@place`;
}

/** Ensures the country place exists and returns its key. */
export function ensureCountryPlace(bag: EntityBag, c: CountryInfo): string {
  const key = countryPlaceKey(c);
  bag.ensure(key, { label: 'Place', name: c.name, kind: 'country', cc: c.code });
  return key;
}

/** Key of a first-level region, from its base name ("Kursk" for "Kursk Oblast"). */
export function regionKey(base: string): string {
  return stableId('region', base);
}

/** Key of a settlement, facility or other place. */
export function placeKey(name: string): string {
  return stableId('place', name);
}

function applyGeo(e: FoundEntity, hit: GeoHit): void {
  e.lat = hit.entry.lat;
  e.lon = hit.entry.lon;
  e.geonameId = hit.entry.geonameId;
  e.cc = hit.entry.country;
  e.country = countryByCode(hit.entry.country)?.name ?? hit.entry.country;
}

/** Registers a region; geocodes its base name to the seat city to learn the country. */
export function ensureRegion(bag: EntityBag, base: string, name: string, cc: string | null, countries: ReadonlySet<string>): FoundEntity {
  const key = regionKey(base);
  const e = bag.ensure(key, { label: 'Place', name, kind: 'region', cc });
  // "South Kivu province": a lower-case common noun describes the region; the base alone names it too.
  if (/\s\p{Ll}+$/u.test(name) && base !== e.name && !e.aliases.includes(base)) e.aliases.push(base);
  // A region named with its proper word ("Oblast", "Province") names it better than "region".
  if (/\b\p{Lu}\p{Ll}+$/u.test(name) && !/\b\p{Lu}\p{Ll}+$/u.test(e.name.slice(base.length))) e.name = name;
  if (e.country == null) {
    const hit = geocode(base, { countries });
    const seat = hit && (hit.entry.featureCode === 'PPLA' || hit.entry.featureCode === 'PPLC') ? hit : null;
    if (seat && (!cc || seat.entry.country === cc)) {
      e.cc = seat.entry.country;
      e.country = countryByCode(seat.entry.country)?.name ?? null;
      e.geonameId = null;
    } else if (cc) {
      e.cc = cc;
      e.country = countryByCode(cc)?.name ?? null;
    }
  }
  return e;
}

/** Registers a settlement or facility, geocoded when the gazetteer knows it. */
export function ensurePlace(bag: EntityBag, name: string, kind: PlaceKind | null, countries: ReadonlySet<string>, cue: boolean): FoundEntity {
  const key = placeKey(name);
  const existing = bag.byKey.get(key);
  if (existing) return existing;
  const anchors = [...bag.byKey.values()].filter((x) => x.label === 'Place' && x.lat != null && x.kind !== 'country').map((x) => ({ lat: x.lat as number, lon: x.lon as number }));
  const hit = kind === 'facility' ? null : geocode(name, { countries, minPopulation: cue ? 0 : 100_000, anchors });
  const e = bag.ensure(key, { label: 'Place', name, kind: kind ?? hit?.kind ?? 'other' });
  if (hit) {
    applyGeo(e, hit);
    if (!kind) e.kind = hit.kind;
    e.seat = hit.seat ? `${hit.seat.country}:${hit.seat.name}` : null;
  }
  return e;
}

const SPECIFIC: Record<string, number> = { region: 3, city: 2, town: 2, country: 1 };

/**
 * Where the text puts a place the gazetteer does not know: "X, a settlement in Ukraine’s Sumy
 * Oblast" (the most specific place after "in"), "Washington’s Kennedy Center", else the region of
 * a place named beside it in the same sentence ("Zaoleshenka, north-west of Sudzha").
 */
function containerFromText(bag: EntityBag, e: FoundEntity, text: string): string | null {
  const places = [...bag.byKey.values()].filter((x) => x.label === 'Place' && x !== e);
  const at = (start: number, end: number): FoundEntity | null => places.find((x) => x.mentions.some((m) => m.start >= start && m.end <= end)) ?? null;
  for (const m of e.mentions) {
    const tail = text.slice(m.end, m.end + 90);
    const stop = tail.search(/[.!?;]|\n/);
    const window = stop >= 0 ? tail.slice(0, stop) : tail;
    const inAt = window.search(/\bin\s/);
    if (inAt < 0) continue;
    const from = m.end + inAt;
    const inside = places
      .flatMap((x) => x.mentions.filter((n) => n.start >= from && n.end <= m.end + window.length).map((n) => ({ x, n })))
      .sort((a, b) => (SPECIFIC[b.x.kind] ?? 0) - (SPECIFIC[a.x.kind] ?? 0) || a.n.start - b.n.start)[0];
    if (inside) return inside.x.key;
  }
  const first = e.mentions[0];
  if (!first) return null;
  // "Washington’s Kennedy Center"
  const owner = /['’]s\s+$/.exec(text.slice(Math.max(0, first.start - 4), first.start));
  if (owner) {
    const o = at(first.start - owner[0].length - 40, first.start - owner[0].length);
    if (o && o.mentions.some((n) => n.end === first.start - owner[0].length)) return o.kind === 'country' ? null : o.key;
  }
  const s = Math.max(text.lastIndexOf('.', first.start), text.lastIndexOf('\n', first.start)) + 1;
  const endRel = text.slice(first.end).search(/[.!?]\s|\n/);
  const near = at(s, endRel < 0 ? text.length : first.end + endRel);
  if (near?.kind === 'region') return near.key;
  return near?.partOf && bag.byKey.get(near.partOf)?.kind === 'region' ? near.partOf : null;
}

/**
 * Links places upward once all are known: a settlement to the region of the article whose seat
 * shares its first-level division (else to its country), a region to its country.
 */
export function linkPlaces(bag: EntityBag, text: string): void {
  const regions = [...bag.byKey.values()].filter((e) => e.label === 'Place' && e.kind === 'region');
  for (const e of [...bag.byKey.values()]) {
    if (e.label !== 'Place' || e.kind === 'country' || e.partOf) continue;
    if (!e.cc && e.kind !== 'region') {
      const within = containerFromText(bag, e, text);
      if (within) {
        e.partOf = within;
        continue;
      }
    }
    const seat = e.seat;
    if (seat && e.kind !== 'region') {
      const [cc, seatName] = seat.split(':');
      const region = regions.find((r) => r.cc === cc && r.key === regionKey(seatName ?? ''));
      if (region && region !== e) {
        e.partOf = region.key;
        continue;
      }
    }
    const c = e.cc ? countryByCode(e.cc) : null;
    if (c) e.partOf = ensureCountryPlace(bag, c);
  }
}
