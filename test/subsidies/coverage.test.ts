import { ProposeEducationGrantDocument, SubsidyCoverageGapsDocument } from '../generated/graphql';
import { DEMO_TODAY, generateCounty, type CountySummary } from '../../src/seed/generate-county';
import { PROGRAMMES } from '../../src/seed/subsidy-rules';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { argOf, codeOf } from './helpers';

// The safety net behind plan T3 (plan R4.2): on a generated county, the coverage check finds exactly
// the eligible registered-poor / 低保 children the generator left without a grant (ELIGIBLE_WITHOUT_GRANT).
const CHILDREN = 1200;

interface Planted {
  childId: string;
  programmeCode: string;
  schoolYear: number;
  term: number;
}

describe('coverage check on a generated county (plan R4.2, T3)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let summary: CountySummary;
  let planted: Planted[];
  let bureau: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    summary = await generateCounty(db, { children: CHILDREN, seed: 20261129, countyCode: TEST_COUNTY, sealer: testSealer });
    const rows = await db.prisma.plantedFact.findMany({ where: { kind: 'ELIGIBLE_WITHOUT_GRANT' } });
    planted = rows.map((r) => ({ childId: r.childId as string, ...(r.detail as { programmeCode: string; schoolYear: number; term: number }) }));
    api = await startTestServer(db, testSealer, { now: () => DEMO_TODAY });
    bureau = await api.as('EDUCATION_BUREAU', 'SUBSIDY_REVIEW');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** Every page of the report (pages of 5, to exercise the cursor). */
  const gapsOf = async (client: Client, code: string, schoolYear: number, term: number) => {
    let after: string | null = null;
    let report: NonNullable<Awaited<ReturnType<typeof page>>> | null = null;
    const gaps = [];
    for (let i = 0; i < 100; i++) {
      const r = await page(client, code, schoolYear, term, after);
      gaps.push(...r.gaps);
      report ??= r;
      if (!r.hasNextPage) break;
      after = r.endCursor;
    }
    return { ...report!, gaps };
  };
  const page = async (client: Client, code: string, schoolYear: number, term: number, after: string | null) => {
    const r = await client.gql(SubsidyCoverageGapsDocument, { programmeCode: code, schoolYear, term, first: 5, after });
    expect(r.errors).toBeUndefined();
    return r.data!.subsidyCoverageGaps;
  };

  it('the generator planted gaps, in the current term (2026 term 1)', () => {
    expect(summary.planted.ELIGIBLE_WITHOUT_GRANT).toBeGreaterThan(0);
    expect(planted.length).toBe(summary.planted.ELIGIBLE_WITHOUT_GRANT);
    expect(new Set(planted.map((p) => `${p.schoolYear}/${p.term}`))).toEqual(new Set(['2026/1']));
  });

  it.each(PROGRAMMES.map((p) => [p.code]))('%s: the gaps found county-wide are exactly the planted ones', async (code) => {
    const report = await gapsOf(bureau, code, 2026, 1);
    const expected = planted.filter((p) => p.programmeCode === code).map((p) => p.childId).sort();
    const found = report.gaps.map((g) => g.child!.id).sort();
    expect(found).toEqual(expected);
    expect(report.totalCount).toBe(expected.length);
    expect(report).toMatchObject({ ruleVersion: 1, evaluatedOn: '2026-11-29', schoolYear: 2026, term: 1 });
    for (const g of report.gaps) {
      expect(g.registeredPoor || g.minimumLiving).toBe(true);
      expect(g.reasons.length).toBeGreaterThan(0);
    }
  });

  it('within the row scope: a township sees the planted gaps of its children, the poverty-alleviation office those of registered-poor households', async () => {
    const code = 'NUTRITION';
    const mine = planted.filter((p) => p.programmeCode === code);
    const t = await db.prisma.child.findFirstOrThrow({ where: { id: { in: mine.map((p) => p.childId) } }, select: { village: { select: { parentCode: true } } } });
    const township = t.village.parentCode as string;
    const inTownship = await db.prisma.child.findMany({
      where: { id: { in: mine.map((p) => p.childId) }, OR: [{ village: { parentCode: township } }, { enrollment: { school: { townshipCode: township } } }] },
      select: { id: true },
    });
    const asTownship = await api.as({ agency: 'TOWNSHIP', township }, 'DROPOUT_CASEWORK');
    const found = (await gapsOf(asTownship, code, 2026, 1)).gaps.map((g) => g.child!.id).sort();
    expect(found).toEqual(inTownship.map((c) => c.id).sort());
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(mine.length);

    const poor = await db.prisma.child.findMany({ where: { id: { in: mine.map((p) => p.childId) }, household: { registeredPoor: true } }, select: { id: true } });
    const asOffice = await api.as('POVERTY_ALLEVIATION_OFFICE', 'SUBSIDY_REVIEW');
    const seenByOffice = (await gapsOf(asOffice, code, 2026, 1)).gaps.map((g) => g.child!.id).sort();
    expect(seenByOffice).toEqual(poor.map((c) => c.id).sort());
  });

  it('a gap closes once a grant is proposed for it', async () => {
    const gap = planted.find((p) => PROGRAMMES.find((d) => d.code === p.programmeCode)?.ownerAgency === 'EDUCATION_BUREAU');
    expect(gap).toBeDefined();
    const r = await bureau.gql(ProposeEducationGrantDocument, { input: { childId: gap!.childId, programmeCode: gap!.programmeCode, schoolYear: 2026, term: gap!.term } });
    expect(r.errors).toBeUndefined();
    const after = await gapsOf(bureau, gap!.programmeCode, 2026, gap!.term);
    expect(after.gaps.map((g) => g.child!.id)).not.toContain(gap!.childId);
    expect(after.totalCount).toBe(planted.filter((p) => p.programmeCode === gap!.programmeCode).length - 1);
  });

  it('refuses term 2 for a yearly programme and an unknown programme, naming the argument', async () => {
    const t2 = await bureau.gql(SubsidyCoverageGapsDocument, { programmeCode: 'DISABILITY_ALLOWANCE', schoolYear: 2026, term: 2 });
    expect([codeOf(t2), argOf(t2)]).toEqual(['BAD_USER_INPUT', 'term']);
    const unknown = await bureau.gql(SubsidyCoverageGapsDocument, { programmeCode: 'NOPE', schoolYear: 2026, term: 1 });
    expect([codeOf(unknown), argOf(unknown)]).toEqual(['BAD_USER_INPUT', 'programmeCode']);
  });
});
