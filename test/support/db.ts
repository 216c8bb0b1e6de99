import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { ensureAllMonthlyPartitions } from '../../src/db/partitions';

const PGLITE_VERSION = readFileSync(path.resolve(__dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8');

/**
 * A fresh, migrated database for one test file: a new database on the
 * PostgreSQL server when DATABASE_URL is set, else an in-memory PGlite.
 * Never a mock (architecture.md "Tests").
 */
export interface TestDatabase extends Database {
  /** Connection string of this test's database (PostgreSQL only). */
  url?: string;
  /** SQL statements Prisma sent since the last reset (the N+1 tests read it). */
  statements: string[];
  drop(): Promise<void>;
}

/**
 * A migrated PGlite data directory, made once per set of migrations and kept
 * in the temp directory: a new instance loads it in ~1 s instead of running
 * initdb (~3.5 s) and the migrations for every test file. migrate() still
 * runs on the loaded copy (it finds everything applied).
 */
async function migratedTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `hub-pglite-template-${migrationsHash(PGLITE_VERSION)}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await openPglite();
  await migrate(db);
  const dump = await (db.pglite as PGlite).dumpDataDir('none');
  await db.close();
  // Written aside and renamed: another worker making it at the same time never reads half a file.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return dump;
}

/** A hash of the migrations (and `salt`): a template is reused only for the very same set. */
function migrationsHash(salt: string): string {
  const dir = path.resolve(__dirname, '../../prisma/migrations');
  const hash = createHash('sha256').update(salt);
  for (const m of readdirSync(dir).sort()) {
    const f = path.join(dir, m, 'migration.sql');
    if (existsSync(f)) hash.update(m).update(readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * On the PostgreSQL server, a migrated template database per set of
 * migrations: a test file's database is CREATE DATABASE … TEMPLATE of it
 * (~0.15 s) instead of every migration run again (~0.8 s, ~100 databases a
 * run). Built under a name of its own and renamed when complete, so a worker
 * never copies half of one; a worker that loses the race drops its copy.
 * migrate() still runs on every clone (it finds everything applied), as on
 * PGlite. Templates of other sets of migrations are dropped when not in use.
 */
async function migratedTemplateDatabase(admin: Database, serverUrl: string): Promise<string> {
  const name = `hub_test_template_${migrationsHash('postgres')}`;
  const present = async () => (await admin.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', [name]))[0]?.n === 1;
  if (await present()) return name;
  const building = `${name}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin.raw.exec(`CREATE DATABASE ${building}`);
  const db = openPostgres({ url: withDatabase(serverUrl, building), poolSize: 2 });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  try {
    await admin.raw.exec(`ALTER DATABASE ${building} RENAME TO ${name}`);
    const old = await admin.raw.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname ~ '^hub_test_template_[0-9a-f]{16}$' AND datname <> $1", [name]);
    for (const { datname } of old) await admin.raw.exec(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
  } catch (e) {
    await admin.raw.exec(`DROP DATABASE IF EXISTS ${building}`);
    if (!(await present())) throw e;
  }
  return name;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const statements: string[] = [];
    const db = await openPglite(undefined, { loadDataDir: await migratedTemplate(), onQuery: (sql) => statements.push(sql) });
    await migrate(db);
    // As the hub does at start-up (src/main.ts): this month's partitions and the next ones'.
    await ensureAllMonthlyPartitions(db);
    return Object.assign(db, { statements, drop: () => db.close() });
  }
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ url: serverUrl, poolSize: 1 });
  await admin.raw.exec(`CREATE DATABASE ${name} TEMPLATE ${await migratedTemplateDatabase(admin, serverUrl)}`);
  const url = withDatabase(serverUrl, name);
  const statements: string[] = [];
  const db = openPostgres({ url, poolSize: 5, onQuery: (sql) => statements.push(sql) });
  await migrate(db);
  await ensureAllMonthlyPartitions(db);
  return Object.assign(db, {
    url,
    statements,
    async drop() {
      await db.close();
      await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  });
}

/**
 * The statements that read or wrote data, leaving out the access log's own
 * append: a refused request (validation, limits) is still logged as a denial,
 * and that record is the only statement it may cost.
 */
export function dataStatements(db: TestDatabase): string[] {
  return db.statements.filter((s) => !/^WITH "lock" AS \(SELECT pg_advisory_xact_lock\(\d+\) AS "locked"\)\s*INSERT INTO "AccessLog"/.test(s));
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
