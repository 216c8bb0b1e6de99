import { HubError } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { ageOn31Aug, schoolYearOf, termOf } from '../../lib/school-year';
import { checkRule, RuleError, type Facts, type Rule } from './rules';

/**
 * Reading the facts of the rule vocabulary (rules.ts) from the database, in
 * pages, for the children a Prisma `where` selects (the caller ANDs its row
 * scope into it), and the dated rule versions of a programme.
 */

/** A Prisma client or an interactive transaction: both read the same way. */
export type Db = Prisma.TransactionClient;

/** The school year and term a date belongs to, and the date itself. */
export interface AsOf {
  date: Date;
  schoolYear: number;
  term: 1 | 2;
}

/** The county's term containing `date` (SchoolTerm rows; between terms the one last started; else the default calendar). */
export async function asOf(db: Db, countyCode: string, date: Date): Promise<AsOf> {
  const t = await db.schoolTerm.findFirst({ where: { countyCode, startsOn: { lte: date } }, orderBy: { startsOn: 'desc' } });
  if (t && t.schoolYear === schoolYearOf(date)) return { date, schoolYear: t.schoolYear, term: t.term === 2 ? 2 : 1 };
  return { date, schoolYear: schoolYearOf(date), term: termOf(date) };
}

/** First and last day of a term (SchoolTerm, else 1 Sep–31 Jan and 1 Feb–31 Aug). */
export async function termBounds(db: Db, countyCode: string, schoolYear: number, term: 1 | 2): Promise<{ from: Date; to: Date }> {
  const t = await db.schoolTerm.findUnique({ where: { countyCode_schoolYear_term: { countyCode, schoolYear, term } } });
  if (t) return { from: t.startsOn, to: t.endsOn };
  return term === 1
    ? { from: new Date(Date.UTC(schoolYear, 8, 1)), to: new Date(Date.UTC(schoolYear + 1, 0, 31)) }
    : { from: new Date(Date.UTC(schoolYear + 1, 1, 1)), to: new Date(Date.UTC(schoolYear + 1, 7, 31)) };
}

/** The day a term's eligibility is judged on: today while the term runs, else its first or last day. */
export async function judgedOn(db: Db, countyCode: string, today: Date, schoolYear: number, term: 1 | 2): Promise<AsOf> {
  const b = await termBounds(db, countyCode, schoolYear, term);
  const date = today < b.from ? b.from : today > b.to ? b.to : today;
  return { date, schoolYear, term };
}

function selectFor(at: AsOf) {
  return {
    id: true,
    birthDate: true,
    isLeftBehind: true,
    isOrphan: true,
    inDistress: true,
    isMigrant: true,
    hasDisability: true,
    household: { select: { registeredPoor: true, minimumLiving: true, extremePoverty: true, distanceToSchoolKm: true } },
    enrollment: { select: { status: true, grade: true, school: { select: { kind: true, township: { select: { isUrban: true } } } } } },
    disabilityRecord: { select: { grade: true, category: true } },
    boardingAssignments: { where: { schoolYear: at.schoolYear, term: at.term }, select: { status: true } },
    placements: { where: { status: { not: 'ENDED' as const } }, orderBy: [{ startsOn: 'desc' as const }, { id: 'desc' as const }], take: 1, select: { type: true } },
  } satisfies Prisma.ChildSelect;
}

type FactRow = Prisma.ChildGetPayload<{ select: ReturnType<typeof selectFor> }>;

function levelOf(grade: number | null | undefined): 'PRIMARY' | 'JUNIOR' | null {
  if (grade === null || grade === undefined) return null;
  if (grade >= 1 && grade <= 6) return 'PRIMARY';
  if (grade >= 7 && grade <= 9) return 'JUNIOR';
  return null;
}

