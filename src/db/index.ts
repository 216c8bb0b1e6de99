import type { Config } from '../config';
import { sharedRedis } from '../lib/redis';
import { checkSessionLimits, openPostgres, openPglite, type Database } from './client';
import { RedisWriteMarks, type ReplicaStatus } from './replicas';

export type { Database, RawSql } from './client';
export { migrate, isMigrated, listMigrations, MigrationError } from './migrate';

/**
 * The configured database: the PostgreSQL server when DATABASE_URL is set,
 * else embedded PGlite under DATA_DIR. With DATABASE_READ_URLS, reads may go
 * to replicas (Database.reader); with DB_TRANSACTION_POOLING, DATABASE_URL is
 * pgbouncer in transaction mode (docs/scale.md "Pooling").
 */
export async function openDatabase(
  config: Config,
  onIdleError?: (e: Error) => void,
  onReplicaChange?: (status: ReplicaStatus) => void,
  /** A plain read sent again after its connection was lost (issue 10 item 6). */
  onReadRetry?: (e: unknown) => void,
): Promise<Database> {
  if (config.DATABASE_URL === undefined) return openPglite(config.DATA_DIR);
  const pooled = config.DB_TRANSACTION_POOLING;
  const db = openPostgres({
    url: config.DATABASE_URL,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    // pgbouncer before 1.21 cannot keep named statements in transaction mode.
    preparedStatements: config.DB_PREPARED_STATEMENTS && !pooled,
    startupOptions: !pooled,
    ...(config.DATABASE_DIRECT_URL !== undefined ? { directUrl: config.DATABASE_DIRECT_URL } : {}),
    readUrls: config.DATABASE_READ_URLS,
    maxReplicaLagMs: config.READ_REPLICA_MAX_LAG_MS,
    replicaCheckMs: config.READ_REPLICA_CHECK_MS,
    ...(config.REDIS_URL !== undefined && config.DATABASE_READ_URLS.length > 0 ? { writeMarks: new RedisWriteMarks(sharedRedis(config.REDIS_URL), config.REDIS_KEY_PREFIX) } : {}),
    ...(onIdleError ? { onIdleError } : {}),
    ...(onReplicaChange ? { onReplicaChange } : {}),
    ...(onReadRetry ? { onReadRetry } : {}),
  });
  if (pooled) {
    try {
      await checkSessionLimits(db, { statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS, lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS });
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  return db;
}

/**
 * The owner's connection for migrations and the demo seed (issue 10 item 2):
 * MIGRATION_DATABASE_URL, or null when it is unset (DATABASE_URL then does
 * both, as in development and on PGlite). The hub serves with DATABASE_URL,
 * a role that owns nothing (npm run db:roles).
 */
export function openMigrationDatabase(config: Config): Database | null {
  if (config.MIGRATION_DATABASE_URL === undefined) return null;
  if (config.DATABASE_URL === undefined) throw new Error('MIGRATION_DATABASE_URL is set but DATABASE_URL is not: the embedded database has no roles; unset it, or set both');
  return openPostgres({
    url: config.MIGRATION_DATABASE_URL,
    poolSize: 2,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    applicationName: 'kongchuo-hub-migrate',
  });
}
