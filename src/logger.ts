import pino from 'pino';

/** Structured JSON logs. Never log personal data: ids and codes only. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'kongchuo-hub' }, redact: { paths: ['req.headers.authorization'], remove: true } });
}
export type Logger = ReturnType<typeof createLogger>;
