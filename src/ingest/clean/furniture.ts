// Site furniture: paragraphs that are page chrome, not story. General shapes (UI words, teaser
// prefixes, calls to action, sourcing lines, end-of-article link lists), nothing keyed to one site.

/** A whole paragraph that is a UI label, an ad slot or a section heading of the page. */
const UI_LINE =
  /^(?:(?:advertisements?|advertising|ad)(?:\s*[-–—:|]?\s*(?:scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?|story continues below))?|sponsored(?: content)?|paid (?:content|post)|story continues(?: below)?(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: reading)?|skip (?:to|this) (?:content|ad|main content)|close|share(?: this| on| via)?(?: article| story| page)?|tweet|e-?mail|print|copy link|link copied|comments?|\d+ comments?|menu|subscribe(?: now)?|log ?in|sign ?in|register|read more|read more »|continue|view comments|show more|load more|listen(?: to (?:this )?article)?(?: \d+ min)?|\d+ min(?:ute)?s? read|photos?|video|watch|image|gallery|open in app|back to top|top|home|newsletter|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|instagram)[\s:.!»›>|-]*$/i;

/** Headings that open the page's end matter: everything from them on is link lists, not story. */
const TAIL_HEADING =
  /^(?:recent(?: posts| articles| stories| news)?|related(?: articles| stories| posts| news| content| coverage| topics)?|more (?:stories|news|articles|from [\p{L} ]{1,40}|on this (?:story|topic))|most (?:read|popular|viewed|shared)|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| articles)?|read next|up next|latest(?: news| stories| articles)?|top stories|trending(?: now| stories)?|what'?’?s hot|popular(?: now| stories)?|editor'?’?s picks|don'?’?t miss|tags?|topics|about the author|share this (?:article|story)|leave a (?:comment|reply)|comments)[\s:.!»›>|-]*$/iu;

/** Paragraphs opened by a teaser marker ("Also See: …", "Read more: …", "Other Topics of Interest …"). */
const TEASER_PREFIX =
  /^(?:also (?:see|read)|see also|read (?:more|also|next)|more (?:on|from) this|related(?: (?:article|story|coverage|news|reading))?\s*[:|»›>-]|more\s*[:|»›>]|watch\s*[:|»›>]|listen\s*[:|»›>]|must read|don'?’?t miss|recommended\s*[:|»›>]|other topics of interest|you (?:may|might) also (?:like|be interested in)|editor'?’?s (?:note|pick)s?\s*[:|»›>]|click here)/iu;