/** The facts of one child (rules.ts FACTS), as of a date. */
export function factsOf(row: FactRow, at: AsOf): Facts {
  const e = row.enrollment;
  const hh = row.household;
  const board = row.boardingAssignments[0] ?? null;
  const place = row.placements[0] ?? null;
  return {
    'child.age': ageOn31Aug(row.birthDate, at.schoolYear),
    'child.isOrphan': row.isOrphan,
    'child.isLeftBehind': row.isLeftBehind,
    'child.inDistress': row.inDistress,
    'child.isMigrant': row.isMigrant,
    'child.hasDisability': row.hasDisability,
    'household.registeredPoor': hh?.registeredPoor ?? null,
    'household.minimumLiving': hh?.minimumLiving ?? null,
    'household.extremePoverty': hh?.extremePoverty ?? null,
    'household.distanceToSchoolKm': hh?.distanceToSchoolKm ?? null,
    'enrollment.status': e?.status ?? null,
    'enrollment.grade': e?.grade ?? null,
    'enrollment.level': levelOf(e?.grade),
    'school.kind': e?.school?.kind ?? null,
    'school.rural': e?.school ? !e.school.township.isUrban : null,
    'boarding.thisTerm': board?.status === 'ASSIGNED',
    'boarding.status': board?.status ?? null,
    'disability.grade': row.disabilityRecord?.grade ?? null,
    'disability.category': row.disabilityRecord?.category ?? null,
    'placement.type': place?.type ?? null,
  };
}

const PAGE = 1000;

/**
 * Calls `visit` with the facts of every child `where` selects, in id order,
 * one page of PAGE children at a time (memory stays bounded on a whole county).
 */
export async function forEachFacts(
  db: Db,
  where: Prisma.ChildWhereInput,
  at: AsOf,
  visit: (childId: string, facts: Facts) => void,
): Promise<number> {
  const select = selectFor(at);
  let after: string | null = null;
  let n = 0;
  for (;;) {
    const rows: FactRow[] = await db.child.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      select,
    });
    for (const r of rows) visit(r.id, factsOf(r, at));
    n += rows.length;
    if (rows.length < PAGE) return n;
    after = (rows[rows.length - 1] as FactRow).id;
  }
}

/**
 * The facts of one child (null when `where` does not select it). One relation
 * per statement, in turn: inside an interactive transaction (one connection)
 * Prisma would otherwise send a nested select's relation queries at once.
 */
export async function factsOfChild(db: Db, where: Prisma.ChildWhereInput, childId: string, at: AsOf): Promise<Facts | null> {
  const child = await db.child.findFirst({
    where: { AND: [where, { id: childId }] },
    select: { id: true, birthDate: true, isLeftBehind: true, isOrphan: true, inDistress: true, isMigrant: true, hasDisability: true, householdId: true },
  });
  if (!child) return null;
  const { householdId, ...scalars } = child;
  const household = householdId
    ? await db.household.findUnique({ where: { id: householdId }, select: selectFor(at).household.select })
    : null;
  const enrollment = await db.enrollment.findUnique({ where: { childId }, select: selectFor(at).enrollment.select });
  const disabilityRecord = await db.disabilityRecord.findUnique({ where: { childId }, select: selectFor(at).disabilityRecord.select });
  const boarding = await db.boardingAssignment.findUnique({
    where: { childId_schoolYear_term: { childId, schoolYear: at.schoolYear, term: at.term } },
    select: { status: true },
  });
  const { where: placementWhere, ...placementRest } = selectFor(at).placements;
  const placements = await db.placement.findMany({ where: { ...placementWhere, childId }, ...placementRest });
  return factsOf({ ...scalars, household, enrollment, disabilityRecord, boardingAssignments: boarding ? [boarding] : [], placements }, at);
}

// ── rule versions ──

export interface RuleVersion {
  id: string;
  version: number;
  rule: Rule;
  validFrom: Date;
  validTo: Date | null;
}

/** A stored rule, checked like a new one (a stored rule that fails is a data fault, not the caller's). */
export function storedRule(row: { version: number; rule: unknown }): Rule {
  try {
    return checkRule(row.rule, 'rule');
  } catch (e) {
    if (e instanceof RuleError) throw new HubError('CONFLICT', `the stored rule of version ${row.version} is invalid (${e.message}): publish a corrected version`);
    throw e;
  }
}

/** The version in force on a date: validFrom ≤ date ≤ validTo (validTo is the last day, null = open). */
export async function ruleOn(db: Db, programmeId: string, date: Date): Promise<RuleVersion | null> {
  const row = await db.subsidyRuleVersion.findFirst({
    where: { programmeId, validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] },
    orderBy: { version: 'desc' },
  });
  return row ? { id: row.id, version: row.version, rule: storedRule(row), validFrom: row.validFrom, validTo: row.validTo } : null;
}
