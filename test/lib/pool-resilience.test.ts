import { openPostgres } from '../../src/db/client';
import { createTestDatabase, type TestDatabase } from '../support/db';

const onServer = process.env.DATABASE_URL ? describe : describe.skip; // PGlite has no server connections to lose

onServer('PostgreSQL pool survives connections killed by the server', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('reports the dead idle connection and serves the next query on a new one', async () => {
    const errors: Error[] = [];
    const hub = openPostgres({ url: db.url as string, poolSize: 2, onIdleError: (e) => errors.push(e) });
    await hub.raw.query('SELECT 1');
    const admin = openPostgres({ url: process.env.DATABASE_URL as string, poolSize: 1 });
    await admin.raw.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() IS NOT TRUE AND datname = $1 AND pid <> pg_backend_pid() AND application_name = 'kongchuo-hub'`,
      [new URL(db.url as string).pathname.slice(1)],
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(errors.length).toBeGreaterThan(0);
    expect(await hub.prisma.child.count()).toBe(0);
    await hub.close();
    await admin.close();
  });
});
