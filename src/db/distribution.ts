/**
 * The sharding plan (issue 11 item 6, docs/scale.md), as data: how each table
 * would be placed on a Citus cluster of a province. test/db/county-invariant.test.ts
 * checks the database against it: every table is placed, every distributed
 * table has countyCode, foreign keys go only where Citus allows them, and the
 * rows of every foreign key between distributed tables lie in one county.
 *
 *  - `distributed`: hash-distributed on "countyCode", all in one co-location
 *    group, so a county's rows of every table live on one node and a query
 *    with `"countyCode" = $1` (every row scope has one) runs on that node only.
 *  - `reference`: small, read-mostly, province-wide; a copy on every node
 *    (divisions, schools, programmes): joins to them stay node-local.
 *  - `coordinator`: stays a local table on the coordinator (not person data
 *    of one county, or not yet fitted: see `note`).
 */
export type Placement = 'distributed' | 'reference' | 'coordinator';

export interface TablePlan {
  placement: Placement;
  /** Why, where it is not obvious, and what must change before the move. */
  note?: string;
}

export const DISTRIBUTION_COLUMN = 'countyCode';

export const DISTRIBUTION: Record<string, TablePlan> = {
  // Places and organisations: province-wide, small, read on every request.
  Region: { placement: 'reference', note: 'all divisions of the province (~30,000 villages): ~10 MB' },
  School: { placement: 'reference', note: 'about 20,000 schools in a province' },
  SchoolFee: { placement: 'reference' },
  SchoolTermBeds: { placement: 'reference' },
  SchoolTerm: { placement: 'reference', note: 'term calendars, one row per county and term' },
  Agency: { placement: 'reference' },
  SubsidyProgramme: { placement: 'reference', note: 'programmes are defined per county but few (tens per county)' },
  SubsidyRuleVersion: { placement: 'reference' },

  // Person-level: a child, a person, a household, and everything that hangs from them.
  Household: { placement: 'distributed' },
  Person: { placement: 'distributed' },
  Child: { placement: 'distributed' },
  Guardianship: { placement: 'distributed' },
  Enrollment: { placement: 'distributed' },
  StatusEvent: { placement: 'distributed' },
  TransferRequest: { placement: 'distributed' },
  // Partitioned by month of date (issue 11 item 5): Citus distributes a partitioned table with its partitions, which are not tables of the plan.
  AttendanceRecord: { placement: 'distributed' },
  LeaveRequest: { placement: 'distributed' },
  CensusRound: { placement: 'distributed' },
  CensusEntry: { placement: 'distributed' },
  LearningSupport: { placement: 'distributed' },
  LearningSupportNote: { placement: 'distributed' },
  DropoutCase: { placement: 'distributed' },
  PersuasionVisit: { placement: 'distributed' },
  LegalAction: { placement: 'distributed' },
  SubsidyGrant: { placement: 'distributed' },
  SupportPlan: { placement: 'distributed' },
  BoardingAssignment: { placement: 'distributed' },
  DisabilityRecord: { placement: 'distributed' },
  Placement: { placement: 'distributed' },
  HomeTeachingVisit: { placement: 'distributed' },
  MigrantEnrollment: { placement: 'distributed' },
  Referral: { placement: 'distributed', note: 'one child, its county' },
  CareArrangement: { placement: 'distributed' },
  SurrogateParent: { placement: 'distributed' },
  CareContact: { placement: 'distributed' },
  CounsellingSession: { placement: 'distributed' },
  LaborViolation: { placement: 'distributed' },
  PovertyRollBatch: { placement: 'distributed' },
  PovertyRollEntry: { placement: 'distributed' },
  ReconciliationRun: { placement: 'distributed' },
  Discrepancy: { placement: 'distributed' },
  SuspectedDropout: { placement: 'distributed' },
  MonthlyReport: { placement: 'distributed' },
  OutboxEvent: { placement: 'distributed', note: 'subscribers read it by id across counties: a province-wide reader fans out' },
  ImportJob: { placement: 'distributed' },

  // Not one county's person data, or not fitted yet.
  AccessLog: {
    placement: 'coordinator',
    note: 'one hash chain per database, with no countyCode: to distribute it, one chain per county (countyCode, a chain head and lock per county); until then every access record is a write on the coordinator',
  },
  AccessLogCheckpoint: { placement: 'coordinator', note: 'follows AccessLog (one checkpoint stream per chain)' },
  AccessLogHead: { placement: 'coordinator', note: 'follows AccessLog (one head per chain)' },
  PlantedFact: { placement: 'coordinator', note: "the demo generator's answer key; never in a real province" },
  IdempotencyRecord: { placement: 'coordinator', note: 'keyed by caller, not county; could be distributed by "subject"' },
  SubscriptionCursor: { placement: 'coordinator' },
  PartnerClient: { placement: 'reference', note: 'read on every partner request (token, grants)' },
  TrustedDocument: { placement: 'reference' },
  PartnerRateLimit: { placement: 'reference' },
  WebhookSubscription: { placement: 'coordinator' },
  WebhookDelivery: { placement: 'coordinator' },
  _prisma_migrations: { placement: 'coordinator' },
};

/**
 * The Citus statements the plan amounts to, in an order Citus accepts
 * (reference tables first, then the distributed ones co-located with Child).
 * docs/scale.md lists the schema changes needed before they can run.
 */
export function citusStatements(plan: Record<string, TablePlan> = DISTRIBUTION): string[] {
  const entries = Object.entries(plan);
  return [
    ...entries.filter(([, p]) => p.placement === 'reference').map(([t]) => `SELECT create_reference_table('"${t}"');`),
    `SELECT create_distributed_table('"Child"', '${DISTRIBUTION_COLUMN}');`,
    ...entries
      .filter(([t, p]) => p.placement === 'distributed' && t !== 'Child')
      .map(([t]) => `SELECT create_distributed_table('"${t}"', '${DISTRIBUTION_COLUMN}', colocate_with => '"Child"');`),
  ];
}
