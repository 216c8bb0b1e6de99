import { ChildDetailDocument, ChildrenListDocument, type ChildrenListQuery, HouseholdDetailDocument, SchoolsDocument, TownshipsDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type GraphQLResult, type TestServer } from '../support/server';

describe('read API over HTTP (issue 2)', () => {
  let db: TestDatabase;
  let api: TestServer;
  const ids: Record<string, string> = {};
  let idNumberOfA = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const v2 = await s.village(2, 1);
    const schoolA = await s.school(1, { name: '一镇中心小学' });
    const schoolB = await s.school(2, { name: '二镇中学', kind: 'JUNIOR', boardingBeds: 40 });
    ids.schoolA = schoolA.id;
    ids.schoolB = schoolB.id;
    const poorHousehold = await s.household(v1.code, { registeredPoor: true, poorSinceYear: 2016, minimumLiving: true });
    const a = await s.child({ villageCode: v1.code, schoolId: schoolA.id, householdId: poorHousehold.id, isLeftBehind: true, hasDisability: true, name: '李小明', birthDate: '2016-03-01', grade: 4 });
    ids.a = a.child.id;
    ids.household = poorHousehold.id;
    idNumberOfA = a.idNumber;
    const b = await s.child({ villageCode: v2.code, schoolId: schoolB.id, birthDate: '2012-10-10', grade: 8, name: '王芳' });
    ids.b = b.child.id;
    const c = await s.child({ villageCode: v2.code, schoolId: null, birthDate: '2018-01-02', name: '赵强', isMigrant: true });
    ids.c = c.child.id;
    await db.prisma.enrollment.create({ data: { countyCode: '431124', childId: c.child.id, status: 'NOT_ENROLLED', statusSince: new Date('2026-09-01') } });
    const prog = await db.prisma.subsidyProgramme.create({
      data: { code: 'NUTRITION', name: '农村义务教育学生营养改善计划', countyCode: '431124', fundingLevel: 'CENTRAL', ownerAgency: 'EDUCATION_BUREAU', amountCents: 50000, period: 'TERM' },
    });
    await db.prisma.subsidyGrant.create({ data: { countyCode: '431124', childId: a.child.id, programmeId: prog.id, schoolYear: 2026, term: 1, amountCents: 50000, status: 'APPROVED' } });
    await db.prisma.disabilityRecord.create({ data: { countyCode: '431124', childId: a.child.id, category: 'HEARING', grade: 3 } });
    await db.prisma.placement.create({ data: { countyCode: '431124', childId: a.child.id, type: 'REGULAR_CLASS', status: 'ASSIGNED', schoolId: schoolA.id, startsOn: new Date('2026-09-01') } });
    await db.prisma.attendanceRecord.createMany({
      data: [
        { countyCode: '431124', childId: a.child.id, schoolId: schoolA.id, date: new Date('2026-10-08'), kind: 'UNEXCUSED_ABSENCE', recordedBy: 't' },
        { countyCode: '431124', childId: a.child.id, schoolId: schoolA.id, date: new Date('2026-10-09'), kind: 'EXCUSED_LEAVE', recordedBy: 't' },
        // last term: not counted in this term's summary
        { countyCode: '431124', childId: a.child.id, schoolId: schoolA.id, date: new Date('2026-05-09'), kind: 'UNEXCUSED_ABSENCE', recordedBy: 't' },
      ],
    });
    api = await startTestServer(db, testSealer);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers child(id) with its household, guardians, enrollment, subsidies, disability and placement', async () => {
    const r = await api.gql(ChildDetailDocument, { id: ids.a as string });
    expect(r.errors).toBeUndefined();
    const c = r.data?.child;
    expect(c?.name).toBe('李小明');
    expect(c?.age).toBe(10); // born 2016-03-01: 10 on 31 Aug 2026
    expect(c?.idNumber).toBe(idNumberOfA);
    expect(c?.household?.registeredPoor).toBe(true);
    expect(c?.guardians[0]?.relation).toBe('FATHER');
    expect(c?.enrollment?.school?.name).toBe('一镇中心小学');
    expect(c?.enrollment?.events.map((e) => e.type)).toEqual(['ENROL']);
    expect(c?.subsidyGrants.map((g) => g.programme.code)).toEqual(['NUTRITION']);
    expect(c?.disabilityRecord?.category).toBe('HEARING');
    expect(c?.placement?.type).toBe('REGULAR_CLASS');
    expect(c?.attendanceSummary).toEqual({ since: '2026-09-01', unexcusedDays: 1, excusedDays: 1, lateDays: 0, lastAbsence: '2026-10-09' });
    expect(c?.township?.name).toBe('第1镇');
  });

  it('filters children by township, school, status, age and priority groups, with totalCount', async () => {
    const q = async (filter: object) => {
      const r = await api.gql(ChildrenListDocument, { first: 10, filter });
      expect(r.errors).toBeUndefined();
      return r.data?.children.edges.map((e) => e.node.name).sort();
    };
    expect(await q({})).toEqual(['李小明', '王芳', '赵强'].sort());
    expect(await q({ townshipCode: '431124101000' })).toEqual(['李小明']);
    expect(await q({ schoolId: ids.schoolB })).toEqual(['王芳']);
    expect(await q({ status: 'NOT_ENROLLED' })).toEqual(['赵强']);
    expect(await q({ grade: 8 })).toEqual(['王芳']);
    expect(await q({ ageMin: 12, ageMax: 15 })).toEqual(['王芳']);
    expect(await q({ registeredPoor: true })).toEqual(['李小明']);
    expect(await q({ minimumLiving: true, leftBehind: true, disabled: true })).toEqual(['李小明']);
    expect(await q({ migrant: true })).toEqual(['赵强']);
    expect(await q({ orphan: true })).toEqual([]);
    const r = await api.gql(ChildrenListDocument, { first: 1, filter: { townshipCode: '431124102000' } });
    expect(r.data?.children.totalCount).toBe(2);
  });

  it('pages with cursors: every child exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GraphQLResult<ChildrenListQuery> = await api.gql(ChildrenListDocument, { first: 2, after });
      const page = r.data?.children;
      seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([ids.a, ids.b, ids.c].sort());
  });

  it('answers NOT_FOUND with null for an unknown id, and BAD_USER_INPUT naming the argument for a malformed one', async () => {
    const missing = await api.gql(ChildDetailDocument, { id: '00000000-0000-4000-8000-00000000abcd' });
    expect(missing.data?.child).toBeNull();
    expect(missing.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const bad = await api.gql(ChildDetailDocument, { id: 'not-an-id' });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'garbage' }, 'after'],
    [{ first: 5, filter: { townshipCode: '12' } }, 'filter.townshipCode'],
    [{ first: 5, filter: { ageMin: 9, ageMax: 7 } }, 'filter.ageMin'],
    [{ first: 5, filter: { grade: 13 } }, 'filter.grade'],
  ])('refuses bad list arguments %j with BAD_USER_INPUT naming %s', async (vars, argument) => {
    const r = await api.gql(ChildrenListDocument, vars as never);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(r.data).toBeNull();
  });

  it('answers household(id) with members and children', async () => {
    const r = await api.gql(HouseholdDetailDocument, { id: ids.household as string });
    expect(r.errors).toBeUndefined();
    expect(r.data?.household?.children.map((c) => c.name)).toEqual(['李小明']);
    expect(r.data?.household?.members).toHaveLength(1);
    expect(r.data?.household?.members[0]?.idNumber).toMatch(/^[0-9]{17}[0-9X]$/);
  });

  it('lists townships and schools', async () => {
    const t = await api.gql(TownshipsDocument, {});
    expect(t.data?.townships.map((x) => x.code)).toEqual(['431124101000', '431124102000']);
    const s = await api.gql(SchoolsDocument, { townshipCode: '431124102000' });
    expect(s.data?.schools.map((x) => x.name)).toEqual(['二镇中学']);
  });
});
