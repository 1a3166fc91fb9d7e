// Tokens that end with a period without ending a sentence. General English news usage
// (titles, ranks, months, corporate and address abbreviations); no article-specific entries.

/** Lower-cased, without the final period. */
export const ABBREVIATIONS = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'fr', 'hon', 'gen', 'lt', 'col', 'maj', 'capt',
  'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'pres', 'amb', 'atty',
  'supt', 'insp', 'msgr', 'lieut', 'comdr', 'gens', 'sens', 'messrs', 'mme', 'mlle',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // organisations, places, measures
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft',
  'approx', 'est', 'vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'al', 'ca', 'c',
]);

/** Case-sensitive ones that are ordinary words in lower case ("No. 5" but "said no."). */
export const CASED_ABBREVIATIONS = new Set(['No', 'Nos', 'Art', 'Vol', 'Fig', 'Ch', 'Sec', 'Para', 'Op', 'Nr']);

/** Words that start a new sentence after an initialism like "U.S." ("… in the U.S. The …"). */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'This', 'That',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'However', 'Meanwhile', 'After', 'Before',
  'When', 'While', 'If', 'As', 'So', 'Yet', 'Still', 'Now', 'Then', 'Last', 'Earlier', 'Later',
]);
