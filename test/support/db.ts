import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';

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

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const statements: string[] = [];
    const db = await openPglite(undefined, { onQuery: (sql) => statements.push(sql) });
    await migrate(db);
    return Object.assign(db, { statements, drop: () => db.close() });
  }
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ url: serverUrl, poolSize: 1 });
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const statements: string[] = [];
  const db = openPostgres({ url, poolSize: 5, onQuery: (sql) => statements.push(sql) });
  await migrate(db);
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

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
