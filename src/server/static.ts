// Serves the built viewer (dist/viewer) with the security headers; no directory listings, no path
// escapes, index.html for the root.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendError } from './http.ts';
import { SECURITY_HEADERS } from './security.ts';

/** dist/viewer of this checkout (built by `vite build`). */
export const VIEWER_DIR = fileURLToPath(new URL('../../dist/viewer/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** True when the viewer has been built into `dir`. */
export function viewerBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/** Sends the file of `dir` that `pathname` names (GET/HEAD), 404 otherwise. */
export function serveStatic(dir: string, pathname: string, res: ServerResponse, head: boolean): void {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return sendError(res, 400, 'bad path');
  }
  if (rel.includes('\0')) return sendError(res, 400, 'bad path');
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dir, rel));
  if (!file.startsWith(normalize(dir + sep))) return sendError(res, 404, 'not found');
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return sendError(res, 404, 'not found');
    size = st.size;
  } catch {
    if (!viewerBuilt(dir) && (rel === '/index.html' || rel === 'index.html')) {
      return sendError(res, 503, 'the viewer is not built: run `npm run build` (newsgraph serve builds it on start)');
    }
    return sendError(res, 404, 'not found');
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(size),
    'cache-control': rel.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}
