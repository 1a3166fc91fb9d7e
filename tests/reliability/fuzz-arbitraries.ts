// Random and adversarial text for the fuzz tests of the ingest stages (issue 6, item 4): unicode,
// RTL and zero-width marks, lone surrogates, very long tokens, quotes that never close, furniture.
import fc from 'fast-check';

/** Pieces that stress the stages: quotes, terminators, abbreviations, bidi/zero-width marks, lone surrogates, furniture. */
export const tricky = fc.constantFrom(
  '“', '”', '"', '«', '»', '„', '‘', '’', "'", '.', '!', '?', '…', '...', '\n', '\n\n', '\r\n', ' ', '\t', '\u00a0',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\u2028',
  '\ud800', '\udfff', '\ud83d', '😀', '👩‍👩‍👧', 'שלום', 'مرحبا', 'Ǆ', 'İ', 'ß', '\u0301', '中文。', '！', '？',
  'Mr.', 'U.S.', 'Gen.', 'No. 5', 'J. R.', '3.5', 'Sept.', 'e.g.', 'said', 'He said: “', 'she said.',
  'Advertisement', 'Read More »', 'JOIN US ON TELEGRAM', '(Photo: Ann Lee via AP)', 'REUTERS/Jo Doe', 'ATTENTION EDITORS - ',
  'MANDATORY CREDIT.', 'Source: ', 'This news is sourced from ', 'date 2025-03-20 ', 'Published: ', 'KYIV, March 13 (Reuters) - ',
  'on Wednesday', 'last Friday', 'March 13', 'March 7, 2025', '2024', 'Recent', 'Related', '<p>', '</p>', '<script>', '&amp;',
);
export const word = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });
export const piece = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => 'x'.repeat(n)) },
);
export const text = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));
/** Quotes opened and never closed, across paragraphs. */
export const unclosed = fc.array(fc.tuple(fc.constantFrom('“', '"', '«', '„'), word), { minLength: 1, maxLength: 50 }).map((xs) =>
  xs.map(([q, w]) => `${q}${w} and more words. `).join('\n\n'),
);

