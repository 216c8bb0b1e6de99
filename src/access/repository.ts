import type { Database, SqlSession } from '../db/client';
import { ident, modelMeta, reviveRow, type FieldMeta } from '../db/model-meta';
import { whereSql } from '../db/where-sql';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { prefetchSql, RelationBatcher, reviveRelated, type RelationQuery } from './relation-batch';
import { withReferral, type RowScope } from './row-scope';

/** The row type Prisma returns for a model (all scalars). */
type Row<M extends keyof PrismaClient> = PrismaClient[M] extends { findFirstOrThrow(args?: never): Promise<infer R> } ? R : never;

/** The relations the repository reads in batches (one statement per level) and, some, with their parents. */
export type RelationName =
  | 'childrenById'
  | 'childrenByHousehold'
  | 'householdsById'
  | 'personsByHousehold'
  | 'guardiansByChild'
  | 'enrollmentsByChild'
  | 'eventsByEnrollment'
  | 'grantsByChild'
  | 'detailReadable'
  | 'disabilityByChild'
  | 'placementByChild'
  | 'migrantsByChild'
  | 'careByChild'
  | 'casesByChild'
  | 'schoolsById'
  | 'regionsByCode'
  | 'programmesById';

/** Relations of a child that may be read in the same statement as the child (see prefetchable()). */
const PREFETCHABLE = new Set<RelationName>(['householdsById', 'guardiansByChild', 'enrollmentsByChild', 'grantsByChild', 'migrantsByChild', 'careByChild', 'casesByChild']);

/** A first-level relation to read with the children: its name, the child's column its key matches, and the columns to read (all when absent). */
export interface Prefetch {
  relation: RelationName;
  on: 'id' | 'householdId';
  only?: readonly string[];
}

/** Children and, per relation read with them, its rows by the key they belong to. */
export interface ChildrenWith {
  /** Whole rows, or only the columns asked for. */
  rows: Array<Row<'child'>>;
  /** The relations actually read (those of the request that were prefetchable). */
  with: readonly Prefetch[];
  related: Array<Map<string, Array<Record<string, unknown>>>>;
}

/** The column of a scalar field; a projection names fields of the model only. */
function columnName(f: FieldMeta | undefined, name: string): string {
  if (!f || f.kind === 'object') throw new Error(`not a column of the model: ${name}`);
  return f.column;
}

/**
 * THE chokepoint between GraphQL and the database for person-level reads:
 * every query it runs ANDs the request's row scope into its `where`.
 * Resolvers and services never hold the Prisma client for reads of people.
 *
 * The reads of a GraphQL tree (issue 9) are SQL, not Prisma calls: the roots
 * (a page of children, children by id) as one statement each, and every
 * relation level as one statement for all its relations (relation-batch.ts).
 * Their WHERE is the same Prisma where the rest of the hub uses, compiled
 * (src/db/where-sql.ts): one definition of each row scope.
 */
export class ScopedRepository {
  private readonly prisma: PrismaClient;
  /** Relation loads of one tick → one statement. */
  readonly batch: RelationBatcher;
  private readonly relations = new Map<string, RelationQuery>();

  /** Where this request's SQL reads go: a read replica when one is up and caught up with the viewer (src/db/replicas.ts), else the primary. */
  private reads: SqlSession;

  constructor(
    /** The database (audit verification reads the raw chain). */
    readonly database: Database,
    private rowScope: RowScope,
    /** Receives the ids of the children whose rows this request read (for the access log). */
    private readonly seen: Set<string> = new Set(),
    /** The read handle of the request (database.reader(subject)); the primary when absent. */
    reads?: SqlSession,
  ) {
    this.prisma = database.prisma;
    this.reads = reads ?? database.raw;
    this.batch = new RelationBatcher(() => this.reads);
  }

  /** The request's row scope (access-policy "Row scopes"). */
  get scope(): RowScope {
    return this.rowScope;
  }

  /**
   * Widens this request's scope for a referral it reads under (issue 10 item 4,
   * src/modules/referrals): every later statement carries the widened scope.
   */
  admitReferral(referral: { childId: string; caseId: string | null }): void {
    this.rowScope = withReferral(this.rowScope, referral);
    this.relations.clear();
  }

