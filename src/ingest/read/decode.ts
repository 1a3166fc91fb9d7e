// Byte → text decoding for input files: BOM sniffing (UTF-8/UTF-16), strict UTF-8, binary refusal.
// Own code because the rules are short and must produce one precise reason per failure.

/** Why a buffer could not be turned into article text; `read` wraps it into an InputError. */
export class DecodeFailure extends Error {}

const CONTROL_RATIO_MAX = 0.1;

/**
 * Decodes a file's bytes: UTF-16 LE/BE when a BOM says so, otherwise strict UTF-8 (a UTF-8 BOM is
 * dropped). Refuses binary data (NUL bytes or many control characters) and invalid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeWith('utf-16le', bytes.subarray(2), 'invalid UTF-16LE');
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeWith('utf-16be', bytes.subarray(2), 'invalid UTF-16BE');
  } else {
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) {
      throw new DecodeFailure(looksLikeUtf16(body) ? 'UTF-16 without a byte-order mark (save it as UTF-8, or UTF-16 with a BOM)' : 'binary data (NUL bytes), not a text file');
    }
    text = decodeWith('utf-8', body, 'invalid UTF-8');
  }
  assertTextual(text);
  return text;
}

/** Text in UTF-16 without a BOM: most NULs sit on the same byte parity (ASCII letters' high bytes). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) > n / 4 && Math.min(even, odd) < Math.max(even, odd) / 20;
}

function decodeWith(encoding: string, bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    const where = offset >= 0 ? ` at byte ${offset}` : '';
    throw new DecodeFailure(`${what}${where} (the file must be UTF-8, or UTF-16 with a BOM)`, { cause: error });
  }
}

/** Control characters other than tab/newline/CR/form feed betray binary data decoded by luck. */
function assertTextual(text: string): void {
  if (text.includes('\u0000')) throw new DecodeFailure('binary data (NUL characters), not a text file');
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_RATIO_MAX) {
    throw new DecodeFailure(`binary data (${Math.round((100 * control) / sample.length)}% control characters), not a text file`);
  }
}

/** Byte offset of the first invalid UTF-8 sequence, for a precise message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
