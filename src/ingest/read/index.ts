// read stage: files or folders → RawArticles, and one InputError per bad file (or .jsonl line).
// The only ingest stage that touches the file system; everything after it is pure.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError, type RawArticle } from '../../model/index.ts';
import { decodeBytes, DecodeFailure } from './decode.ts';
import { parseJsonl } from './jsonl.ts';

export interface ReadOptions {
  /** Size cap per file, from config.input.maxFileBytes. */
  maxFileBytes: number;
}

export interface ReadFailure {
  file: string;
  line?: number;
  error: InputError;
}

export interface ReadResult {
  articles: RawArticle[];
  failures: ReadFailure[];
}

const FORMATS: Record<string, RawArticle['format'] | 'jsonl'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

/** Extensions `readArticles` accepts, for messages and for folder walks. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/**
 * Reads files and folders (recursively, sorted for determinism) into RawArticles. Never throws for
 * bad input: each bad file or .jsonl line becomes a failure with an InputError naming it and why.
 */
export async function readArticles(paths: string[], opts: ReadOptions): Promise<ReadResult> {
  const result: ReadResult = { articles: [], failures: [] };
  const files = await expandPaths(paths, result.failures);
  for (const file of files) {
    try {
      const read = await readOne(file, opts);
      result.articles.push(...read.articles);
      result.failures.push(...read.failures);
    } catch (error) {
      const inputError =
        error instanceof InputError ? error : new InputError(file, `unreadable path (${describe(error)})`, { cause: error });
      result.failures.push({ file, error: inputError });
    }
  }
  return result;
}

async function readOne(file: string, opts: ReadOptions): Promise<ReadResult> {
  const format = FORMATS[extname(file).toLowerCase()];
  if (format === undefined) {
    throw new InputError(file, `unsupported extension "${extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const info = await stat(file);
  if (!info.isFile()) throw new InputError(file, 'unreadable path: not a regular file');
  if (info.size > opts.maxFileBytes) {
    throw new InputError(file, `file is ${info.size} bytes, over the size cap of ${opts.maxFileBytes} bytes (input.maxFileBytes / NEWSGRAPH_MAX_FILE_BYTES)`);
  }
  const bytes = await readFile(file);
  if (bytes.length > opts.maxFileBytes) {
    throw new InputError(file, `file is over the size cap of ${opts.maxFileBytes} bytes (input.maxFileBytes / NEWSGRAPH_MAX_FILE_BYTES)`);
  }
  let body: string;
  try {
    body = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeFailure) throw new InputError(file, error.message, { cause: error });
    throw error;
  }
  if (body.trim() === '') throw new InputError(file, bytes.length === 0 ? 'empty file' : 'file holds only whitespace');
  if (format === 'jsonl') return parseJsonl(file, body);
  return { articles: [{ file, format, body }], failures: [] };
}

/**
 * Lists the files `readArticles` would read (folders walked, sorted), without reading them, and one
 * failure per unreadable path, so a caller can read a large corpus batch by batch.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const failures: ReadFailure[] = [];
  const files = await expandPaths(paths, failures);
  return { files, failures };
}

/** Files under the given paths: folders walked recursively (supported extensions only), sorted. */
async function expandPaths(paths: string[], failures: ReadFailure[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isDirectory()) out.push(path);
      else {
        const found = await walk(path, failures);
        if (found.length === 0) {
          failures.push({ file: path, error: new InputError(path, `unreadable path: a folder with no ${SUPPORTED_EXTENSIONS.join('/')} files`) });
        }
        out.push(...found);
      }
    } catch (error) {
      failures.push({ file: path, error: new InputError(path, `unreadable path (${describe(error)})`, { cause: error }) });
    }
  }
  return [...new Set(out)].sort();
}

/** Supported files under `dir`; an unreadable subfolder is a failure of its own, the walk goes on. */
async function walk(dir: string, failures: ReadFailure[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    failures.push({ file: dir, error: new InputError(dir, `unreadable path (${describe(error)})`, { cause: error }) });
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, failures)));
    else if (FORMATS[extname(entry.name).toLowerCase()] !== undefined) out.push(full);
  }
  return out;
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}
