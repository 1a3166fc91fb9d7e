// Small HTTP helpers: JSON responses, `{error}` bodies with the right status, a capped body reader.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DbError, InputError, KgError, ReadOnlyViolation, UsageError } from '../model/errors.ts';
import { SECURITY_HEADERS } from './security.ts';

/** An error with an HTTP status, thrown by routes. */
export class HttpError extends KgError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { error: message });
}

/** Status for an error: 403 refused writes, 400 bad input or query, 503 database down, 500 otherwise. */
export function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  if (err instanceof ReadOnlyViolation) return 403;
  if (err instanceof InputError || err instanceof UsageError) return 400;
  if (err instanceof DbError) return /not reachable|unavailable|ServiceUnavailable|connect/i.test(err.message) ? 503 : 400;
  return 500;
}

/** The message a client sees: ours verbatim; unexpected errors are not described (no internals leak). */
export function messageOf(err: unknown): string {
  if (err instanceof KgError) return err.message;
  return 'internal error (see the server log)';
}

/** Reads a request body up to `maxBytes`; beyond that, HttpError 413 (and the rest is not read). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpError(413, `request body over ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `request body over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A JSON object body (content-type application/json required, which also keeps cross-site forms out). */
export async function readJsonObject(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'send the body as application/json');
  const body = await readBody(req, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'the body must be a JSON object');
  return value as Record<string, unknown>;
}
