// DOM helpers. Text always goes in through textContent / Text nodes: article text is untrusted and
// must never be parsed as HTML, so nothing in the viewer assigns innerHTML.

type Child = Node | string | null | undefined | false;

/** Create an element with properties/attributes and children (strings become Text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined | null> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = String(value);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace all children of `parent`. */
export function setChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: missing #${id} in index.html`);
  return node as T;
}

/**
 * Text with the ranges [start, end) wrapped in <mark>, built from Text nodes only.
 * Ranges are clamped to the text and may not overlap (later overlapping ones are dropped).
 */
export function highlightedText(text: string, ranges: { start: number; end: number; className?: string }[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  let pos = 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (const r of sorted) {
    const start = Math.max(pos, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    if (end <= start) continue;
    if (start > pos) frag.appendChild(document.createTextNode(text.slice(pos, start)));
    const mark = document.createElement('mark');
    if (r.className) mark.className = r.className;
    mark.textContent = text.slice(start, end);
    frag.appendChild(mark);
    pos = end;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

/** Offer a Blob as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: fileName });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