  /** From now on this request reads from the primary (a write began: its answer must see it). */
  readFromPrimary(): void {
    this.reads = this.database.raw;
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

  /** The query of a relation for this request's scope, built on first use. */
  relationQuery(name: RelationName): RelationQuery {
    let q = this.relations.get(name);
    if (!q) this.relations.set(name, (q = this.buildRelation(name)));
    return q;
  }

  /** Rows of a relation for these keys, through the level's one statement. */
  private async related<T>(name: RelationName, keys: readonly string[]): Promise<T[]> {
    const rows = await this.batch.load<T>(this.relationQuery(name), keys);
    this.noteRead(name, rows as Array<Record<string, unknown>>);
    return rows;
  }

  /** What reading a relation's rows means for the access log (beyond the children already listed). */
  private noteRead(name: RelationName, rows: ReadonlyArray<Record<string, unknown>>): void {
    if (name === 'childrenById' || name === 'childrenByHousehold') for (const r of rows) this.seen.add(r['id'] as string);
    // A household is person data about its children in scope.
    if (name === 'householdsById') for (const h of rows) for (const c of h['children'] as Array<{ id: string }>) this.seen.add(c.id);
  }

  /** Each relation the repository reads in batches: the rows, their order, and the row scope that bounds them. */
  private buildRelation(name: RelationName): RelationQuery {
    const child = this.ofChild({});
    switch (name) {
      case 'childrenById':
        return { model: 'Child', key: 'id', where: this.scope.child };
      case 'childrenByHousehold':
        return { model: 'Child', key: 'householdId', where: this.scope.child, orderBy: [['birthDate', 'ASC'], ['id', 'ASC']] };
      case 'householdsById':
        return {
          model: 'Household',
          key: 'id',
          where: this.scope.household,
          include: [
            // The household's children in scope: reading a household is reading about them (access log).
            { name: 'children', model: 'Child', list: true, on: Prisma.sql`i."householdId" = x."id"`, where: whereSql('Child', this.scope.child, 'i'), orderBy: [['id', 'ASC']], only: ['id'] },
          ],
        };
      case 'personsByHousehold':
        return { model: 'Person', key: 'householdId', where: this.scope.person, orderBy: [['birthDate', 'ASC'], ['id', 'ASC']] };
      case 'guardiansByChild':
        return {
          model: 'Guardianship',
          key: 'childId',
          where: child,
          orderBy: [['isPrimary', 'DESC'], ['id', 'ASC']],
          include: [{ name: 'person', model: 'Person', list: false, on: Prisma.sql`i."id" = x."personId"` }],
        };
      case 'enrollmentsByChild':
        return { model: 'Enrollment', key: 'childId', where: child };
      case 'eventsByEnrollment':
        return { model: 'StatusEvent', key: 'enrollmentId', where: child, orderBy: [['occurredOn', 'ASC'], ['recordedAt', 'ASC']] };
      case 'grantsByChild':
        return { model: 'SubsidyGrant', key: 'childId', where: child, orderBy: [['schoolYear', 'DESC'], ['term', 'DESC'], ['id', 'ASC']] };
      case 'detailReadable':
        return { model: 'Child', key: 'id', where: { AND: [this.scope.child, this.scope.disabilityDetailChild ?? {}] } };
      case 'disabilityByChild':
        return { model: 'DisabilityRecord', key: 'childId', where: child };
      case 'placementByChild':
        return { model: 'Placement', key: 'childId', where: this.ofChild({ status: { not: 'ENDED' as const } }) };
      case 'migrantsByChild':
        return { model: 'MigrantEnrollment', key: 'childId', where: child, orderBy: [['appliedOn', 'DESC'], ['id', 'ASC']] };
      case 'careByChild':
        return {
          model: 'CareArrangement',
          key: 'childId',
          where: this.ofChild({ endedOn: null }),
          include: [
            { name: 'surrogates', model: 'SurrogateParent', list: true, on: Prisma.sql`i."arrangementId" = x."id"`, orderBy: [['fromDate', 'DESC']] },
          ],
        };
      case 'casesByChild':
        return { model: 'DropoutCase', key: 'childId', where: { AND: [child, this.scope.dropoutCase] }, orderBy: [['detectedOn', 'DESC'], ['id', 'ASC']] };
      case 'schoolsById':
        return { model: 'School', key: 'id', where: this.scope.school };
      case 'regionsByCode':
        return { model: 'Region', key: 'code', where: { countyCode: this.scope.countyCode } };
      case 'programmesById':
        return { model: 'SubsidyProgramme', key: 'id', where: { countyCode: this.scope.countyCode } };
    }
  }

  /**
   * Whether a relation may be read together with its parent rows (one
   * statement for the root and its first level). Not the disability detail
   * relations when only some children's detail is readable: their loaders
   * blank the detail of the others after reading.
   */
  prefetchable(name: RelationName): boolean {
    if (name === 'disabilityByChild' || name === 'placementByChild') return this.scope.disabilityDetailChild === null;
    return PREFETCHABLE.has(name);
  }

  /**
   * A page of children in id order, as one statement (the root of a list),
   * with the first-level relations asked for (`with`) read in the same
   * statement: `related[i]` maps each parent key to the rows of `with[i]`.
   */
  async findChildren(
    where: Prisma.ChildWhereInput,
    take: number,
    afterId: string | null,
    withRelations: readonly Prefetch[] = [],
    columns?: readonly string[],
  ): Promise<ChildrenWith> {
    const filter = whereSql('Child', this.childWhere(afterId === null ? where : { AND: [where, { id: { gt: afterId } }] }), 'c');
    const out = await this.childrenWith(filter, Prisma.sql`ORDER BY c."id" LIMIT ${take}`, withRelations, columns);
    // The extra row fetched to detect a next page is not returned, so not counted as read.
    for (const r of out.rows.slice(0, take - 1)) this.seen.add(r.id);
    return out;
  }

  /** Children by id with their first-level relations, as one statement (the root of a lookup). */
  async findChildrenByIds(ids: readonly string[], withRelations: readonly Prefetch[] = [], columns?: readonly string[]): Promise<ChildrenWith> {
    const out = await this.childrenWith(whereSql('Child', this.childWhere({ id: { in: [...ids] } }), 'c'), Prisma.empty, withRelations, columns);
    for (const r of out.rows) this.seen.add(r.id);
    return out;
  }

  /**
   * `columns`: only these columns of the children (projected to what the
   * request's selection reads: src/graphql/projection.ts); all when absent.
   */
  private async childrenWith(filter: Prisma.Sql, tail: Prisma.Sql, withRelations: readonly Prefetch[], columns?: readonly string[]): Promise<ChildrenWith> {
    const wanted = withRelations.filter((p) => this.prefetchable(p.relation));
    const relationColumns = wanted.map((p, i) => Prisma.sql`, ${prefetchSql(this.relationQuery(p.relation), 'c', p.on, p.only)} AS ${ident(`p${i}`)}`);
    const childColumns = modelMeta('Child').fields;
    const own = columns ? Prisma.join(columns.map((c) => Prisma.sql`c.${ident(columnName(childColumns[c], c))}`), ', ') : Prisma.sql`c.*`;
    const sql = Prisma.sql`SELECT ${own}${relationColumns.length > 0 ? Prisma.join(relationColumns, '') : Prisma.empty} FROM "Child" c WHERE ${filter} ${tail}`;
    const raw = await this.reads.query<Record<string, unknown>>(sql.text, sql.values, { prepare: true });
    const related = wanted.map(() => new Map<string, Array<Record<string, unknown>>>());
    const rows = raw.map((r) => {
      wanted.forEach((p, i) => {
        const list = reviveRelated(this.relationQuery(p.relation), r[`p${i}`], p.only);
        delete r[`p${i}`];
        const key = r[p.on] as string | null;
        if (key !== null) (related[i] as Map<string, Array<Record<string, unknown>>>).set(key, list);
        this.noteRead(p.relation, list);
      });
      return reviveRow<Row<'child'>>('Child', r);
    });
    return { rows, with: wanted, related };
  }

  async countChildren(where: Prisma.ChildWhereInput): Promise<number> {
    const sql = Prisma.sql`SELECT count(*)::int AS n FROM "Child" c WHERE ${whereSql('Child', this.childWhere(where), 'c')}`;
    const rows = await this.reads.query<{ n: number }>(sql.text, sql.values, { prepare: true });
    return Number(rows[0]?.n ?? 0);
  }

  childrenByIds(ids: readonly string[]) {
    return this.related<Row<'child'>>('childrenById', ids);
  }

  childrenByHouseholds(householdIds: readonly string[]) {
    return this.related<Row<'child'>>('childrenByHousehold', householdIds);
  }

  /** Households, noting their children in scope as read: a household is person data about them. */
  householdsByIds(ids: readonly string[]) {
    return this.related<Row<'household'> & { children: Array<{ id: string }> }>('householdsById', ids);
  }

  personsByHouseholds(householdIds: readonly string[]) {
    return this.related<Row<'person'>>('personsByHousehold', householdIds);
  }

  guardianshipsByChildren(childIds: readonly string[]) {
    return this.related<Row<'guardianship'> & { person: Row<'person'> }>('guardiansByChild', childIds);
  }

  enrollmentsByChildren(childIds: readonly string[]) {
    return this.related<Row<'enrollment'>>('enrollmentsByChild', childIds);
  }

  statusEventsByEnrollments(enrollmentIds: readonly string[]) {
    return this.related<Row<'statusEvent'>>('eventsByEnrollment', enrollmentIds);
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
    return this.related<Row<'subsidyGrant'>>('grantsByChild', childIds);
  }

  boardingByChildren(childIds: readonly string[], schoolYear: number, term: number) {
    return this.prisma.boardingAssignment.findMany({ where: this.ofChild({ childId: { in: [...childIds] }, schoolYear, term }) });
  }

  /** Ids among childIds whose DISABILITY_DETAIL may be read (SCHOOL: its own pupils only). */
  private async detailReadable(childIds: readonly string[]): Promise<Set<string> | null> {
    if (this.scope.disabilityDetailChild === null) return null;
    const rows = await this.related<{ id: string }>('detailReadable', childIds);
    return new Set(rows.map((r) => r.id));
  }

  async disabilityRecordsByChildren(childIds: readonly string[]) {
    const [rows, readable] = await Promise.all([this.related<Row<'disabilityRecord'>>('disabilityByChild', childIds), this.detailReadable(childIds)]);
    if (readable === null) return rows;
    return rows.map((r) => (readable.has(r.childId) ? r : { ...r, assessment: null, assessedOn: null }));
  }

  async activePlacementsByChildren(childIds: readonly string[]) {
    const [rows, readable] = await Promise.all([this.related<Row<'placement'>>('placementByChild', childIds), this.detailReadable(childIds)]);
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
    return this.related<Row<'migrantEnrollment'>>('migrantsByChild', childIds);
  }

  careArrangementsByChildren(childIds: readonly string[]) {
    return this.related<Row<'careArrangement'> & { surrogates: Array<Row<'surrogateParent'>> }>('careByChild', childIds);
  }

  dropoutCasesByChildren(childIds: readonly string[]) {
    return this.related<Row<'dropoutCase'>>('casesByChild', childIds);
  }

  visitsByCases(caseIds: readonly string[]) {
    return this.prisma.persuasionVisit.findMany({
      where: { caseId: { in: [...caseIds] }, countyCode: this.scope.countyCode, case: { AND: [{ child: this.scope.child }, this.scope.dropoutCase] } },
      orderBy: [{ visitedOn: 'asc' }, { id: 'asc' }],
    });
  }

  // ── reference data (organisations, not people) ──
  schoolsByIds(ids: readonly string[]) {
    return this.related<Row<'school'>>('schoolsById', ids);
  }

  findSchools(where: Prisma.SchoolWhereInput) {
    return this.prisma.school.findMany({ where: { AND: [this.scope.school, where] }, orderBy: { code: 'asc' } });
  }

  regionsByCodes(codes: readonly string[]) {
    return this.related<Row<'region'>>('regionsByCode', codes);
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
    return this.related<Row<'subsidyProgramme'>>('programmesById', ids);
  }
}
