import { randomUUID } from 'node:crypto';
import { ApplyForMigrantPlaceDocument, AssignMigrantPlaceDocument, EnrolMigrantChildDocument, MigrantPlacesDocument, type MigrantApplicationInput } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';

type Result = { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];

// plan R6.3: places for migrant children in public schools, under the capacity rule of
// src/modules/migrants/capacity.ts: classes × class-size limit (45 primary, 50 junior), less pupils and assigned places.
describe('migrant places: capacity (plan R6.3)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let api: TestServer;
  let villageCode = '';
  let bureau: Client;
  let seq = 500;

  async function pupils(schoolId: string, grade: number, n: number, className: string | null, status: 'ENROLLED' | 'SUSPENDED' | 'DROPPED_OUT' = 'ENROLLED') {
    const rows = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), countyCode: TEST_COUNTY, name: `在校生${i}`, gender: 'MALE' as const, birthDate: new Date('2016-01-01'), villageCode }));
    await db.prisma.child.createMany({ data: rows });
    await db.prisma.enrollment.createMany({
      data: rows.map((r) => ({ countyCode: TEST_COUNTY, childId: r.id, schoolId, grade, className, status, statusSince: new Date('2026-09-01') })),
    });
  }

  async function application(grade = 3) {
    seq += 2;
    const birth = grade <= 6 ? '2018-05-05' : '2013-05-05';
    const input: MigrantApplicationInput = {
      newChild: { name: `随迁${seq}`, gender: 'MALE', birthDate: birth, idNumber: makeIdNumber('440305', birth, seq + 1), villageCode },
      hukouOriginCode: '440305',
      hukouOrigin: '广东省深圳市南山区',
      permit: { number: `JZZ${seq}0001`, issuedBy: '县公安局', validFrom: '2026-01-01', validTo: '2026-12-31' },
      requestedGrade: grade,
    };
    const r = await bureau.gql(ApplyForMigrantPlaceDocument, { input });
    expect(r.errors).toBeUndefined();
    return r.data!.applyForMigrantPlace;
  }

  const places = async (as: Client, schoolId: string, grade: number) => {
    const r = await as.gql(MigrantPlacesDocument, { schoolId, grade });
    expect(r.errors).toBeUndefined();
    const { school: _s, ...p } = r.data!.migrantPlaces;
    return p;
  };
  const assign = (applicationId: string, schoolId: string, version: number) => bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId, schoolId, version } });

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    await s.village(2, 1);
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('derives places from classes and the class-size limit, counting suspended pupils and assigned places, not dropouts', async () => {
    const school = await s.school(1);
    await pupils(school.id, 4, 40, '四年级(1)班');
    await pupils(school.id, 4, 30, '四年级(2)班');
    await pupils(school.id, 4, 5, '四年级(2)班', 'SUSPENDED');
    await pupils(school.id, 4, 3, '四年级(2)班', 'DROPPED_OUT');
    expect(await places(bureau, school.id, 4)).toEqual({ grade: 4, classSizeLimit: 45, classes: 2, places: 90, pupils: 75, reserved: 0, free: 15 });
    // Pupils without a class name still fill classes: 46 unnamed pupils make two classes.
    await pupils(school.id, 5, 46, null);
    expect(await places(bureau, school.id, 5)).toMatchObject({ classes: 2, places: 90, pupils: 46, free: 44 });
    // A grade the school has no pupil in has no class, hence no place.
    expect(await places(bureau, school.id, 1)).toMatchObject({ classes: 0, places: 0, free: 0 });
    // Junior grades: 50 a class.
    const junior = await s.school(1, { kind: 'JUNIOR' });
    await pupils(junior.id, 8, 49, '八年级(1)班');
    expect(await places(bureau, junior.id, 8)).toMatchObject({ classSizeLimit: 50, classes: 1, places: 50, free: 1 });
    const app = await application(8);
    expect((await assign(app.id, junior.id, app.version)).errors).toBeUndefined();
    expect(await places(bureau, junior.id, 8)).toMatchObject({ pupils: 49, reserved: 1, free: 0 });
  });

  it('two simultaneous assignments to the last place: one is assigned, the other gets CONFLICT', async () => {
    const school = await s.school(1);
    await pupils(school.id, 3, 44, '三年级(1)班');
    expect(await places(bureau, school.id, 3)).toMatchObject({ places: 45, pupils: 44, free: 1 });
    const apps = [await application(), await application()];
    const results = await Promise.all(apps.map((a) => assign(a.id, school.id, a.version)));
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const refused = results.find((r) => codeOf(r) === 'CONFLICT')!;
    expect(refused.errors?.[0]?.message).toContain('no place left in grade 3');
    expect(await db.prisma.migrantEnrollment.count({ where: { assignedSchoolId: school.id, status: 'ASSIGNED' } })).toBe(1);
    expect(await places(bureau, school.id, 3)).toMatchObject({ reserved: 1, free: 0 });
  });

  it('five at once for two places: exactly two are assigned', async () => {
    const school = await s.school(1);
    await pupils(school.id, 2, 43, '二年级(1)班');
    const apps = await Promise.all([1, 2, 3, 4, 5].map(() => application(2)));
    const results = await Promise.all(apps.map((a) => assign(a.id, school.id, a.version)));
    expect(results.filter((r) => codeOf(r) === undefined)).toHaveLength(2);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
    expect(await db.prisma.migrantEnrollment.count({ where: { assignedSchoolId: school.id, status: 'ASSIGNED' } })).toBe(2);
  });

  it('an enrolled migrant child takes the place he held; re-assigning an application does not count it twice', async () => {
    const school = await s.school(1);
    await pupils(school.id, 6, 44, '六年级(1)班');
    const app = await application(6);
    const first = await assign(app.id, school.id, app.version);
    expect(first.errors).toBeUndefined();
    // The same application assigned again to the same school (e.g. after a correction): its own place is not counted against it.
    const again = await assign(app.id, school.id, first.data!.assignMigrantPlace.version);
    expect(again.errors).toBeUndefined();
    const asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'ENROLLMENT_MANAGEMENT');
    const enrol = await asSchool.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: again.data!.assignMigrantPlace.version, date: '2026-11-16', feeChargedCents: 0 } });
    expect(enrol.errors).toBeUndefined();
    expect(await places(asSchool, school.id, 6)).toMatchObject({ pupils: 45, reserved: 0, free: 0 });
    const late = await application(6);
    expect(codeOf(await assign(late.id, school.id, late.version))).toBe('CONFLICT');
  });

  it('places are shown to the bureau, to a township for its schools and to a school for itself', async () => {
    const inT1 = await s.school(1);
    const inT2 = await s.school(2);
    await pupils(inT1.id, 3, 10, null);
    const t1 = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'CENSUS');
    const asT1School = await api.as({ agency: 'SCHOOL', school: inT1.code }, 'ENROLLMENT_MANAGEMENT');
    expect(await places(t1, inT1.id, 3)).toMatchObject({ pupils: 10, free: 35 });
    expect(codeOf(await t1.gql(MigrantPlacesDocument, { schoolId: inT2.id, grade: 3 }))).toBe('FORBIDDEN');
    expect(await places(asT1School, inT1.id, 3)).toMatchObject({ pupils: 10 });
    expect(codeOf(await asT1School.gql(MigrantPlacesDocument, { schoolId: inT2.id, grade: 3 }))).toBe('FORBIDDEN');
    const wf = await api.as('WOMENS_FEDERATION', 'CARE');
    expect(codeOf(await wf.gql(MigrantPlacesDocument, { schoolId: inT1.id, grade: 3 }))).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
