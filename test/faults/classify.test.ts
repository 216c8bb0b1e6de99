import net from 'node:net';
import pg from 'pg';
import { isPlainRead, openPostgres } from '../../src/db/client';
import { HubError, isConnectionLost, isDatabaseUnavailable } from '../../src/errors';
import { createTestDatabase, type TestDatabase } from '../support/db';

/**
 * Issue 10 item 6: which failures are "the database is away" (503
 * DATABASE_UNAVAILABLE, retry later), which of those lost an established
 * connection (a plain read may be sent again), and which statements are
 * plain reads. Real errors from real drivers, no database needed for most:
 * these run on both passes; the full behaviour is in the other test/faults
 * files (PostgreSQL only).
 */
describe('database-away errors and plain reads (issue 10 item 6)', () => {
  /** A port nobody listens on (taken, then given back). */
  async function closedPort(): Promise<number> {
    const s = net.createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address() as net.AddressInfo;
    await new Promise<void>((r) => s.close(() => r()));
    return port;
  }

  it('no server: pg and Prisma (through @prisma/adapter-pg) errors are DATABASE_UNAVAILABLE, not a lost connection', async () => {
    const url = `postgresql://hub@127.0.0.1:${await closedPort()}/hub`;
    const client = new pg.Client({ connectionString: url });
    const refused = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).not.toBeNull();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isConnectionLost(refused)).toBe(false);

    const db = openPostgres({ url, poolSize: 1, connectTimeoutMs: 1000 });
    try {
      const viaPrisma = await db.prisma.child.findFirst().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(viaPrisma)).toBe(true);
      const viaRaw = await db.raw.query('SELECT 1').then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(viaRaw)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('a server that closes the connection: a lost connection, and the database is away', async () => {
    // Accepts, then resets every connection: what a crashing server or a cut network looks like to the driver.
    const server = net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const client = new pg.Client({ connectionString: `postgresql://hub@127.0.0.1:${(server.address() as net.AddressInfo).port}/hub` });
      client.on('error', () => undefined);
      const e = await client.connect().then(
        () => null,
        (err: unknown) => err,
      );
      expect(isDatabaseUnavailable(e)).toBe(true);
      expect(isConnectionLost(e)).toBe(true);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  describe('errors of a database that answers are not', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db?.drop();
    });

    it.each([
      ['a syntax error', 'SELEKT 1'],
      ['a unique violation', 'CREATE TEMP TABLE u (x int PRIMARY KEY); INSERT INTO u VALUES (1), (1)'],
      ['a division by zero', 'SELECT 1 / 0'],
      ['a missing table', 'SELECT * FROM no_such_table'],
    ])('%s', async (_name, sql) => {
      const e = await db.raw.exec(sql).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).not.toBeNull();
      expect(isDatabaseUnavailable(e)).toBe(false);
      expect(isConnectionLost(e)).toBe(false);
    });

    it('a Prisma request error (record not found) and the hub\'s own errors', async () => {
      const e = await db.prisma.child.findUniqueOrThrow({ where: { id: '00000000-0000-4000-8000-000000000000' } }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(isDatabaseUnavailable(e)).toBe(false);
      expect(isDatabaseUnavailable(new HubError('CONFLICT', 'the same record is being changed by another request: retry'))).toBe(false);
      expect(isDatabaseUnavailable(new HubError('TIMEOUT', 'the change took too long and was cancelled: retry'))).toBe(false);
      expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
      expect(isDatabaseUnavailable(undefined)).toBe(false);
    });
  });

  it.each([
    ['SELECT "id" FROM "public"."Child" WHERE "id" = $1', true],
    ['  select 1', true],
    ['/* hub */ WITH t AS (SELECT 1) SELECT * FROM t', true],
    ['-- a comment\nSELECT 1', true],
    ['VALUES (1), (2)', true],
    ['SHOW statement_timeout', true],
    ['SELECT "lockedAt", "intoSchool" FROM "X"', true],
    ['INSERT INTO "Child" VALUES (1)', false],
    ['UPDATE "Child" SET "name" = $1', false],
    ['DELETE FROM "Child"', false],
    ['WITH gone AS (DELETE FROM "X" RETURNING *) SELECT * FROM gone', false],
    ['SELECT nextval(\'s\')', false],
    ['SELECT pg_advisory_xact_lock($1)', false],
    ['SELECT pg_try_advisory_lock(1)', false],
    ["SELECT set_config('statement_timeout', '1', false)", false],
    ['SELECT pg_notify($1, $2)', false],
    ['SELECT * INTO new_table FROM "Child"', false],
    ['BEGIN', false],
    ['COMMIT', false],
    ['ANALYZE', false],
    ['CALL p()', false],
  ])('isPlainRead(%j) is %s', (sql, plain) => {
    expect(isPlainRead(sql)).toBe(plain);
  });
});
