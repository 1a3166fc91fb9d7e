// Sentence-level tests shared by the rules: headlines and title-case teasers carry no facts to extract.

/** True for a Title Case line without a final full stop (a headline, a teaser, a credit). */
export function isHeadline(sentence: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(sentence)) return false;
  const words = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  // A short line without a full stop ("Ceasefire talks hang in the balance") is a heading too.
  if (words.length <= 8 && !/[,;:]/.test(sentence)) return true;
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.6;
}
