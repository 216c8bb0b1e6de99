import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';

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
  /** Runs fn on one session (one connection) so session state such as advisory locks holds. */
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
  /** Named prepared statements for the statements that ask for them (default true; off behind pgbouncer in transaction mode). */
  preparedStatements?: boolean;
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

// DATE columns come back as 'YYYY-MM-DD' strings from raw pg queries; keep
// them as strings rather than local-time Date objects.
pg.types.setTypeParser(1082, (v: string) => v);

/** PostgreSQL server through @prisma/adapter-pg, with per-session timeouts. */
export function openPostgres(o: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.poolSize ?? 10,
    connectionTimeoutMillis: o.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30000,
    application_name: o.applicationName ?? 'kongchuo-hub',
    // architecture.md limits: statement_timeout 5 s, lock_timeout 2 s.
    options: `-c statement_timeout=${o.statementTimeoutMs ?? 5000} -c lock_timeout=${o.lockTimeoutMs ?? 2000}`,
  });
  // An idle connection closed by the server (restart, failover, DROP … FORCE) is
  // reported here; without a listener Node would crash the process. The pool
  // discards the client and opens a new one on the next query.
  pool.on('error', (e) => o.onIdleError?.(e));
  const prisma = makeClient(new PrismaPg(pool), o.onQuery);
  const onQuery = o.onQuery;
  const prepared = o.preparedStatements ?? true;
  const rawOn = (c: pg.Pool | pg.PoolClient): SqlSession => ({
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
      const client = await pool.connect();
      try {
        return await fn(rawOn(client));
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
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
  return {
    kind: 'postgres',
    prisma,
    raw,
    pool,
    // A dedicated connection outside the pool: LISTEN is session state.
    async listen(channel, onNotify) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error('bad channel name');
      const client = new pg.Client({ connectionString: o.url, application_name: `${o.applicationName ?? 'kongchuo-hub'}-listen` });
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
      await Promise.all([...listeners].map((c) => c.end().catch(() => undefined)));
      await prisma.$disconnect();
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
