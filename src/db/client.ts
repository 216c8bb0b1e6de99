import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { isConnectionLost } from '../errors';
import { PrismaClient } from '../generated/prisma/client';
import { ReadRouter, type ReplicaStatus, type WriteMarkStore } from './replicas';

/** Options of one plain SQL statement. */
export interface QueryOptions {
  /**
   * Send it as a named prepared statement (PostgreSQL parses and plans it once
   * per connection): for the hot statements of the read path and the access
   * log, whose text repeats and whose values are all parameters. Ignored when
   * the database was opened without prepared statements (behind a pooler in
   * transaction mode) and on PGlite.
   */
  prepare?: boolean;
}

/** Plain SQL access beside Prisma: migrations, bulk COPY, health checks, benchmarks. */
export interface RawSql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(script: string): Promise<void>;
  /**
   * Runs fn on one session (one connection) so session state such as advisory
   * locks holds: a connection of its own to the direct URL when the pool is
   * behind a transaction pooler (a pooled connection is not a session there).
   */
  session<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /** Runs fn inside one transaction (committed if fn resolves, rolled back if it throws). */
  transaction<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
}

export type SqlSession = Omit<RawSql, 'session' | 'transaction'>;

export interface Database {
  kind: 'postgres' | 'pglite';
  prisma: PrismaClient;
  raw: RawSql;
  /** The pg pool (PostgreSQL only), for COPY and pool metrics. */
  pool?: pg.Pool;
  /** The embedded instance (PGlite only). */
  pglite?: PGlite;
  /** LISTEN on a channel; the callback gets each NOTIFY payload. Resolves to an unlisten function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * The handle a request's reads should use (issue 11): a read replica when
   * one is healthy, within the lag limit and has replayed `subject`'s last
   * write, else the primary (src/db/replicas.ts). Only for statements that
   * write nothing. On PGlite and without replicas: `raw`, the primary.
   */
  reader(subject: string | null): SqlSession;
  /** Called after a write for `subject` committed (mutate): that subject's reads wait for a replica to replay it. Never throws; a no-op without replicas. */
  recordWrite(subject: string | null): Promise<void>;
  /** The replicas as last checked (empty without replicas). */
  replicaStatus(): ReplicaStatus[];
  /** The read router, when there are replicas (health checks, counters). */
  readRouter?: ReadRouter;
  close(): Promise<void>;
}

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  connectTimeoutMs?: number;
  applicationName?: string;
  /** Called with each SQL statement sent, by Prisma or as plain SQL (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Called when an idle pooled connection fails (logged by the server). */
  onIdleError?: (e: Error) => void;
  /** Called when a read is sent again after its connection was lost (retryReadOnce). */
  onReadRetry?: (e: unknown) => void;
  /** Named prepared statements for the statements that ask for them (default true; off behind pgbouncer in transaction mode). */
  preparedStatements?: boolean;
  /**
   * Send statement_timeout and lock_timeout in the startup packet (default
   * true). false behind a transaction pooler, which refuses the `options`
   * parameter (pgbouncer) or cannot keep it per client: the role's or the
   * database's settings carry them there (checkSessionLimits).
   */
  startupOptions?: boolean;
  /** PostgreSQL itself when `url` is a transaction pooler: LISTEN and session() connect here (default: url). */
  directUrl?: string;
  /** Streaming standbys of `url` for reads (reader()). */
  readUrls?: string[];
  /** A replica staler than this is skipped (default 2000). */
  maxReplicaLagMs?: number;
  /** Replica health check period (default 500). */
  replicaCheckMs?: number;
  /** Where callers' last-write marks are shared between instances (default: this process only). */
  writeMarks?: WriteMarkStore;
  /** Told when a replica starts or stops serving reads. */
  onReplicaChange?: (status: ReplicaStatus) => void;
}

/** Distinct prepared statement texts per process: past this, statements run unnamed (a bound on server memory). */
const MAX_PREPARED = 500;
const preparedNames = new Map<string, string>();

