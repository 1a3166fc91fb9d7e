// Quotations inside one paragraph: curly and straight double quotes, guillemets, low-9 quotes.
// A quotation that never closes ends with its paragraph (news style reopens a long quote in each
// paragraph), so it can never swallow the rest of the article.

const CLOSER: Record<string, string> = { '“': '”', '«': '»', '„': '“”', '"': '"', '»': '«' };

/** [start, end) spans of quoted text (marks excluded) in text[from, to). Linear, no nesting. */
export function findQuotes(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let open: string | null = null;
  let innerStart = 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (open === null) {
      if (c in CLOSER && (c !== '»' || isGermanOpen(text, i, from)) && (c !== '"' || isStraightOpen(text, i, from))) {
        open = c;
        innerStart = i + 1;
      }
    } else if (CLOSER[open]!.includes(c)) {
      spans.push([innerStart, i]);
      open = null;
    }
  }
  if (open !== null) spans.push([innerStart, to]);
  return spans;
}

/** A straight quote opens when it follows a space, a bracket, a dash or the paragraph start. */
function isStraightOpen(text: string, i: number, from: number): boolean {
  return i === from || /[\s([{\-–—:/]/.test(text[i - 1]!);
}

/** "»…«" (German, Danish) only when the » is followed by a word, not by the end of a «…» quote. */
function isGermanOpen(text: string, i: number, from: number): boolean {
  return (i === from || /\s/.test(text[i - 1]!)) && /\S/.test(text[i + 1] ?? '');
}

/** Trims whitespace around a span, and the , . ; : that news style puts before a closing mark. */
export function trimQuote(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  return [start, end];
}
