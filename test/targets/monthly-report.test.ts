import { MonthlyFiguresDocument, MonthlyReportsDocument, SubmitMonthlyReportDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { asOfMonth, latestMonth } from '../../src/modules/targets/monthly-report.service';
import { AGENCIES, type Agency } from '../../src/access/policy';
import { buildSlice } from '../../src/access/slices';
import { cellsFor } from '../../src/access/viewer';
import { buildFullSchema } from '../../src/graphql/schema';
import { appendEvent, argOf, codeOf, dropoutCase, pupil, type Pupil } from './helpers';

// plan S1: townships report to the joint-meeting office, as of the 15th of the month;
// plan S2: a submitted report is frozen, and later changes of the records about that past show up as differences.
describe('monthly report of a township (plan S1, S2)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let t1 = '';
  let t2 = '';
  let bureau: Client;
  let township1: Client;
  const p: Record<string, Pupil> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    const v1 = (await s.village(1, 1)).code;
    const v2 = (await s.village(2, 1)).code;
    t1 = (await s.township(1)).code;
    t2 = (await s.township(2)).code;
    const A = await s.school(1);
    const enrol = { type: 'ENROL' as const, on: '2024-09-01', school: A, grade: 1 };
    for (let i = 1; i <= 5; i++) p[`e${i}`] = await pupil(s, { villageCode: v1, events: [enrol] });
    p.s1 = await pupil(s, { villageCode: v1, events: [enrol, { type: 'SUSPEND', on: '2026-10-01', school: A, grade: 3, dueBackOn: '2027-01-10' }] });
    p.dr = await pupil(s, { villageCode: v1, events: [enrol, { type: 'DROPOUT', on: '2026-10-05', school: A, grade: 3 }] });
    p.rt = await pupil(s, { villageCode: v1, events: [enrol, { type: 'DROPOUT', on: '2026-09-10', school: A, grade: 3 }, { type: 'RETURN', on: '2026-10-20', school: A, grade: 3 }] });
    // Dropped out after the 15th: still in school on the as-of date.
    p.late = await pupil(s, { villageCode: v1, events: [enrol, { type: 'DROPOUT', on: '2026-11-16', school: A, grade: 3 }] });
    // Township 2: one pupil (at the school of township 1).
    p.x1 = await pupil(s, { villageCode: v2, events: [enrol] });
    // A school-age child of township 1 with no registration at all.
    await s.child({ villageCode: v1, schoolId: null });

    await dropoutCase(db, p.dr!.id, { detectedOn: '2026-10-06', status: 'PERSUADING', firstVisitDueOn: '2026-10-13', visits: ['2026-10-08'] });
    await dropoutCase(db, p.rt!.id, { detectedOn: '2026-09-11', status: 'RETURNED', firstVisitDueOn: '2026-09-18', returnedOn: '2026-10-20', visits: ['2026-09-15'] });
    await dropoutCase(db, p.late!.id, { detectedOn: '2026-11-16', status: 'OPEN', firstVisitDueOn: '2026-11-23' });
    // Suspected-dropout ledger: open on the 15th for e1 (open) and e3 (cleared only on the 16th); e2 cleared before.
    const suspect = (childId: string, detectedOn: string, status: 'OPEN' | 'CLEARED', resolvedOn: string | null, ref: string) =>
      db.prisma.suspectedDropout.create({
        data: { countyCode: TEST_COUNTY, childId, source: 'ABSENCE_STREAK', sourceRef: ref, detectedOn: new Date(detectedOn), detail: '连续缺勤', status, resolvedOn: resolvedOn ? new Date(resolvedOn) : null },
      });
    await suspect(p.e1!.id, '2026-11-10', 'OPEN', null, 'r1');
    await suspect(p.e2!.id, '2026-11-02', 'CLEARED', '2026-11-12', 'r2');
    await suspect(p.e3!.id, '2026-11-01', 'CLEARED', '2026-11-16', 'r3');
    // Township 2 submitted its census (摸底, plan R2.2) before the 15th; township 1's came in after it.
    const census = async (townshipCode: string, submittedAt: string, entries: number) => {
      const round = await db.prisma.censusRound.create({ data: { countyCode: TEST_COUNTY, townshipCode, year: 2026, status: 'SUBMITTED', submittedAt: new Date(submittedAt) } });
      for (let i = 0; i < entries; i++) {
        await db.prisma.censusEntry.create({ data: { countyCode: TEST_COUNTY, roundId: round.id, name: `摸底${i}`, birthDate: new Date('2015-05-05'), villageCode: townshipCode === t1 ? v1 : v2 } });
      }
    };
    await census(t2, '2026-10-20T09:00:00Z', 3);
    await census(t1, '2026-11-16T09:00:00Z', 40);

    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU');
    township1 = await api.as({ agency: 'TOWNSHIP', township: t1 });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const T1_NOV = {
    schoolAgeChildren: 10, // the register: e1–e5, s1, dr, rt, late and the unregistered child
    schoolAgeSource: 'REGISTER', // township 1's census came after the 15th
    censusYear: null,
    enrolled: 7, // e1–e5, rt (back on 2026-10-20), late (left on the 16th)
    suspended: 1,
    suspectedDropoutsOpen: 2, // e1, e3
    confirmedDropouts: 1, // dr
    returned: 1, // rt
    openCases: 1, // dr; late's case was opened after the 15th, rt's is settled
  };

  it('computes a township\'s figures for a month as of the 15th (plan S1)', async () => {
    const r = await bureau.gql(MonthlyFiguresDocument, { month: '2026-11' });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.monthlyFigures;
    expect(rows.map((x) => x.township.code)).toEqual([t1, t2]);
    expect(rows[0]).toMatchObject({ month: '2026-11', asOf: '2026-11-15', figures: T1_NOV });
    // School-age children from township 2's census (submitted 2026-10-20).
    expect(rows[1]!.figures).toMatchObject({ schoolAgeChildren: 3, schoolAgeSource: 'CENSUS', censusYear: 2026, enrolled: 1 });
  });

  it('by default: the latest month whose 15th has passed, and a township sees its own', async () => {
    const r = await township1.gql(MonthlyFiguresDocument, {});
    expect(r.data!.monthlyFigures.map((x) => [x.township.code, x.month])).toEqual([[t1, '2026-11']]);
    expect(latestMonth(new Date('2026-11-14T00:00:00Z'))).toBe('2026-10');
    expect(latestMonth(new Date('2026-01-03T00:00:00Z'))).toBe('2025-12');
    expect(latestMonth(new Date('2026-11-15T00:00:00Z'))).toBe('2026-11');
    expect(asOfMonth('2026-02', new Date('2026-11-16T00:00:00Z')).toISOString().slice(0, 10)).toBe('2026-02-15');
  });

  it.each([
    [{ month: '2026-13' }, 'month'],
    [{ month: '11/2026' }, 'month'],
    [{ month: '2026-12' }, 'month'], // the 15th has not come yet
    [{ townshipCode: 'x' }, 'townshipCode'],
    [{ townshipCode: '431124999000' }, 'townshipCode'],
  ])('monthlyFigures refuses %j with BAD_USER_INPUT naming %s', async (vars, field) => {
    const r = await bureau.gql(MonthlyFiguresDocument, vars);
    expect([codeOf(r), argOf(r)]).toEqual(['BAD_USER_INPUT', field]);
  });

  it('only the township itself submits its report (plan S1); others are refused, or do not even have the mutation', async () => {
    expect(codeOf(await bureau.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' }))).toBe('FORBIDDEN');
    const township2 = await api.as({ agency: 'TOWNSHIP', township: t2 });
    expect(codeOf(await township2.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' }))).toBe('FORBIDDEN');
    // The mutation is in a slice only where the agency may write EDUCATION of kind REPORT.
    const full = buildFullSchema();
    const has = (agency: Agency) => buildSlice(full, cellsFor({ agency, grants: null })).getMutationType()?.getFields()['submitMonthlyReport'] !== undefined;
    expect(AGENCIES.filter(has)).toEqual(['EDUCATION_BUREAU', 'TOWNSHIP', 'SCHOOL']);
    for (const agency of ['SUPERVISION', 'CIVIL_AFFAIRS', 'POVERTY_ALLEVIATION_OFFICE'] as const) {
      const r = await (await api.as(agency)).gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' });
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(r.data?.submitMonthlyReport ?? null).toBeNull();
    }
    const school = await api.as({ agency: 'SCHOOL', school: (await db.prisma.school.findFirstOrThrow()).code });
    expect(codeOf(await school.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' }))).toBe('FORBIDDEN');
    const bad = await township1.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-12' });
    expect([codeOf(bad), argOf(bad)]).toEqual(['BAD_USER_INPUT', 'month']);
    expect(await db.prisma.monthlyReport.count()).toBe(0);
  });

  it('submits, freezes the totals, and refuses a second submission of the month with CONFLICT (plan S2)', async () => {
    const r = await township1.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' });
    expect(r.errors).toBeUndefined();
    const rep = r.data!.submitMonthlyReport;
    expect(rep).toMatchObject({ month: '2026-11', asOf: '2026-11-15', submittedBy: 'user-township', consistent: true, differences: [], submitted: T1_NOV, recomputedNow: T1_NOV });
    const row = await db.prisma.monthlyReport.findFirstOrThrow({ where: { townshipCode: t1, month: '2026-11' } });
    expect(row.submittedAt).not.toBeNull();
    expect(row.totals).toMatchObject(T1_NOV);
    // One transaction: the report, its outbox event and its access record.
    expect((await db.prisma.outboxEvent.findMany({ where: { type: 'MONTHLY_REPORT_SUBMITTED' } })).map((e) => e.townshipCode)).toEqual([t1]);
    expect(await db.prisma.accessLog.count({ where: { operationName: 'SubmitMonthlyReport', outcome: 'WRITE' } })).toBe(1);

    const again = await township1.gql(SubmitMonthlyReportDocument, { townshipCode: t1, month: '2026-11' });
    expect(codeOf(again)).toBe('CONFLICT');
    // The database itself refuses to change or remove a submitted report.
    await expect(db.prisma.monthlyReport.update({ where: { id: row.id }, data: { totals: { ...T1_NOV, enrolled: 99 } } })).rejects.toThrow();
    await expect(db.prisma.monthlyReport.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.prisma.monthlyReport.findUniqueOrThrow({ where: { id: row.id } })).totals).toMatchObject(T1_NOV);
  });

  it('a later back-dated change of the records shows up next to the frozen figure (plan S2: 弄虚作假 becomes visible)', async () => {
    // Recorded today, dated before the 15th: e4 "had dropped out" on 2026-11-12.
    await appendEvent(db, p.e4!, { type: 'DROPOUT', on: '2026-11-12', school: { id: (await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: p.e4!.id } })).schoolId! }, grade: 3 });
    const r = await township1.gql(MonthlyReportsDocument, {});
    expect(r.errors).toBeUndefined();
    const [rep] = r.data!.monthlyReports;
    expect(rep!.submitted).toEqual(T1_NOV); // frozen
    expect(rep!.recomputedNow).toMatchObject({ enrolled: 6, confirmedDropouts: 2 });
    expect(rep!.consistent).toBe(false);
    expect(rep!.differences).toEqual([
      { figure: 'enrolled', submitted: '7', recomputed: '6' },
      { figure: 'confirmedDropouts', submitted: '1', recomputed: '2' },
    ]);
  });

  it('who sees the reports: the county-level agencies all of them, a township its own, others none', async () => {
    expect((await bureau.gql(MonthlyReportsDocument, {})).data!.monthlyReports.map((x) => x.township.code)).toEqual([t1]);
    const sup = await api.as('SUPERVISION');
    const r = await sup.gql(MonthlyReportsDocument, { townshipCode: t1 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.monthlyReports[0]!.consistent).toBe(false);
    const township2 = await api.as({ agency: 'TOWNSHIP', township: t2 });
    expect((await township2.gql(MonthlyReportsDocument, { townshipCode: t1 })).data!.monthlyReports).toEqual([]);
    expect((await township2.gql(MonthlyReportsDocument, {})).data!.monthlyReports).toEqual([]);
    const school = await api.as({ agency: 'SCHOOL', school: (await db.prisma.school.findFirstOrThrow()).code });
    expect((await school.gql(MonthlyReportsDocument, {})).data!.monthlyReports).toEqual([]);
  });
});
