// Plain text and Markdown → paragraphs: one paragraph per line, hard-wrapped lines re-joined,
// whitespace collapsed. Own code: the rules are a few regexes, and offsets later depend on them.

const TERMINAL = /[.!?:;"”»)\]…]$/;

/** Splits text into trimmed, whitespace-collapsed paragraphs (a line is a paragraph unless hard-wrapped). */
export function textToParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?|\u2028|\u2029/g, '\n').split('\n');
  const out: string[] = [];
  let current = '';
  let prevLen = 0;
  for (const rawLine of lines) {
    const line = collapse(rawLine);
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    // A hard wrap: the previous line was long, did not end a sentence, and this one continues it.
    if (current && prevLen >= 40 && !TERMINAL.test(current) && /^[\p{Ll}\p{N}(“"‘'–—-]/u.test(line)) {
      current += ' ' + line;
    } else {
      if (current) out.push(current);
      current = line;
    }
    prevLen = rawLine.trim().length;
  }
  if (current) out.push(current);
  return out;
}

/** Collapses runs of whitespace (including NBSP and tabs) to one space and trims. */
export function collapse(line: string): string {
  return line.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}
