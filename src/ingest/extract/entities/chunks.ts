// Capitalised name chunks: runs of capitalised tokens joined by single spaces, with connectors
// inside ("Institute for the Study of War"), cut at punctuation, possessives and headline lines.
import { countryByDemonym, countryByName } from './countries.ts';
import { CALENDAR_WORDS, CONNECTORS, TIME_ZONES } from './lexicon.ts';

const ORG_PREPS = new Set(['in', 'to', 'on']);
/** Heads after which "in"/"to"/"on" continues the name ("Mission to Ukraine", "Force in Lebanon"); not "Group in Mali" or "Commission in Accra", which locate. */
const PREP_HEADS = new Set(['Mission', 'Force', 'Forces', 'Operation', 'Conference', 'Programme', 'Program', 'Committee', 'Council', 'Court']);
/** Pronouns capitalised after a closing quote ("…," He said): a name only when a name follows ("He Lianping"). */
const PRONOUNS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their']);
import { isCommonWord, type Token } from './tokens.ts';

export interface Chunk {
  /** Token index range [from, to] inclusive. */
  from: number;
  to: number;
}

/** "US-backed", "Washington-based": a name glued to a participle; handled by findCompounds. */
export const HYPHEN_COMPOUND = /^((?:(?:al|el)-)?\p{Lu}[\p{L}.]*)-(based|backed|led|born|made|brokered|funded|run|controlled|occupied|held|installed|allied|bound|friendly|linked|sponsored|affiliated|aligned|inspired|owned|listed|headquartered)$/u;

/** A token that can be part of a name. */
function nameish(t: Token, skip: ReadonlySet<number>, i: number, tokens: Token[]): boolean {
  if (skip.has(i) || t.headline || !t.cap || CALENDAR_WORDS.has(t.text.replace(/\.$/, '')) || TIME_ZONES.has(t.text)) return false;
  if (PRONOUNS.has(t.text) && !(tokens[i + 1]?.cap && tokens[i + 1]?.gap === ' ')) return false;
  // "Polish", "Turkey", "Chad" are common words too; a country or demonym stays a name.
  if (t.sentStart && isCommonWord(t.text) && !t.caps && !countryByDemonym(t.text) && !countryByName(t.text)) return false;
  if (HYPHEN_COMPOUND.test(t.text)) return false;
  return true;
}

/** True when two tokens are joined by exactly one space (no punctuation or line break). */
export function joined(t: Token): boolean {
  return t.gap === ' ';
}

/** Splits the tokens into capitalised chunks, skipping tokens in `skip`. */
export function findChunks(tokens: Token[], skip: ReadonlySet<number>): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!nameish(t, skip, i, tokens)) {
      i++;
      continue;
    }
    let to = i;
    while (!(tokens[to] as Token).poss) {
      const n = tokens[to + 1];
      if (!n || !joined(n)) break;
      if (nameish(n, skip, to + 1, tokens) && !n.sentStart) {
        to++;
        continue;
      }
      // connectors: "of", "for the", "and" only between capitalised words
      let k = to + 1;
      // "Force in Lebanon", "Mission to Ukraine": a preposition joins a country to an organisation name.
      const orgSoFar = PREP_HEADS.has((tokens[to] as Token).text);
      while (tokens[k] && (CONNECTORS.has((tokens[k] as Token).text) || (orgSoFar && ORG_PREPS.has((tokens[k] as Token).text))) && joined(tokens[k] as Token) && k - to <= 2) k++;
      const after = tokens[k];
      if (k > to + 1 && after && joined(after) && nameish(after, skip, k, tokens) && !(tokens[to + 1] as Token).poss) {
        // "and" joins two names only inside an organisation name; leave it to the classifier.
        to = k;
        continue;
      }
      break;
    }
    // Shouting ("REUTERS ATTENTION EDITORS", "MANDATORY CREDIT") is a credit line, not a name.
    const shout = (k: number): boolean => (tokens[k] as Token).caps && (tokens[k] as Token).text.replace(/\./g, '').length > 6;
    let caps = 0;
    for (let k = i; k <= to; k++) if ((tokens[k] as Token).caps) caps++;
    // "KYIV, Ukraine (AP) —": the dateline's city in capitals is not an acronym.
    const dateline = i === to && t.caps && t.text.length >= 4 && (i === 0 || /\n/.test(t.gap)) && /^[,(—–-]/.test(tokens[i + 1]?.gap.trim() ?? '');
    if (!(caps >= 2 && caps === to - i + 1) && !(i === to && shout(i)) && !dateline) out.push({ from: i, to });
    i = to + 1;
  }
  return out;
}
