import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { IdentifierSealer } from '../lib/crypto';
import type { Database, SqlSession } from './client';
import { DATA_STEPS, type DataStep } from './data-steps';

/**
 * The project's own `prisma migrate deploy`: applies prisma/migrations/<ts>_<name>/migration.sql
 * in order and records each in `_prisma_migrations` the way Prisma does (same
 * table, same checksum: sha256 of the file), so the real CLI stays usable
 * where it can run. Safe when several instances start at once: the work
 * happens under the same session advisory lock Prisma takes (72707369).
 *
 * A migration may have a data step (data-steps.ts): work that needs the hub's
 * keys, such as sealing values a previous version stored plain, run in the
 * migration's transaction before its SQL. It needs `sealer` only when it has
 * work; without one the migration is not started (nothing is recorded) and
 * the error says so.
 */

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../prisma/migrations');
const PRISMA_ADVISORY_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

export interface MigrateOptions {
  /** The hub's identifier sealer (ID_ENCRYPTION_KEY, ID_HMAC_KEY), for data steps that seal. */
  sealer?: IdentifierSealer;
  /** Data steps by migration name (default: data-steps.ts). */
  steps?: Readonly<Record<string, DataStep>>;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Applies pending migrations; returns the names applied by this call. */
export async function migrate(db: Database, migrations = listMigrations(), options: MigrateOptions = {}): Promise<string[]> {
  return db.raw.session(async (s) => {
    // The pool's per-session limits (statement_timeout 5 s, lock_timeout 2 s) are
    // for requests: an instance must wait for another one's migrations, and a
    // migration may run long. Lift them for this session, and restore them.
    await s.exec('SET statement_timeout = 0; SET lock_timeout = 0');
    try {
      await s.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
      try {
        const applied = await applyPending(s, migrations, options);
        // PGlite serializes an array parameter by the array types it read when it opened: a type a
        // migration created since (an enum's array, e.g. "MigrantStatus"[] in a row scope) would go
        // out as a plain string ("malformed array literal") until it reads them again.
        if (applied.length > 0) await db.pglite?.refreshArrayTypes();
        return applied;
      } finally {
        await s.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
      }
    } finally {
      await s.exec('RESET statement_timeout; RESET lock_timeout');
    }
  });
}

async function applyPending(s: SqlSession, migrations: Migration[], options: MigrateOptions): Promise<string[]> {
  const steps = options.steps ?? DATA_STEPS;
  await s.exec(CREATE_TABLE);
  const rows = await s.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
  );
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `migration ${failed.migration_name} failed earlier and is not rolled back; resolve it (prisma migrate resolve) before starting`,
    );
  }
  const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r.checksum]));
  for (const name of applied.keys()) {
    if (!migrations.some((m) => m.name === name)) {
      throw new MigrationError(`the database has migration ${name}, which this build does not know: is it older than the database?`);
    }
  }
  const done: string[] = [];
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum !== undefined) {
      if (sum !== m.checksum) throw new MigrationError(`migration ${m.name} was modified after it was applied`);
      continue;
    }
    const step = steps[m.name];
    const { sealer } = options;
    if (step && !sealer && (await step.pending(s))) {
      throw new MigrationError(
        `migration ${m.name} ${step.does}: it needs the hub's keys (ID_ENCRYPTION_KEY, ID_HMAC_KEY); apply it with npm start or npm run db:roles -- --apply`,
      );
    }
    const id = randomUUID();
    await s.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, m.checksum, m.name],
    );
    try {
      if (step && sealer) {
        await s.exec('BEGIN');
        await step.run(s, sealer);
        await s.exec(`${m.sql}\n;COMMIT;`);
      } else {
        await s.exec(`BEGIN;\n${m.sql}\n;COMMIT;`);
      }
    } catch (e) {
      await s.exec('ROLLBACK').catch(() => undefined);
      const msg = e instanceof Error ? e.message : String(e);
      await s.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, msg]);
      throw new MigrationError(`migration ${m.name} failed: ${msg}`);
    }
    await s.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    done.push(m.name);
  }
  return done;
}

/** True when every known migration is applied (for /readyz). */
export async function isMigrated(db: Database, migrations = listMigrations()): Promise<boolean> {
  const rows = await db.raw
    .query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    )
    .catch(() => []);
  const have = new Set(rows.map((r) => r.migration_name));
  return migrations.every((m) => have.has(m.name));
}
