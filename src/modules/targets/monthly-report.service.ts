import { ROW_SCOPES } from '../../access/policy';
import type { Context } from '../../context';
import { mutate } from '../unit-of-work';
import { badInput, HubError } from '../../errors';
import type { CaseStatus, Prisma } from '../../generated/prisma/client';
import { birthRangeForAges, schoolYearOf } from '../../lib/school-year';
import type { TownshipType } from '../schools';
import { shown } from './dropout-targets.service';
import { byChild, effectiveEvents, iso, levelOf, stateOn, utcDay, type HistoryEvent } from './history';
import { EVENT_ORDER, EVENT_SELECT } from './risk.service';
import type { FigureDifference, MonthlyFiguresType, MonthlyReportType, SchoolAgeSourceEnum, TownshipMonthlyFigures } from './targets.types';

/**
 * The townships' monthly report to the joint-meeting office (月报, plan S1),
 * as of the 15th of the month, and its audit (plan S2). The figures are
 * computed for a date from the records as now known (status events replayed
 * to that date, corrections applied), so recomputing a past month later
 * gives the same numbers unless somebody changed the records about that past:
 * a back-dated event, a correction, a case re-dated. The submitted totals are
 * frozen in MonthlyReport (a database trigger refuses any change of a
 * submitted row), and every listing shows them next to the recomputation,
 * with the differences (隐瞒事实、弄虚作假 becomes visible).
 */

type Db = Prisma.TransactionClient;

/** The stored totals (MonthlyReport.totals). */
export interface MonthlyTotals {
  schoolAgeChildren: number;
  schoolAgeSource: 'CENSUS' | 'REGISTER';
  censusYear: number | null;
  enrolled: number;
  suspended: number;
  suspectedDropoutsOpen: number;
  confirmedDropouts: number;
  returned: number;
  openCases: number;
}

/** The figures compared between a submitted report and its recomputation, in this order. */
export const FIGURES = [
  'schoolAgeChildren',
  'schoolAgeSource',
  'censusYear',
  'enrolled',
  'suspended',
  'suspectedDropoutsOpen',
  'confirmedDropouts',
  'returned',
  'openCases',
] as const satisfies ReadonlyArray<keyof MonthlyTotals>;

const OPEN_CASE: CaseStatus[] = ['OPEN', 'PERSUADING', 'LEGAL_ACTION'];
const MONTH_RE = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' → the report's as-of date, the 15th (plan S1); refused with the argument named. */
export function asOfMonth(month: string, today: Date, argument = 'month'): Date {
  const m = MONTH_RE.exec(month);
  if (!m) throw badInput(argument, 'must be a month written YYYY-MM, e.g. 2026-11');
  const asOf = utcDay(Number(m[1]), Number(m[2]), 15);
  if (asOf > today) throw badInput(argument, `the report is as of the 15th: ${iso(asOf)} has not come yet`);
  return asOf;
}

/** The latest month whose 15th has passed. */
export function latestMonth(today: Date): string {
  // Before the 15th: the 15th of the previous month (utcDay takes months 1–12, so the 0-based month index is the previous month).
  const d = today.getUTCDate() >= 15 ? today : utcDay(today.getUTCFullYear(), today.getUTCMonth(), 15);
  return iso(d).slice(0, 7);
}

/** Whether the caller sees a township whole (its census, its reports): the county-wide agencies, and the township itself. */
export function seesTownshipWhole(ctx: Context, townshipCode: string): boolean {
  const v = ctx.viewer;
  if (v.kind === 'PARTNER_APP') return false;
  return ROW_SCOPES[v.agency].rows === 'COUNTY' || (v.agency === 'TOWNSHIP' && v.townshipCode === townshipCode);
}

/**
 * The figures of each township on `asOf`, over the children living in it
 * (residence: plan R1.1, townships organise enrolment and return of their
 * children) within `scopeChild`.
 */