/** The statement's name when it is to be prepared, else undefined. */
function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined) {
    if (preparedNames.size >= MAX_PREPARED) return undefined;
    name = `hub_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

function makeClient(adapter: SqlDriverAdapterFactory, onQuery?: (sql: string) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query' as never, (e: { query: string }) => onQuery(e.query));
  return client;
}

/**
 * A statement that only reads: SELECT, WITH, VALUES, SHOW or TABLE, naming no
 * data-changing command and calling none of the functions that change state
 * (sequences, notifications, advisory locks, settings, backends). Anything
 * else counts as a write, so the test errs towards not retrying.
 */
const READ_START = /^\s*(?:(?:\/\*[\s\S]*?\*\/|--[^\n]*\n)\s*)*(?:SELECT|WITH|VALUES|SHOW|TABLE)\b/i;
const CHANGES =
  /\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY|CALL|DO|LOCK|NOTIFY|LISTEN|INTO|nextval|setval|pg_notify|pg_advisory\w*|pg_try_advisory\w*|set_config|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|lo_\w+|txid_current|pg_current_xact_id|dblink\w*)\b/i;

export function isPlainRead(sql: string): boolean {
  return READ_START.test(sql) && !CHANGES.test(sql);
}

type PoolQuery = (text: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Issue 10 item 6: a read that fails because the connection it went out on
 * was lost (the server restarted or was killed, the socket was reset: a
 * pooled connection that had been idle across the restart) is sent once more.
 * pg-pool has thrown the broken connection away, so the second attempt goes
 * out on another one (a new one when the restart closed them all). Only for
 * statements sent through the pool itself, each in its own implicit
 * transaction: plain SQL through RawSql.query and Prisma's reads outside a
 * transaction (@prisma/adapter-pg sends those through pool.query). Never a
 * write (its outcome is unknown when the connection drops), never a
 * statement inside a transaction or session (pool.connect(): the transaction
 * died with the connection), never a failure to connect at all (the server is
 * away: retrying at once would only double the wait), and only once.
 */
function retryReadOnce(pool: pg.Pool, onRetry?: (e: unknown) => void): void {
  const once = pool.query.bind(pool) as PoolQuery;
  const retrying: PoolQuery = (text, values, callback) => {
    const config = typeof text === 'object' && text !== null ? (text as { text?: unknown; submit?: unknown; callback?: unknown }) : null;
    const sql = typeof text === 'string' ? text : typeof config?.text === 'string' ? config.text : null;
    const callbackStyle = typeof values === 'function' || typeof callback === 'function' || typeof config?.submit === 'function' || typeof config?.callback === 'function';
    if (sql === null || callbackStyle || !isPlainRead(sql)) return once(text, values, callback);
    return (once(text, values) as Promise<unknown>).catch((e: unknown) => {
      if (!isConnectionLost(e)) throw e;
      onRetry?.(e);
      return once(text, values);
    });
  };
  (pool as unknown as { query: PoolQuery }).query = retrying;
}

// DATE columns come back as 'YYYY-MM-DD' strings from raw pg queries; keep
// them as strings rather than local-time Date objects.
pg.types.setTypeParser(1082, (v: string) => v);

/** PostgreSQL server through @prisma/adapter-pg, with per-session timeouts. */
export function openPostgres(o: PostgresOptions): Database {
  const appName = o.applicationName ?? 'kongchuo-hub';
  // architecture.md limits: statement_timeout 5 s, lock_timeout 2 s.
  const limits = `-c statement_timeout=${o.statementTimeoutMs ?? 5000} -c lock_timeout=${o.lockTimeoutMs ?? 2000}`;
  const makePool = (url: string, name: string, startupOptions: boolean) => {
    const p = new pg.Pool({
      connectionString: url,
      max: o.poolSize ?? 10,
      connectionTimeoutMillis: o.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30000,
      application_name: name,
      ...(startupOptions ? { options: limits } : {}),
    });
    // An idle connection closed by the server (restart, failover, DROP … FORCE) is
    // reported here; without a listener Node would crash the process. The pool
    // discards the client and opens a new one on the next query.
    p.on('error', (e) => o.onIdleError?.(e));
    retryReadOnce(p, o.onReadRetry);
    return p;
  };
  const startupOptions = o.startupOptions ?? true;
  const pool = makePool(o.url, appName, startupOptions);
  const prisma = makeClient(new PrismaPg(pool), o.onQuery);
  const onQuery = o.onQuery;
  const prepared = o.preparedStatements ?? true;
  /**
   * A connection of the pool for a session or transaction. While it is checked
   * out the pool does not listen to it: a connection lost between two of its
   * statements (the server restarted or was killed) would be an 'error' event
   * nobody handles, which ends the process. It is handled here (the next
   * statement fails, and the pool discards the connection on release).
   */
  const checkOut = async (): Promise<pg.PoolClient> => {
    const client = await pool.connect();
    const onLost = (e: Error) => o.onIdleError?.(e);
    client.on('error', onLost);
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      client.removeListener('error', onLost);
      release(err);
    };
    return client;
  };
  const rawOn = (c: pg.Pool | pg.PoolClient | pg.Client): SqlSession => ({
    async query<T>(sql: string, params?: unknown[], options?: QueryOptions) {
      onQuery?.(sql);
      const name = prepared && options?.prepare ? preparedName(sql) : undefined;
      if (name !== undefined) return (await c.query({ name, text: sql, values: params as unknown[] })).rows as T[];
      return (await c.query(sql, params as unknown[])).rows as T[];
    },
    async exec(script: string) {
      onQuery?.(script);
      await c.query(script);
    },
  });
  const raw: RawSql = {
    ...rawOn(pool),
    async session(fn) {
      if (o.directUrl !== undefined) {
        // Behind a transaction pooler a pooled connection is no session: a direct connection of its own.
        const direct = new pg.Client({ connectionString: o.directUrl, application_name: `${appName}-session`, connectionTimeoutMillis: o.connectTimeoutMs ?? 5000, options: limits });
        direct.on('error', (e) => o.onIdleError?.(e));
        await direct.connect();
        try {
          return await fn(rawOn(direct));
        } finally {
          await direct.end().catch(() => undefined);
        }
      }
      const client = await checkOut();
      try {
        return await fn(rawOn(client));
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await checkOut();
      try {
        onQuery?.('BEGIN');
        await client.query('BEGIN');
        const out = await fn(rawOn(client));
        onQuery?.('COMMIT');
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
  };
  const listeners = new Set<pg.Client>();
  // Read replicas (src/db/replicas.ts): a pool per standby, behind the same pooler settings as the primary.
  const replicaPools = (o.readUrls ?? []).map((url) => ({ url, pool: makePool(url, `${appName}-read`, startupOptions) }));
  const router = replicaPools.length
    ? new ReadRouter(
        raw,
        replicaPools.map((r) => ({ name: describeUrl(r.url), session: rawOn(r.pool) })),
        {
          maxLagMs: o.maxReplicaLagMs ?? 2000,
          checkMs: o.replicaCheckMs ?? 500,
          marks: o.writeMarks,
          ...(o.onReplicaChange ? { onChange: o.onReplicaChange } : {}),
        },
      )
    : undefined;
  router?.start();
  return {
    kind: 'postgres',
    prisma,
    raw,
    pool,
    reader: (subject) => (router ? router.reader(subject) : raw),
    recordWrite: (subject) => (router ? router.recordWrite(subject) : Promise.resolve()),
    replicaStatus: () => router?.status() ?? [],
    ...(router ? { readRouter: router } : {}),
    // A dedicated connection outside the pool: LISTEN is session state.
    async listen(channel, onNotify) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error('bad channel name');
      // Behind a transaction pooler, to PostgreSQL itself: notifications reach the session that listened, which a pooler does not keep.
      const client = new pg.Client({ connectionString: o.directUrl ?? o.url, application_name: `${appName}-listen` });
      client.on('error', (e) => o.onIdleError?.(e));
      client.on('notification', (n) => {
        if (n.channel === channel) onNotify(n.payload ?? '');
      });
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
    async close() {
      router?.stop();
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await prisma.$disconnect();
      await Promise.all(replicaPools.map((r) => r.pool.end()));
      await pool.end();
    },
  };
}

/** Embedded PostgreSQL (PGlite): persisted under dataDir, or in memory when dataDir is undefined. */
export async function openPglite(dataDir?: string, opts: { loadDataDir?: Blob; onQuery?: (sql: string) => void } = {}): Promise<Database> {
  if (dataDir) mkdirSync(path.resolve(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir ? path.resolve(dataDir, 'pgdata') : undefined, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  const onQuery = opts.onQuery;
  const prisma = makeClient(new PrismaPGlite(pglite), onQuery);
  const base: SqlSession = {
    async query<T>(sql: string, params?: unknown[]) {
      onQuery?.(sql);
      return (await pglite.query<T>(sql, params)).rows;
    },
    async exec(script: string) {
      onQuery?.(script);
      await pglite.exec(script);
    },
  };
  return {
    kind: 'pglite',
    prisma,
    raw: {
      ...base,
      session: (fn) => fn(base),
      // PGlite's own transaction holds its exclusive lock, so Prisma's queries cannot interleave.
      transaction: (fn) =>
        pglite.transaction((tx) =>
          fn({
            query: async <T>(sql: string, params?: unknown[]) => {
              onQuery?.(sql);
              return (await tx.query<T>(sql, params)).rows;
            },
            exec: async (script: string) => {
              onQuery?.(script);
              await tx.exec(script);
            },
          }),
        ),
    },
    pglite,
    reader: () => base,
    recordWrite: () => Promise.resolve(),
    replicaStatus: () => [],
    async listen(channel, onNotify) {
      const unsub = await pglite.listen(channel, (payload) => onNotify(payload));
      return async () => {
        await unsub();
      };
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** host:port/database of a connection string, without credentials (for status and logs). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * Behind a transaction pooler the hub sends no startup options, so the
 * server's own settings for the role and database must carry the request
 * limits. Refuses to start when they do not (a hub without statement_timeout
 * is one slow query away from holding every connection).
 */
export async function checkSessionLimits(db: Pick<Database, 'raw'>, expected: { statementTimeoutMs: number; lockTimeoutMs: number }): Promise<void> {
  const rows = await db.raw.query<{ name: string; ms: string }>(
    "SELECT name, setting AS ms FROM pg_settings WHERE name IN ('statement_timeout', 'lock_timeout')",
  );
  const got = Object.fromEntries(rows.map((r) => [r.name, Number(r.ms)]));
  const want: Record<string, number> = { statement_timeout: expected.statementTimeoutMs, lock_timeout: expected.lockTimeoutMs };
  const wrong = Object.entries(want).filter(([k, v]) => got[k] !== v);
  if (wrong.length === 0) return;
  const [user, database] = await db.raw.query<{ u: string; d: string }>('SELECT current_user AS u, current_database() AS d').then((r) => [r[0]?.u ?? 'hub', r[0]?.d ?? 'hub']);
  throw new Error(
    `behind a transaction pooler the server's settings must carry the request limits, but ${wrong.map(([k, v]) => `${k} is ${got[k] ?? '?'} ms (want ${v})`).join(', ')}; ` +
      `as the owner: ${Object.entries(want).map(([k, v]) => `ALTER ROLE "${user}" IN DATABASE "${database}" SET ${k} = ${v};`).join(' ')}`,
  );
}