/** Calls to action: subscribe, follow, join, sign up, download — aimed at the reader. */
const CTA_START =
  /^(?:please\s+)?(?:follow|join|download|get (?:our|the latest|breaking)|click|tap|like us|share this|support (?:us|our)|donate|listen to|watch (?:our|the full)|stay (?:informed|up to date|updated|connected)|don'?’?t miss|never miss|want more|enjoyed this|for more (?:news|stories|updates))(?![\w-])/iu;
const CTA_TARGET =
  /\b(?:us|our|newsletters?|telegram|twitter|x\.com|facebook|instagram|youtube|tiktok|whatsapp|linkedin|threads|bluesky|podcasts?|app|channel|inbox|alerts|notifications|updates|coverage|journalism)\b|@\w{2,}/iu;
/** Sign-up calls need no target: "Sign up for the Morning Email", "Subscribe to The Ledger". */
const SIGN_UP = /^(?:please\s+)?(?:sign up|signup|subscribe|register)\s+(?:now\s+)?(?:for|to|here|today|and)\b/i;
/** A slogan line right after a call to action: "Wake up to the day's most important news." */
export const CTA_FOLLOW_UP = /\b(?:news|newsletters?|inbox|headlines|stories|updates|e-?mails?|briefing|digest)\b/i;

/** An all-caps call to action opening a paragraph ("JOIN US ON TELEGRAM …", "SUBSCRIBE NOW", "READ MORE:"). */
const CAPS_CTA =
  /^(?:PLEASE\s+)?(?:JOIN|FOLLOW|SUBSCRIBE|SIGN UP|DOWNLOAD|CLICK|TAP|WATCH|LISTEN|READ|SUPPORT|DONATE|GET|SHARE|LIKE)\s*(?::|\b(?:US|OUR|MORE|NOW|HERE|ALSO|TO OUR|THE LATEST|FOR FREE)\b)/u;

/** "Source: X", "This news is sourced from X …", "Originally published by X": names the publisher. */
const SOURCING =
  /^(?:(?:this|the) (?:news|article|story|report|content|piece|post) (?:is|was|has been) (?:sourced|taken|republished|adapted|syndicated|reproduced|obtained) (?:from|by|with permission (?:from|of))\s+|sources?\s*:\s*|(?:originally|first) published (?:by|on|in|at)\s+|this (?:article|story|piece) (?:first |originally )?appeared (?:on|in|at)\s+|republished (?:from|with permission (?:from|of))\s+|courtesy(?: of)?\s*:?\s+)(.{2,120}?)(?=\s+(?:and|on|in|at|under|with|which|is|was)\b|[.,;(]|$)/iu;

/** Stand-alone sentences of site self-promotion and disclaimers. */
const BOILERPLATE_SENTENCE =
  /^(?:your (?:trusted|number one|no\.? 1|go-to) source\b|(?:all rights reserved|copyright\b|©)|the views expressed (?:in this|here)\b|this (?:article|story|content) is (?:intended|provided) for informational purposes\b|disclaimer\s*:|we (?:may )?earn (?:a )?commission\b|we use cookies\b|our standards\s*:|by (?:continuing to use|using) this (?:site|website)\b|(?:reporting|writing|editing|additional reporting) by\s+[\p{Lu}][^.]{0,120}[.;]?\s*(?:(?:reporting|writing|editing|additional reporting) by\b[^.]{0,120}[.;]?\s*)*$)/iu;

/** A byline: "By Jane Doe", "By Jane Doe and John Roe | 5 March 2024", "By JANE DOE, Reuters". */
const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*`;
// No i flag: under /iu, \p{Lu} would match lower case too and "by continuing the talks" would pass.
const BYLINE = new RegExp(String.raw`^(?:[Bb]y|BY|(?:[Ww]ords|[Ww]ritten|[Rr]eporting) by)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*(?:\s*[,|·•–—-]\s*(.{0,100}))?$`, 'u');

export type ParagraphKind = 'body' | 'ui' | 'tail' | 'teaser' | 'cta' | 'sourcing' | 'boilerplate' | 'byline';

export interface Classified {
  kind: ParagraphKind;
  /** For `sourcing`: the publisher it names. */
  source?: string;
  /** For `byline`: what follows the names (often a date). */
  rest?: string;
}

/** Classifies one paragraph as story body or as one kind of site furniture. */
export function classifyParagraph(paragraph: string): Classified {
  if (paragraph.length > 600) return { kind: 'body' }; // furniture is short; long text is story
  if (TAIL_HEADING.test(paragraph)) return { kind: 'tail' };
  if (UI_LINE.test(paragraph)) return { kind: 'ui' };
  if (TEASER_PREFIX.test(paragraph)) return { kind: 'teaser' };
  if (isCallToAction(paragraph)) {
    const handle = OWN_HANDLE.exec(paragraph)?.[1];
    const source = handle ? nameFromHandle(handle) : null;
    return source ? { kind: 'cta', source } : { kind: 'cta' };
  }
  const sourcing = SOURCING.exec(paragraph);
  if (sourcing && paragraph.length < 300) {
    const source = cleanSourceName(sourcing[1] ?? '');
    return source ? { kind: 'sourcing', source } : { kind: 'sourcing' };
  }
  if (BOILERPLATE_SENTENCE.test(paragraph)) return { kind: 'boilerplate' };
  const byline = paragraph.length <= 160 ? BYLINE.exec(paragraph) : null;
  if (byline) return byline[1] ? { kind: 'byline', rest: byline[1] } : { kind: 'byline' };
  return { kind: 'body' };
}

function isCallToAction(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  if (CTA_START.test(paragraph) && CTA_TARGET.test(paragraph)) return true;
  if (paragraph.length < 200 && SIGN_UP.test(paragraph)) return true;
  return CAPS_CTA.test(paragraph);
}

/** The site's own account in its call to action: "Follow our coverage … on @Ledgerpost_official". */
const OWN_HANDLE = /\b(?:follow|join)\s+(?:us|our (?:coverage|channel|page|account|updates))\b.{0,80}?@([A-Za-z][A-Za-z0-9_.]{2,40})/i;
/** Words that end news brands, so "ledgerpost" reads "Ledger Post". */
const BRAND_END = /(post|times|news|herald|daily|journal|tribune|gazette|independent|express|mail|telegraph|guardian|observer|chronicle|insider|review|today|monitor|standard|star|sun|mirror|press|report|wire|courier|ledger|record|bulletin|dispatch|tv|radio)$/i;

/** A readable publisher name from a social handle: suffixes like _official dropped, CamelCase and brand words split. */
function nameFromHandle(handle: string): string | null {
  const core = handle.replace(/\.+$/, '').replace(/[._]?(?:official|news_?official|hq|online|live|en|eng|world|global)$/i, '').replace(/[._]+/g, ' ').trim();
  if (core.length < 2) return null;
  const words = core
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(' ')
    .flatMap((w) => {
      const m = BRAND_END.exec(w);
      return m && m.index > 1 ? [w.slice(0, m.index), w.slice(m.index)] : [w];
    });
  return words.map((w) => (w.length <= 3 && w === w.toUpperCase() ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join(' ');
}

/** "Al Jazeera" from the sourcing match; rejects things that are not a name (lower-case words, URLs kept as host). */
function cleanSourceName(raw: string): string | null {
  const name = raw.replace(/[\s"'“”‘’.,:;]+$/u, '').trim();
  if (/^https?:\/\//i.test(name)) {
    try {
      return new URL(name).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  if (name.length < 2 || name.length > 80 || !/^[\p{Lu}\d@]/u.test(name)) return null;
  return name;
}
