// The server's security rules: loopback by default, a token when bound elsewhere (or when one is
// set), a Content-Security-Policy without inline script, DNS-rebinding protection on loopback.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { UsageError } from '../model/errors.ts';

/**
 * CSP for the viewer and the API: scripts only from our origin (no inline script, no eval), workers
 * from our origin or blob: (the ForceAtlas2 worker may be bundled as a blob), images from data:/blob:
 * (PNG export), inline styles allowed (sigma positions its canvases with style attributes; styles
 * cannot run code), nothing embeddable, no plugins, no <base> hijack.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** True for 127.0.0.0/8, ::1, ::ffff:127.x and "localhost". */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return h.slice(7).startsWith('127.');
  return false;
}

/** Refuses to start on a non-loopback address without a token (config.serve.token / NEWSGRAPH_TOKEN). */
export function assertBindAllowed(host: string, token: string | null): void {
  if (!isLoopbackHost(host) && !token) {
    throw new UsageError(
      `serve: refusing to listen on ${host} without a token; set NEWSGRAPH_TOKEN (16+ characters) or bind 127.0.0.1`,
    );
  }
  if (token !== null && token.length < 16) throw new UsageError('serve: NEWSGRAPH_TOKEN must be at least 16 characters');
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison (of digests, so lengths do not leak either). */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(token));
}

export const TOKEN_COOKIE = 'newsgraph_token';

/** The token a request presents: `Authorization: Bearer …`, `X-Newsgraph-Token`, or the cookie set by `/?token=…`. */
export function presentedToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-newsgraph-token'];
  if (typeof header === 'string') return header;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

/**
 * On a loopback bind, the Host header must name a loopback host too: otherwise a web page could
 * rebind its own domain to 127.0.0.1 and read the API (DNS rebinding).
 */
export function hostHeaderAllowed(req: IncomingMessage, boundHost: string): boolean {
  if (!isLoopbackHost(boundHost)) return true;
  const host = req.headers.host ?? '';
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return isLoopbackHost(name);
}
