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
  const dir = path.resolve(__dirname, '../../prisma/migrations');
  const hash = createHash('sha256').update(PGLITE_VERSION);
  for (const m of readdirSync(dir).sort()) {
    const f = path.join(dir, m, 'migration.sql');
    if (existsSync(f)) hash.update(m).update(readFileSync(f));
  }
  const file = path.join(os.tmpdir(), `hub-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
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
  await admin.raw.exec(`CREATE DATABASE ${name}`);
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
