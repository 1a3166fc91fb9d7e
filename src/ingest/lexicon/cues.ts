// Negation, hedging and modality cues: general English function words and fixed phrases.

/** Words that negate the predicate they precede (within a few words). */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'cannot', 'nobody', 'none']);

/** Phrases that deny a whole claim wherever they sit in it ("no evidence that …"). */
export const CLAIM_NEGATORS: readonly RegExp[] = [
  /\bno\s+(?:\w+\s+){0,2}(?:evidence|sign|signs|indication|proof|confirmation|basis)\b/i,
  /\b(?:is|are|was|were)\s+(?:not\s+true|untrue|false|baseless|groundless|fake|a\s+lie)\b/i,
  /\b(?:there\s+(?:is|was|were|are)\s+no)\b/i,
];

/** Modal and conditional words that make an event hypothetical, future or unasserted. */
export const HYPOTHETICAL_WORDS = new Set([
  'may', 'might', 'could', 'would', 'will', 'shall', 'should', 'if', 'unless', 'whether', 'possible', 'possibly',
  'potential', 'potentially', 'future', 'planned', 'intends', 'intend', 'expected', 'ready',
  'wants', 'want', 'wanted', 'seeks', 'aims', 'hopes', 'trying', 'tries', 'attempt', 'attempting',
  'prepared', 'can', 'likely', 'speculation', 'ahead', 'considers', 'considering', 'consider', 'before',
]);

/** Phrases that make what follows future or hypothetical; they count when they end right before the trigger. */
export const HYPOTHETICAL_PHRASES: readonly RegExp[] = [
  /\b(?:set|going|due|about|poised|expected|ready|prepared|willing)\s+to\b/i,
  /\bas\s+early\s+as\b/i,
  /\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed)?|pledge[sd]?|promise[sd]?|urge[sd]?)\s+(?:\w+\s+){0,3}to\b/i,
  /\bget\s+under\s+way\b/i,
  /\bplans?\s+to\b/i,
];
