// Country names, aliases, demonyms and capitals, built once from packages (no hand list of countries):
// countries-list (MIT: name, aliases, capital), i18n-iso-countries (MIT: official and short names),
// i18n-nationality (MIT: English demonyms).
import { createRequire } from 'node:module';

export interface CountryInfo {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Short English name ("Russia", "United States"). */
  name: string;
  /** Other names as they appear in text ("Russian Federation", "US", "U.S.", "America"). */
  aliases: string[];
  /** Demonym adjective ("Russian", "North Korean"). */
  demonym: string | null;
  /** Capital city name ("Moscow", "Washington"). */
  capital: string | null;
}

interface CountryTables {
  all: CountryInfo[];
  /** Exact surface form (name, alias, dotted acronym) → country. Case-sensitive. */
  byName: Map<string, CountryInfo>;
  /** Demonym adjective and its plural ("Russian", "Russians") → country. */
  byDemonym: Map<string, CountryInfo>;
  /** Capital name → country. */
  byCapital: Map<string, CountryInfo>;
  byCode: Map<string, CountryInfo>;
}

let tables: CountryTables | null = null;

/** "US" → "U.S."; only for short all-caps acronyms. */
function dotted(acronym: string): string | null {
  return /^[A-Z]{2,4}$/.test(acronym) ? acronym.split('').join('.') + '.' : null;
}

/** English plural of a demonym: "Russian" → "Russians", "Swiss" stays, "Chinese" stays. */
function pluralDemonym(d: string): string | null {
  if (/(ese|ss|sh|ch)$/.test(d)) return null;
  return `${d}s`;
}

function build(): CountryTables {
  const require = createRequire(import.meta.url);
  const cl = require('countries-list') as {
    countries: Record<string, { name: string; alias?: string[]; capital?: string }>;
  };
  const iso = require('i18n-iso-countries') as {
    registerLocale(d: unknown): void;
    getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const nat = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> };

  const t: CountryTables = { all: [], byName: new Map(), byDemonym: new Map(), byCapital: new Map(), byCode: new Map() };
  for (const [code, c] of Object.entries(cl.countries)) {
    const names = new Set<string>([...(c.alias ?? []), ...(iso.getName(code, 'en', { select: 'all' }) ?? [])]);
    // Forms like "Korea, Republic of" never appear in running text.
    const aliases = [...names].filter((n) => n !== c.name && !n.includes(','));
    for (const a of [...aliases]) {
      const d = dotted(a);
      if (d && !names.has(d)) aliases.push(d);
    }
    const capital = c.capital ? c.capital.replace(/\s+[A-Z]\.[A-Z]\.$/, '').trim() : null;
    // English news keeps the exonym ("Turkey" over "Türkiye"): an ASCII English name wins over an accented one.
    const english = /[^\x20-\x7e]/.test(c.name) ? aliases.find((a) => /^[\x20-\x7e]+$/.test(a)) : undefined;
    const name = english ?? c.name;
    if (english) aliases.splice(aliases.indexOf(english), 1, c.name);
    const info: CountryInfo = { code, name, aliases, demonym: nat.nationalities[code] ?? null, capital };
    t.all.push(info);
    t.byCode.set(code, info);
  }
  // Names before aliases, so an alias never shadows another country's name.
  for (const c of t.all) t.byName.set(c.name, c);
  for (const c of t.all) for (const a of c.aliases) if (!t.byName.has(a)) t.byName.set(a, c);
  for (const c of t.all) {
    if (c.demonym && !t.byDemonym.has(c.demonym)) {
      t.byDemonym.set(c.demonym, c);
      const pl = pluralDemonym(c.demonym);
      if (pl && !t.byDemonym.has(pl)) t.byDemonym.set(pl, c);
    }
    if (c.capital && !t.byCapital.has(c.capital)) t.byCapital.set(c.capital, c);
  }
  return t;
}

/** The country tables, built on first use (a few ms). */
export function countryTables(): CountryTables {
  tables ??= build();
  return tables;
}

/** The country a surface form names ("Russia", "U.S.", "Russian Federation"), or null. */
export function countryByName(surface: string): CountryInfo | null {
  return countryTables().byName.get(surface) ?? null;
}

/** The country of a demonym ("Russian", "Ukrainians", "North Korean"), or null. */
export function countryByDemonym(surface: string): CountryInfo | null {
  return countryTables().byDemonym.get(surface) ?? null;
}

/** The country whose capital is named so ("Moscow" → Russia), or null. */
export function countryByCapital(surface: string): CountryInfo | null {
  return countryTables().byCapital.get(surface) ?? null;
}

export function countryByCode(code: string): CountryInfo | null {
  return countryTables().byCode.get(code) ?? null;
}
