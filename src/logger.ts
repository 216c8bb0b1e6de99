import pino, { type DestinationStream } from 'pino';

/**
 * Structured JSON logs (pino). Never log personal data: ids and codes only.
 * Call sites keep to that (see src/http/request-log.ts for the request
 * line); this is the net under them: keys that name personal data, request
 * content or secrets are removed wherever they sit, and ID-number-like digit
 * runs and quoted values in messages (a driver error can echo an input
 * value) are blanked.
 */
const DROPPED_KEYS = new Set([
  'authorization',
  'cookie',
  'token',
  'access_token',
  'client_secret',
  'password',
  'query',
  'variables',
  'body',
  'headers',
  'name',
  'idnumber',
  'guardianname',
  'phone',
  'address',
  'ip',
  'remoteaddress',
  'x-forwarded-for',
]);

// 18-digit resident ID (last may be X), 15-digit old ID, 11-digit mobile numbers.
const ID_LIKE = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9])/g;
const QUOTED = /"[^"\n]*"|'[^'\n]*'/g;

function scrubString(s: string): string {
  return s.replace(QUOTED, (q) => `${q[0]}…${q[0]}`).replace(ID_LIKE, '[redacted]');
}

/** The log object with personal data and request content taken out (depth-limited). */
export function scrubLogObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubString(value);
  if (value === null || typeof value !== 'object' || depth > 6) return depth > 6 ? '[deep]' : value;
  if (Array.isArray(value)) return value.map((v) => scrubLogObject(v, depth + 1));
  if (value instanceof Date) return value;
  if (value instanceof Error) {
    // Its type, code and first message line (as errors.ts loggableError), scrubbed; never the stack's values.
    const code = (value as { code?: unknown }).code;
    return { type: value.constructor.name, ...(typeof code === 'string' ? { code } : {}), message: scrubString((value.message.split('\n')[0] ?? '').slice(0, 160)) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (DROPPED_KEYS.has(k.toLowerCase())) continue;
    out[k] = scrubLogObject(v, depth + 1);
  }
  return out;
}

export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    base: { service: 'kongchuo-hub' },
    formatters: { log: (object: Record<string, unknown>) => scrubLogObject(object) as Record<string, unknown> },
    hooks: {
      // The message too: a call site may format one from an error.
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubString(a) : a)));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
export type Logger = ReturnType<typeof createLogger>;
