// Markdown → paragraphs and front-matter metadata. Own regexes rather than a Markdown parser:
// the article needs prose only, and the few constructs news exports use are stripped here.
import { textToParagraphs } from './paragraphs.ts';

export interface MarkdownArticle {
  paragraphs: string[];
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,20000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Simple `key: value` lines of a YAML front matter block (quotes stripped; nested YAML ignored). */
function frontMatter(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (m) out.set(m[1]!.toLowerCase(), m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return out;
}

/** Markdown → plain paragraphs (headings, emphasis, links, images' alt text as captions, lists, quotes) and front matter. */
export function markdownToArticle(md: string): MarkdownArticle {
  const fm = FRONT_MATTER.exec(md);
  const meta = fm ? frontMatter(fm[1]!) : new Map<string, string>();
  const body = (fm ? md.slice(fm[0].length) : md)
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '') // code blocks are not article prose
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^ {0,3}(?:[-*_] *){3,}$/gm, '')
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '\n$1\n')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+/gm, '')
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^\n*_]*?\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
  const pick = (...keys: string[]): string | null => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  return {
    paragraphs: textToParagraphs(body),
    title: pick('title', 'headline'),
    published: pick('published', 'date', 'pubdate', 'published_at', 'datepublished'),
    source: pick('source', 'publisher', 'site', 'site_name'),
    url: pick('url', 'canonical', 'link'),
  };
}
