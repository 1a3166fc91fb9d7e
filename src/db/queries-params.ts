// Typed query parameters from text (`--param name=value`, URL query strings): numbers, booleans,
// null, JSON lists and objects; anything else is a string. Pure.
import { UsageError } from '../model/errors.ts';

/** "12" → 12, "2.5" → 2.5, "true" → true, "null" → null, '["a",1]' → list, '{"a":1}' → map, else the text. */
export function parseParamValue(text: string): unknown {
  const t = text.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (t === 'null') return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n))) return n;
  }
  if ((t.startsWith('[') && t.endsWith(']')) || (t.startsWith('{') && t.endsWith('}'))) {
    try {
      return JSON.parse(t);
    } catch (err) {
      throw new UsageError(`parameter value ${t.slice(0, 40)} looks like JSON but does not parse: ${(err as Error).message}`);
    }
  }
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return JSON.parse(t) as string; // force a string: "12"
  return text;
}

/** `name=value` pairs (repeatable `--param`) → a params map; throws UsageError on a bad pair. */
export function parseParamPairs(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--param expects name=value with a plain name, got "${pair}"`);
    params[name] = parseParamValue(pair.slice(eq + 1));
  }
  return params;
}
