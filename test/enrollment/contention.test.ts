import pg from 'pg';
import { SuspendChildDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

const onServer = process.env.DATABASE_URL ? describe : describe.skip; // row locks held by another session need the server

onServer('a write blocked by another session answers CONFLICT, not an internal error', () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db, testSealer);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lock_timeout (2 s) on a row locked elsewhere → CONFLICT "retry", nothing written', async () => {
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    const school = await s.school(1);
    const { child } = await s.child({ villageCode: v.code, schoolId: school.id });
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT * FROM "Enrollment" WHERE "childId" = $1 FOR UPDATE', [child.id]);
    const asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'ENROLLMENT_MANAGEMENT');
    const r = await asSchool.gql(SuspendChildDocument, {
      input: { childId: child.id, version: 1, date: '2026-10-08', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-5555', dueBackOn: '2027-01-10' },
    });
    await holder.query('ROLLBACK');
    await holder.end();
    expect(r.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await db.prisma.statusEvent.count({ where: { childId: child.id } })).toBe(1);
  });
});
