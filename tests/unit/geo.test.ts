// Gazetteer and geocoding: a small GeoNames table written for the test, then the real package data.
import { beforeAll, describe, expect, it } from 'vitest';
import { foldPlaceName, gazetteerFromTsv, geocode, loadGazetteer, placeKindOf } from '../../src/ingest/geo/index.ts';

// GeoNames columns: id name ascii alternates lat lon class code cc cc2 admin1 admin2 admin3 admin4 population …
const row = (id: number, name: string, alts: string, lat: number, lon: number, code: string, cc: string, a1: string, pop: number): string =>
  [id, name, name, alts, lat, lon, 'P', code, cc, '', a1, '', '', '', pop, '', '', '', ''].join('\t');
const tsv = [
  row(1, 'Varnok', 'Varnock', 10, 20, 'PPLA', 'UA', '07', 120_000),
  row(2, 'Varnok', '', 40, -80, 'PPL', 'US', 'PA', 3_000_000),
  row(3, 'Malyn Dvir', '', 10.5, 20.5, 'PPL', 'UA', '07', 800),
  row(4, 'Stolnik', 'Stolnyk', 11, 21, 'PPLC', 'UA', '12', 900_000),
].join('\n');
const gazetteer = gazetteerFromTsv(tsv);

// The real gazetteer loads once per process (~1 s of CPU; more on a busy machine).
beforeAll(() => void loadGazetteer(), 60_000);

describe('geocode', () => {
  it('prefers a candidate in a country the article mentions, then population', () => {
    expect(geocode('Varnok', { gazetteer })?.entry.country).toBe('US');
    expect(geocode('Varnok', { gazetteer, countries: new Set(['UA']) })?.entry.geonameId).toBe(1);
  });

  it('knows alternate names of big places, seats of regions, and kinds', () => {
    // An alternate name counts only for a place in a country the article names.
    expect(geocode('Stolnyk', { gazetteer })).toBeNull();
    expect(geocode('Stolnyk', { gazetteer, countries: new Set(['UA']) })?.entry.name).toBe('Stolnik');
    const hit = geocode('Malyn Dvir', { gazetteer, countries: new Set(['UA']) });
    expect(hit?.kind).toBe('village');
    expect(hit?.seat?.name).toBe('Varnok');
    expect(geocode('Malyn Dvir', { gazetteer, minPopulation: 10_000 })).toBeNull();
  });

  it('drops a small namesake far from the places the article already placed', () => {
    const near = { lat: 10.4, lon: 20.4 };
    const far = { lat: -30, lon: 150 };
    expect(geocode('Malyn Dvir', { gazetteer, countries: new Set(['UA']), anchors: [near] })?.entry.geonameId).toBe(3);
    expect(geocode('Malyn Dvir', { gazetteer, countries: new Set(['UA']), anchors: [far] })).toBeNull();
    // A big place is kept wherever it is.
    expect(geocode('Varnok', { gazetteer, anchors: [far] })?.entry.geonameId).toBe(2);
  });

  it('folds diacritics, apostrophes and hyphens', () => {
    expect(foldPlaceName('Bila Tserkva')).toBe(foldPlaceName('Bila-Tserkva'));
    expect(foldPlaceName('Kraków')).toBe('krakow');
    expect(foldPlaceName("Ternopil’")).toBe('ternopil');
  });

  it('loads the GeoNames package data and finds real towns', () => {
    const gaz = loadGazetteer();
    expect(gaz.size).toBeGreaterThan(100_000);
    const hit = geocode('Lebedyn', { countries: new Set(['UA']) });
    expect(hit?.entry.country).toBe('UA');
    expect(hit?.seat?.name).toBe('Sumy');
    expect(placeKindOf(hit?.entry ?? { featureCode: 'PPL', population: 0 } as never)).toBe('town');
  });
});