export async function computeMonthly(
  db: Db,
  p: {
    countyCode: string;
    scopeChild: Prisma.ChildWhereInput;
    /** Dropout cases the caller may read (RowScope.dropoutCase). */
    scopeCase: Prisma.DropoutCaseWhereInput;
    townshipCodes: string[];
    asOf: Date;
    wholeCensus: (code: string) => boolean;
  },
): Promise<Map<string, MonthlyTotals>> {
  const { asOf, townshipCodes } = p;
  const out = new Map<string, MonthlyTotals>();
  if (townshipCodes.length === 0) return out;
  const residents: Prisma.ChildWhereInput = { AND: [p.scopeChild, { village: { parentCode: { in: townshipCodes } } }] };
  const yearStart = utcDay(schoolYearOf(asOf), 9, 1);
  const age = birthRangeForAges(schoolYearOf(asOf), 6, 15);
  const [children, events, cases] = await Promise.all([
    db.child.findMany({ where: residents, select: { id: true, birthDate: true, village: { select: { parentCode: true } } } }),
    db.statusEvent.findMany({
      where: { countyCode: p.countyCode, child: residents, OR: [{ occurredOn: { lte: asOf } }, { type: 'CORRECTION' }] },
      select: EVENT_SELECT,
      orderBy: EVENT_ORDER,
    }),
    db.dropoutCase.findMany({
      where: { AND: [{ countyCode: p.countyCode, child: residents, detectedOn: { lte: asOf } }, p.scopeCase] },
      select: { childId: true, status: true, returnedOn: true, closedOn: true },
    }),
  ]);
  const townshipOf = new Map(children.map((c) => [c.id, c.village.parentCode as string]));
  const suspects = await db.suspectedDropout.findMany({
    where: {
      countyCode: p.countyCode,
      childId: { in: children.map((c) => c.id) },
      detectedOn: { lte: asOf },
      OR: [{ status: 'OPEN' }, { resolvedOn: { gt: asOf } }],
    },
    select: { childId: true },
  });

  const sets = () => ({ enrolled: new Set<string>(), suspended: new Set<string>(), dropped: new Set<string>(), returned: new Set<string>(), suspects: new Set<string>(), cases: new Set<string>(), register: 0 });
  const per = new Map(townshipCodes.map((c) => [c, sets()]));
  for (const c of children) {
    const t = per.get(c.village.parentCode as string);
    if (t && c.birthDate >= age.from && c.birthDate <= age.to) t.register++;
  }
  for (const [childId, history] of byChild(events as HistoryEvent[])) {
    const t = per.get(townshipOf.get(childId) as string);
    if (!t) continue;
    const s = stateOn(history, asOf);
    if (!s) continue;
    if (s.status === 'ENROLLED' && levelOf(s.gradeOn)) t.enrolled.add(childId);
    if (s.status === 'SUSPENDED' && levelOf(s.gradeOn)) t.suspended.add(childId);
    if (s.status === 'DROPPED_OUT') t.dropped.add(childId);
    const back = effectiveEvents(history).some((e) => e.type === 'RETURN' && e.occurredOn >= yearStart && e.occurredOn <= asOf);
    if (back) t.returned.add(childId);
  }
  for (const s of suspects) per.get(townshipOf.get(s.childId) as string)?.suspects.add(s.childId);
  for (const c of cases) {
    // Open on the as-of date: detected by then, and neither returned nor closed by then (an undated outcome counts as settled).
    const settled = (c.returnedOn !== null && c.returnedOn <= asOf) || (c.closedOn !== null && c.closedOn <= asOf);
    const undatedOutcome = !OPEN_CASE.includes(c.status) && c.returnedOn === null && c.closedOn === null;
    if (!settled && !undatedOutcome) per.get(townshipOf.get(c.childId) as string)?.cases.add(c.childId);
  }

  for (const code of townshipCodes) {
    const t = per.get(code) as ReturnType<typeof sets>;
    // plan R2.2: the school-age count comes from the township's census (摸底) when one was submitted by the as-of date.
    const round = await db.censusRound.findFirst({
      where: { countyCode: p.countyCode, townshipCode: code, status: 'SUBMITTED', year: { lte: schoolYearOf(asOf) }, submittedAt: { lt: new Date(asOf.getTime() + 86400000) } },
      orderBy: { year: 'desc' },
      select: { id: true, year: true },
    });
    let schoolAgeChildren = t.register;
    if (round) {
      schoolAgeChildren = await db.censusEntry.count({
        where: p.wholeCensus(code) ? { roundId: round.id } : { roundId: round.id, child: p.scopeChild },
      });
    }
    out.set(code, {
      schoolAgeChildren,
      schoolAgeSource: round ? 'CENSUS' : 'REGISTER',
      censusYear: round?.year ?? null,
      enrolled: t.enrolled.size,
      suspended: t.suspended.size,
      suspectedDropoutsOpen: t.suspects.size,
      confirmedDropouts: t.dropped.size,
      returned: t.returned.size,
      openCases: t.cases.size,
    });
  }
  return out;
}

