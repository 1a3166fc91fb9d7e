// Image credits and agency boilerplate inside a paragraph: stripped, so a caption keeps only the
// words that describe the story. General patterns of wire-photo credits, no site-specific strings.

/** Photo agencies and wires as they appear in credits (Reuters, AP, AFP, Getty …). */
const AGENCY =
  String.raw`(?:REUTERS|Reuters|AP|AP Photo|Associated Press|AFP|Getty Images|Getty|EPA(?:-EFE)?|EFE|TASS|Sputnik|RIA Novosti|Anadolu(?: Agency)?|Bloomberg|Shutterstock|Alamy|Xinhua|ANSA|DPA|dpa|PA(?: Wire| Images)?|NurPhoto|SOPA Images|LightRocket|Pool|Handout|UPI|Zuma(?: Press)?|ZUMA Wire|Imago|IMAGO)`;

/** All-caps wire boilerplate appended to photo captions. */
const BOILERPLATE = [
  /\s*\bATTENTION EDITORS?\b[\s\S]*$/,
  /\s*\b(?:MANDATORY CREDIT|NO RESALES|NO ARCHIVES|WATERMARK FROM SOURCE|EDITORIAL USE ONLY|THIS IMAGE (?:WAS|HAS BEEN) (?:PROVIDED|SUPPLIED) BY A THIRD PARTY|NO THIRD PARTY SALES|NOT FOR SALE FOR MARKETING OR ADVERTISING CAMPAIGNS|BEST QUALITY AVAILABLE)\b[^.]*\.?/g,
];

/** Bracketed credits: "(Photo: … via AP)", "[Press Service/AP]", "(REUTERS/Jane Doe)", "(Getty Images)". */
const BRACKETED = new RegExp(
  String.raw`\s*[(\[](?:[^()\[\]]{0,160}?(?:\bvia\s+|/\s*)${AGENCY}|\s*(?:Photo|Image|Picture|Photograph|Credit|File photo|Video still|Illustration)s?\b\s*(?:credit|by)?\s*:?[^()\[\]]{1,160}|\s*${AGENCY}\s*/[^()\[\]]{1,80}|\s*(?:Getty Images|AFP via Getty Images|AP Photo)[^()\[\]]{0,80})[)\]]`,
  'g',
);

/** A trailing credit: "… Kremlin.ru/Handout via REUTERS", "REUTERS/Jane Doe/File Photo", "Photo: Jane Doe/AFP". */
/** A credit line of its own, or a credit sentence ending a caption: "Jon Ellis via Getty Images". */
const NAME_VIA = new RegExp(String.raw`(?:^|(?<=[.!?]))\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}via\s+${AGENCY}\.?\s*$`, 'u');

const TRAILING = [
  new RegExp(String.raw`(?:^|\s+)(?:(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}\S*/\S*\s+|${AGENCY}\s+)?via\s+${AGENCY}\.?\s*$`, 'u'),
  new RegExp(String.raw`(?:^|\s+)${AGENCY}/[\p{Lu}][\p{L}.'’-]*(?:[ /][\p{Lu}][\p{L}.'’-]*){0,5}\.?\s*$`, 'u'),
  /(?:^|\s+)(?:Photo|PHOTO|Image|IMAGE|Picture|Photograph|Credit|CREDIT)s?\s*(?:credit|CREDIT)?\s*:\s*[^.:]{1,100}$/,
  /(?:^|\s+)(?:Photo|PHOTO|Image|Picture|Photograph)s?\s+(?:by|BY)\s+[\p{Lu}][^.:]{1,80}$/u,
  new RegExp(String.raw`(?:^|\s+)\(?(?:Getty Images|AFP via Getty Images|Getty Images via AFP)\)?\.?\s*$`),
];

export interface CreditResult {
  text: string;
  /** True when a credit was stripped: the paragraph was (or ended with) a photo caption. */
  hadCredit: boolean;
}

/** Cheap pre-checks so the big patterns only run on paragraphs that can hold a credit. */
const MAY_HAVE_BOILERPLATE = /ATTENTION|MANDATORY|RESALES|ARCHIVES|WATERMARK|EDITORIAL USE|THIRD PARTY|NOT FOR SALE|BEST QUALITY/;
const MAY_HAVE_CREDIT = /via |\/|photo|image|picture|credit|getty|illustration|video still/i;
/** Trailing credits are short: the patterns only look at the paragraph's last characters. */
const TAIL = 240;

/** Removes photo credits and agency boilerplate from one paragraph. */
export function stripCredits(paragraph: string): CreditResult {
  let text = paragraph;
  if (MAY_HAVE_BOILERPLATE.test(text)) for (const re of BOILERPLATE) text = text.replace(re, '');
  if (MAY_HAVE_CREDIT.test(text)) {
    if (/[([]/.test(text)) text = text.replace(BRACKETED, '');
    text = text.replace(NAME_VIA, '');
    // Several credits can trail one another ("Jane Doe/AFP via Getty Images"): strip until stable.
    for (let round = 0; round < 3; round++) {
      const from = text.length - TAIL;
      const cut = from <= 0 ? 0 : Math.max(0, text.indexOf(' ', from));
      const head = text.slice(0, cut);
      let tail = text.slice(cut);
      for (const re of TRAILING) tail = tail.replace(re, '');
      if (head + tail === text) break;
      text = head + tail;
    }
  }
  if (text === paragraph) return { text: paragraph.trim(), hadCredit: false };
  text = text.replace(/\s{2,}/g, ' ').trim();
  return { text, hadCredit: text !== paragraph.trim() };
}
