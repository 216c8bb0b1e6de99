import type { Config } from '../config';
import { openPglite, openPostgres, type Database } from './client';

export type { Database, RawSql } from './client';
export { migrate, isMigrated, listMigrations, MigrationError } from './migrate';

/** The configured database: the PostgreSQL server when DATABASE_URL is set, else embedded PGlite under DATA_DIR. */
export async function openDatabase(config: Config, onIdleError?: (e: Error) => void): Promise<Database> {
  if (config.DATABASE_URL === undefined) return openPglite(config.DATA_DIR);
  return openPostgres({
    url: config.DATABASE_URL,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    preparedStatements: config.DB_PREPARED_STATEMENTS,
    ...(onIdleError ? { onIdleError } : {}),
  });
}