function figuresOf(ctx: Context, t: MonthlyTotals): MonthlyFiguresType {
  return {
    schoolAgeChildren: shown(ctx, t.schoolAgeChildren),
    schoolAgeSource: t.schoolAgeSource as SchoolAgeSourceEnum,
    censusYear: t.censusYear,
    enrolled: shown(ctx, t.enrolled),
    suspended: shown(ctx, t.suspended),
    suspectedDropoutsOpen: shown(ctx, t.suspectedDropoutsOpen),
    confirmedDropouts: shown(ctx, t.confirmedDropouts),
    returned: shown(ctx, t.returned),
    openCases: shown(ctx, t.openCases),
  };
}

async function townshipsAsked(ctx: Context, db: Db, townshipCode: string | null | undefined): Promise<TownshipType[]> {
  const countyCode = ctx.repo.scope.countyCode;
  if (townshipCode != null) {
    if (!/^[0-9]{12}$/.test(townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
    const t = await db.region.findFirst({ where: { code: townshipCode, level: 'TOWNSHIP', countyCode } });
    if (!t) throw badInput('townshipCode', 'no such township in this county');
    return [t];
  }
  const v = ctx.viewer;
  // A township's own staff get their own township by default; everyone else every township (counts within their row scope).
  if (v.agency === 'TOWNSHIP') {
    return v.townshipCode === null ? [] : db.region.findMany({ where: { code: v.townshipCode, level: 'TOWNSHIP', countyCode } });
  }
  return db.region.findMany({ where: { level: 'TOWNSHIP', countyCode }, orderBy: { code: 'asc' } });
}

/** Query monthlyFigures: each township's figures for a month, computed now. */
export async function monthlyFigures(ctx: Context, month: string | null | undefined, townshipCode: string | null | undefined): Promise<TownshipMonthlyFigures[]> {
  const m = month ?? latestMonth(ctx.calendar.today);
  const asOf = asOfMonth(m, ctx.calendar.today);
  const db = ctx.repo.database.prisma;
  const townships = await townshipsAsked(ctx, db, townshipCode);
  const totals = await computeMonthly(db, {
    countyCode: ctx.repo.scope.countyCode,
    scopeChild: ctx.repo.scope.child,
    scopeCase: ctx.repo.scope.dropoutCase,
    townshipCodes: townships.map((t) => t.code),
    asOf,
    wholeCensus: (code) => seesTownshipWhole(ctx, code),
  });
  return townships.map((t) => ({ township: t, month: m, asOf, figures: figuresOf(ctx, totals.get(t.code) as MonthlyTotals) }));
}

function differences(submitted: MonthlyTotals, now: MonthlyTotals): FigureDifference[] {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return FIGURES.filter((f) => text(submitted[f]) !== text(now[f])).map((f) => ({ figure: f, submitted: text(submitted[f]), recomputed: text(now[f]) }));
}

interface ReportRow {
  id: string;
  townshipCode: string;
  month: string;
  asOf: Date;
  totals: Prisma.JsonValue;
  submittedAt: Date | null;
  submittedBy: string | null;
}

function comparison(ctx: Context, row: ReportRow, township: TownshipType, now: MonthlyTotals): MonthlyReportType {
  const submitted = row.totals as unknown as MonthlyTotals;
  const diff = differences(submitted, now);
  return {
    id: row.id,
    township,
    month: row.month,
    asOf: row.asOf,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy,
    submitted: figuresOf(ctx, submitted),
    recomputedNow: figuresOf(ctx, now),
    differences: diff,
    consistent: diff.length === 0,
  };
}

/**
 * Query monthlyReports: the reports of the townships the caller sees whole
 * (county-wide agencies: every township; a township: its own), newest month
 * first, each with its recomputation (plan S2).
 */
export async function monthlyReports(ctx: Context, townshipCode: string | null | undefined): Promise<MonthlyReportType[]> {
  const db = ctx.repo.database.prisma;
  const townships = (await townshipsAsked(ctx, db, townshipCode)).filter((t) => seesTownshipWhole(ctx, t.code));
  if (townships.length === 0) return [];
  const byCode = new Map(townships.map((t) => [t.code, t]));
  const rows = await db.monthlyReport.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, townshipCode: { in: [...byCode.keys()] } },
    orderBy: [{ month: 'desc' }, { townshipCode: 'asc' }],
  });
  const out: MonthlyReportType[] = [];
  // One recomputation per as-of date, for all townships of that month at once.
  const asOfs = [...new Set(rows.map((r) => r.asOf.getTime()))];
  const recomputed = new Map<number, Map<string, MonthlyTotals>>();
  for (const t of asOfs) {
    const codes = [...new Set(rows.filter((r) => r.asOf.getTime() === t).map((r) => r.townshipCode))];
    recomputed.set(t, await computeMonthly(db, { countyCode: ctx.repo.scope.countyCode, scopeChild: ctx.repo.scope.child, scopeCase: ctx.repo.scope.dropoutCase, townshipCodes: codes, asOf: new Date(t), wholeCensus: (code) => seesTownshipWhole(ctx, code) }));
  }
  for (const r of rows) {
    const now = recomputed.get(r.asOf.getTime())?.get(r.townshipCode) as MonthlyTotals;
    out.push(comparison(ctx, r, byCode.get(r.townshipCode) as TownshipType, now));
  }
  return out;
}

