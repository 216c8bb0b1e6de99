import { randomUUID } from 'node:crypto';
import { maskIdentifier } from '../../src/lib/id-number';
import {
  ApplyForMigrantPlaceDocument,
  AssignMigrantPlaceDocument,
  ChildMigrationDocument,
  EnrolChildDocument,
  EnrolMigrantChildDocument,
  MigrantApplicationsDocument,
  RejectMigrantApplicationDocument,
  type MigrantApplicationInput,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';

type Result = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];
const argOf = (r: Result) => r.errors?.[0]?.extensions?.['argument'];

// plan R6.3: migrant workers' children (随迁子女) enrol where they live, on a residence permit (居住证),
// mainly in public schools, with simple paperwork and no fee different from local pupils.
describe('migrant children: application, assignment, enrolment (plan R6.3)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let api: TestServer;
  let clock = new Date('2026-11-16T08:00:00Z');
  let villageCode = '';
  let pub: { id: string; code: string; name: string };
  let other: { id: string; code: string };
  let priv: { id: string; code: string };
  let junior: { id: string; code: string };
  let bureau: Client;
  let asPub: Client;
  let asOther: Client;
  let township: Client;
  let seq = 100;

  /** A valid ID number of a child born in a county outside this one (新邵县 430522). */
  const idFrom = (birthDate: string, male = true) => {
    seq += 2;
    return makeIdNumber('430522', birthDate, male ? seq + 1 : seq);
  };
  const permit = (over: Partial<MigrantApplicationInput['permit']> = {}) => ({ number: `JZZ4311242026${seq}`, issuedBy: '县公安局', validFrom: '2026-03-01', validTo: '2027-02-28', ...over });
  const newChildInput = (over: Partial<MigrantApplicationInput> = {}): MigrantApplicationInput => {
    const id = idFrom('2018-05-05');
    return {
      newChild: { name: `随迁${seq}`, gender: 'MALE', birthDate: '2018-05-05', idNumber: id, villageCode },
      hukouOriginCode: '430522',
      hukouOrigin: '湖南省邵阳市新邵县',
      permit: permit(),
      requestedGrade: 3,
      ...over,
    };
  };

  /** Pupils already at a school (bulk), so that the grade has classes and places. */
  async function pupils(schoolId: string, grade: number, n: number, className: string | null) {
    const rows = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), countyCode: TEST_COUNTY, name: `在校生${i}`, gender: 'MALE' as const, birthDate: new Date('2018-01-01'), villageCode }));
    await db.prisma.child.createMany({ data: rows });
    await db.prisma.enrollment.createMany({
      data: rows.map((r) => ({ countyCode: TEST_COUNTY, childId: r.id, schoolId, grade, className, status: 'ENROLLED' as const, statusSince: new Date('2026-09-01') })),
    });
  }

  async function apply(as: Client = bureau, over: Partial<MigrantApplicationInput> = {}) {
    const r = await as.gql(ApplyForMigrantPlaceDocument, { input: newChildInput(over) });
    expect(r.errors).toBeUndefined();
    return r.data!.applyForMigrantPlace;
  }

  async function assigned(schoolId = pub.id) {
    const app = await apply();
    const r = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId, version: app.version } });
    expect(r.errors).toBeUndefined();
    return r.data!.assignMigrantPlace;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    pub = await s.school(1, { name: '城关一小' });
    other = await s.school(1, { name: '城关二小' });
    priv = await s.school(1, { name: '民办育才学校', isPublic: false });
    junior = await s.school(1, { name: '城关中学', kind: 'JUNIOR' });
    await pupils(pub.id, 3, 40, '三年级(1)班');
    await pupils(pub.id, 3, 40, '三年级(2)班');
    await pupils(priv.id, 3, 10, '三年级(1)班');
    await pupils(junior.id, 7, 10, '七年级(1)班');
    // Local pupils of grade 3 at the public school pay ¥120.00 a year in 2026–2027 (e.g. insurance, workbooks).
    await db.prisma.schoolFee.create({ data: { schoolId: pub.id, schoolYear: 2026, grade: 3, feeCents: 12000 } });
    api = await startTestServer(db, testSealer, { now: () => clock });
    bureau = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
    asPub = await api.as({ agency: 'SCHOOL', school: pub.code }, 'ENROLLMENT_MANAGEMENT');
    asOther = await api.as({ agency: 'SCHOOL', school: other.code }, 'ENROLLMENT_MANAGEMENT');
    township = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'CENSUS');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });
  afterEach(() => {
    clock = new Date('2026-11-16T08:00:00Z');
  });

  describe('applyForMigrantPlace', () => {
    it('registers a child new to the hub, with the residence permit sealed and a blind index (plan R6.3)', async () => {
      const input = newChildInput();
      const r = await bureau.gql(ApplyForMigrantPlaceDocument, { input });
      expect(r.errors).toBeUndefined();
      const app = r.data!.applyForMigrantPlace;
      expect(app).toMatchObject({ status: 'APPLIED', version: 1, requestedGrade: 3, hukouOrigin: '湖南省邵阳市新邵县（430522）', hukouOriginCode: '430522', appliedOn: '2026-11-16', assignedSchool: null });
      expect(app.child).toMatchObject({ name: input.newChild!.name, isMigrant: true });
      expect(app.residencePermitNumber).toBe(input.permit.number);
      const row = await db.prisma.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } });
      expect(Buffer.from(row.permitCipher!).toString('utf8')).not.toContain(input.permit.number);
      expect(Buffer.from(row.permitHash!)).toEqual(testSealer.index(input.permit.number));
      const child = await db.prisma.child.findUniqueOrThrow({ where: { id: app.child!.id } });
      expect(Buffer.from(child.idNumberHash!)).toEqual(testSealer.index(input.newChild!.idNumber));
      expect(child.villageCode).toBe(villageCode);
      // The access record written in the application's own transaction names the child.
      const log = await db.prisma.accessLog.findMany({ where: { childIds: { has: child.id }, outcome: 'WRITE' } });
      expect(log).toHaveLength(1);
    });

    it('a school takes the application to itself and then sees its applicant, the permit number masked; another school does not', async () => {
      const input = newChildInput();
      const app = (await asPub.gql(ApplyForMigrantPlaceDocument, { input })).data!.applyForMigrantPlace;
      expect(app.assignedSchool?.id).toBe(pub.id);
      expect(app.residencePermitNumber).toBe(maskIdentifier(input.permit.number));
      const list = await asPub.gql(MigrantApplicationsDocument, { first: 50, status: 'APPLIED' });
      expect(list.data?.migrantApplications.map((a) => a.id)).toContain(app.id);
      const theirs = await asOther.gql(ChildMigrationDocument, { id: app.child!.id });
      expect(codeOf(theirs)).toBe('NOT_FOUND');
      const otherList = await asOther.gql(MigrantApplicationsDocument, { first: 50 });
      expect(otherList.data?.migrantApplications.map((a) => a.id)).not.toContain(app.id);
      // A school cannot file an application to another school.
      const elsewhere = await asPub.gql(ApplyForMigrantPlaceDocument, { input: newChildInput({ schoolId: other.id }) });
      expect(codeOf(elsewhere)).toBe('FORBIDDEN');
    });

    it.each([
      ['a wrong check digit', (i: MigrantApplicationInput) => ({ ...i, newChild: { ...i.newChild!, idNumber: `${i.newChild!.idNumber.slice(0, 17)}${i.newChild!.idNumber.endsWith('0') ? '1' : '0'}` } }), 'input.newChild.idNumber'],
      ['a birth date other than the ID number\'s', (i: MigrantApplicationInput) => ({ ...i, newChild: { ...i.newChild!, birthDate: '2018-05-06' } }), 'input.newChild.birthDate'],
      ['a gender other than the ID number\'s', (i: MigrantApplicationInput) => ({ ...i, newChild: { ...i.newChild!, gender: 'FEMALE' as const } }), 'input.newChild.gender'],
      ['a village outside the county', (i: MigrantApplicationInput) => ({ ...i, newChild: { ...i.newChild!, villageCode: '430522101201' } }), 'input.newChild.villageCode'],
      ['a hukou in this county', (i: MigrantApplicationInput) => ({ ...i, hukouOriginCode: TEST_COUNTY }), 'input.hukouOriginCode'],
      ['an expired residence permit', (i: MigrantApplicationInput) => ({ ...i, permit: { ...i.permit, validFrom: '2025-11-01', validTo: '2026-10-31' } }), 'input.permit.validTo'],
      ['a residence permit not yet valid', (i: MigrantApplicationInput) => ({ ...i, permit: { ...i.permit, validFrom: '2026-12-01', validTo: '2027-11-30' } }), 'input.permit.validFrom'],
      ['a malformed permit number', (i: MigrantApplicationInput) => ({ ...i, permit: { ...i.permit, number: '居住证' } }), 'input.permit.number'],
      ['grade 10', (i: MigrantApplicationInput) => ({ ...i, requestedGrade: 10 }), 'input.requestedGrade'],
      ['both childId and newChild', (i: MigrantApplicationInput) => ({ ...i, childId: randomUUID() }), 'input.childId'],
      ['a child past school age', (i: MigrantApplicationInput) => {
        const id = idFrom('2009-03-01');
        return { ...i, newChild: { ...i.newChild!, idNumber: id, birthDate: '2009-03-01' } };
      }, 'input.newChild.birthDate'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, change, field) => {
      const before = await db.prisma.migrantEnrollment.count();
      const children = await db.prisma.child.count();
      const r = await bureau.gql(ApplyForMigrantPlaceDocument, { input: change(newChildInput()) });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(argOf(r)).toBe(field);
      expect(await db.prisma.migrantEnrollment.count()).toBe(before);
      expect(await db.prisma.child.count()).toBe(children);
    });

    it('applies for a child the hub already knows, flags it migrant (versioned), and refuses a second open application', async () => {
      const { child } = await s.child({ villageCode, schoolId: null, birthDate: '2017-09-09' });
      const { newChild: _n, ...rest } = newChildInput();
      const r = await bureau.gql(ApplyForMigrantPlaceDocument, { input: { ...rest, childId: child.id } });
      expect(r.errors).toBeUndefined();
      const after = await db.prisma.child.findUniqueOrThrow({ where: { id: child.id } });
      expect(after.isMigrant).toBe(true);
      expect(after.version).toBe(child.version + 1);
      const again = await bureau.gql(ApplyForMigrantPlaceDocument, { input: { ...rest, childId: child.id } });
      expect(codeOf(again)).toBe('CONFLICT');
      // A child already on a school roll here is no applicant.
      const { child: pupil } = await s.child({ villageCode, schoolId: pub.id, grade: 3 });
      expect(codeOf(await bureau.gql(ApplyForMigrantPlaceDocument, { input: { ...rest, childId: pupil.id } }))).toBe('CONFLICT');
      // And an ID number already on the register is not registered twice.
      const dup = newChildInput();
      await apply(bureau, dup);
      const twice = await bureau.gql(ApplyForMigrantPlaceDocument, { input: dup });
      expect(codeOf(twice)).toBe('CONFLICT');
      expect(argOf(twice)).toBe('input.newChild.idNumber');
    });

    it('a township reads applications of its children but takes none (MIGRATION: R)', async () => {
      const app = await apply();
      const r = await township.gql(ApplyForMigrantPlaceDocument, { input: newChildInput() });
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      const list = await township.gql(MigrantApplicationsDocument, { first: 500 });
      expect(list.errors).toBeUndefined();
      expect(list.data?.migrantApplications.map((a) => a.id)).toContain(app.id);
    });
  });

  describe('assignMigrantPlace', () => {
    it('assigns a public school that teaches the grade; the school then sees the child', async () => {
      const app = await apply();
      const r = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: pub.id, version: app.version } });
      expect(r.errors).toBeUndefined();
      expect(r.data?.assignMigrantPlace).toMatchObject({ status: 'ASSIGNED', version: 2, assignedSchool: { id: pub.id } });
      const seen = await asPub.gql(ChildMigrationDocument, { id: app.child!.id });
      expect(seen.errors).toBeUndefined();
      expect(seen.data?.child?.migrantEnrollment).toEqual({ id: app.id, status: 'ASSIGNED' });
    });

    it('refuses a private school, a school without the grade, a stale version, and anyone but the bureau', async () => {
      const app = await apply();
      const toPrivate = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: priv.id, version: app.version } });
      expect([codeOf(toPrivate), argOf(toPrivate)]).toEqual(['BAD_USER_INPUT', 'input.schoolId']);
      const toJunior = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: junior.id, version: app.version } });
      expect([codeOf(toJunior), argOf(toJunior)]).toEqual(['BAD_USER_INPUT', 'input.schoolId']);
      const stale = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: pub.id, version: app.version + 1 } });
      expect(codeOf(stale)).toBe('CONFLICT');
      // MIGRATION is RW for schools, so the mutation is in their slice: the service refuses them, before looking anything up.
      const mine = await apply(asPub);
      const byItself = await asPub.gql(AssignMigrantPlaceDocument, { input: { applicationId: mine.id, schoolId: pub.id, version: mine.version } });
      expect(codeOf(byItself)).toBe('FORBIDDEN');
      const unseen = await asPub.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: pub.id, version: app.version } });
      expect(codeOf(unseen)).toBe('FORBIDDEN');
      const unknown = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: randomUUID(), schoolId: pub.id, version: 1 } });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect((await db.prisma.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('APPLIED');
    });

    it('the bureau may refuse an application with its reason; the school applied to no longer sees the child', async () => {
      const app = await apply(asPub);
      const r = await bureau.gql(RejectMigrantApplicationDocument, { input: { applicationId: app.id, version: app.version, reason: '居住证信息与实际居住地不符' } });
      expect(r.errors).toBeUndefined();
      expect(r.data?.rejectMigrantApplication).toMatchObject({ status: 'REJECTED', rejectReason: '居住证信息与实际居住地不符' });
      expect(codeOf(await asPub.gql(ChildMigrationDocument, { id: app.child!.id }))).toBe('NOT_FOUND');
      const assign = await bureau.gql(AssignMigrantPlaceDocument, { input: { applicationId: app.id, schoolId: pub.id, version: 2 } });
      expect(codeOf(assign)).toBe('CONFLICT');
    });
  });

  describe('enrolMigrantChild', () => {
    it('enrols through the status-event path with a fee equal to local pupils\' (plan R6.3, R2.1)', async () => {
      const app = await assigned();
      const r = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 12000, className: '三年级(2)班' } });
      expect(r.errors).toBeUndefined();
      const out = r.data!.enrolMigrantChild;
      expect(out.application).toMatchObject({ status: 'ENROLLED', feeChargedCents: 12000, version: app.version + 1 });
      expect(out.enrollment).toMatchObject({ status: 'ENROLLED', grade: 3, className: '三年级(2)班', school: { id: pub.id } });
      expect(out.event).toMatchObject({ type: 'ENROL', occurredOn: '2026-11-16', grade: 3, evidenceRef: `随迁子女入学申请 ${app.id}` });
      const h = await asPub.gql(ChildMigrationDocument, { id: app.child!.id });
      expect(h.data?.child?.enrollment).toMatchObject({ status: 'ENROLLED', grade: 3, school: { id: pub.id } });
      expect(h.data?.child?.enrollment?.events.map((e) => e.type)).toEqual(['ENROL']);
      expect(h.data?.child?.migrantEnrollments.map((m) => m.status)).toEqual(['ENROLLED']);
    });

    it('a fee below the local one is allowed (a waiver), a higher one refused naming feeChargedCents, and nothing is written', async () => {
      const app = await assigned();
      const higher = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 12001 } });
      expect(codeOf(higher)).toBe('BAD_USER_INPUT');
      expect(argOf(higher)).toBe('input.feeChargedCents');
      expect(higher.errors?.[0]).toMatchObject({ message: expect.stringContaining('no fee different from local students (plan R6.3)') });
      expect(await db.prisma.enrollment.count({ where: { childId: app.child!.id } })).toBe(0);
      expect(await db.prisma.statusEvent.count({ where: { childId: app.child!.id } })).toBe(0);
      expect((await db.prisma.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('ASSIGNED');
      const lower = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } });
      expect(lower.errors).toBeUndefined();
    });

    it('with no fee on file for local pupils, any fee is refused (compulsory schooling is free)', async () => {
      await pupils(other.id, 3, 5, null);
      const app = await assigned(other.id);
      const r = await asOther.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 100 } });
      expect([codeOf(r), argOf(r)]).toEqual(['BAD_USER_INPUT', 'input.feeChargedCents']);
      const free = await asOther.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } });
      expect(free.errors).toBeUndefined();
    });

    it('checks the residence permit again on the day: expired → BAD_USER_INPUT; a renewed permit is taken', async () => {
      const app = await assigned();
      expect(app.permitValidTo).toBe('2027-02-28');
      clock = new Date('2027-03-02T08:00:00Z');
      const expired = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2027-03-02', feeChargedCents: 0 } });
      expect(codeOf(expired)).toBe('BAD_USER_INPUT');
      expect(argOf(expired)).toBe('input.renewedPermit');
      expect(expired.errors?.[0]).toMatchObject({ message: expect.stringContaining('expired on 2027-02-28') });
      const stillExpired = await asPub.gql(EnrolMigrantChildDocument, {
        input: { applicationId: app.id, version: app.version, date: '2027-03-02', feeChargedCents: 0, renewedPermit: permit({ validFrom: '2026-03-01', validTo: '2027-03-01' }) },
      });
      expect([codeOf(stillExpired), argOf(stillExpired)]).toEqual(['BAD_USER_INPUT', 'input.renewedPermit.validTo']);
      const renewed = permit({ number: 'JZZ43112420270042', validFrom: '2027-03-01', validTo: '2028-02-29' });
      const ok = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2027-03-02', feeChargedCents: 0, renewedPermit: renewed } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.enrolMigrantChild.application).toMatchObject({ status: 'ENROLLED', permitValidTo: '2028-02-29', residencePermitNumber: expect.stringMatching(/^JZZ\*+0042$/) });
    });

    it('only the assigned school enrols, on a date not in the future, and an application only once', async () => {
      const app = await assigned();
      expect(codeOf(await asOther.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } }))).toBe('NOT_FOUND');
      expect(codeOf(await bureau.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } }))).toBe('FORBIDDEN');
      const future = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-17', feeChargedCents: 0 } });
      expect([codeOf(future), argOf(future)]).toEqual(['BAD_USER_INPUT', 'input.date']);
      const stale = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version - 1, date: '2026-11-16', feeChargedCents: 0 } });
      expect(codeOf(stale)).toBe('CONFLICT');
      // Two requests at once: one enrols, the other gets CONFLICT; one ENROL event only.
      const both = await Promise.all(
        [0, 1].map(() => asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } })),
      );
      expect(both.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await db.prisma.statusEvent.count({ where: { childId: app.child!.id } })).toBe(1);
    });

    it('the application and the enrolment commit together: when enrolment is refused, the application stays ASSIGNED', async () => {
      const app = await assigned();
      // The bureau enrols the child elsewhere in the meantime (plain enrolChild).
      const direct = await bureau.gql(EnrolChildDocument, { input: { childId: app.child!.id, schoolId: other.id, grade: 3, date: '2026-11-10', evidenceRef: '入学登记-0901' } });
      expect(direct.errors).toBeUndefined();
      const r = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } });
      expect(codeOf(r)).toBe('CONFLICT');
      expect((await db.prisma.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('ASSIGNED');
      expect(await db.prisma.statusEvent.count({ where: { childId: app.child!.id } })).toBe(1);
    });

    it('an application not yet assigned cannot be taken up', async () => {
      const app = await apply(asPub);
      const r = await asPub.gql(EnrolMigrantChildDocument, { input: { applicationId: app.id, version: app.version, date: '2026-11-16', feeChargedCents: 0 } });
      expect(codeOf(r)).toBe('CONFLICT');
    });
  });
});
