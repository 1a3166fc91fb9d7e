// Stable ids: pure functions of content, so the same input always gives the same graph ids.
// Pure JS (no node:crypto) because the viewer bundle imports the model too.

/** 64-bit hash (two 32-bit FNV-1a/murmur-mixed lanes) of a string, as 16 hex characters. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case ASCII slug: "Kursk Oblast" → "kursk-oblast". Diacritics are folded. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `prefix:slug` when the slug is readable, else `prefix:hash`. */
export function stableId(prefix: string, key: string): string {
  const slug = slugify(key);
  return slug ? `${prefix}:${slug}` : `${prefix}:${hashText(key)}`;
}

/** `prefix:hash(parts)` for facts whose identity is their content (statements, events, articles). */
export function contentId(prefix: string, ...parts: (string | number | null | undefined)[]): string {
  return `${prefix}:${hashText(parts.map((p) => String(p ?? '')).join('\u0001'))}`;
}
