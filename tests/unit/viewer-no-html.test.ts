// Guard: the viewer never parses strings as HTML (article text is untrusted; CSP forbids inline script).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src/viewer');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|html)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('viewer sources', () => {
  const files = sources(ROOT);
  it('finds the viewer sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s has no HTML sinks, inline handlers or inline scripts', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    expect(code).not.toMatch(/\son[a-z]+\s*=\s*["']/);
    expect(code).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
