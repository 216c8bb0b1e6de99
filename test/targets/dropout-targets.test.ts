import { DropoutTargetsChildrenDocument, DropoutTargetsDocument, type DropoutTargetsChildrenQuery, type DropoutTargetsQuery } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { schoolYearBounds, TARGETS, yearRecord, type HistoryEvent } from '../../src/modules/targets';
import { argOf, codeOf, dropoutCase, pupil, type Pupil } from './helpers';

// plan T1–T3: dropout rate per level (小学 ≤ 0.6 %, 初中 ≤ 1.8 %) and registered-poor dropouts (= 0),
// per county, township and school, per school year, with the children behind every number.
// The test server's clock is 2026-11-16: school year 2026 runs from 2026-09-01, counted up to today.
describe('dropout targets (plan T1–T3)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let A: { id: string; code: string; townshipCode: string };
  let B: { id: string; code: string; townshipCode: string };
  let t1 = '';
  let t2 = '';
  let bureau: Client;
  const p: Record<string, Pupil> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    const v1 = (await s.village(1, 1)).code;
    const v2 = (await s.village(2, 1)).code;
    t1 = (await s.township(1)).code;
    t2 = (await s.township(2)).code;
    A = await s.school(1, { kind: 'PRIMARY', name: '第一小学' });
    B = await s.school(2, { kind: 'JUNIOR', name: '第二中学' });
    const enrolA = (on: string) => ({ type: 'ENROL' as const, on, school: A, grade: 1 });
    // Primary pupils at A (township 1): grade 3 on 1 September 2026.
    for (let i = 1; i <= 8; i++) p[`a${i}`] = await pupil(s, { villageCode: v1, events: [enrolA('2024-09-01')] });
    p.d1 = await pupil(s, { villageCode: v1, registeredPoor: true, events: [enrolA('2024-09-01'), { type: 'DROPOUT', on: '2026-10-10', school: A, grade: 3 }] });
    // Lives in township 2, goes to school in township 1.
    p.d2 = await pupil(s, { villageCode: v2, events: [enrolA('2024-09-01'), { type: 'DROPOUT', on: '2026-10-20', school: A, grade: 3 }] });
    // A dropout struck out by a correction (plan S2): no dropout.
    p.dc = await pupil(s, {
      villageCode: v1,
      events: [enrolA('2024-09-01'), { type: 'DROPOUT', on: '2026-10-12', school: A, grade: 3 }, { type: 'CORRECTION', on: '2026-10-15', school: A, corrects: 1 }],
    });
    // Dropped out in the previous school year: not on the roll on 1 September 2026, not a 2026 dropout.
    p.dprev = await pupil(s, { villageCode: v1, events: [enrolA('2023-09-01'), { type: 'DROPOUT', on: '2026-06-10', school: A, grade: 3 }] });
    // Enrolled during the year and dropped out: a dropout, not in the denominator.
    p.mid = await pupil(s, { villageCode: v1, events: [{ type: 'ENROL', on: '2026-10-01', school: A, grade: 2 }, { type: 'DROPOUT', on: '2026-11-02', school: A, grade: 2 }] });
    // Suspended on 1 September: on the roll (在籍).
    p.sus = await pupil(s, { villageCode: v1, events: [enrolA('2022-09-01'), { type: 'SUSPEND', on: '2026-05-01', school: A, grade: 4, dueBackOn: '2026-10-01' }] });
    // Dropped out last year, back this year.
    p.ret = await pupil(s, { villageCode: v1, events: [enrolA('2023-09-01'), { type: 'DROPOUT', on: '2025-10-01', school: A, grade: 3 }, { type: 'RETURN', on: '2026-09-20', school: A, grade: 3 }] });
    // Dropped out and back within this year: a 2026 dropout, and a return.
    p.ret2 = await pupil(s, { villageCode: v1, events: [enrolA('2024-09-01'), { type: 'DROPOUT', on: '2026-09-10', school: A, grade: 3 }, { type: 'RETURN', on: '2026-10-10', school: A, grade: 3 }] });
    // Primary graduate, junior school B from 1 September 2026 (lives in township 1).
    p.grad6 = await pupil(s, {
      villageCode: v1,
      events: [enrolA('2021-09-01'), { type: 'GRADUATE', on: '2026-07-05', school: A, grade: 6 }, { type: 'ENROL', on: '2026-09-01', school: B, grade: 7 }],
    });
    // Junior pupils at B (township 2), grade 8 on 1 September 2026.
    const enrolB = { type: 'ENROL' as const, on: '2025-09-01', school: B, grade: 7 };
    for (let i = 1; i <= 4; i++) p[`b${i}`] = await pupil(s, { villageCode: v2, events: [enrolB] });
    p.bd = await pupil(s, { villageCode: v2, registeredPoor: true, events: [enrolB, { type: 'DROPOUT', on: '2026-09-15', school: B, grade: 8 }] });
    // Grade 10 on 1 September (no graduation recorded): beyond compulsory education, in no level.
    p.g10 = await pupil(s, { villageCode: v2, events: [{ type: 'ENROL', on: '2023-09-01', school: B, grade: 7 }] });

    // Casework (plan R1.3).
    await dropoutCase(db, p.d1!.id, { detectedOn: '2026-10-11', status: 'OPEN', firstVisitDueOn: '2026-10-18' }); // overdue: no visit
    await dropoutCase(db, p.d2!.id, { detectedOn: '2026-10-21', status: 'PERSUADING', firstVisitDueOn: '2026-10-28', visits: ['2026-10-25'] });
    await dropoutCase(db, p.bd!.id, { detectedOn: '2026-09-16', status: 'OPEN', firstVisitDueOn: '2026-09-23', visits: ['2026-09-20'] });
    await dropoutCase(db, p.mid!.id, { detectedOn: '2026-11-13', status: 'OPEN', firstVisitDueOn: '2026-11-20' }); // not yet due
    await dropoutCase(db, p.ret!.id, { detectedOn: '2025-10-02', status: 'RETURNED', firstVisitDueOn: '2025-10-09', returnedOn: '2026-09-20', visits: ['2025-10-05'] });
    await dropoutCase(db, p.ret2!.id, { detectedOn: '2026-09-11', status: 'CLOSED', firstVisitDueOn: '2026-09-18', returnedOn: '2026-10-10', closedOn: '2026-11-01', visits: ['2026-09-14'] });
    await dropoutCase(db, p.dprev!.id, { detectedOn: '2026-06-11', status: 'LEGAL_ACTION', firstVisitDueOn: '2026-06-18', visits: ['2026-06-15'] });

    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  type Level = NonNullable<DropoutTargetsQuery['dropoutTargets']>['levels'][number];
  const lvl = (levels: readonly Level[], level: 'PRIMARY' | 'JUNIOR') => levels.find((l) => l.level === level) as Level;
  const ids = (...keys: string[]) => keys.map((k) => p[k]!.id).sort();

  it('county figures per level: dropouts during the school year ÷ pupils on the roll on 1 September (plan T1, T2)', async () => {
    const r = await bureau.gql(DropoutTargetsDocument, { schoolYear: 2026 });
    expect(r.errors).toBeUndefined();
    const t = r.data!.dropoutTargets;
    expect([t.periodStart, t.periodEnd, t.countedUntil]).toEqual(['2026-09-01', '2027-08-31', '2026-11-16']);
    // 小学: a1–a8, d1, d2, dc (corrected dropout), sus (suspended), ret2 on the roll; d1, d2, mid, ret2 dropped out.
    expect(lvl(t.levels, 'PRIMARY')).toEqual({ level: 'PRIMARY', planRef: 'T1', enrolledAtStart: 13, dropouts: 4, rate: 30.7692, target: 0.6, met: false });
    // 初中: grad6 (grade 7 from 1 September), b1–b4, bd on the roll (g10 is in grade 10); bd dropped out.
    expect(lvl(t.levels, 'JUNIOR')).toEqual({ level: 'JUNIOR', planRef: 'T2', enrolledAtStart: 6, dropouts: 1, rate: 16.6667, target: 1.8, met: false });
    expect(t.excludedHistories).toBe(0);
  });

  it('T3: dropouts among children of registered-poor households, target 0 (plan T3)', async () => {
    const t = (await bureau.gql(DropoutTargetsDocument, {})).data!.dropoutTargets;
    expect(t.schoolYear).toBe(2026); // the current school year by default
    expect(t.t3).toEqual({ planRef: 'T3', poorDropouts: 2, target: 0, met: false });
  });

  it('the previous school year has its own roll and dropouts; a level without dropouts meets its target', async () => {
    const t = (await bureau.gql(DropoutTargetsDocument, { schoolYear: 2025 })).data!.dropoutTargets;
    expect(t.countedUntil).toBe('2026-08-31');
    // 1 September 2025 (16): a1–a8, d1, d2, dc, ret2 (grade 2), dprev, ret (grade 3), sus (grade 4), grad6 (grade 5); dprev and ret dropped out.
    expect(lvl(t.levels, 'PRIMARY')).toMatchObject({ enrolledAtStart: 16, dropouts: 2, met: false });
    // b1–b4, bd entered grade 7 on 1 September 2025; g10 was in grade 9.
    expect(lvl(t.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 6, dropouts: 0, rate: 0, met: true });
    expect(t.t3).toMatchObject({ poorDropouts: 0, met: true });
  });

  it('met compares in whole numbers: rate ≤ target exactly at the boundary (plan T1: 0.6 %, T2: 1.8 %)', () => {
    // 3 dropouts of 500 is exactly 0.6 %; 9 of 500 exactly 1.8 %.
    expect(3 * 1000 <= 500 * TARGETS.PRIMARY.permille).toBe(true);
    expect(4 * 1000 <= 500 * TARGETS.PRIMARY.permille).toBe(false);
    expect(9 * 1000 <= 500 * TARGETS.JUNIOR.permille).toBe(true);
    expect([TARGETS.PRIMARY.planRef, TARGETS.JUNIOR.planRef]).toEqual(['T1', 'T2']);
  });

  it('per township and per school the figures follow the school; a filtered query equals its breakdown entry', async () => {
    const t = (await bureau.gql(DropoutTargetsDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    expect(t.byTownship.map((a) => a.township?.code)).toEqual([t1, t2]);
    const [bt1, bt2] = t.byTownship;
    expect(lvl(bt1!.levels, 'PRIMARY')).toMatchObject({ enrolledAtStart: 13, dropouts: 4 });
    expect(lvl(bt1!.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 0, dropouts: 0, rate: null, met: true });
    expect(lvl(bt2!.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 6, dropouts: 1 });
    expect([bt1!.t3.poorDropouts, bt2!.t3.poorDropouts]).toEqual([1, 1]);
    expect(t.bySchool.map((a) => [a.school?.id, a.township?.code])).toEqual([[A.id, t1], [B.id, t2]]);
    const byT1 = (await bureau.gql(DropoutTargetsDocument, { schoolYear: 2026, townshipCode: t1 })).data!.dropoutTargets;
    expect(byT1.township?.code).toBe(t1);
    expect(byT1.levels).toEqual(bt1!.levels);
    expect(byT1.t3).toEqual(bt1!.t3);
    expect(byT1.bySchool.map((a) => a.school?.id)).toEqual([A.id]);
    const byB = (await bureau.gql(DropoutTargetsDocument, { schoolYear: 2026, schoolId: B.id })).data!.dropoutTargets;
    expect(byB.levels).toEqual(t.bySchool[1]!.levels);
  });

  it('casework: open and overdue cases today, returns and the median days from dropout to return in the school year', async () => {
    const t = (await bureau.gql(DropoutTargetsDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    // open: d1, d2, bd, mid (OPEN/PERSUADING) and dprev (LEGAL_ACTION); overdue: d1 only (OPEN, due 2026-10-18, no visit);
    // returned: ret (354 days after its 2025-10-01 dropout), ret2 (30 days) → median 192.
    expect(t.cases).toEqual({ open: 5, overdue: 1, returned: 2, medianDaysToReturn: 192 });
    const c = (await bureau.gql(DropoutTargetsChildrenDocument, { schoolYear: 2026 })).data!.dropoutTargets.cases;
    expect(c.openChildren.map((x) => x.id).sort()).toEqual(ids('d1', 'd2', 'bd', 'mid', 'dprev'));
    expect(c.overdueChildren.map((x) => x.id)).toEqual([p.d1!.id]);
    expect(c.returnedChildren.map((x) => x.id).sort()).toEqual(ids('ret', 'ret2'));
  });

  it('every count equals the length of the list of children behind it, in every area (drill-down)', async () => {
    const r = await bureau.gql(DropoutTargetsChildrenDocument, { schoolYear: 2026 });
    expect(r.errors).toBeUndefined();
    const t = r.data!.dropoutTargets;
    type L = NonNullable<DropoutTargetsChildrenQuery['dropoutTargets']>['levels'][number];
    for (const l of t.levels as L[]) {
      expect(l.dropoutChildren).toHaveLength(l.dropouts!);
      expect(l.enrolledChildren.totalCount).toBe(l.enrolledAtStart);
      expect(l.enrolledChildren.edges).toHaveLength(l.enrolledAtStart!);
    }
    expect(lvl(t.levels as never, 'PRIMARY') as unknown as L).toMatchObject({ dropoutChildren: expect.arrayContaining([{ id: p.d1!.id, name: p.d1!.name }]) });
    expect((t.levels as L[]).flatMap((l) => l.dropoutChildren.map((c) => c.id)).sort()).toEqual(ids('d1', 'd2', 'mid', 'ret2', 'bd'));
    expect((t.levels as L[]).flatMap((l) => l.enrolledChildren.edges.map((e) => e.node.id)).sort()).toEqual(
      ids('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'd1', 'd2', 'dc', 'sus', 'ret2', 'grad6', 'b1', 'b2', 'b3', 'b4', 'bd'),
    );
    expect(t.t3.detail!.children.map((c) => c.id).sort()).toEqual(ids('d1', 'bd'));
    expect(t.t3.detail!.children).toHaveLength(t.t3.poorDropouts!);
    for (const area of [...t.byTownship, ...t.bySchool]) {
      for (const l of area.levels) expect(l.dropoutChildren).toHaveLength(l.dropouts!);
      expect(area.t3.detail!.children).toHaveLength(area.t3.poorDropouts!);
    }
    expect(t.cases.openChildren).toHaveLength(t.cases.open!);
    expect(t.cases.overdueChildren).toHaveLength(t.cases.overdue!);
    expect(t.cases.returnedChildren).toHaveLength(t.cases.returned!);
  });

  it('the enrolled list pages like any child list, and its pages add up to the count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: { data?: DropoutTargetsChildrenQuery | null } = await bureau.gql(DropoutTargetsChildrenDocument, { schoolYear: 2026, first: 5, after } as never);
      const l = lvl(r.data!.dropoutTargets.levels as never, 'PRIMARY') as unknown as NonNullable<DropoutTargetsChildrenQuery['dropoutTargets']>['levels'][number];
      seen.push(...l.enrolledChildren.edges.map((e) => e.node.id));
      if (!l.enrolledChildren.pageInfo.hasNextPage) break;
      after = l.enrolledChildren.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(ids('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'd1', 'd2', 'dc', 'sus', 'ret2'));
  });

  it('counts obey the row scope: a township sees its residents and the pupils of its schools, a school its pupils', async () => {
    const township1 = await api.as({ agency: 'TOWNSHIP', township: t1 });
    const a = (await township1.gql(DropoutTargetsDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    // Everyone at school A, plus grad6 who lives in township 1 (at school B now); not b1–b4, bd.
    expect(lvl(a.levels, 'PRIMARY')).toMatchObject({ enrolledAtStart: 13, dropouts: 4 });
    expect(lvl(a.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 1, dropouts: 0 });
    expect(a.t3.poorDropouts).toBe(1);
    const township2 = await api.as({ agency: 'TOWNSHIP', township: t2 }, 'DROPOUT_CASEWORK');
    const b = (await township2.gql(DropoutTargetsChildrenDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    // Residents of township 2 (d2 at school A; b1–b4, bd, g10) and the pupils of school B (grad6 too).
    expect(lvl(b.levels as never, 'PRIMARY')).toMatchObject({ enrolledAtStart: 1, dropouts: 1 });
    expect(lvl(b.levels as never, 'JUNIOR')).toMatchObject({ enrolledAtStart: 6, dropouts: 1 });
    const listed = (b.levels as Array<{ dropoutChildren: Array<{ id: string }> }>).flatMap((l) => l.dropoutChildren.map((c) => c.id)).sort();
    expect(listed).toEqual(ids('d2', 'bd'));
    const schoolA = await api.as({ agency: 'SCHOOL', school: A.code });
    const c = (await schoolA.gql(DropoutTargetsDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    expect(lvl(c.levels, 'PRIMARY')).toMatchObject({ enrolledAtStart: 13, dropouts: 4 });
    expect(lvl(c.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 0, dropouts: 0 });
  });

  it('SUPERVISION reads the figures (AGGREGATE) without a purpose, but the lists of children are outside its slice', async () => {
    const sup = await api.as('SUPERVISION');
    const r = await sup.gql(DropoutTargetsDocument, { schoolYear: 2026 });
    expect(r.errors).toBeUndefined();
    expect(lvl(r.data!.dropoutTargets.levels, 'PRIMARY').dropouts).toBe(4);
    const supWithPurpose = await api.as('SUPERVISION', 'SUPERVISION');
    const drill = await supWithPurpose.gql('{ dropoutTargets { levels { dropoutChildren { id } } } }');
    expect(codeOf(drill)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(drill.data ?? null).toBeNull();
    const t3 = await supWithPurpose.gql('{ dropoutTargets { t3 { detail { children { id } } } } }');
    expect(codeOf(t3)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Civil affairs reads aggregates but not the education record behind them.
    const civil = await api.as('CIVIL_AFFAIRS', 'AID_ELIGIBILITY');
    expect(codeOf(await civil.gql('{ dropoutTargets { levels { dropoutChildren { id } } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await civil.gql(DropoutTargetsDocument, {})).errors).toBeUndefined();
  });

  it('the figures need no purpose; the lists need one and leave an access record naming the children', async () => {
    const noPurpose = await api.as('EDUCATION_BUREAU');
    const before = await db.prisma.accessLog.count();
    expect((await noPurpose.gql(DropoutTargetsDocument, {})).errors).toBeUndefined();
    expect(await db.prisma.accessLog.count()).toBe(before); // aggregates only: no person-level data returned
    expect(codeOf(await noPurpose.gql(DropoutTargetsChildrenDocument, {}))).toBe('PURPOSE_REQUIRED');
    const r = await bureau.gql('query Drill { dropoutTargets { levels { dropoutChildren { id } } } }');
    expect(r.errors).toBeUndefined();
    const log = await db.prisma.accessLog.findFirstOrThrow({ where: { operationName: 'Drill' }, orderBy: { id: 'desc' } });
    expect([...log.childIds].sort()).toEqual(ids('d1', 'd2', 'mid', 'ret2', 'bd'));
    expect(log.fieldClasses).toContain('EDUCATION');
    expect(log.purpose).toBe('DROPOUT_CASEWORK');
  });

  it('the registered-poor list needs ECONOMIC as well as EDUCATION: a partner granted EDUCATION alone cannot ask for it', async () => {
    const partner = await api.as({ agency: 'PARTNER_APP', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'BASIC', access: 'R' }, { class: 'EDUCATION', access: 'R' }, { class: 'AGGREGATE', access: 'R' }] }, 'DROPOUT_CASEWORK');
    expect(codeOf(await partner.gql('{ dropoutTargets { t3 { detail { children { id } } } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await partner.gql('{ dropoutTargets { levels { dropoutChildren { id } } } }')).errors).toBeUndefined();
  });

  it('partner apps: counts below 5 are suppressed, and so are the rate and the verdict built on them', async () => {
    const partner = await api.as({ agency: 'PARTNER_APP', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'AGGREGATE', access: 'R' }] });
    const t = (await partner.gql(DropoutTargetsDocument, { schoolYear: 2026 })).data!.dropoutTargets;
    expect(lvl(t.levels, 'PRIMARY')).toMatchObject({ enrolledAtStart: 13, dropouts: null, rate: null, met: null, target: 0.6 });
    expect(lvl(t.levels, 'JUNIOR')).toMatchObject({ enrolledAtStart: 6, dropouts: null, rate: null, met: null });
    expect(t.t3).toMatchObject({ poorDropouts: null, met: null, target: 0 });
    expect(t.cases).toEqual({ open: 5, overdue: null, returned: null, medianDaysToReturn: null });
  });

  it.each([
    [{ schoolYear: 1999 }, 'schoolYear'],
    [{ schoolYear: 2027 }, 'schoolYear'],
    [{ townshipCode: '4311' }, 'townshipCode'],
    [{ townshipCode: '431124999000' }, 'townshipCode'],
    [{ schoolId: 'not-a-uuid' }, 'schoolId'],
    [{ schoolId: '00000000-0000-4000-8000-000000000000' }, 'schoolId'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (vars, field) => {
    const r = await bureau.gql(DropoutTargetsDocument, vars);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(argOf(r)).toBe(field);
  });

  it('refuses a school outside the township asked for', async () => {
    const r = await bureau.gql(DropoutTargetsDocument, { townshipCode: t1, schoolId: B.id });
    expect([codeOf(r), argOf(r)]).toEqual(['BAD_USER_INPUT', 'schoolId']);
  });
});

describe('one registration in a school year (the replay behind every figure)', () => {
  const on = (s: string) => new Date(`${s}T00:00:00Z`);
  const ev = (id: string, type: HistoryEvent['type'], date: string, grade: number | null = null, correctsEventId: string | null = null): HistoryEvent => ({
    id, childId: 'c', type, schoolId: 'S', grade, occurredOn: on(date), correctsEventId, recordedAt: on(date), dueBackOn: null,
  });
  const { start, until } = schoolYearBounds(2026, on('2026-11-16'));

  it('counts the first uncorrected dropout of the year at the grade the pupil was in (promoted each 1 September)', () => {
    const r = yearRecord('c', [ev('1', 'ENROL', '2021-09-01', 1), ev('2', 'DROPOUT', '2026-10-01', null), ev('3', 'RETURN', '2026-10-20'), ev('4', 'DROPOUT', '2026-11-02')], start, until);
    expect(r).toEqual({ childId: 'c', start: { level: 'PRIMARY', schoolId: 'S' }, dropout: { level: 'PRIMARY', schoolId: 'S', on: on('2026-10-01') }, dropoutDates: [on('2026-10-01'), on('2026-11-02')] });
    // Grade 6 in 2025, grade 7 on 1 September 2026: the junior level.
    expect(yearRecord('c', [ev('1', 'ENROL', '2020-09-01', 1)], start, until)?.start?.level).toBe('JUNIOR');
  });

  it('a corrected dropout is no dropout (plan S2), and an impossible history is left out (excludedHistories)', () => {
    const corrected = yearRecord('c', [ev('1', 'ENROL', '2024-09-01', 1), ev('2', 'DROPOUT', '2026-10-01'), ev('3', 'CORRECTION', '2026-10-05', null, '2')], start, until);
    expect(corrected?.dropout).toBeNull();
    expect(corrected?.start).not.toBeNull();
    expect(yearRecord('c', [ev('1', 'ENROL', '2024-09-01', 1), ev('2', 'RESUME', '2026-10-01')], start, until)).toBeNull();
  });
});
