// Word pools for the synthetic articles: invented people, countries, towns and organisations built from
// syllables, a few real countries, titles, reporting verbs, claims and date expressions.
// Nothing here is taken from the sample articles: the bench measures speed, not recall.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Rng } from './prng.ts';

countries.registerLocale(en);

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'gr', 'vl', 'zh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'v', 'sk', 'nd', 'rt'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An invented word of 2–3 syllables, with an optional fixed ending ("-ovia", "-grad"). */
export function inventWord(rng: Rng, ending = ''): string {
  let w = '';
  const syllables = ending ? rng.int(1, 2) : 2;
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 ? rng.pick(CODAS) : '');
  return capitalise(w + ending);
}

/** Real country names with a plain one- or two-word English name (ISO 3166 list of i18n-iso-countries, MIT). */
export const REAL_COUNTRIES: readonly string[] = Object.values(countries.getNames('en', { select: 'official' }))
  .filter((n) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(n))
  .sort();

export const COUNTRY_ENDINGS = ['ovia', 'ania', 'istan', 'land', 'ia', 'ora'];
export const TOWN_ENDINGS = ['grad', 'ovo', 'burg', 'ville', 'insk', 'polis', 'ka', ''];
export const FIRST_NAMES = [
  'Anika', 'Boris', 'Celia', 'Dmitar', 'Elena', 'Farid', 'Greta', 'Hakon', 'Ilse', 'Jovan', 'Katya', 'Lukas', 'Mirela',
  'Nikos', 'Olena', 'Pavel', 'Quentin', 'Rasa', 'Stefan', 'Tamar', 'Ulrich', 'Vesna', 'Wojtek', 'Yara', 'Zoran',
];
export const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Gen.', 'Col.', 'spokesperson', 'Governor',
  'ambassador', 'commander', 'Interior Minister', 'Chief of the General Staff', 'mayor', 'envoy',
];
export const ORG_PATTERNS = ['{W} Institute for Strategic Studies', 'Council of {W}', '{W} Red Cross', 'United {W} Bank', '{W} Energy Agency', 'Union of {W} Workers'];
export const MEDIA_PATTERNS = ['The {W} Herald', '{W} Daily', '{W} News Agency', 'Radio {W}', 'The {W} Times'];

/** Reporting verbs of reported speech, with the denial verbs apart. */
export const REPORTING_VERBS = [
  'said', 'claimed', 'warned', 'stated', 'announced', 'insisted', 'argued', 'alleged', 'confirmed', 'acknowledged',
  'asserted', 'reported', 'noted', 'added', 'explained', 'suggested', 'maintained', 'stressed', 'told reporters', 'admitted',
];
export const DENIAL_VERBS = ['denied', 'rejected claims', 'dismissed reports'];
export const URGING_VERBS = ['urged', 'called on', 'appealed to'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date expression, relative or absolute, around the publication date `published` (UTC). */
export function dateExpression(rng: Rng, published: Date): string {
  const back = new Date(published.getTime() - rng.int(1, 40) * 86_400_000);
  const month = MONTHS[back.getUTCMonth()]!;
  const day = back.getUTCDate();
  return rng.pick([
    `on ${rng.pick(WEEKDAYS)}`,
    'yesterday',
    'last week',
    `${rng.pick(['two', 'three', 'four'])} days ago`,
    'earlier this month',
    `last ${rng.pick(MONTHS)}`,
    `on ${month} ${day}`,
    `on ${day} ${month}`,
    `on ${month} ${day}, ${back.getUTCFullYear()}`,
    `in early ${month}`,
    'a day after the talks',
    `on ${back.toISOString().slice(0, 10)}`,
  ]);
}

/** Claims (the content of statements); `{A}`/`{B}` countries, `{T}` town, `{N}` a number. */
export const CLAIMS = [
  '{A} forces had surrounded the town of {T}',
  '{A} troops had encircled {T}',
  'units of {A} were cut off near {T}',
  'the attack on {T} never happened',
  'at least {N} civilians were killed in {T}',
  'the ceasefire with {B} was holding',
  'talks with {B} would resume within weeks',
  '{B} had violated the agreement',
  'the bridge at {T} had been destroyed',
  'no troops of {A} were stationed in {T}',
  'the humanitarian corridor to {T} remained open',
  'the power plant near {T} was under the control of {A}',
  'sanctions against {B} would be extended',
  'the strike on {T} targeted only military sites',
  '{N} prisoners would be exchanged with {B}',
];

/** Direct quotations: short, first-person. */
export const QUOTES = [
  'We will not give up a single metre of {T}',
  'Our soldiers are holding their positions',
  'This is a blatant violation of international law',
  'The situation around {T} is difficult but under control',
  'We are ready to negotiate, but not under pressure from {B}',
  'Nobody has surrounded our troops',
  'Every day of delay costs lives in {T}',
  'We have evidence that {A} used banned weapons',
  'Peace is possible only if {B} withdraws',
  'We did not order any attack on {T}',
];

/** Background sentences without facts, as news prose has. */
export const FILLERS = [
  'The conflict has displaced tens of thousands of people across the region over the past year.',
  'Analysts said the coming weeks would be decisive for both sides.',
  'Residents described long queues for water and fuel as the fighting continued.',
  'The claims could not be independently verified.',
  'Diplomats in several capitals followed the developments closely.',
  'Humanitarian groups have repeatedly warned of a worsening situation for civilians.',
  'Satellite images published by commercial providers showed damage to several buildings.',
  'Both governments have traded accusations for months.',
  'Prices of grain and energy rose sharply after the news.',
  'The area has changed hands several times since the war began.',
];
