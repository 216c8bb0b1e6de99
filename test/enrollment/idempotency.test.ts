import { print } from 'graphql';
import { EnrolChildDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

// architecture.md "Data rules": creates accept an Idempotency-Key; a repeat returns the first answer.
describe('Idempotency-Key on writes', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let schoolId = '';
  let villageCode = '';
  let headers: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    schoolId = (await s.school(1)).id;
    api = await startTestServer(db, testSealer);
    headers = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'clerk-1' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const enrol = (childId: string, key: string, grade = 2, h = headers) =>
    post(api.url, { query: print(EnrolChildDocument), variables: { input: { childId, schoolId, grade, date: '2026-11-10', evidenceRef: '入学登记-0101' } } }, { ...h, 'idempotency-key': key });

  it('a repeat with the same key and body returns the first answer and writes nothing more', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    const first = await enrol(child.id, 'enrol-key-0001');
    expect(first.errors).toBeUndefined();
    const again = await enrol(child.id, 'enrol-key-0001');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await db.prisma.statusEvent.count({ where: { childId: child.id } })).toBe(1);
    expect((await db.prisma.accessLog.findMany({ where: { childIds: { has: child.id } } })).map((l) => l.outcome)).toEqual(['WRITE', 'REPLAY']);
  });

  it('the same key with another body is a CONFLICT and changes nothing', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    await enrol(child.id, 'enrol-key-0002', 2);
    const other = await enrol(child.id, 'enrol-key-0002', 3);
    expect(other.status).toBe(409);
    expect(other.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect((await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: child.id } })).grade).toBe(2);
  });

  it('keys belong to their caller', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    const a = await enrol(child.id, 'enrol-key-0003');
    expect(a.errors).toBeUndefined();
    const otherClerk = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'clerk-2' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
    const b = await enrol(child.id, 'enrol-key-0003', 2, otherClerk);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.errors?.[0]?.extensions?.['code']).toBe('CONFLICT'); // ran for real: already enrolled
  });

  it('refuses a malformed key', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    const r = await enrol(child.id, 'x');
    expect(r.status).toBe(400);
  });
});
