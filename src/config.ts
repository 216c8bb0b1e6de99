import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env: parses and checks every setting once. */

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const hexKey = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL server; unset = embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * The owner's connection (issue 10): migrations and the demo seed run with
   * it, the hub serves with DATABASE_URL, a role that owns nothing (npm run
   * db:roles). Unset: DATABASE_URL does both (development, PGlite).
   */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** At least 2: an import writes its job row beside the transaction that holds the import (src/imports/run.ts). */
  DB_POOL_SIZE: z.coerce.number().int().min(2, 'at least 2 (an import holds one connection and records its job on another)').max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** The outbox's safety-net poll (NOTIFY delivers events at once; the poll catches one missed during a reconnect). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** The early-warning report the console shows (npm run report:early-warning writes it there; issue 12). */
  EARLY_WARNING_REPORT: z.string().default('bench-results/early-warning.json'),
  /** Read only the columns a GraphQL selection reads (issue 9); false: whole rows (a switch should a projection ever be wrong). */
  READ_PROJECTION: bool.default(true),
  /** Named prepared statements for the hot reads and the access log; false behind pgbouncer in transaction mode (it cannot keep them before 1.21). */
  DB_PREPARED_STATEMENTS: bool.default(true),
  /** AES-256-GCM key for ID numbers; HMAC-SHA256 key for their blind index. */
  ID_ENCRYPTION_KEY: hexKey.optional(),
  ID_HMAC_KEY: hexKey.optional(),
  COUNTY_CODE: z.string().regex(/^[0-9]{6}$/, 'must be a 6-digit GB/T 2260 county code').default('431124'),
  /**
   * The counties this hub serves (issue 11: a city or province of counties in
   * one database), comma-separated 6-digit codes; unset: COUNTY_CODE alone.
   * A token names its county (claim county_code); with one county served a
   * token without the claim is that county's, with several it is refused.
   */
  COUNTY_CODES: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter((u) => u !== ''))
    .pipe(z.array(z.string().regex(/^[0-9]{4}(?!00)[0-9]{2}$/, 'each must be a 6-digit GB/T 2260 county code (not a city or province: its last two digits are not 00)'))),
  DEMO_CHILDREN: z.coerce.number().int().min(0).default(5000),
  DEMO_SEED: z.coerce.number().int().default(20261129),
  /** Generate the demo county when the database is empty (npm start). */
  SEED_DEMO: bool.default(true),
  /** Tokens: issuer and audience the hub requires; keys from a local key set and/or the SSO's JWKS URL. */
  JWT_ISSUER: z.string().min(1).default('urn:kongchuo-hub'),
  JWT_AUDIENCE: z.string().min(1).default('kongchuo-hub'),
  JWKS_FILE: z.string().optional(),
  JWKS_URL: z.string().url().optional(),
  PARTNER_TOKEN_TTL_S: z.coerce.number().int().min(60).max(3600).default(900),
  /** Casework rules (plan R1.3, R2.4): days to the first persuasion visit, unexcused days that make a suspected dropout, attended days before a case is struck off. */
  CASE_FIRST_VISIT_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  ABSENCE_STREAK_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  STRIKE_OFF_ATTENDED_DAYS: z.coerce.number().int().min(1).max(60).default(10),
  MONITOR_INTERVAL_MS: z.coerce.number().int().min(1000).default(3600_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(100 * 1024),
  /** Largest spreadsheet accepted by POST /imports/<kind> (spooled to disk, never held in memory). */
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).default(50 * 1024 * 1024),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  MAX_DEPTH: z.coerce.number().int().min(1).default(7),
  /** Objects a response may hold (src/graphql/limits.ts); children(first:100) with a dozen relations each costs ~1,300. */
  MAX_COST: z.coerce.number().int().min(1).default(2000),
  MAX_ALIASES: z.coerce.number().int().min(0).default(10),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  MAX_TOKENS: z.coerce.number().int().min(10).default(1000),
  /**
   * Partner contract (issue 6): a partner token runs only the trusted documents
   * registered for its client (src/access/trusted-documents.ts). true lets
   * partner tokens send query text, for the access-contract tests that probe
   * partner slices with arbitrary documents (test/support/tokens.ts sets it);
   * refused in production. Unset: false.
   */
  PARTNER_RAW_QUERIES: bool.optional(),
  /** Partner rate limit: a token bucket of cost points per client; PartnerRateLimit rows override both per client. */
  PARTNER_RATE_CAPACITY: z.coerce.number().int().min(1).default(4000),
  PARTNER_RATE_REFILL_PER_S: z.coerce.number().int().min(1).default(20),
  /** Partner webhooks (src/webhooks): the dispatcher runs in every hub instance unless off. */
  WEBHOOKS_ENABLED: bool.default(true),
  /** One delivery attempt gives up after this long (a dead endpoint holds only its own subscription). */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  /** Retries: exponential backoff from BASE, at most CAP, with jitter; after MAX_ATTEMPTS the event is DEAD. */
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(10).default(2000),
  WEBHOOK_BACKOFF_CAP_MS: z.coerce.number().int().min(10).default(3600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  /** After a DEAD event: suspend the subscription (nothing is skipped; `webhook enable` resumes) or skip to the next event. */
  WEBHOOK_ON_DEAD: z.enum(['suspend', 'skip']).default('suspend'),
  /** Safety-net poll (NOTIFY wakes the dispatcher at once) and how long one instance holds a subscription. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(20).default(2000),
  WEBHOOK_LEASE_MS: z.coerce.number().int().min(1000).default(60000),
  /** Plain http:// endpoints: refused in production unless this is set. */
  WEBHOOK_ALLOW_HTTP: bool.default(false),
  /**
   * Access-log checkpoints (issue 10): the hub signs the chain head every
   * EVERY records or MINUTES minutes (whichever comes first, when the log
   * grew), with its own Ed25519 key: a JWK set with a private key
   * (AUDIT_SIGNING_KEY_FILE; generated under DATA_DIR in development,
   * required in production). Verification accepts every key of the set.
   */
  AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).default(1000),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().min(0.01).default(60),
  AUDIT_SIGNING_KEY_FILE: z.string().optional(),
  /** The guardian's access report as PDF: a TTF/OTF/TTC with Simplified Chinese; unset = Noto Sans Hans from @embedpdf/fonts-sc. */
  REPORT_FONT_FILE: z.string().optional(),
  /** Where pg_dump/pg_restore are (backup, restore); unset = PATH, then /usr/lib/postgresql/<newest>/bin. */
  PG_BIN_DIR: z.string().optional(),
  /**
   * Scale (issue 11). Read replicas: comma-separated PostgreSQL URLs of
   * streaming standbys of DATABASE_URL. Reads that write nothing go to one
   * that is up, within READ_REPLICA_MAX_LAG_MS of the primary (measured every
   * READ_REPLICA_CHECK_MS) and has replayed the caller's own last write;
   * else to the primary (src/db/replicas.ts).
   */
  DATABASE_READ_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter((u) => u !== ''))
    .pipe(z.array(z.string().url())),
  READ_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(2000),
  READ_REPLICA_CHECK_MS: z.coerce.number().int().min(50).default(500),
  /**
   * DATABASE_URL is a pooler in transaction mode (pgbouncer pool_mode=transaction):
   * no startup options (the role's or database's settings must carry
   * statement_timeout and lock_timeout: checked at start), no named prepared
   * statements, and session work (LISTEN, the migration lock) on DATABASE_DIRECT_URL.
   */
  DB_TRANSACTION_POOLING: bool.default(false),
  /** PostgreSQL itself, not through a pooler (as Prisma's directUrl): LISTEN and session work. Unset: DATABASE_URL. */
  DATABASE_DIRECT_URL: z.string().url().optional(),
  /**
   * State shared by hub instances (partner rate-limit buckets, each caller's
   * last write for read-your-writes across instances). Unset: each process
   * keeps its own (one instance). Redis down: rate limits fall back to each
   * process's buckets, reads after writes to the primary.
   */
  REDIS_URL: z.string().url().optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,40}$/, 'letters, digits, colon, dash, underscore (1-40)').default('kongchuo:'),
});

