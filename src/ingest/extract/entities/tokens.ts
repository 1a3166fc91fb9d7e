// Word tokens of an article with character offsets, the flags the name finder needs
// (capitalised, possessive, sentence start, headline line) and the gap text between tokens.
// A tokenizer of our own: compromise's full parse costs ~50 ms per article, over the speed budget.
import nlp from 'compromise';

export interface Token {
  /** Offsets of the word in the article text, possessive ’s excluded. */
  start: number;
  end: number;
  text: string;
  /** Followed by ’s / 's (stripped from `text`). */
  poss: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** All letters upper-case and at least two of them ("CIA", "U.S."). */
  caps: boolean;
  /** First word of a sentence, paragraph or quotation. */
  sentStart: boolean;
  /** Inside a Title-Case or ALL-CAPS line (a headline or a credit): names there are only matched, never found. */
  headline: boolean;
  /** Text between the previous token and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
/** Abbreviations that keep their full stop ("Gen.", "Lt.") so they stay inside a name. */
const ABBREV = new Set(['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Brig', 'Cmdr', 'Cpl', 'Pvt', 'Lieut', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sen', 'Rep', 'Gov', 'Pres', 'St', 'Jr', 'Sr', 'Prof', 'Rev', 'Hon', 'Amb', 'Supt', 'Insp', 'Det', 'Mt', 'Ft']);

/** Arabic and Berber name particles glued to a capitalised word ("al-Harbi", "el-Sisi", "ould-Ahmed"): the word is a name. */
const PARTICLE_NAME = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul|ibn|bin|ben|bint|abu|ould|wal|wa)-\p{Lu}/u;

const OPENERS = new Set('The A An He She It They We I In On At But And This That These Those His Her Its Their Our There However Meanwhile'.split(' '));

let lexicon: Record<string, string | string[]> | null = null;
/** compromise's word list (MIT): tags such as FirstName, Country, Organization, Adverb. */
export function lexTags(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const PROPER_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Region', 'Place', 'Organization', 'ProperNoun', 'Person', 'Demonym']);
/** True for a capitalised word that is an ordinary word written at a sentence start ("Meanwhile", "Though"). */
export function isCommonWord(word: string): boolean {
  const tags = lexTags(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

function headlineLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length > 3);
    const capped = long.filter((w) => /^\p{Lu}/u.test(w)).length;
    const allCaps = long.filter((w) => w === w.toUpperCase()).length;
    const titleCase = long.length >= 4 && capped / long.length >= 0.75 && !/[.!?]["”’]?\s*$/.test(line);
    if (titleCase || (long.length >= 3 && allCaps / long.length >= 0.6)) out.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return out;
}

/** Splits the article into word tokens with their flags. Pure and linear in the text length. */
export function tokenize(text: string): Token[] {
  const heads = headlineLines(text);
  const tokens: Token[] = [];
  let prevEnd = 0;
  let h = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    let poss = false;
    const pm = /['’]s$/.exec(word);
    if (pm && word.length > 2) {
      word = word.slice(0, -2);
      poss = true;
    }
    let end = start + word.length;
    if (!poss && text[end] === '.' && (ABBREV.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word))) {
      end += 1;
      word += '.';
    }
    if (word.length === 0) continue;
    const gap = text.slice(prevEnd, start);
    while (h < heads.length && (heads[h] as [number, number])[1] < start) h++;
    const head = heads[h];
    const prev = tokens[tokens.length - 1];
    // After "U.S." a sentence starts only with a typical opener ("in the U.S. The talks …").
    const afterDotted = !!prev && /^(\p{Lu}\.)+$/u.test(prev.text) && !OPENERS.has(word);
    const sentStart =
      // An opening quote or bracket starts a sentence; a closing one ("…," he said) does not.
      !prev || /[.!?:;\n]|[-–—]\s/.test(gap) || /[“"‘(]$/.test(gap) || (prev.text.endsWith('.') && prev.text.length > 2 && !ABBREV.has(prev.text.slice(0, -1)) && !afterDotted && /^\s+$/.test(gap));
    tokens.push({
      start,
      end,
      text: word,
      poss,
      cap: /^\p{Lu}/u.test(word) || PARTICLE_NAME.test(word),
      caps: /\p{Lu}.*\p{Lu}/u.test(word) && word === word.toUpperCase() && /\p{L}/u.test(word),
      sentStart,
      headline: head !== undefined && start >= head[0] && start <= head[1],
      gap,
    });
    prevEnd = poss ? end + 2 : end;
  }
  return tokens;
}
