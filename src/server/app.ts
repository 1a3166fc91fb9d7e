// The request handler: security checks first (Host header, token), then /api routes or the viewer.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { messageOf, sendError, statusOf } from './http.ts';
import { handleApi, type ApiDeps } from './routes.ts';
import { hostHeaderAllowed, presentedToken, SECURITY_HEADERS, TOKEN_COOKIE, tokenMatches } from './security.ts';
import { serveStatic } from './static.ts';

export interface AppOptions extends ApiDeps {
  /** The address the server is bound to (decides the Host-header check). */
  host: string;
  /** When set, every /api request must present it. */
  token: string | null;
  /** The built viewer (dist/viewer). */
  viewerDir: string;
  /** Where unexpected errors are reported (never to the client). */
  log?: (message: string) => void;
}

/** `/?token=…` (once, from the link the server prints) sets an HttpOnly cookie and drops the token from the URL. */
function handleTokenLink(res: ServerResponse, url: URL, token: string): boolean {
  const given = url.searchParams.get('token');
  if (given === null || url.pathname.startsWith('/api/')) return false;
  if (!tokenMatches(given, token)) {
    sendError(res, 401, 'wrong token');
    return true;
  }
  url.searchParams.delete('token');
  res.writeHead(303, {
    ...SECURITY_HEADERS,
    location: `${url.pathname}${url.search}`,
    'set-cookie': `${TOKEN_COOKIE}=${encodeURIComponent(given)}; HttpOnly; SameSite=Strict; Path=/`,
  });
  res.end();
  return true;
}

/** Builds the node:http request listener. */
export function createApp(opts: AppOptions): RequestListener {
  const log = opts.log ?? ((m: string) => console.error(m));
  return (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      try {
        if (!hostHeaderAllowed(req, opts.host)) return sendError(res, 421, 'this server answers only to localhost names');
        if (opts.token && handleTokenLink(res, url, opts.token)) return;
        if (url.pathname.startsWith('/api/') || url.pathname === '/api') {
          if (opts.token && !tokenMatches(presentedToken(req), opts.token)) {
            res.setHeader('www-authenticate', 'Bearer realm="newsgraph"');
            return sendError(res, 401, 'a token is required: Authorization: Bearer <NEWSGRAPH_TOKEN>');
          }
          return await handleApi(req, res, url, opts);
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, `${req.method} is not allowed here`);
        serveStatic(opts.viewerDir, url.pathname, res, req.method === 'HEAD');
      } catch (err) {
        const status = statusOf(err);
        if (status === 500) log(`newsgraph serve: ${req.method} ${url.pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (status === 413) res.setHeader('connection', 'close'); // do not read the rest of an oversized body
        sendError(res, status, messageOf(err));
      }
    })();
  };
}
