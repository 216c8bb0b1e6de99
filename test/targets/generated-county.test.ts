import { DropoutTargetsChildrenDocument, MonthlyFiguresDocument, RiskFlagsDocument, type DropoutTargetsChildrenQuery, type RiskFlagsQuery } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { replay } from '../../src/modules/enrollment';
import { generateCounty } from '../../src/seed/generate-county';
import { EARLY_WARNING_RULES, evaluateBatch, RISK_CANDIDATE_SELECT } from '../../src/modules/targets';

// The targets (plan T1–T3), the monthly report (plan S1) and the early warning (plan R2.4) on the demo county's
// generator output: the figures agree with an independent SQL over StatusEvent and with `replay`, and the rules
// find exactly the warning signals the generator planted, at the tuned thresholds and at the casework's.
const SCHOOL_AGE_EVENTS_SQL = `
  WITH eff AS (
    SELECT e.* FROM "StatusEvent" e
    WHERE e.type <> 'CORRECTION'
      AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c.type = 'CORRECTION' AND c."correctsEventId" = e.id)
  ),
  last AS (
    SELECT DISTINCT ON ("childId") "childId", type
    FROM eff WHERE "occurredOn" <= $1::date ORDER BY "childId", "recordedAt" DESC, id DESC
  ),
  graded AS (
    SELECT DISTINCT ON ("childId") "childId", grade, "occurredOn"
    FROM eff WHERE "occurredOn" <= $1::date AND grade IS NOT NULL ORDER BY "childId", "recordedAt" DESC, id DESC
  )
  SELECT l."childId" AS id,
         g.grade + CASE WHEN l.type = 'SUSPEND' THEN 0
                        ELSE $2::int - (EXTRACT(YEAR FROM g."occurredOn")::int - CASE WHEN EXTRACT(MONTH FROM g."occurredOn") >= 9 THEN 0 ELSE 1 END) END AS grade
  FROM last l JOIN graded g USING ("childId")
  WHERE l.type IN ('ENROL', 'TRANSFER_IN', 'RESUME', 'RETURN', 'SUSPEND')`;

const DROPOUTS_SQL = `
  SELECT DISTINCT ON (e."childId") e."childId" AS id, e.grade, h."registeredPoor" AS poor
  FROM "StatusEvent" e JOIN "Child" c ON c.id = e."childId" LEFT JOIN "Household" h ON h.id = c."householdId"
  WHERE e.type = 'DROPOUT' AND e."occurredOn" BETWEEN $1::date AND $2::date
    AND NOT EXISTS (SELECT 1 FROM "StatusEvent" x WHERE x.type = 'CORRECTION' AND x."correctsEventId" = e.id)
  ORDER BY e."childId", e."recordedAt", e.id`;

const levelOf = (g: number) => (g >= 1 && g <= 6 ? 'PRIMARY' : g >= 7 && g <= 9 ? 'JUNIOR' : null);

