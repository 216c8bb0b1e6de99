import {
  AssignPlacementDocument,
  ConfirmPlacementDocument,
  HomeTeachingComplianceDocument,
  ProposePlacementDocument,
  RecordHomeTeachingVisitDocument,
  UnplacedDisabledChildrenDocument,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R6.4 一人一案: placements of disabled children; plan R2.5: none left unplaced.
describe('disability placements (plan R6.4, R2.5)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let villageCode = '';
  let regular: { id: string; code: string };
  let special: { id: string };
  let dpf: Client;
  let bureau: Client;
  let asSchool: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    regular = await s.school(1);
    special = await s.school(1, { kind: 'SPECIAL_EDUCATION', name: '县特殊教育学校' });
    api = await startTestServer(db, testSealer);
    dpf = await api.as('DISABLED_PERSONS_FEDERATION', 'PLACEMENT');
    bureau = await api.as('EDUCATION_BUREAU', 'PLACEMENT');
    asSchool = await api.as({ agency: 'SCHOOL', school: regular.code }, 'PLACEMENT');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const disabled = async (schoolId: string | null = null) => {
    const { child } = await s.child({ villageCode, schoolId, hasDisability: true, birthDate: '2015-05-05' });
    await db.prisma.disabilityRecord.create({ data: { countyCode: '431124', childId: child.id, category: 'INTELLECTUAL', grade: 2 } });
    if (schoolId === null) await db.prisma.enrollment.create({ data: { countyCode: '431124', childId: child.id, status: 'NOT_ENROLLED', statusSince: new Date('2026-09-01') } });
    return child.id;
  };
  const base = (childId: string) => ({ childId, plan: '个别化教育计划：生活自理与语言训练', startsOn: '2026-11-16' });
  const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions;

  it.each([
    [{ type: 'SPECIAL_SCHOOL', schoolIdOf: 'regular' }, 'input.schoolId'],
    [{ type: 'REGULAR_CLASS', schoolIdOf: 'special' }, 'input.schoolId'],
    [{ type: 'HOME_TEACHING', schoolIdOf: 'regular' }, 'input.responsibleTeacher'],
    [{ type: 'HOME_TEACHING', schoolIdOf: 'regular', responsibleTeacher: '王老师', visitsPerMonth: 0 }, 'input.visitsPerMonth'],
    [{ type: 'DEFERRED' }, 'input.deferReason'],
    [{ type: 'DEFERRED', deferReason: '病情需住院', reviewOn: '2026-10-01' }, 'input.reviewOn'],
  ])('each placement type has its conditions (%j → %s)', async (over, field) => {
    const id = await disabled();
    const { schoolIdOf, ...rest } = over as { schoolIdOf?: string };
    const input = { ...base(id), ...rest, ...(schoolIdOf ? { schoolId: schoolIdOf === 'regular' ? regular.id : special.id } : {}) };
    const r = await dpf.gql(AssignPlacementDocument, { input: input as never });
    expect(err(r)).toEqual({ code: 'BAD_USER_INPUT', argument: field });
  });

  it('the bureau proposes, the federation confirms; the bureau hears of it at once (outbox)', async () => {
    const id = await disabled();
    const p = await bureau.gql(ProposePlacementDocument, { input: { ...base(id), type: 'SPECIAL_SCHOOL', schoolId: special.id } });
    expect(p.data?.proposePlacement.status).toBe('PROPOSED');
    const noAssign = await bureau.gql(AssignPlacementDocument, { input: { ...base(id), type: 'SPECIAL_SCHOOL', schoolId: special.id } });
    expect(err(noAssign)?.['code']).toBe('GRAPHQL_VALIDATION_FAILED'); // not in the bureau's slice
    const c = await dpf.gql(ConfirmPlacementDocument, { placementId: p.data?.proposePlacement.id as string, version: p.data?.proposePlacement.version as number });
    expect(c.data?.confirmPlacement.status).toBe('ASSIGNED');
    expect(await db.prisma.outboxEvent.count({ where: { childId: id, type: 'PLACEMENT_ASSIGNED' } })).toBe(1);
  });

  it('one active placement per child: a new one needs the current version and ends it', async () => {
    const id = await disabled();
    const first = await dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'REGULAR_CLASS', schoolId: regular.id } });
    const again = await dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'SPECIAL_SCHOOL', schoolId: special.id } });
    expect(err(again)).toEqual({ code: 'CONFLICT', argument: 'input.currentVersion' });
    const replaced = await dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'SPECIAL_SCHOOL', schoolId: special.id, currentVersion: first.data?.assignPlacement.version } });
    expect(replaced.errors).toBeUndefined();
    const rows = await db.prisma.placement.findMany({ where: { childId: id }, orderBy: { startsOn: 'asc' } });
    expect(rows.map((r) => r.status).sort()).toEqual(['ASSIGNED', 'ENDED']);
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip; // needs concurrent transactions
  onServer('two simultaneous first placements of one child: one wins, the other gets CONFLICT', async () => {
    const id = await disabled();
    const [a, b] = await Promise.all([
      dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'REGULAR_CLASS', schoolId: regular.id } }),
      dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'SPECIAL_SCHOOL', schoolId: special.id } }),
    ]);
    expect([a, b].map((r) => err(r)?.['code'] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await db.prisma.placement.count({ where: { childId: id, status: { not: 'ENDED' } } })).toBe(1);
  });

  it('home teaching: the school records visits, checked against the schedule', async () => {
    const id = await disabled(regular.id);
    const p = await dpf.gql(AssignPlacementDocument, { input: { ...base(id), type: 'HOME_TEACHING', schoolId: regular.id, responsibleTeacher: '王老师', visitsPerMonth: 4, startsOn: '2026-11-02' } });
    const placementId = p.data?.assignPlacement.id as string;
    for (const d of ['2026-11-03', '2026-11-10']) {
      const v = await asSchool.gql(RecordHomeTeachingVisitDocument, { input: { placementId, teacherName: '王老师', visitedOn: d, hours: 2, content: '认字与生活技能' } });
      expect(v.errors).toBeUndefined();
    }
    const c = await bureau.gql(HomeTeachingComplianceDocument, { month: '2026-11' });
    const mine = c.data?.homeTeachingCompliance.find((x) => x.placement.id === placementId);
    expect(mine).toMatchObject({ scheduled: 4, done: 2, shortfall: 2 });
    const bad = await asSchool.gql(RecordHomeTeachingVisitDocument, { input: { placementId, teacherName: '王老师', visitedOn: '2026-11-11', hours: 12, content: 'x' } });
    expect(err(bad)).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.hours' });
  });

  it('lists school-age disabled children with neither placement nor school (plan R2.5)', async () => {
    const unplaced = await disabled();
    const placed = await disabled();
    await dpf.gql(AssignPlacementDocument, { input: { ...base(placed), type: 'REGULAR_CLASS', schoolId: regular.id } });
    const r = await dpf.gql(UnplacedDisabledChildrenDocument, { first: 500 });
    const ids = r.data?.unplacedDisabledChildren.map((c) => c.id) ?? [];
    expect(ids).toContain(unplaced);
    expect(ids).not.toContain(placed);
  });
});
