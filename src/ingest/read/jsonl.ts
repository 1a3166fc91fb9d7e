// .jsonl records → RawArticles: one JSON object per line; a bad line fails alone, with its number.
import { InputError, type RawArticle } from '../../model/index.ts';

export interface JsonlResult {
  articles: RawArticle[];
  failures: { file: string; line: number; error: InputError }[];
}

/** Parses a .jsonl body: `title`, `text` or `html`, optional `url`, `published`, `source`. */
export function parseJsonl(file: string, body: string): JsonlResult {
  const result: JsonlResult = { articles: [], failures: [] };
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    try {
      result.articles.push(recordToArticle(file, lineNo, line));
    } catch (error) {
      const inputError =
        error instanceof InputError ? error : new InputError(file, 'malformed JSON line', { line: lineNo, cause: error });
      result.failures.push({ file, line: lineNo, error: inputError });
    }
  }
  if (result.articles.length === 0 && result.failures.length === 0) {
    result.failures.push({ file, line: 1, error: new InputError(file, 'empty .jsonl: no records', { line: 1 }) });
  }
  return result;
}

function recordToArticle(file: string, line: number, text: string): RawArticle {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `malformed JSON line (${(error as Error).message})`, { line, cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, 'a .jsonl line must be a JSON object', { line });
  }
  const record = value as Record<string, unknown>;
  const html = optionalString(file, line, record, 'html');
  const body = optionalString(file, line, record, 'text');
  const content = body ?? html;
  if (content === null || content.trim() === '') {
    throw new InputError(file, 'record has no "text" or "html" field with content', { line });
  }
  return {
    file: `${file}#${line}`,
    format: body === null ? 'html' : 'text',
    body: content,
    title: optionalString(file, line, record, 'title'),
    url: optionalString(file, line, record, 'url'),
    published: optionalString(file, line, record, 'published'),
    source: optionalString(file, line, record, 'source'),
  };
}

function optionalString(file: string, line: number, record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InputError(file, `field "${key}" must be a string`, { line });
  return value;
}
