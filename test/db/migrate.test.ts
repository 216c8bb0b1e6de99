import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres, type Database, type PostgresOptions } from '../../src/db/client';
import { MIGRATIONS_DIR, MigrationError, listMigrations, migrate } from '../../src/db/migrate';
import { withDatabase } from '../support/db';

/**
 * src/db/migrate.ts, the project's `prisma migrate deploy`, on an empty
 * database each time: a fresh in-memory PGlite, or a scratch database on the
 * PostgreSQL server when DATABASE_URL is set.
 */
const serverUrl = process.env.DATABASE_URL;

interface EmptyDatabase {
  db: Database;
  /** Another, independent connection to the same database (PostgreSQL only). */
  connect(options?: Omit<PostgresOptions, 'url'>): Database;
  drop(): Promise<void>;
}

async function emptyDatabase(): Promise<EmptyDatabase> {
  if (!serverUrl) {
    const db = await openPglite();
    return {
      db,
      connect: () => {
        throw new Error('PGlite is a single in-process connection');
      },
      drop: () => db.close(),
    };
  }
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ url: serverUrl, poolSize: 1 });
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const opened: Database[] = [];
  const connect = (options: Omit<PostgresOptions, 'url'> = {}) => {
    const db = openPostgres({ poolSize: 2, ...options, url });
    opened.push(db);
    return db;
  };
  return {
    db: connect(),
    connect,
    async drop() {
      await Promise.all(opened.map((d) => d.close()));
      await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** Runs fn on an empty database and drops it afterwards, whatever happens. */
async function onEmptyDatabase(fn: (e: EmptyDatabase) => Promise<void>): Promise<void> {
  const e = await emptyDatabase();
  try {
    await fn(e);
  } finally {
    await e.drop();
  }
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const rowsOf = (db: Database) =>
  db.raw.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');

const tableExists = async (db: Database, table: string) =>
  (await db.raw.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`"${table}"`]))[0]?.t != null;

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A migrations directory of its own: name → SQL. */
function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}
function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}
const tempDirs: string[] = [];
function tempMigrations(files: Record<string, string>): string {
  const dir = migrationsDir(files);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('migration runner (src/db/migrate.ts)', () => {
  /** prisma/migrations read here, not through listMigrations(). */
  const readProjectMigrations = () =>
    readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, d.name, 'migration.sql')))
      .map((d) => d.name)
      .sort();

  describe('on a fresh database', () => {
    let fresh: EmptyDatabase;
    let projectMigrations: string[];
    let applied: string[];
    beforeAll(async () => {
      fresh = await emptyDatabase();
      projectMigrations = readProjectMigrations();
      applied = await migrate(fresh.db);
    });
    afterAll(async () => {
      await fresh.drop();
    });

    it('(a) applies every migration and records each as Prisma does', async () => {
      const { db } = fresh;
      expect(projectMigrations.length).toBeGreaterThan(0);
      expect(applied).toEqual(projectMigrations);

      // Prisma's table, column for column (prisma-engines: migration-connector, postgres flavour).
      const columns = await db.raw.query(
        `SELECT column_name, data_type, character_maximum_length AS max_length, is_nullable, column_default
           FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
          ORDER BY ordinal_position`,
      );
      expect(columns).toEqual([
        { column_name: 'id', data_type: 'character varying', max_length: 36, is_nullable: 'NO', column_default: null },
        { column_name: 'checksum', data_type: 'character varying', max_length: 64, is_nullable: 'NO', column_default: null },
        { column_name: 'finished_at', data_type: 'timestamp with time zone', max_length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'migration_name', data_type: 'character varying', max_length: 255, is_nullable: 'NO', column_default: null },
        { column_name: 'logs', data_type: 'text', max_length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', max_length: null, is_nullable: 'YES', column_default: null },
        { column_name: 'started_at', data_type: 'timestamp with time zone', max_length: null, is_nullable: 'NO', column_default: 'now()' },
        { column_name: 'applied_steps_count', data_type: 'integer', max_length: null, is_nullable: 'NO', column_default: '0' },
      ]);
      expect(
        await db.raw.query(
          `SELECT a.attname AS column FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = '"_prisma_migrations"'::regclass AND i.indisprimary`,
        ),
      ).toEqual([{ column: 'id' }]);

      const rows = await rowsOf(db);
      expect(rows.map((r) => r.migration_name)).toEqual(projectMigrations);
      for (const r of rows) {
        expect(r.id).toMatch(UUID);
        expect(r.checksum).toBe(sha256(path.join(MIGRATIONS_DIR, r.migration_name, 'migration.sql')));
        expect(r.finished_at).toBeInstanceOf(Date);
        expect((r.finished_at as Date).getTime()).toBeGreaterThanOrEqual(r.started_at.getTime());
        expect(r.applied_steps_count).toBe(1);
        expect(r.logs).toBeNull();
        expect(r.rolled_back_at).toBeNull();
      }
      expect(await tableExists(db, 'Child')).toBe(true);
    });

    it('(b) applies nothing the second time and leaves the records alone', async () => {
      const before = await rowsOf(fresh.db);
      expect(before).toHaveLength(projectMigrations.length);
      expect(await migrate(fresh.db)).toEqual([]);
      expect(await rowsOf(fresh.db)).toEqual(before);
    });
  });

  // PGlite is one in-process, single-connection database: two "instances"
  // cannot reach the same PGlite, so instances starting at once can only be
  // shown on a PostgreSQL server.
  (serverUrl ? test : test.skip)('(c) instances starting at once apply each migration exactly once, and all succeed', async () => {
    await onEmptyDatabase(async ({ connect }) => {
      // Generous limits: with the application's (lock_timeout 2 s) the waiting
      // instances fail whenever applying takes longer than that on a busy
      // machine: the bug shown by the BUG tests below, not what this one checks.
      const instances = [1, 2, 3, 4].map(() => connect({ poolSize: 1, lockTimeoutMs: 60000, statementTimeoutMs: 60000 }));
      const projectMigrations = readProjectMigrations();
      const results = await Promise.all(instances.map((db) => migrate(db)));
      expect(results.filter((r) => r.length > 0)).toEqual([projectMigrations]);
      expect(results.filter((r) => r.length === 0)).toHaveLength(3);
      const rows = await rowsOf(instances[0] as Database);
      expect(rows.map((r) => r.migration_name)).toEqual(projectMigrations);
      expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    });
  });

  it('(d) refuses a migration whose file changed after it was applied', async () => {
    const dir = tempMigrations({ '20260101000000_one': 'CREATE TABLE "One" (id int);\n' });
    await onEmptyDatabase(async ({ db }) => {
      expect(await migrate(db, listMigrations(dir))).toEqual(['20260101000000_one']);
      const before = await rowsOf(db);

      writeMigration(dir, '20260101000000_one', 'CREATE TABLE "One" (id int, note text);\n');
      writeMigration(dir, '20260102000000_two', 'CREATE TABLE "Two" (id int);\n');
      const attempt = migrate(db, listMigrations(dir));
      await expect(attempt).rejects.toThrow(MigrationError);
      await expect(attempt).rejects.toThrow('migration 20260101000000_one was modified after it was applied');

      // Refused before anything else ran.
      expect(await tableExists(db, 'Two')).toBe(false);
      expect(await rowsOf(db)).toEqual(before);
    });
  });

  it('(e) records a failed migration, keeps none of its changes, and refuses to start until it is resolved', async () => {
    const dir = tempMigrations({
      '1_good': 'CREATE TABLE "Good" (id int);\n',
      '2_broken': 'CREATE TABLE "HalfDone" (id int);\nINSERT INTO "Good" VALUES (1);\nSELECT * FROM "NoSuchTable";\n',
      '3_after': 'CREATE TABLE "After" (id int);\n',
    });
    await onEmptyDatabase(async ({ db, connect }) => {
      const first = migrate(db, listMigrations(dir));
      await expect(first).rejects.toThrow(MigrationError);
      await expect(first).rejects.toThrow(/^migration 2_broken failed: .*NoSuchTable/);

      const rows = await rowsOf(db);
      expect(rows.map((r) => [r.migration_name, r.finished_at !== null, r.applied_steps_count])).toEqual([
        ['1_good', true, 1],
        ['2_broken', false, 0],
      ]);
      const broken = rows[1] as MigrationRow;
      expect(broken.logs).toMatch(/NoSuchTable/);
      expect(broken.rolled_back_at).toBeNull();
      expect(broken.checksum).toBe(sha256(path.join(dir, '2_broken', 'migration.sql')));

      // It ran in a transaction: nothing of 2_broken is left, and 3_after never ran.
      expect(await tableExists(db, 'Good')).toBe(true);
      expect(await tableExists(db, 'HalfDone')).toBe(false);
      expect(await db.raw.query('SELECT count(*)::int AS n FROM "Good"')).toEqual([{ n: 0 }]);
      expect(await tableExists(db, 'After')).toBe(false);

      // The next start (a new connection where there can be one) refuses, naming it, even once the file is fixed.
      writeMigration(dir, '2_broken', 'CREATE TABLE "HalfDone" (id int);\n');
      const next = serverUrl ? connect() : db;
      const again = migrate(next, listMigrations(dir));
      await expect(again).rejects.toThrow(MigrationError);
      await expect(again).rejects.toThrow('migration 2_broken failed earlier and is not rolled back');
      expect(await rowsOf(next)).toEqual(rows);

      // `prisma migrate resolve --rolled-back 2_broken` marks it; then the fixed file applies.
      await next.raw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '2_broken'`);
      expect(await migrate(next, listMigrations(dir))).toEqual(['2_broken', '3_after']);
      expect(await tableExists(next, 'HalfDone')).toBe(true);
    });
  });

  it('refuses a database that has a migration this build does not know', async () => {
    const dir = tempMigrations({ '1_one': 'CREATE TABLE "One" (id int);\n', '2_two': 'CREATE TABLE "Two" (id int);\n' });
    await onEmptyDatabase(async ({ db }) => {
      await migrate(db, listMigrations(dir));
      const older = listMigrations(dir).filter((m) => m.name === '1_one');
      await expect(migrate(db, older)).rejects.toThrow('the database has migration 2_two, which this build does not know');
    });
  });

  /*
   * Known bug (reported, not fixed here: src/ belongs to others). migrate()
   * runs on a connection of the application's pool, so it inherits the pool's
   * per-session limits from openPostgres (statement_timeout 5 s,
   * lock_timeout 2 s by default):
   *  - pg_advisory_lock() is a lock wait, so an instance that starts while
   *    another one is applying migrations for longer than lock_timeout fails
   *    with "canceling statement due to lock timeout" instead of waiting;
   *  - a migration that runs longer than statement_timeout is cancelled and
   *    recorded as failed, which then blocks every start until resolved.
   * The limits are lowered here only to keep the tests short. Fixed:
   * migrate() lifts both limits for its own session and resets them after;
   * these are the regression tests.
   */
  const LIMITS = { statementTimeoutMs: 1500, lockTimeoutMs: 300 };
  (serverUrl ? test : test.skip)('an instance starting during a long migration waits for it instead of failing', async () => {
    const dir = tempMigrations({ '1_slow': 'SELECT pg_sleep(1);\nCREATE TABLE "Slow" (id int);\n' });
    await onEmptyDatabase(async ({ connect }) => {
      const [a, b] = [connect(LIMITS), connect(LIMITS)] as [Database, Database];
      const first = migrate(a, listMigrations(dir));
      await new Promise((r) => setTimeout(r, 200));
      const second = migrate(b, listMigrations(dir));
      const results = await Promise.allSettled([first, second]);
      // Whichever got the lock applied it; the other waited and found nothing to do.
      expect(results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [`failed: ${String(r.reason)}`]))).toEqual(['1_slow']);
    });
  });
  (serverUrl ? test : test.skip)('a migration may run longer than the application statement_timeout', async () => {
    const dir = tempMigrations({ '1_long': 'SELECT pg_sleep(2);\nCREATE TABLE "Long" (id int);\n' });
    await onEmptyDatabase(async ({ connect }) => {
      expect(await migrate(connect(LIMITS), listMigrations(dir))).toEqual(['1_long']);
    });
  });
});
