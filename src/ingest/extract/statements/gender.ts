// Grammatical gender of a person as the article itself shows it, so that "she said" does not go to
// the last man who spoke: a gendered title or noun right before a mention ("spokeswoman X", "Mr X"),
// else the first he/she after a mention in its sentence with no other person in between. Own code: guessing from a
// list of first names would be wrong for many names in world news, and the article usually says.
import { isPerson, type MentionIndex } from '../rules/mentions.ts';

export type Gender = 'f' | 'm';

const FEMININE_WORDS = 'spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|sportswoman|mrs|ms|miss|madam|madame|mme|dame|lady|queen|princess|duchess|mother|daughter|wife|widow|sister|grandmother|actress|niece|aunt|girl';
const MASCULINE_WORDS = 'spokesman|chairman|businessman|congressman|councilman|sportsman|mr|sir|lord|king|prince|duke|father|son|husband|widower|brother|grandfather|actor|nephew|uncle|boy';
/** A gendered word right before the name, titles and initials allowed in between ("spokeswoman Lt. Gen. X"). */
const before = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b\\.?,?\\s+(?:[A-Z][\\w.'’-]*\\s+){0,4}$`, 'i');
const FEMININE_BEFORE = before(FEMININE_WORDS);
const MASCULINE_BEFORE = before(MASCULINE_WORDS);
const FEMININE_TITLE = new RegExp(`\\b(?:${FEMININE_WORDS})\\b`, 'i');
const MASCULINE_TITLE = new RegExp(`\\b(?:${MASCULINE_WORDS})\\b`, 'i');
const PRONOUN = /\b(he|him|his|she|her|hers)\b/i;

const cache = new WeakMap<MentionIndex, Map<string, Gender | null>>();

/** The gender the article gives the person `key`, or null when it does not tell. */
export function genderOf(text: string, mentions: MentionIndex, key: string): Gender | null {
  let known = cache.get(mentions);
  if (!known) cache.set(mentions, (known = new Map()));
  if (known.has(key)) return known.get(key)!;
  const own = mentions.all.filter((m) => m.key === key && isPerson(m));
  let titled: Gender | null = null;
  let votes = 0;
  for (const m of own) {
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    if (FEMININE_BEFORE.test(lead) || FEMININE_TITLE.test(m.title ?? '')) titled ??= 'f';
    else if (MASCULINE_BEFORE.test(lead) || MASCULINE_TITLE.test(m.title ?? '')) titled ??= 'm';
    // The first pronoun after the mention in its own sentence ("X said she …"), if no other person is named
    // before it; a pronoun opening the next sentence is what is being resolved, not evidence.
    const after = /^[^.!?]*/.exec(text.slice(m.end, Math.min(text.length, m.end + 200)))![0];
    const p = PRONOUN.exec(after);
    if (!p) continue;
    const at = m.end + p.index;
    if (mentions.within(m.end, at).some((o) => isPerson(o) && o.key !== key)) continue;
    votes += /^(?:she|her|hers)$/i.test(p[1]!) ? -1 : 1;
  }
  const gender = titled ?? (votes > 0 ? 'm' : votes < 0 ? 'f' : null);
  known.set(key, gender);
  return gender;
}

/** The gender a personal pronoun asks for ("she", "her" → f; "he", "him", "his" → m). */
export function pronounGender(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  return p === 'she' || p === 'her' || p === 'hers' ? 'f' : p === 'he' || p === 'him' || p === 'his' ? 'm' : null;
}
