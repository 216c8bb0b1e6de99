import type { Database } from '../db/client';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { RowScope } from './row-scope';

/**
 * THE chokepoint between GraphQL and the database for person-level reads:
 * every query it runs ANDs the request's row scope into its `where`.
 * Resolvers and services never hold the Prisma client for reads of people.
 */
export class ScopedRepository {
  private readonly prisma: PrismaClient;

  constructor(
    /** The database (audit verification reads the raw chain). */
    readonly database: Database,
    readonly scope: RowScope,
    /** Receives the ids of the children whose rows this request read (for the access log). */
    private readonly seen: Set<string> = new Set(),
  ) {
    this.prisma = database.prisma;
  }

  private saw<T extends { id: string }>(rows: T[]): T[] {
    for (const r of rows) this.seen.add(r.id);
    return rows;
  }

  private childWhere(extra: Prisma.ChildWhereInput): Prisma.ChildWhereInput {
    return { AND: [this.scope.child, extra] };
  }

  /**
   * Rows belonging to a visible child: the child relation filter carries the
   * scope; for a county-wide scope the row's own countyCode is that filter
   * (every person-level row carries its child's county: test/db/county-invariant).
   */
  private ofChild<T extends object>(extra: T): T & { countyCode: string; child?: Prisma.ChildWhereInput } {
    if (this.scope.wholeCounty) return { ...extra, countyCode: this.scope.countyCode };
    return { ...extra, countyCode: this.scope.countyCode, child: this.scope.child };
  }

  async findChildren(where: Prisma.ChildWhereInput, take: number, afterId: string | null) {
    const rows = await this.prisma.child.findMany({
      where: this.childWhere(afterId === null ? where : { AND: [where, { id: { gt: afterId } }] }),
      orderBy: { id: 'asc' },
      take,
    });
    // The extra row fetched to detect a next page is not returned, so not counted as read.
    for (const r of rows.slice(0, take - 1)) this.seen.add(r.id);
    return rows;
  }

  countChildren(where: Prisma.ChildWhereInput) {
    return this.prisma.child.count({ where: this.childWhere(where) });
  }

  async childrenByIds(ids: readonly string[]) {
    return this.saw(await this.prisma.child.findMany({ where: this.childWhere({ id: { in: [...ids] } }) }));
  }

  async childrenByHouseholds(householdIds: readonly string[]) {
    return this.saw(
      await this.prisma.child.findMany({
        where: this.childWhere({ householdId: { in: [...householdIds] } }),
        orderBy: [{ birthDate: 'asc' }, { id: 'asc' }],
      }),
    );
  }

  /** Households, noting their children in scope as read: a household is person data about them. */
  async householdsByIds(ids: readonly string[]) {
    const rows = await this.prisma.household.findMany({
      where: { AND: [this.scope.household, { id: { in: [...ids] } }] },
      include: { children: { where: this.scope.child, select: { id: true } } },
    });
    for (const h of rows) for (const c of h.children) this.seen.add(c.id);
    return rows;
  }

  personsByHouseholds(householdIds: readonly string[]) {
    return this.prisma.person.findMany({
      where: { AND: [this.scope.person, { householdId: { in: [...householdIds] } }] },
      orderBy: [{ birthDate: 'asc' }, { id: 'asc' }],
    });
  }

  guardianshipsByChildren(childIds: readonly string[]) {
    return this.prisma.guardianship.findMany({
      where: this.ofChild({ childId: { in: [...childIds] } }),
      include: { person: true },
      orderBy: [{ isPrimary: 'desc' }, { id: 'asc' }],
    });
  }

  enrollmentsByChildren(childIds: readonly string[]) {
    return this.prisma.enrollment.findMany({ where: this.ofChild({ childId: { in: [...childIds] } }) });
  }