export type Config = z.infer<typeof schema> & {
  idEncryptionKey: Buffer;
  idHmacKey: Buffer;
  embedded: boolean;
  /** PARTNER_RAW_QUERIES resolved (see above). */
  partnerRawQueries: boolean;
  /** COUNTY_CODES resolved: the counties served, COUNTY_CODE first when it is one of them. */
  counties: readonly string[];
};

export class ConfigError extends Error {}

/** Parses an environment (process.env by default). Throws ConfigError with one line per bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const c = parsed.data;
  const keys = resolveKeys(c);
  if (c.NODE_ENV === 'production' && !c.JWKS_FILE && !c.JWKS_URL) {
    throw new ConfigError('invalid configuration: JWKS_FILE or JWKS_URL is required when NODE_ENV=production');
  }
  if (c.NODE_ENV === 'production' && c.PARTNER_RAW_QUERIES === true) {
    throw new ConfigError('invalid configuration: PARTNER_RAW_QUERIES: partner tokens run trusted documents only in production');
  }
  if (c.DATABASE_URL === undefined && (c.DATABASE_READ_URLS.length > 0 || c.DB_TRANSACTION_POOLING || c.DATABASE_DIRECT_URL !== undefined)) {
    throw new ConfigError('invalid configuration: DATABASE_READ_URLS, DB_TRANSACTION_POOLING and DATABASE_DIRECT_URL need DATABASE_URL (the embedded database has no replicas or pooler)');
  }
  if (c.DATABASE_READ_URLS.length > 0 && c.READ_REPLICA_MAX_LAG_MS < 2 * c.READ_REPLICA_CHECK_MS) {
    throw new ConfigError('invalid configuration: READ_REPLICA_MAX_LAG_MS must be at least twice READ_REPLICA_CHECK_MS (lag is measured once a check)');
  }
  if (c.DB_TRANSACTION_POOLING && c.DATABASE_DIRECT_URL === undefined) {
    throw new ConfigError('invalid configuration: DB_TRANSACTION_POOLING: set DATABASE_DIRECT_URL to PostgreSQL itself (LISTEN and the migration lock need a session, which a transaction pooler does not keep)');
  }
  if (new Set(c.COUNTY_CODES).size !== c.COUNTY_CODES.length) {
    throw new ConfigError('invalid configuration: COUNTY_CODES: a county is listed twice');
  }
  if (c.COUNTY_CODES.length > 0) {
    // COUNTY_CODE (the home county: the demo, the scripts' default) is one of them; unset, the first listed.
    if (env['COUNTY_CODE'] === undefined) c.COUNTY_CODE = c.COUNTY_CODES[0] as string;
    else if (!c.COUNTY_CODES.includes(c.COUNTY_CODE)) throw new ConfigError('invalid configuration: COUNTY_CODE must be one of COUNTY_CODES');
  }
  const counties = [c.COUNTY_CODE, ...c.COUNTY_CODES.filter((x) => x !== c.COUNTY_CODE)];
  return { ...c, ...keys, embedded: c.DATABASE_URL === undefined, partnerRawQueries: c.PARTNER_RAW_QUERIES ?? false, counties };
}

/**
 * Keys come from config. Outside production a development key file is
 * generated on first start (under DATA_DIR) and reused; in production a
 * missing key stops start-up: a generated key would make stored ID numbers
 * unreadable after a restart.
 */
function resolveKeys(c: z.infer<typeof schema>): { idEncryptionKey: Buffer; idHmacKey: Buffer } {
  if (c.ID_ENCRYPTION_KEY && c.ID_HMAC_KEY) {
    return { idEncryptionKey: Buffer.from(c.ID_ENCRYPTION_KEY, 'hex'), idHmacKey: Buffer.from(c.ID_HMAC_KEY, 'hex') };
  }
  if (c.NODE_ENV === 'production') {
    throw new ConfigError('invalid configuration: ID_ENCRYPTION_KEY and ID_HMAC_KEY are required when NODE_ENV=production');
  }
  const file = path.resolve(c.DATA_DIR, 'dev-keys.json');
  let stored: { enc: string; hmac: string } | undefined;
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as { enc: string; hmac: string };
  if (!stored) {
    stored = { enc: randomBytes(32).toString('hex'), hmac: randomBytes(32).toString('hex') };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  }
  return {
    idEncryptionKey: Buffer.from(c.ID_ENCRYPTION_KEY ?? stored.enc, 'hex'),
    idHmacKey: Buffer.from(c.ID_HMAC_KEY ?? stored.hmac, 'hex'),
  };
}
