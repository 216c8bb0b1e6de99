import { isRegionalAgency, REGIONAL_AGENCIES } from '../../access/policy';
import { ScopedRepository } from '../../access/repository';
import { countyScope } from '../../access/row-scope';
import type { Context } from '../../context';
import { computeDropoutTargets, shown } from '../targets/dropout-targets.service';
import { asOfMonth, latestMonth, seesTownshipWhole, type MonthlyTotals } from '../targets/monthly-report.service';
import type { CountyMonthlyReportType, CountyTargetsType, CountyType, RegionalMonthlyTotalsType } from './region.types';

/**
 * Figures across counties (issue 11 item 1). The city's and the province's
 * education departments (REGIONAL_AGENCIES) get them for every county under
 * their division code, each computed as for the county's own education
 * bureau (county-wide) but handed out as counts only, small ones suppressed
 * (access-policy: as for partners); no child's row is ever read into their
 * answer. A county agency gets its own county, counted within its own row
 * scope as every aggregate (a township its township, a school its school).
 */

/** The counties the caller's figures cover, by code: its own, or those under its city or province. */
export async function countiesOf(ctx: Context): Promise<CountyType[]> {
  const v = ctx.viewer;
  const db = ctx.repo.database.prisma;
  if (isRegionalAgency(v.agency)) {
    if (v.regionCode === null) return [];
    const prefix = v.regionCode.slice(0, REGIONAL_AGENCIES[v.agency].digits);
    return db.region.findMany({ where: { level: 'COUNTY', countyCode: { startsWith: prefix } }, orderBy: { countyCode: 'asc' }, select: { code: true, name: true, countyCode: true } }).then((rows) =>
      rows.map((r) => ({ code: r.countyCode, name: r.name })),
    );
  }
  if (v.countyCode === null) return [];
  const own = await db.region.findFirst({ where: { level: 'COUNTY', countyCode: v.countyCode }, select: { name: true } });
  return own ? [{ code: v.countyCode, name: own.name }] : [];
}

/**
 * The context a county's figures are computed in: for the city and the
 * province the county's whole scope (as its education bureau counts), with
 * their own viewer kept so that small counts are suppressed; for a county
 * agency its own context (its row scope). Used for counts only.
 */
function countingContext(ctx: Context, countyCode: string): Context {
  if (!isRegionalAgency(ctx.viewer.agency)) return ctx;
  return { ...ctx, repo: new ScopedRepository(ctx.repo.database, countyScope(countyCode)) };
}

/** Query regionalTargets (plan T1–T3 per county). */
export async function regionalTargets(ctx: Context, schoolYear: number | null): Promise<CountyTargetsType[]> {
  const out: CountyTargetsType[] = [];
  for (const county of await countiesOf(ctx)) {
    const t = await computeDropoutTargets(countingContext(ctx, county.code), { schoolYear });
    out.push({ county, schoolYear: t.schoolYear, countedUntil: t.countedUntil, levels: t.levels, t3: t.t3 });
  }
  return out;
}

/** Query regionalMonthlyReports: per county, the frozen totals of the townships' submitted reports for a month (plan S1–S2). */
export async function regionalMonthlyReports(ctx: Context, month: string | null): Promise<CountyMonthlyReportType[]> {
  const m = month ?? latestMonth(ctx.calendar.today);
  const asOf = asOfMonth(m, ctx.calendar.today);
  const counties = await countiesOf(ctx);
  if (counties.length === 0) return [];
  const db = ctx.repo.database.prisma;
  const codes = counties.map((c) => c.code);
  const regional = isRegionalAgency(ctx.viewer.agency);
  const [townships, reports] = await Promise.all([
    db.region.findMany({ where: { level: 'TOWNSHIP', countyCode: { in: codes } }, select: { code: true, countyCode: true } }),
    db.monthlyReport.findMany({ where: { countyCode: { in: codes }, month: m, submittedAt: { not: null } }, select: { countyCode: true, townshipCode: true, totals: true } }),
  ]);
  // A county agency sums the townships it sees whole (its county's reports are the county-wide agencies' and each township's own).
  const counted = (code: string) => regional || seesTownshipWhole(ctx, code);
  return counties.map((county) => {
    const mine = townships.filter((t) => t.countyCode === county.code && counted(t.code));
    const frozen = reports.filter((r) => r.countyCode === county.code && counted(r.townshipCode)).map((r) => r.totals as unknown as MonthlyTotals);
    const sum = (f: keyof Omit<MonthlyTotals, 'schoolAgeSource' | 'censusYear'>) => frozen.reduce((a, t) => a + (t[f] ?? 0), 0);
    const totals: RegionalMonthlyTotalsType = {
      schoolAgeChildren: shown(ctx, sum('schoolAgeChildren')),
      fromCensus: frozen.filter((t) => t.schoolAgeSource === 'CENSUS').length,
      enrolled: shown(ctx, sum('enrolled')),
      suspended: shown(ctx, sum('suspended')),
      suspectedDropoutsOpen: shown(ctx, sum('suspectedDropoutsOpen')),
      confirmedDropouts: shown(ctx, sum('confirmedDropouts')),
      returned: shown(ctx, sum('returned')),
      openCases: shown(ctx, sum('openCases')),
    };
    const coverage =
      frozen.length === 0 || totals.schoolAgeChildren === null || totals.enrolled === null || totals.schoolAgeChildren === 0
        ? null
        : Math.round((totals.enrolled / totals.schoolAgeChildren) * 100 * 100) / 100;
    return { county, month: m, asOf, townships: mine.length, reported: frozen.length, complete: mine.length > 0 && frozen.length === mine.length, totals, coverage };
  });
}
