import { randomUUID } from 'node:crypto';
import { ChildSupportPlansDocument, CreateSupportPlanDocument, HouseholdSupportPlansDocument, UpdateSupportPlanDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { argOf, codeOf, pupil } from './helpers';

// plan R4.2: "one family one plan, one student one plan" (一家一案、一生一案): measures and who is responsible.
describe('support plans (plan R4.2)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let bureau: Client;
  let township1: Client;
  let township2: Client;
  let civil: Client;
  let village = '';
  let schoolId = '';

  const familyPlan = (householdId: string) => ({
    input: { householdId, measures: ['落实"两免一补"', '结对帮扶责任人每月走访'], responsibleName: '李四', responsibleAgencyKind: 'TOWNSHIP' as const, startsOn: '2026-09-10', reviewOn: '2027-01-10' },
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    village = (await s.village(1, 1)).code;
    await s.village(2, 1);
    schoolId = (await s.school(1)).id;
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'SUBSIDY_REVIEW');
    civil = await api.as('CIVIL_AFFAIRS', 'SUBSIDY_REVIEW');
    township1 = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'DROPOUT_CASEWORK');
    township2 = await api.as({ agency: 'TOWNSHIP', township: '431124102000' }, 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a family plan and a student plan; both read back on the household and the child', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const fam = await bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId));
    expect(fam.errors).toBeUndefined();
    expect(fam.data?.createSupportPlan).toMatchObject({ householdId: c.householdId, childId: null, measures: ['落实"两免一补"', '结对帮扶责任人每月走访'], responsibleAgencyKind: 'TOWNSHIP', startsOn: '2026-09-10', reviewOn: '2027-01-10', version: 1 });
    const stu = await bureau.gql(CreateSupportPlanDocument, {
      input: { childId: c.id, measures: ['一对一帮扶', ' 学业辅导 ', '一对一帮扶'], responsibleName: '王老师', responsibleAgencyKind: 'SCHOOL' },
    });
    expect(stu.data?.createSupportPlan).toMatchObject({ childId: c.id, householdId: null, measures: ['一对一帮扶', '学业辅导'], startsOn: '2026-11-16', reviewOn: null });
    const h = await township1.gql(HouseholdSupportPlansDocument, { id: c.householdId });
    expect(h.data?.household?.supportPlans.map((p) => p.id)).toEqual([fam.data!.createSupportPlan.id]);
    const ch = await township1.gql(ChildSupportPlansDocument, { id: c.id });
    expect(ch.data?.child?.supportPlans.map((p) => p.id)).toEqual([stu.data!.createSupportPlan.id]);
    expect(ch.data?.child?.household?.supportPlans.map((p) => p.id)).toEqual([fam.data!.createSupportPlan.id]);
    // Each write is on the access log with the children concerned.
    expect(await db.prisma.accessLog.count({ where: { childIds: { has: c.id }, outcome: 'WRITE', operationName: 'CreateSupportPlan' } })).toBe(2);
  });

  it('one plan per family and per student: a second is a CONFLICT; revisions go through the version', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, minimumLiving: true });
    const first = await bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId));
    const again = await bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId));
    expect(codeOf(again)).toBe('CONFLICT');
    const id = first.data!.createSupportPlan.id;
    const up = await bureau.gql(UpdateSupportPlanDocument, { input: { id, version: 1, measures: ['教育扶贫助学金'], reviewOn: '2027-03-01' } });
    expect(up.data?.updateSupportPlan).toMatchObject({ version: 2, measures: ['教育扶贫助学金'], responsibleName: '李四', reviewOn: '2027-03-01' });
    const stale = await bureau.gql(UpdateSupportPlanDocument, { input: { id, version: 1, responsibleName: '张三' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await db.prisma.supportPlan.findUniqueOrThrow({ where: { id } })).responsibleName).toBe('李四');
  });

  it.each([
    [{ householdId: null }, 'input.householdId'],
    [{ childId: 'CHILD' }, 'input.householdId'],
    [{ measures: [] }, 'input.measures'],
    [{ measures: ['走访', ''] }, 'input.measures[1]'],
    [{ responsibleName: ' ' }, 'input.responsibleName'],
    [{ responsibleAgencyKind: 'SUPERVISION' }, 'input.responsibleAgencyKind'],
    [{ reviewOn: '2026-09-01' }, 'input.reviewOn'],
  ])('names the field of a malformed plan (%j → %s)', async (over, field) => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const input = { ...familyPlan(c.householdId).input, ...over } as Record<string, unknown>;
    if (input['childId'] === 'CHILD') input['childId'] = c.id;
    const r = await bureau.gql(CreateSupportPlanDocument, { input } as never);
    expect([codeOf(r), argOf(r)]).toEqual(['BAD_USER_INPUT', field]);
  });

  it('an update changing nothing, or a review before the start, names the field', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const id = (await bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId))).data!.createSupportPlan.id;
    expect(argOf(await bureau.gql(UpdateSupportPlanDocument, { input: { id, version: 1 } }))).toBe('input');
    expect(argOf(await bureau.gql(UpdateSupportPlanDocument, { input: { id, version: 1, reviewOn: '2026-01-01' } }))).toBe('input.reviewOn');
  });

  it('written by the education bureau (the policy\u2019s WELFARE writer for student aid); townships read them; out of scope is NOT_FOUND', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    expect(codeOf(await township1.gql(CreateSupportPlanDocument, familyPlan(c.householdId)))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await civil.gql(CreateSupportPlanDocument, familyPlan(c.householdId)))).toBe('GRAPHQL_VALIDATION_FAILED');
    const id = (await bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId))).data!.createSupportPlan.id;
    // Township 2 does not see township 1's household: its plans look like nothing.
    const h = await township2.gql(HouseholdSupportPlansDocument, { id: c.householdId });
    expect(codeOf(h)).toBe('NOT_FOUND');
    const unknown = await bureau.gql(UpdateSupportPlanDocument, { input: { id: randomUUID(), version: 1, responsibleName: '张三' } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await bureau.gql(CreateSupportPlanDocument, familyPlan(randomUUID())))).toBe('NOT_FOUND');
    expect((await db.prisma.supportPlan.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip;
  onServer('two simultaneous first plans for one household: one is created, the other gets CONFLICT (PostgreSQL)', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const rs = await Promise.all([bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId)), bureau.gql(CreateSupportPlanDocument, familyPlan(c.householdId))]);
    expect(rs.map((r) => (r.errors ? codeOf(r) : 'CREATED')).sort()).toEqual(['CONFLICT', 'CREATED']);
    expect(await db.prisma.supportPlan.count({ where: { householdId: c.householdId } })).toBe(1);
  });
});