  statusEventsByEnrollments(enrollmentIds: readonly string[]) {
    return this.prisma.statusEvent.findMany({
      where: this.ofChild({ enrollmentId: { in: [...enrollmentIds] } }),
      orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }],
    });
  }

  /** Absence counts per child and kind since a date (the attendance summary). */
  attendanceCounts(childIds: readonly string[], since: Date) {
    return this.prisma.attendanceRecord.groupBy({
      by: ['childId', 'kind'],
      where: this.ofChild({ childId: { in: [...childIds] }, date: { gte: since } }),
      _count: { _all: true },
      _max: { date: true },
    });
  }

  subsidyGrantsByChildren(childIds: readonly string[]) {
    return this.prisma.subsidyGrant.findMany({
      where: this.ofChild({ childId: { in: [...childIds] } }),
      orderBy: [{ schoolYear: 'desc' }, { term: 'desc' }, { id: 'asc' }],
    });
  }

  boardingByChildren(childIds: readonly string[], schoolYear: number, term: number) {
    return this.prisma.boardingAssignment.findMany({
      where: this.ofChild({ childId: { in: [...childIds] }, schoolYear, term }),
    });
  }

  /** Ids among childIds whose DISABILITY_DETAIL may be read (SCHOOL: its own pupils only). */
  private async detailReadable(childIds: readonly string[]): Promise<Set<string> | null> {
    const only = this.scope.disabilityDetailChild;
    if (only === null) return null;
    const rows = await this.prisma.child.findMany({ where: { AND: [only, { id: { in: [...childIds] } }] }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  async disabilityRecordsByChildren(childIds: readonly string[]) {
    const [rows, readable] = await Promise.all([
      this.prisma.disabilityRecord.findMany({ where: this.ofChild({ childId: { in: [...childIds] } }) }),
      this.detailReadable(childIds),
    ]);
    if (readable === null) return rows;
    return rows.map((r) => (readable.has(r.childId) ? r : { ...r, assessment: null, assessedOn: null }));
  }

  async activePlacementsByChildren(childIds: readonly string[]) {
    const [rows, readable] = await Promise.all([
      this.prisma.placement.findMany({
        where: this.ofChild({ childId: { in: [...childIds] }, status: { not: 'ENDED' as const } }),
      }),
      this.detailReadable(childIds),
    ]);
    if (readable === null) return rows;
    return rows.map((r) => (readable.has(r.childId) ? r : { ...r, plan: null }));
  }

  homeVisitsByPlacements(placementIds: readonly string[]) {
    const child = this.scope.disabilityDetailChild === null ? this.scope.child : { AND: [this.scope.child, this.scope.disabilityDetailChild] };
    return this.prisma.homeTeachingVisit.findMany({
      where: { placementId: { in: [...placementIds] }, countyCode: this.scope.countyCode, placement: { child } },
      orderBy: [{ visitedOn: 'desc' }, { id: 'asc' }],
    });
  }

  migrantEnrollmentsByChildren(childIds: readonly string[]) {
    return this.prisma.migrantEnrollment.findMany({
      where: this.ofChild({ childId: { in: [...childIds] } }),
      orderBy: [{ appliedOn: 'desc' }, { id: 'asc' }],
    });
  }

  careArrangementsByChildren(childIds: readonly string[]) {
    return this.prisma.careArrangement.findMany({
      where: this.ofChild({ childId: { in: [...childIds] }, endedOn: null }),
      include: { surrogates: { orderBy: { fromDate: 'desc' } } },
    });
  }

  dropoutCasesByChildren(childIds: readonly string[]) {
    return this.prisma.dropoutCase.findMany({
      where: { AND: [this.ofChild({ childId: { in: [...childIds] } }), this.scope.dropoutCase] },
      orderBy: [{ detectedOn: 'desc' }, { id: 'asc' }],
    });
  }

  visitsByCases(caseIds: readonly string[]) {
    return this.prisma.persuasionVisit.findMany({
      where: { caseId: { in: [...caseIds] }, countyCode: this.scope.countyCode, case: { AND: [{ child: this.scope.child }, this.scope.dropoutCase] } },
      orderBy: [{ visitedOn: 'asc' }, { id: 'asc' }],
    });
  }

  // ── reference data (organisations, not people) ──
  schoolsByIds(ids: readonly string[]) {
    return this.prisma.school.findMany({ where: { AND: [this.scope.school, { id: { in: [...ids] } }] } });
  }

  findSchools(where: Prisma.SchoolWhereInput) {
    return this.prisma.school.findMany({ where: { AND: [this.scope.school, where] }, orderBy: { code: 'asc' } });
  }

  regionsByCodes(codes: readonly string[]) {
    return this.prisma.region.findMany({ where: { countyCode: this.scope.countyCode, code: { in: [...codes] } } });
  }

  findRegions(where: Prisma.RegionWhereInput) {
    return this.prisma.region.findMany({ where: { AND: [{ countyCode: this.scope.countyCode }, where] }, orderBy: { code: 'asc' } });
  }

  // ── the access log (AUDIT class: SUPERVISION only, by the policy) ──
  accessLogFor(childId: string, from: Date | null, to: Date | null, take: number) {
    return this.prisma.accessLog.findMany({
      where: {
        childIds: { has: childId },
        ...(from ? { at: { gte: from } } : {}),
        ...(to ? { AND: [{ at: { lt: new Date(to.getTime() + 86400000) } }] } : {}),
      },
      orderBy: { id: 'desc' },
      take,
    });
  }

  programmesByIds(ids: readonly string[]) {
    return this.prisma.subsidyProgramme.findMany({ where: { countyCode: this.scope.countyCode, id: { in: [...ids] } } });
  }
}
