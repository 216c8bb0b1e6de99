import { shownCount, showsVerdicts } from '../../access/policy';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { CaseStatus, Prisma } from '../../generated/prisma/client';
import { assertUuid } from '../../lib/validate';
import { apply, type ReplayState } from '../enrollment';
import type { SchoolType, TownshipType } from '../schools';
import { byChild, daysBetween, effectiveEvents, levelOf, median, ON_ROLL, promotedGrade, stateOn, utcDay, type HistoryEvent, type SchoolLevel } from './history';
import { EVENT_ORDER, EVENT_SELECT } from './risk.service';
import type { DropoutCaseFigures, DropoutLevelFigure, DropoutTargetArea, DropoutTargets, PoorDropoutFigure, SchoolLevelEnum } from './targets.types';

/**
 * Targets (目标任务, plan T1–T3): dropout rate per level (小学 / 初中) per
 * county, township and school for a school year, and dropouts among
 * registered-poor children. The definition is written once, in the schema
 * description of DropoutTargets (targets.types.ts), and implemented here:
 *
 *   rate = dropouts during the school year ÷ pupils on the roll on 1 September × 100 %
 *
 * The state on 1 September is replayed from the status events with the
 * enrollment module's own `replay`/`apply` (history.ts), so it agrees with the
 * registrations' statuses by construction. Every count is the length of the
 * list of children behind it (the drill-down fields), within the caller's
 * row scope.
 */

/** plan T1, T2: targets in per mille, compared in integers (dropouts × 1000 ≤ enrolled × target). */
export const TARGETS: Record<SchoolLevel, { planRef: string; permille: number }> = {
  PRIMARY: { planRef: 'T1', permille: 6 }, // 小学辍学率 ≤ 0.6 %
  JUNIOR: { planRef: 'T2', permille: 18 }, // 初中辍学率 ≤ 1.8 %
};
/** plan T3: dropouts among children of registered-poor households (建档立卡) = 0. */
export const T3_TARGET = 0;

const OPEN_CASE: CaseStatus[] = ['OPEN', 'PERSUADING', 'LEGAL_ACTION'];

type Db = Prisma.TransactionClient;

/** One child's part in a school year. */
export interface YearRecord {
  childId: string;
  /** On the roll on 1 September, in a compulsory grade. */
  start: { level: SchoolLevel; schoolId: string | null } | null;
  /** The first uncorrected dropout in the school year (up to `until`). */
  dropout: { level: SchoolLevel; schoolId: string | null; on: Date } | null;
  /** Dates of all uncorrected DROPOUT events (for days-to-return). */
  dropoutDates: Date[];
}

export function schoolYearBounds(schoolYear: number, today: Date) {
  const start = utcDay(schoolYear, 9, 1);
  const end = utcDay(schoolYear + 1, 8, 31);
  return { start, end, until: today < end ? today : end };
}

/**
 * One child's record for school year Y from its events (recorded order);
 * null when the history cannot be replayed.
 */
export function yearRecord(childId: string, events: readonly HistoryEvent[], start: Date, until: Date): YearRecord | null {
  const s0 = stateOn(events, start);
  if (s0 === null) return null;
  const level0 = ON_ROLL.includes(s0.status) ? levelOf(s0.gradeOn) : null;
  const rec: YearRecord = { childId, start: level0 ? { level: level0, schoolId: s0.schoolId } : null, dropout: null, dropoutDates: [] };
  let s: ReplayState = { status: 'NOT_ENROLLED', schoolId: null, grade: null, since: null };
  const before: HistoryEvent[] = [];
  for (const e of effectiveEvents(events)) {
    if (e.type === 'DROPOUT') {
      rec.dropoutDates.push(e.occurredOn);
      if (rec.dropout === null && e.occurredOn >= start && e.occurredOn <= until) {
        // The grade the pupil was in when leaving: replayed and promoted up to that day (the event's own grade if none before).
        const level = levelOf(promotedGrade(before, s.status, e.occurredOn) ?? e.grade);
        if (level) rec.dropout = { level, schoolId: e.schoolId ?? s.schoolId, on: e.occurredOn };
      }
    }
    try {
      s = apply(s, e);
    } catch {
      return null;
    }
    before.push(e);
  }
  return rec;
}

interface Filter {
  township: TownshipType | null;
  school: SchoolType | null;
  /** Schools whose pupils count; null = all. */
  schoolIds: Set<string> | null;
}

