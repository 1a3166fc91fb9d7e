// Streaming HTML → paragraphs and meta tags (htmlparser2, no DOM): linear in the input, so it
// measures nesting before a DOM is built and extracts text from markup too deep for a DOM
// (linkedom's parse grows quadratically with depth: 30,000 nested spans take seconds).
import { Parser } from 'htmlparser2';
import { collapse } from './paragraphs.ts';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'figure', 'figcaption', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'body', 'dd', 'dt']);

export interface StreamedHtml {
  paragraphs: string[];
  /** Deepest element nesting seen. */
  depth: number;
  elements: number;
  title: string | null;
  /** meta property/name/itemprop → content (first wins), plus `canonical` and `time`. */
  meta: Map<string, string>;
}

/** One linear pass over the markup: text by paragraphs (scripts, styles, chrome skipped), meta tags, depth. */
export function streamHtml(html: string): StreamedHtml {
  const out: StreamedHtml = { paragraphs: [], depth: 0, elements: 0, title: null, meta: new Map() };
  const stack: string[] = [];
  let skipping = 0;
  let current = '';
  let inTitle = false;
  let title = '';
  const flush = (): void => {
    const text = collapse(current);
    if (text) out.paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        out.elements++;
        stack.push(name);
        if (stack.length > out.depth) out.depth = stack.length;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = attrs.property ?? attrs.name ?? attrs.itemprop;
          if (key && attrs.content && !out.meta.has(key)) out.meta.set(key, attrs.content);
        }
        if (name === 'link' && attrs.rel === 'canonical' && attrs.href) out.meta.set('canonical', attrs.href);
        if (name === 'time' && attrs.datetime && !out.meta.has('time')) out.meta.set('time', attrs.datetime);
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name) && skipping === 0) flush();
      },
      onclosetag(name) {
        stack.pop();
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name) && skipping === 0) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipping === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  flush();
  out.title = collapse(title) || null;
  return out;
}