/**
 * Mutation submitMonthlyReport (plan S1): the township submits its own
 * figures for a month; they are stored frozen. A month already submitted is
 * a CONFLICT: a submitted figure is never replaced (plan S2).
 */
export async function submitMonthlyReport(ctx: Context, townshipCode: string, month: string): Promise<MonthlyReportType> {
  if (!/^[0-9]{12}$/.test(townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  const asOf = asOfMonth(month, ctx.calendar.today);
  const v = ctx.viewer;
  if (v.kind === 'PARTNER_APP' || v.agency !== 'TOWNSHIP' || v.townshipCode !== townshipCode) {
    throw new HubError('FORBIDDEN', 'a monthly report is submitted by the township itself, for its own children (plan S1)');
  }
  const countyCode = ctx.repo.scope.countyCode;
  return mutate(ctx, async (w) => {
    const township = await w.tx.region.findFirst({ where: { code: townshipCode, level: 'TOWNSHIP', countyCode } });
    if (!township) throw badInput('townshipCode', 'no such township in this county');
    const existing = await w.tx.monthlyReport.findUnique({ where: { townshipCode_month: { townshipCode, month } } });
    if (existing?.submittedAt) {
      throw new HubError('CONFLICT', `the report of ${month} was submitted on ${existing.submittedAt.toISOString()} and is frozen (plan S2); it cannot be submitted again`);
    }
    const totals = (
      await computeMonthly(w.tx, { countyCode, scopeChild: ctx.repo.scope.child, scopeCase: ctx.repo.scope.dropoutCase, townshipCodes: [townshipCode], asOf, wholeCensus: () => true })
    ).get(townshipCode) as MonthlyTotals;
    const data = { totals: totals as unknown as Prisma.InputJsonValue, asOf, submittedAt: new Date(), submittedBy: v.subject };
    const row = existing
      ? await w.tx.monthlyReport.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await w.tx.monthlyReport.create({ data: { countyCode, townshipCode, month, ...data } });
    w.outbox({ type: 'MONTHLY_REPORT_SUBMITTED', townshipCode, payload: { reportId: row.id, month, asOf: iso(asOf) } });
    return comparison(ctx, row, township, totals);
  });
}
