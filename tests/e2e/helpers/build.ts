// Build the viewer once per test run (vite build -> dist/viewer) unless NEWSGRAPH_SKIP_BUILD=1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const DIST = resolve(REPO, 'dist/viewer');

let built = false;

/** Run `vite build` (about 3 s) so the e2e tests exercise the current sources. */
export function buildViewer(): string {
  if (built || (process.env.NEWSGRAPH_SKIP_BUILD === '1' && existsSync(resolve(DIST, 'index.html')))) return DIST;
  execFileSync(resolve(REPO, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: REPO, stdio: 'inherit' });
  built = true;
  return DIST;
}
