import { RiskFlagsDocument, type RiskFlagsQuery } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { EARLY_WARNING_RULES, type RiskRules } from '../../src/modules/targets';
import { DEMO_TODAY, generateCounty } from '../../src/seed/generate-county';
import {
  backtest, DEFAULT_WINDOW, evaluationPeriod, grid, median, scoreFeatures, type CountyFeatures, type Period, type RealOutcome,
} from '../../scripts/early-warning-backtest';

// The early warning (plan R2.4, R2.1) measured day by day on a generated county (scripts/early-warning-backtest.ts,
// npm run report:early-warning): the backtest shows what the riskFlags list would have shown each day, the rules
// find the lead-ups the generator planted (DROPOUT_LEAD_UP) ahead of the dropout, and the fast scoring the tuning
// uses agrees with the real rules.

const DAY = new Date('2026-11-27T00:00:00Z'); // a Friday, the last school day before the generator's today (2026-11-29)

describe('early-warning backtest on a generated county', () => {
  let db: TestDatabase;
  let period: Period;
  let real: RealOutcome[];
  let features: CountyFeatures;
  const onDay = new Map<string, string[]>();
  // The rules in force and a spread of the tuning grid.
  const sample: RiskRules[] = [EARLY_WARNING_RULES, ...grid().filter((_, i) => i % 720 === 0)];

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateCounty(db, { children: 3000, seed: 314, countyCode: TEST_COUNTY, sealer: testSealer });
    period = await evaluationPeriod(db, TEST_COUNTY, DEMO_TODAY);
    const run = await backtest(db, TEST_COUNTY, period, sample, {
      features: true,
      onDay: (childId, date, flags) => {
        if (date.getTime() === DAY.getTime() && (flags[0] as unknown[]).length > 0) onDay.set(childId, (flags[0] ?? []).map((f) => f.rule));
      },
    });
    real = run.outcomes;
    features = run.features as CountyFeatures;
  }, 300_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('evaluates the terms the attendance ledger covers, school day by school day, up to the day before today', () => {
    expect(period.from.toISOString().slice(0, 10)).toBe('2026-03-02'); // 2026-03-01, the first day of the previous term, is a Sunday
    expect(period.to.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(period.days.length).toBeGreaterThan(140);
  });

  it('shows on a day exactly what the riskFlags list shows that day (records up to that day only)', async () => {
    let api: TestServer | undefined;
    try {
      api = await startTestServer(db, testSealer, { now: () => new Date('2026-11-27T08:00:00Z') });
      const bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
      const listed = new Map<string, string[]>();
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const r: { data?: RiskFlagsQuery | null; errors?: unknown } = await bureau.gql(RiskFlagsDocument, { first: 100, after });
        expect(r.errors).toBeUndefined();
        for (const e of r.data!.riskFlags.edges) listed.set(e.node.child.id, e.node.flags.map((f) => f.rule));
        if (!r.data!.riskFlags.pageInfo.hasNextPage) break;
        after = r.data!.riskFlags.pageInfo.endCursor;
      }
      // The list starts from the pupils on the roll now (2026-11-29); nothing changes at school over the weekend.
      const onRollNow = new Set((await db.prisma.enrollment.findMany({ where: { status: { in: ['ENROLLED', 'SUSPENDED'] } }, select: { childId: true } })).map((e) => e.childId));
      const expected = [...onDay].filter(([id]) => onRollNow.has(id));
      expect(listed.size).toBeGreaterThan(0);
      expect([...listed].sort()).toEqual(expected.sort());
    } finally {
      await api?.close();
    }
  });

  it('finds most planted rising lead-ups ahead of the dropout, and beats the base rate many times over', async () => {
    const o = real[0] as RealOutcome;
    const kindOf = new Map<string, string>();
    for (const f of await db.prisma.plantedFact.findMany({ where: { kind: 'DROPOUT_LEAD_UP' } })) {
      const on = (f.detail as { droppedOn: string }).droppedOn;
      const year = Number(on.slice(0, 4)) - (Number(on.slice(5, 7)) >= 9 ? 0 : 1);
      if (!kindOf.has(`${f.childId}:${year}`)) kindOf.set(`${f.childId}:${year}`, (f.detail as { leadUp: string }).leadUp);
    }
    // Every positive pupil-year is a dropout the generator planted with its lead-up.
    expect(o.positiveYears.length).toBeGreaterThanOrEqual(15);
    for (const p of o.positiveYears) expect(kindOf.has(`${p.childId}:${p.year}`)).toBe(true);
    const of = (kind: string) => o.positiveYears.filter((p) => kindOf.get(`${p.childId}:${p.year}`) === kind);
    const found = (ps: Array<{ lead: number | null }>) => ps.filter((p) => p.lead !== null).map((p) => p.lead as number);
    const rising = of('RISING');
    const sudden = of('SUDDEN');
    expect(rising.length).toBeGreaterThanOrEqual(8);
    // Most rising lead-ups are found, days ahead; sudden dropouts (nothing to see weeks before) far less often.
    expect(found(rising).length / rising.length).toBeGreaterThanOrEqual(0.6);
    expect(median(found(rising)) as number).toBeGreaterThanOrEqual(3);
    expect(found(rising).length / rising.length).toBeGreaterThan(found(sudden).length / Math.max(1, sudden.length) + 0.3);
    for (const lead of o.leadTimes) {
      expect(lead).toBeGreaterThanOrEqual(1);
      expect(lead).toBeLessThanOrEqual(DEFAULT_WINDOW);
    }
    // A flagged pupil-year is a dropout far more often than a pupil-year is.
    expect(o.precision as number).toBeGreaterThan((20 * o.positives) / o.pupilYears);
    expect(o.flagged).toBeLessThan(o.pupilYears / 20);
  });

  it('scores rules from the features exactly as the real rules do (what the tuning relies on)', () => {
    expect(sample.length).toBeGreaterThan(5);
    sample.forEach((rules, i) => {
      const fast = scoreFeatures(features, rules);
      const slow = real[i] as RealOutcome;
      expect([JSON.stringify(rules), fast.pupilYears, fast.positives, fast.flagged, fast.leadTimes]).toEqual([JSON.stringify(rules), slow.pupilYears, slow.positives, slow.flagged, slow.leadTimes]);
    });
  });
});
