// clean stage: RawArticle → CleanArticle. Pure: body out of HTML/Markdown, site furniture dropped,
// captions kept without their credits, paragraphs joined by blank lines, metadata resolved.
import { InputError, type CleanArticle, type RawArticle } from '../../model/index.ts';
import { stripCredits } from './credits.ts';
import { dropRepeats, type Candidate } from './dedupe.ts';
import { classifyParagraph, CTA_FOLLOW_UP, type ParagraphKind } from './furniture.ts';
import { htmlToArticle } from './html.ts';
import { bylineDay, parseDay, readDateLine, readDateline, resolvePublished, resolveTitle } from './metadata.ts';
import { articleId, countWords, normalizeForId } from './normalize.ts';
import { markdownToArticle } from './markdown.ts';
import { textToParagraphs } from './paragraphs.ts';

export { countWords, normalizeForId } from './normalize.ts';

/** Paragraph separator of CleanArticle.text: paragraphs are blank-line separated. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * Cleans one raw article: extracts the body (HTML via Readability, Markdown stripped), removes
 * site furniture, keeps story captions without credits, drops repeated captions, and resolves
 * title, publication date (explicit or inferred) and publisher. Throws InputError when no text is left.
 */
export function cleanArticle(raw: RawArticle): CleanArticle {
  // HTML and Markdown carry their own metadata (meta tags, JSON-LD, front matter).
  const markup = raw.format === 'html' ? htmlToArticle(raw.body) : raw.format === 'markdown' ? markdownToArticle(raw.body) : null;
  const paragraphs = markup?.paragraphs ?? textToParagraphs(raw.body);
  const body = removeFurniture(paragraphs);
  if (body.paragraphs.length === 0) throw new InputError(raw.file, 'no article text left after removing markup and site furniture');
  const text = body.paragraphs.join(PARAGRAPH_BREAK);
  const dateline = body.paragraphs.slice(0, 2).map(readDateline).find((d) => d !== null) ?? null;
  const explicit = parseDay(raw.published) ?? parseDay(markup?.published) ?? body.published;
  const { published, inferred } = resolvePublished(explicit, dateline, text);
  const title = resolveTitle(raw.title ?? withoutSiteName(markup?.title, markup?.source), body.paragraphs);
  return {
    id: articleId(idText(body.paragraphs, title)),
    file: raw.file,
    title,
    source: nonEmpty(raw.source) ?? nonEmpty(markup?.source) ?? body.source ?? dateline?.agency ?? null,
    url: nonEmpty(raw.url) ?? nonEmpty(markup?.url),
    published,
    publishedInferred: inferred,
    text,
    wordCount: countWords(text),
  };
}

interface Body {
  paragraphs: string[];
  source: string | null;
  published: string | null;
}

/** Drops furniture paragraphs, cuts the page's end matter, strips credits and repeated captions. */
export function removeFurniture(input: string[]): Body {
  let published: string | null = null;
  const paragraphs = input.map((p, i) => {
    if (i >= 5 && i < input.length - 5) return p;
    const line = readDateLine(p);
    if (!line) return p;
    published ??= line.published;
    return line.rest;
  });
  const classes = paragraphs.map((p) => (p === '' ? null : classifyParagraph(p)));
  const kinds: ParagraphKind[] = classes.map((c) => c?.kind ?? 'ui');
  // A byline often carries the date: "By Jane Doe | 5 March 2024".
  for (const c of classes) if (c?.kind === 'byline') published ??= bylineDay(c.rest);
  let source: string | null = null;
  markCtaFollowUps(paragraphs, kinds);
  let cut = tailStart(paragraphs, kinds);
  // The site's own account in a call to action names it when no sourcing line does.
  const ownAccount = classes.find((c) => c?.kind === 'cta' && c.source)?.source ?? null;
  for (let i = 0; i < cut; i++) {
    if (kinds[i] !== 'sourcing') continue;
    source ??= classes[i]?.source ?? null;
    // A sourcing line followed only by bylines and slogans ends the story.
    if (paragraphs.slice(i + 1, cut).every((p, k) => kinds[i + 1 + k] !== 'body' || countWords(p) < 12)) cut = i;
  }
  markTeaserBlocks(paragraphs, kinds, cut);
  const candidates: Candidate[] = [];
  for (let i = 0; i < cut; i++) {
    if (kinds[i] !== 'body') continue;
    const { text, hadCredit } = stripCredits(paragraphs[i]!);
    if (text && /[\p{L}\p{N}]/u.test(text)) candidates.push({ text, caption: hadCredit });
  }
  return { paragraphs: dropRepeats(candidates), source: source ?? ownAccount, published };
}

/**
 * Index where the page's end matter starts: a "Related"/"Recent"-style heading after the story,
 * followed by link lists ("Read more" lines, repeated titles). A heading followed by a few short
 * teaser titles and then story again (an inline "Related..." box) only drops the box.
 */
function tailStart(paragraphs: string[], kinds: ParagraphKind[]): number {
  let bodySeen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (kinds[i] === 'body') bodySeen++;
    if (kinds[i] !== 'tail' || bodySeen < 3) continue;
    const rest = paragraphs.slice(i + 1);
    const linkList = rest.some((p, k) => /^read more/i.test(p) || (k > 0 && p === rest[k - 1]));
    if (linkList) return i;
    kinds[i] = 'teaser';
    for (let k = i + 1; k < paragraphs.length && kinds[k] === 'body' && isTeaserTitle(paragraphs[k]!); k++) kinds[k] = 'teaser';
  }
  return paragraphs.length;
}

/** A link title: a few words without sentence punctuation at the end. */
function isTeaserTitle(paragraph: string): boolean {
  return countWords(paragraph) <= 14 && !/[.!?:"”’]$/u.test(paragraph);
}

/** A short slogan right after a call to action ("Wake up to the day's most important news.") is part of it. */
function markCtaFollowUps(paragraphs: string[], kinds: ParagraphKind[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (kinds[i - 1] === 'cta' && kinds[i] === 'body' && countWords(paragraphs[i]!) <= 15 && CTA_FOLLOW_UP.test(paragraphs[i]!)) kinds[i] = 'cta';
  }
}

/** A "Read more" link closes a teaser (title, often repeated, and a summary): drop the block. */
function markTeaserBlocks(paragraphs: string[], kinds: ParagraphKind[], cut: number): void {
  for (let r = 0; r < cut; r++) {
    if (kinds[r] !== 'ui' || !/^read more/i.test(paragraphs[r]!)) continue;
    let start = r;
    while (start > 0 && r - start < 4 && kinds[start - 1] === 'body') start--;
    const block = paragraphs.slice(start, r);
    const repeated = block.some((p, k) => k > 0 && p === block[k - 1]);
    if (repeated) for (let k = start; k < r; k++) kinds[k] = 'teaser';
  }
}

/**
 * The text the id hashes: the body without a leading headline paragraph equal to the title, so a
 * page whose extractor dropped the <h1> and a text copy with the headline line converge.
 */
function idText(paragraphs: string[], title: string): string {
  const [first, ...rest] = paragraphs;
  const same = first !== undefined && rest.length > 0 && normalizeForId(first) === normalizeForId(title);
  return (same ? rest : paragraphs).join(PARAGRAPH_BREAK);
}

/** "Headline | Site" or "Headline - Site" → "Headline" when Site is the publisher. */
function withoutSiteName(title: string | null | undefined, site: string | null | undefined): string | null {
  if (!title || !site) return title ?? null;
  const tail = new RegExp(`\\s+[|–—-]\\s+(?:the\\s+)?${site.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(tail, '').trim() || title;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
