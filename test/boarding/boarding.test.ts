import { AllocateBedsDocument, AssignBedDocument, BoardingWaitingListDocument, RequestBoardingDocument, SetTermBedsDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R5.2 boarding places; plan R6.1 left-behind children first.
describe('boarding places (plan R5.2, R6.1)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let school: { id: string; code: string };
  let villageCode = '';
  let asSchool: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    school = await s.school(1, { kind: 'JUNIOR', boardingBeds: 2 });
    api = await startTestServer(db, testSealer);
    asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'ENROLLMENT_MANAGEMENT');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const pupil = async (over: { isLeftBehind?: boolean; poor?: boolean; km?: number } = {}) => {
    const h = await s.household(villageCode, { registeredPoor: over.poor ?? false, distanceToSchoolKm: over.km ?? 1 });
    return (await s.child({ villageCode, schoolId: school.id, householdId: h.id, isLeftBehind: over.isLeftBehind ?? false })).child.id;
  };
  const req = (childId: string, term = 1) => ({ input: { childId, schoolId: school.id, schoolYear: 2026, term } });

  it('orders the waiting list: left-behind, then registered-poor, then the farthest', async () => {
    await asSchool.gql(SetTermBedsDocument, { input: { schoolId: school.id, schoolYear: 2026, term: 1, beds: 2 } });
    const near = await pupil({ km: 2 });
    const far = await pupil({ km: 14 });
    const poor = await pupil({ poor: true, km: 1 });
    const left = await pupil({ isLeftBehind: true, km: 1 });
    for (const id of [near, far, poor, left]) expect((await asSchool.gql(RequestBoardingDocument, req(id))).errors).toBeUndefined();
    const list = await asSchool.gql(BoardingWaitingListDocument, { schoolId: school.id, schoolYear: 2026, term: 1 });
    expect(list.data?.boardingWaitingList.map((e) => e.child?.id)).toEqual([left, poor, far, near]);
    const alloc = await asSchool.gql(AllocateBedsDocument, { schoolId: school.id, schoolYear: 2026, term: 1 });
    expect(alloc.data?.allocateBeds).toMatchObject({ stillWaiting: 2, bedsLeft: 0 });
    const assigned = await db.prisma.boardingAssignment.findMany({ where: { schoolYear: 2026, term: 1, status: 'ASSIGNED' } });
    expect(assigned.map((a) => a.childId).sort()).toEqual([left, poor].sort());
  });

  it('refuses a bed when none is left', async () => {
    const id = await pupil();
    const r = await asSchool.gql(AssignBedDocument, req(id));
    expect(r.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toMatch(/no bed left/);
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip; // concurrency needs the server's row locks
  onServer('two simultaneous requests for the last bed: one wins, the other gets CONFLICT', async () => {
    await asSchool.gql(SetTermBedsDocument, { input: { schoolId: school.id, schoolYear: 2026, term: 2, beds: 1 } });
    const a = await pupil();
    const b = await pupil();
    const [ra, rb] = await Promise.all([asSchool.gql(AssignBedDocument, req(a, 2)), asSchool.gql(AssignBedDocument, req(b, 2))]);
    const codes = [ra, rb].map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await db.prisma.boardingAssignment.count({ where: { schoolYear: 2026, term: 2, status: 'ASSIGNED' } })).toBe(1);
  });

  it('a pupil boards only at his own school', async () => {
    const other = await s.school(1, { kind: 'JUNIOR' });
    const id = (await s.child({ villageCode, schoolId: other.id })).child.id;
    const r = await asSchool.gql(RequestBoardingDocument, req(id));
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND'); // not even visible to this school
    const bureau = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
    const r2 = await bureau.gql(RequestBoardingDocument, req(id));
    expect(r2.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.childId' });
  });
});