describe('targets on the generated demo county', () => {
  let db: TestDatabase;
  let api: TestServer;
  let bureau: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateCounty(db, { children: 1500, seed: 20261129, countyCode: TEST_COUNTY, sealer: testSealer });
    api = await startTestServer(db, testSealer, { now: () => new Date('2026-11-29T08:00:00Z') }); // the generator's today
    bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
  }, 300000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('replaying each registration\'s events gives its stored status (the basis of every figure)', async () => {
    const events = await db.prisma.statusEvent.findMany({ orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
    const byChild = new Map<string, typeof events>();
    for (const e of events) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
    const enrollments = await db.prisma.enrollment.findMany({ select: { childId: true, status: true } });
    const wrong = enrollments.filter((e) => replay(byChild.get(e.childId) ?? []).status !== e.status);
    expect(wrong).toEqual([]);
  });

  it.each([2023, 2024, 2025, 2026])('school year %i: the per-level figures and their children equal an independent SQL over StatusEvent (plan T1–T3)', async (year) => {
    const r = await bureau.gql(DropoutTargetsChildrenDocument, { schoolYear: year, first: 1 });
    expect(r.errors).toBeUndefined();
    const t = r.data!.dropoutTargets;
    const onRoll = await db.raw.query<{ id: string; grade: number }>(SCHOOL_AGE_EVENTS_SQL, [`${year}-09-01`, year]);
    const until = year === 2026 ? '2026-11-29' : `${year + 1}-08-31`;
    const dropouts = await db.raw.query<{ id: string; grade: number; poor: boolean | null }>(DROPOUTS_SQL, [`${year}-09-01`, until]);
    type L = NonNullable<DropoutTargetsChildrenQuery['dropoutTargets']>['levels'][number];
    for (const level of ['PRIMARY', 'JUNIOR'] as const) {
      const l = t.levels.find((x) => x.level === level) as L;
      expect(l.enrolledAtStart).toBe(onRoll.filter((x) => levelOf(Number(x.grade)) === level).length);
      expect(l.enrolledChildren.totalCount).toBe(l.enrolledAtStart);
      expect(l.dropoutChildren.map((c) => c.id).sort()).toEqual(dropouts.filter((x) => levelOf(Number(x.grade)) === level).map((x) => x.id).sort());
    }
    expect(t.t3.detail!.children.map((c) => c.id).sort()).toEqual(dropouts.filter((x) => x.poor === true && levelOf(Number(x.grade))).map((x) => x.id).sort());
  });

  it('every dropout the generator planted (children still out of school) is among the dropouts of its school year', async () => {
    const planted = await db.prisma.plantedFact.findMany({ where: { kind: 'PLANTED_DROPOUT' } });
    expect(planted.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const year of [2023, 2024, 2025, 2026]) {
      const t = (await bureau.gql(DropoutTargetsChildrenDocument, { schoolYear: year, first: 1 })).data!.dropoutTargets;
      for (const l of t.levels) for (const c of l.dropoutChildren) listed.add(`${year}:${c.id}`);
    }
    for (const p of planted) {
      const on = (p.detail as { droppedOn: string }).droppedOn;
      const y = Number(on.slice(0, 4)) - (Number(on.slice(5, 7)) >= 9 ? 0 : 1);
      expect(listed.has(`${y}:${p.childId}`)).toBe(true);
    }
  });

  it('the early warning finds exactly the absence streaks and overdue suspensions the generator planted (plan R2.4)', async () => {
    const flagged = new Map<string, string[]>();
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r: { data?: RiskFlagsQuery | null; errors?: unknown } = await bureau.gql(RiskFlagsDocument, { first: 100, after });
      expect(r.errors).toBeUndefined();
      for (const e of r.data!.riskFlags.edges) flagged.set(e.node.child.id, e.node.flags.map((f) => f.rule));
      if (!r.data!.riskFlags.pageInfo.hasNextPage) break;
      after = r.data!.riskFlags.pageInfo.endCursor;
    }
    const facts = async (kind: string) => db.prisma.plantedFact.findMany({ where: { kind } });
    const planted = async (kind: string) => (await facts(kind)).map((x) => x.childId as string).sort();
    const withRule = (rule: string) => [...flagged].filter(([, rules]) => rules.includes(rule)).map(([id]) => id).sort();
    // Every run of 3+ consecutive unexcused school days this term is planted (ABSENCE_STREAK, with its length): the list
    // shows exactly those at least as long as the tuned threshold …
    const streaks = await facts('ABSENCE_STREAK');
    const long = streaks.filter((f) => (f.detail as { schoolDays: number }).schoolDays >= EARLY_WARNING_RULES.absenceStreakDays).map((f) => f.childId as string).sort();
    expect(long.length).toBeGreaterThan(0);
    expect(withRule('ABSENCE_STREAK')).toEqual(long);
    // … and the same rule at the casework's threshold (ABSENCE_STREAK_DAYS = 3, the R2.4 suspected-dropout alert) finds every one of them.
    const onRoll = await db.prisma.child.findMany({ where: { enrollment: { status: { in: ['ENROLLED', 'SUSPENDED'] } } }, select: RISK_CANDIDATE_SELECT });
    const atThree = (await evaluateBatch(db.prisma, onRoll, new Date('2026-11-29T00:00:00Z'), { ...EARLY_WARNING_RULES, absenceStreakDays: 3 }))
      .filter((r) => r.flags.some((f) => f.rule === 'ABSENCE_STREAK')).map((r) => r.childId).sort();
    expect(atThree).toEqual(streaks.map((f) => f.childId as string).sort());
    expect(withRule('SUSPENSION_OVERDUE')).toEqual(await planted('OVERDUE_SUSPENSION'));
    // Nobody off the roll is listed.
    const off = await db.prisma.enrollment.count({ where: { childId: { in: [...flagged.keys()] }, status: { notIn: ['ENROLLED', 'SUSPENDED'] } } });
    expect(off).toBe(0);
  });

  it('monthly figures: confirmed dropouts on the 15th are the children whose replayed status that day is DROPPED_OUT (plan S1)', async () => {
    const r = await bureau.gql(MonthlyFiguresDocument, { month: '2026-11' });
    expect(r.errors).toBeUndefined();
    const rows = await db.raw.query<{ n: string | number }>(
      `WITH eff AS (
         SELECT e.* FROM "StatusEvent" e
         WHERE e.type <> 'CORRECTION' AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c.type = 'CORRECTION' AND c."correctsEventId" = e.id)
       ), last AS (
         SELECT DISTINCT ON ("childId") "childId", type FROM eff WHERE "occurredOn" <= '2026-11-15' ORDER BY "childId", "recordedAt" DESC, id DESC
       )
       SELECT count(*) AS n FROM last WHERE type = 'DROPOUT'`,
    );
    const total = r.data!.monthlyFigures.reduce((a, x) => a + (x.figures.confirmedDropouts ?? 0), 0);
    expect(total).toBe(Number(rows[0]!.n));
    expect(r.data!.monthlyFigures.every((x) => x.figures.schoolAgeSource === 'CENSUS' || x.figures.schoolAgeSource === 'REGISTER')).toBe(true);
  });
});
