// DOM → paragraphs with an explicit stack (no recursion), so 3,000-deep markup cannot overflow it.
// Own code: Readability's textContent loses paragraph breaks, which later offsets rely on.
import { collapse } from './paragraphs.ts';

/** Elements whose text is never article prose. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head',
  'nav', 'footer', 'aside', 'form', 'button', 'select', 'option', 'input', 'textarea', 'menu', 'dialog',
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'table', 'tr', 'td', 'th', 'caption',
  'address', 'hr', 'br', 'body', 'html', 'center', 'details', 'summary',
]);

interface Frame {
  node: Node;
  exit: boolean;
}

/** Paragraph texts under `root`, in document order, skipping scripts, styles and page chrome. */
export function domToParagraphs(root: Node, maxNodes = 200_000): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapse(current);
    if (text) out.push(text);
    current = '';
  };
  const stack: Frame[] = [{ node: root, exit: false }];
  let visited = 0;
  while (stack.length > 0 && visited < maxNodes) {
    const { node, exit } = stack.pop()!;
    visited++;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || isHidden(node)) continue;
    const block = BLOCK.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return out;
}

function isHidden(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}
