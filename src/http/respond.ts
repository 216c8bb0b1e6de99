import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE } from '../errors';

/** An HTTP-level refusal (before GraphQL): its status, code and message are what the client sees. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (Retry-After, WWW-Authenticate …). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The database is away (src/errors.ts isDatabaseUnavailable): 503 DATABASE_UNAVAILABLE with Retry-After, the same on every route. */
export function databaseUnavailable(): HttpError {
  return new HttpError(503, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, { 'Retry-After': String(DATABASE_RETRY_AFTER_S) });
}

/** One route: answers the request, or throws an HttpError. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string) => Promise<void>;

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

/** The client's X-Request-Id when it is well formed, else a new one. */
export function pickRequestId(h: string | string[] | undefined): string {
  return typeof h === 'string' && REQUEST_ID_RE.test(h) ? h : randomUUID();
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The request body, refused with 413 past `limit` bytes (declared or received). */
export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A JSON body in UTF-8 (415 for another charset, 400 when it does not decode or parse); other media types pass as text. */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  const ct = (contentType ?? '').toLowerCase();
  const charset = /charset=([^;]+)/.exec(ct)?.[1]?.trim();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'only UTF-8 request bodies are accepted');
  }
  if (!ct.startsWith('application/json') && !ct.startsWith('application/graphql-response+json')) {
    // Apollo answers non-JSON bodies itself (CSRF prevention needs to see them); pass text through.
    return raw.toString('utf8');
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let s: string;
  try {
    s = text.decode(raw);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid UTF-8');
  }
  try {
    return JSON.parse(s) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

/** `p`, or a 503 TIMEOUT after `ms`. */
export async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(503, 'TIMEOUT', `request took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
