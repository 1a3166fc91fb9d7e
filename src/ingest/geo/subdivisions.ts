// English names of first- and second-level country subdivisions (states, provinces, oblasts,
// regions) from Unicode CLDR, shipped by cldr-subdivisions-full (Unicode-3.0 licence): the
// GeoNames city table has no region names, so "Texas", "Crimea" or "North Darfur" come from here.
import { createRequire } from 'node:module';
import { foldPlaceName } from './gazetteer.ts';

export interface Subdivision {
  /** CLDR code, e.g. "ustx". */
  code: string;
  /** ISO 3166-1 alpha-2 of the country. */
  country: string;
  name: string;
}

let index: Map<string, Subdivision[]> | null = null;

function build(): Map<string, Subdivision[]> {
  const require = createRequire(import.meta.url);
  const data = require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  };
  const out = new Map<string, Subdivision[]>();
  for (const [code, raw] of Object.entries(data.subdivisions.localeDisplayNames.subdivisions)) {
    const name = raw.replace(/[²³¹*]+$/u, '').trim();
    if (!/^[a-z]{2}[a-z0-9]{1,4}$/.test(code) || !name) continue;
    const key = foldPlaceName(name);
    const s: Subdivision = { code, country: code.slice(0, 2).toUpperCase(), name };
    out.set(key, [...(out.get(key) ?? []), s]);
  }
  return out;
}

/** Subdivisions called so ("Texas" → US-TX), built on first use. */
export function lookupSubdivision(name: string): Subdivision[] {
  index ??= build();
  return index.get(foldPlaceName(name)) ?? [];
}
