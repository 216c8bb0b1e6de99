import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures (issue 6 item 4): HMAC-SHA256 with the subscription's
 * secret over "<timestamp>.<body>", the timestamp in Unix seconds. Signing the
 * timestamp with the body lets a receiver refuse a replayed request outside a
 * short window (default 5 minutes) without keeping state; the event id
 * (X-Hub-Event-Id) de-duplicates the retries that at-least-once delivery makes.
 *
 * This file depends on node:crypto only, so partners may copy verifyWebhook.
 */
export const HEADER_EVENT_ID = 'x-hub-event-id';
export const HEADER_EVENT_TYPE = 'x-hub-event-type';
export const HEADER_TIMESTAMP = 'x-hub-timestamp';
export const HEADER_SIGNATURE = 'x-hub-signature';
export const HEADER_ATTEMPT = 'x-hub-delivery-attempt';

export const DEFAULT_TOLERANCE_SECONDS = 300;

/** "sha256=<hex>" for one request. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export type WebhookVerdict =
  | { ok: true; eventId: string; timestamp: number; event: Record<string, unknown> }
  | { ok: false; reason: 'MISSING_HEADER' | 'BAD_TIMESTAMP' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE' | 'BAD_BODY' };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const rec = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(rec).find((k) => k.toLowerCase() === name);
  const v = key === undefined ? undefined : rec[key];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Checks a received webhook: the signature over the raw body exactly as
 * received (do not re-serialise parsed JSON), and a timestamp within
 * `toleranceSeconds` of `now` either way (replay window). Compare in constant
 * time; accept the event only when `ok`, then de-duplicate on `eventId`: it
 * is the signed body's `id` (the header, which the signature does not cover,
 * must agree with it).
 */
export function verifyWebhook(
  secret: string,
  headers: HeaderSource,
  body: string | Buffer,
  now: Date = new Date(),
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
): WebhookVerdict {
  const eventId = header(headers, HEADER_EVENT_ID);
  const ts = header(headers, HEADER_TIMESTAMP);
  const sig = header(headers, HEADER_SIGNATURE);
  if (!eventId || !ts || !sig) return { ok: false, reason: 'MISSING_HEADER' };
  if (!/^[0-9]{1,12}$/.test(ts)) return { ok: false, reason: 'BAD_TIMESTAMP' };
  const timestamp = Number(ts);
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return { ok: false, reason: 'STALE_TIMESTAMP' };
  const expected = Buffer.from(signWebhook(secret, timestamp, typeof body === 'string' ? body : body.toString('utf8')), 'utf8');
  const got = Buffer.from(sig.trim(), 'utf8');
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
  const text = typeof body === 'string' ? body : body.toString('utf8');
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'BAD_BODY' };
  }
  if (event === null || typeof event !== 'object' || (event as { id?: unknown }).id !== eventId) return { ok: false, reason: 'BAD_BODY' };
  return { ok: true, eventId, timestamp, event: event as Record<string, unknown> };
}
