// HTML → article paragraphs and metadata: Readability (on a linkedom DOM) for the body, meta tags,
// JSON-LD and <time> for title, date, publisher and url. Markup too deep for Readability's
// recursion and quadratic scoring (measured: 3,000 nested divs take minutes) goes to a plain walk.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { domToParagraphs } from './html-text.ts';
import { streamHtml, type StreamedHtml } from './html-stream.ts';

export interface HtmlArticle {
  paragraphs: string[];
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

/** Beyond these, Readability is skipped (bounded time); the iterative walk still yields the text. */
const MAX_READABILITY_DEPTH = 120;
const MAX_READABILITY_ELEMENTS = 20_000;

/** Beyond these no DOM is built at all: the streamed text and meta tags are used as they are. */
const MAX_DOM_DEPTH = 1_000;
const MAX_DOM_ELEMENTS = 200_000;

/** Extracts the readable body (as paragraphs) and the metadata of an HTML page. Never throws on bad markup. */
export function htmlToArticle(html: string): HtmlArticle {
  const streamed = streamHtml(html);
  if (streamed.depth > MAX_DOM_DEPTH || streamed.elements > MAX_DOM_ELEMENTS) return fromStream(streamed);
  // linkedom needs a full document: a bare fragment would land outside <body>.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const meta = readMetadata(document);
  let paragraphs: string[] = [];
  let title: string | null = null;
  if (streamed.depth <= MAX_READABILITY_DEPTH && streamed.elements <= MAX_READABILITY_ELEMENTS) {
    try {
      const parsed = new Readability<Node>(document, { serializer: (node) => node, charThreshold: 200 }).parse();
      if (parsed?.content) paragraphs = domToParagraphs(parsed.content);
      title = parsed?.title?.trim() || null;
      meta.source ??= parsed?.siteName?.trim() || null;
      meta.published ??= parsed?.publishedTime?.trim() || null;
    } catch {
      paragraphs = [];
    }
  }
  if (paragraphs.length === 0) paragraphs = domToParagraphs(document.body ?? document);
  if (paragraphs.length === 0) paragraphs = streamed.paragraphs;
  return { paragraphs, title: meta.title ?? title, published: meta.published, source: meta.source, url: meta.url };
}

function fromStream(streamed: StreamedHtml): HtmlArticle {
  const meta = (...keys: string[]): string | null => keys.map((k) => streamed.meta.get(k)?.trim()).find((v) => v) ?? null;
  return {
    paragraphs: streamed.paragraphs,
    title: meta('og:title', 'twitter:title') ?? streamed.title,
    published: meta('article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'date', 'time'),
    source: meta('og:site_name', 'application-name', 'publisher'),
    url: meta('canonical', 'og:url'),
  };
}

interface Meta {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

function readMetadata(document: Document): Meta {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  const site = metaContent('og:site_name', 'application-name', 'publisher') ?? ld.publisher;
  return {
    title: metaContent('og:title', 'twitter:title', 'headline') ?? ld.headline ?? singleHeading(document, site) ?? docTitle,
    published:
      metaContent('article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date') ??
      ld.datePublished ??
      time,
    source: site,
    url: canonical ?? metaContent('og:url') ?? ld.url,
  };
}

/** The page's one <h1>, unless it is the site's name (a logo): usually the full headline. */
function singleHeading(document: Document, site: string | null): string | null {
  const headings = document.querySelectorAll('h1');
  if (headings.length !== 1) return null;
  const text = headings[0]!.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || text.length > 300 || (site && text.toLowerCase() === site.toLowerCase())) return null;
  return text;
}

interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** Facts from JSON-LD blocks (NewsArticle and kin), searched breadth-first with a node budget. */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, datePublished: null, publisher: null, url: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let budget = 0; queue.length > 0 && budget < 2000; budget++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        facts.headline ??= str(obj.headline);
        facts.datePublished ??= str(obj.datePublished);
        facts.publisher ??= publisherName(obj.publisher);
        if (str(obj.datePublished)) facts.url ??= str(obj.url) ?? str(obj.mainEntityOfPage);
        for (const value of Object.values(obj)) if (value && typeof value === 'object') queue.push(value);
      }
    }
  }
  return facts;
}

function publisherName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return publisherName(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