async function resolveFilter(ctx: Context, db: Db, townshipCode: string | null | undefined, schoolId: string | null | undefined, schools: SchoolRow[]): Promise<Filter> {
  let township: TownshipType | null = null;
  let school: SchoolType | null = null;
  if (townshipCode != null) {
    if (!/^[0-9]{12}$/.test(townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
    township = await db.region.findFirst({ where: { code: townshipCode, level: 'TOWNSHIP', countyCode: ctx.repo.scope.countyCode } });
    if (!township) throw badInput('townshipCode', 'no such township in this county');
  }
  if (schoolId != null) {
    assertUuid('schoolId', schoolId);
    school = schools.find((s) => s.id === schoolId) ?? null;
    if (!school) throw badInput('schoolId', 'no such school in this county');
    if (township && school.townshipCode !== township.code) throw badInput('schoolId', 'is not in the township asked for (townshipCode)');
  }
  const schoolIds = school ? new Set([school.id]) : township ? new Set(schools.filter((s) => s.townshipCode === (township as TownshipType).code).map((s) => s.id)) : null;
  return { township, school, schoolIds };
}

type SchoolRow = SchoolType & { townshipCode: string };

/** Small counts are suppressed for partner apps and the agencies above the county (access-policy "Filters, sort orders and aggregates"; issue 11). */
export function shown(ctx: Context, n: number): number | null {
  return shownCount(ctx.viewer, n);
}

function levelFigure(ctx: Context, level: SchoolLevel, enrolledIds: string[], dropoutIds: string[]): DropoutLevelFigure {
  const t = TARGETS[level];
  const e = enrolledIds.length;
  const d = dropoutIds.length;
  const hidden = shown(ctx, e) === null || shown(ctx, d) === null;
  return {
    level: level as SchoolLevelEnum,
    planRef: t.planRef,
    enrolledAtStart: shown(ctx, e),
    dropouts: shown(ctx, d),
    rate: hidden || e === 0 ? null : Math.round((d / e) * 100 * 10000) / 10000,
    target: t.permille / 10,
    met: hidden && !showsVerdicts(ctx.viewer) ? null : e === 0 ? d === 0 : d * 1000 <= e * t.permille,
    enrolledIds,
    dropoutIds,
  };
}

function poorFigure(ctx: Context, poorIds: string[]): PoorDropoutFigure {
  const n = shown(ctx, poorIds.length);
  return { planRef: 'T3', poorDropouts: n, target: T3_TARGET, met: n === null && !showsVerdicts(ctx.viewer) ? null : poorIds.length <= T3_TARGET, childIds: poorIds };
}

interface Tally {
  enrolled: Record<SchoolLevel, string[]>;
  dropouts: Record<SchoolLevel, string[]>;
  poor: string[];
}

const emptyTally = (): Tally => ({ enrolled: { PRIMARY: [], JUNIOR: [] }, dropouts: { PRIMARY: [], JUNIOR: [] }, poor: [] });

function areaOf(ctx: Context, t: Tally, township: TownshipType | null, school: SchoolType | null): DropoutTargetArea {
  return {
    township,
    school,
    levels: (['PRIMARY', 'JUNIOR'] as const).map((l) => levelFigure(ctx, l, t.enrolled[l], t.dropouts[l])),
    t3: poorFigure(ctx, t.poor),
  };
}

export async function computeDropoutTargets(
  ctx: Context,
  args: { schoolYear?: number | null; townshipCode?: string | null; schoolId?: string | null },
): Promise<DropoutTargets> {
  const current = ctx.calendar.schoolYear;
  const Y = args.schoolYear ?? current;
  if (!Number.isInteger(Y) || Y < 2000 || Y > current) throw badInput('schoolYear', `must be a school year from 2000 to ${current} (the year it starts)`);
  const { start, end, until } = schoolYearBounds(Y, ctx.calendar.today);
  const scope = ctx.repo.scope;
  const db = ctx.repo.database.prisma;

  const schools: SchoolRow[] = await db.school.findMany({ where: scope.school, orderBy: { code: 'asc' } });
  const filter = await resolveFilter(ctx, db, args.townshipCode, args.schoolId, schools);
  const keep = (schoolId: string | null) => filter.schoolIds === null || (schoolId !== null && filter.schoolIds.has(schoolId));

  // Only children with an event at one of the schools asked for can count for them (a registration's school comes from its events).
  const childWhere: Prisma.ChildWhereInput =
    filter.schoolIds === null ? scope.child : { AND: [scope.child, { statusEvents: { some: { schoolId: { in: [...filter.schoolIds] } } } }] };
  const events = (await db.statusEvent.findMany({
    where: { countyCode: scope.countyCode, child: childWhere, OR: [{ occurredOn: { lte: end } }, { type: 'CORRECTION' }] },
    select: EVENT_SELECT,
    orderBy: EVENT_ORDER,
  })) as HistoryEvent[];

  const records: YearRecord[] = [];
  let excluded = 0;
  for (const [childId, history] of byChild(events)) {
    const r = yearRecord(childId, history, start, until);
    if (r === null) excluded++;
    else records.push(r);
  }

  // plan T3: registered-poor households of the dropouts (Household.registeredPoor).
  const dropoutIds = records.filter((r) => r.dropout && keep(r.dropout.schoolId)).map((r) => r.childId);
  const poorRows = dropoutIds.length
    ? await db.child.findMany({ where: { AND: [scope.child, { id: { in: dropoutIds } }, { household: { registeredPoor: true } }] }, select: { id: true } })
    : [];
  const poor = new Set(poorRows.map((r) => r.id));

  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const total = emptyTally();
  const perSchool = new Map<string, Tally>();
  const perTownship = new Map<string, Tally>();
  const tallies = (schoolId: string | null): Tally[] => {
    const out = [total];
    const s = schoolId ? schoolById.get(schoolId) : undefined;
    if (s) {
      if (!perSchool.has(s.id)) perSchool.set(s.id, emptyTally());
      if (!perTownship.has(s.townshipCode)) perTownship.set(s.townshipCode, emptyTally());
      out.push(perSchool.get(s.id) as Tally, perTownship.get(s.townshipCode) as Tally);
    }
    return out;
  };
  for (const r of records.sort((a, b) => a.childId.localeCompare(b.childId))) {
    if (r.start && keep(r.start.schoolId)) for (const t of tallies(r.start.schoolId)) t.enrolled[r.start.level].push(r.childId);
    if (r.dropout && keep(r.dropout.schoolId)) {
      for (const t of tallies(r.dropout.schoolId)) {
        t.dropouts[r.dropout.level].push(r.childId);
        if (poor.has(r.childId)) t.poor.push(r.childId);
      }
    }
  }

  const townships = await db.region.findMany({ where: { code: { in: [...perTownship.keys()] } }, orderBy: { code: 'asc' } });
  const byTownship = townships.map((t) => areaOf(ctx, perTownship.get(t.code) as Tally, t, null));
  const townshipByCode = new Map(townships.map((t) => [t.code, t]));
  const bySchool = schools
    .filter((s) => perSchool.has(s.id))
    .map((s) => areaOf(ctx, perSchool.get(s.id) as Tally, townshipByCode.get(s.townshipCode) ?? null, s));
  const whole = areaOf(ctx, total, filter.township, filter.school);

  return {
    schoolYear: Y,
    periodStart: start,
    periodEnd: end,
    countedUntil: until,
    township: filter.township,
    school: filter.school,
    levels: whole.levels,
    t3: whole.t3,
    byTownship,
    bySchool,
    cases: await caseFigures(ctx, db, filter, records, start, until),
    excludedHistories: excluded,
  };
}

/** Casework figures (plan R1.2, R1.3): a case counts for the school the child is registered at. */
async function caseFigures(ctx: Context, db: Db, filter: Filter, records: YearRecord[], start: Date, until: Date): Promise<DropoutCaseFigures> {
  const scope = ctx.repo.scope;
  const child: Prisma.ChildWhereInput =
    filter.schoolIds === null ? scope.child : { AND: [scope.child, { enrollment: { schoolId: { in: [...filter.schoolIds] } } }] };
  const cases = await db.dropoutCase.findMany({
    where: { AND: [{ countyCode: scope.countyCode, child }, scope.dropoutCase] },
    select: { childId: true, status: true, firstVisitDueOn: true, detectedOn: true, returnedOn: true, _count: { select: { visits: true } } },
    orderBy: [{ childId: 'asc' }, { detectedOn: 'asc' }],
  });
  const today = ctx.calendar.today;
  const open = new Set<string>();
  const overdue = new Set<string>();
  const lastReturn = new Map<string, { returnedOn: Date; detectedOn: Date }>();
  for (const c of cases) {
    if (OPEN_CASE.includes(c.status)) open.add(c.childId);
    if (c.status === 'OPEN' && c.firstVisitDueOn < today && c._count.visits === 0) overdue.add(c.childId);
    if (c.returnedOn && c.returnedOn >= start && c.returnedOn <= until) {
      const prev = lastReturn.get(c.childId);
      if (!prev || c.returnedOn > prev.returnedOn) lastReturn.set(c.childId, { returnedOn: c.returnedOn, detectedOn: c.detectedOn });
    }
  }
  const dropoutDates = new Map(records.map((r) => [r.childId, r.dropoutDates]));
  const days: number[] = [];
  for (const [childId, r] of lastReturn) {
    const before = (dropoutDates.get(childId) ?? []).filter((d) => d <= r.returnedOn);
    const droppedOn = before.length ? (before[before.length - 1] as Date) : r.detectedOn;
    days.push(daysBetween(droppedOn, r.returnedOn));
  }
  const sorted = (s: Iterable<string>) => [...s].sort();
  const returnedIds = sorted(lastReturn.keys());
  const n = shown(ctx, returnedIds.length);
  return {
    open: shown(ctx, open.size),
    overdue: shown(ctx, overdue.size),
    returned: n,
    medianDaysToReturn: n === null ? null : median(days),
    openIds: sorted(open),
    overdueIds: sorted(overdue),
    returnedIds,
  };
}
