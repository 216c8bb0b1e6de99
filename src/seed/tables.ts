import type { Database } from '../db/client';
import { inTransaction, RowBuffer, tableSpec, type RowOf, type TableSpec } from './bulk';

/**
 * The tables the generator fills, in foreign-key order, with the columns it
 * sets (the rest keep their defaults, e.g. version = 1). Timestamps are set
 * explicitly so that the same seed gives the same rows.
 */

const U = 'uuid';
const T = 'text';
const I = 'int4';
const B = 'bool';
const D = 'date';
const TS = 'timestamptz';
const BY = 'bytea';
const F = 'float8';
const N = 'numeric';

export const TABLES = {
  Region: tableSpec('Region', [
    ['code', T], ['level', '"RegionLevel"'], ['name', T], ['parentCode', T], ['countyCode', T], ['isUrban', B],
    ['headName', T], ['headPhone', T], ['latitude', F], ['longitude', F],
  ]),
  School: tableSpec('School', [
    ['id', U], ['code', T], ['name', T], ['kind', '"SchoolKind"'], ['countyCode', T], ['townshipCode', T], ['isPublic', B],
    ['boardingBeds', I], ['hasBus', B], ['principalName', T], ['latitude', F], ['longitude', F], ['createdAt', TS],
  ]),
  Agency: tableSpec('Agency', [
    ['id', U], ['kind', '"AgencyKind"'], ['name', T], ['countyCode', T], ['townshipCode', T], ['schoolId', U], ['headName', T], ['createdAt', TS],
  ]),
  SchoolTerm: tableSpec('SchoolTerm', [['id', U], ['countyCode', T], ['schoolYear', I], ['term', I], ['startsOn', D], ['endsOn', D]]),
  SchoolFee: tableSpec('SchoolFee', [['id', U], ['schoolId', U], ['schoolYear', I], ['grade', I], ['feeCents', I]]),
  SchoolTermBeds: tableSpec('SchoolTermBeds', [['id', U], ['schoolId', U], ['schoolYear', I], ['term', I], ['beds', I]]),
  SubsidyProgramme: tableSpec('SubsidyProgramme', [
    ['id', U], ['code', T], ['name', T], ['countyCode', T], ['fundingLevel', '"FundingLevel"'], ['ownerAgency', '"AgencyKind"'],
    ['amountCents', I], ['period', '"SubsidyPeriod"'], ['active', B],
  ]),
  SubsidyRuleVersion: tableSpec('SubsidyRuleVersion', [
    ['id', U], ['programmeId', U], ['version', I], ['rule', 'jsonb'], ['validFrom', D], ['validTo', D], ['createdAt', TS],
  ]),
  PovertyRollBatch: tableSpec('PovertyRollBatch', [['id', U], ['countyCode', T], ['sourceName', T], ['contentHash', T], ['importedAt', TS]]),
  CensusRound: tableSpec('CensusRound', [
    ['id', U], ['countyCode', T], ['townshipCode', T], ['year', I], ['status', '"CensusRoundStatus"'], ['submittedAt', TS],
  ]),
  Household: tableSpec('Household', [
    ['id', U], ['countyCode', T], ['registrationNumber', T], ['villageCode', T], ['address', T], ['registeredPoor', B],
    ['poorSinceYear', I], ['poorLiftedYear', I], ['minimumLiving', B], ['minimumLivingSince', I], ['extremePoverty', B],
    ['annualIncome', N], ['assets', T], ['assistanceAmount', N], ['distanceToSchoolKm', F], ['createdAt', TS], ['updatedAt', TS],
  ]),
  Person: tableSpec('Person', [
    ['id', U], ['countyCode', T], ['householdId', U], ['name', T], ['idNumberCipher', BY], ['idNumberHash', BY], ['gender', '"Gender"'],
    ['birthDate', D], ['phone', T], ['worksAway', B], ['awaySince', D], ['deceased', B], ['createdAt', TS],
  ]),
  Child: tableSpec('Child', [
    ['id', U], ['countyCode', T], ['householdId', U], ['name', T], ['idNumberCipher', BY], ['idNumberHash', BY], ['gender', '"Gender"'],
    ['birthDate', D], ['ethnicity', T], ['villageCode', T], ['isLeftBehind', B], ['isMigrant', B], ['isOrphan', B], ['inDistress', B],
    ['hasDisability', B], ['createdAt', TS], ['updatedAt', TS],
  ]),
  Guardianship: tableSpec('Guardianship', [
    ['id', U], ['countyCode', T], ['childId', U], ['personId', U], ['relation', '"GuardianRelation"'], ['livesWithChild', B], ['isPrimary', B],
  ]),
  Enrollment: tableSpec('Enrollment', [
    ['id', U], ['countyCode', T], ['childId', U], ['schoolId', U], ['grade', I], ['className', T], ['nationalStudentNumberCipher', BY], ['nationalStudentNumberHash', BY],
    ['status', '"EnrollmentStatus"'], ['statusSince', D], ['createdAt', TS], ['updatedAt', TS],
  ]),
  StatusEvent: tableSpec('StatusEvent', [
    ['id', U], ['countyCode', T], ['enrollmentId', U], ['childId', U], ['type', '"StatusEventType"'], ['schoolId', U], ['grade', I],
    ['occurredOn', D], ['cause', '"DropoutCause"'], ['reason', T], ['evidenceRef', T], ['dueBackOn', D], ['recordedBy', T], ['recordedAt', TS],
  ]),
  TransferRequest: tableSpec('TransferRequest', [
    ['id', U], ['countyCode', T], ['childId', U], ['fromSchoolId', U], ['toSchoolId', U], ['status', '"TransferStatus"'],
    ['requestedOn', D], ['decidedOn', D], ['reason', T],
  ]),
  LeaveRequest: tableSpec('LeaveRequest', [
    ['id', U], ['countyCode', T], ['childId', U], ['fromDate', D], ['toDate', D], ['reason', T], ['status', '"LeaveStatus"'],
    ['approvedBy', T], ['requestedAt', TS],
  ]),
  AttendanceRecord: tableSpec('AttendanceRecord', [
    ['id', U], ['countyCode', T], ['childId', U], ['schoolId', U], ['date', D], ['kind', '"AttendanceKind"'], ['leaveRequestId', U],
    ['note', T], ['followUpOutcome', '"FollowUpOutcome"'], ['followedUpAt', TS], ['followedUpBy', T], ['followUpNote', T],
    ['recordedBy', T], ['recordedAt', TS],
  ]),
  CensusEntry: tableSpec('CensusEntry', [
    ['id', U], ['countyCode', T], ['roundId', U], ['name', T], ['idNumberCipher', BY], ['idNumberHash', BY], ['gender', '"Gender"'],
    ['birthDate', D], ['villageCode', T], ['childId', U], ['match', '"CensusMatch"'], ['matchConfidence', F], ['inSchool', B],
    ['suspectedDisabled', B], ['note', T],
  ]),
  LearningSupport: tableSpec('LearningSupport', [
    ['id', U], ['countyCode', T], ['childId', U], ['teacherName', T], ['cause', '"SupportCause"'], ['plan', T], ['startedOn', D], ['endedOn', D],
  ]),
  LearningSupportNote: tableSpec('LearningSupportNote', [['id', U], ['countyCode', T], ['supportId', U], ['notedOn', D], ['note', T]]),
  DropoutCase: tableSpec('DropoutCase', [
    ['id', U], ['countyCode', T], ['childId', U], ['detectedOn', D], ['source', '"CaseSource"'], ['cause', '"DropoutCause"'],
    ['causeNote', T], ['status', '"CaseStatus"'], ['countyHeadName', T], ['bureauHeadName', T], ['townshipHeadName', T],
    ['villageHeadName', T], ['principalName', T], ['teacherName', T], ['parentName', T], ['firstVisitDueOn', D],
    ['escalationLevel', I], ['escalatedAt', TS], ['returnedOn', D], ['alternativePlan', T], ['closedOn', D], ['createdAt', TS],
  ]),
  PersuasionVisit: tableSpec('PersuasionVisit', [
    ['id', U], ['countyCode', T], ['caseId', U], ['visitedOn', D], ['visitors', 'text[]'], ['outcome', '"VisitOutcome"'], ['notes', T],
    ['nextStep', T], ['nextVisitOn', D], ['recordedBy', T], ['recordedAt', TS],
  ]),
  LegalAction: tableSpec('LegalAction', [
    ['id', U], ['countyCode', T], ['caseId', U], ['childId', U], ['kind', '"LegalActionKind"'], ['takenOn', D], ['description', T],
    ['outcome', T], ['recordedBy', T],
  ]),
  SubsidyGrant: tableSpec('SubsidyGrant', [
    ['id', U], ['countyCode', T], ['childId', U], ['programmeId', U], ['schoolYear', I], ['term', I], ['amountCents', I],
    ['status', '"GrantStatus"'], ['decidedBy', T], ['decidedAt', TS], ['stopReason', T], ['createdAt', TS],
  ]),
  SupportPlan: tableSpec('SupportPlan', [
    ['id', U], ['countyCode', T], ['householdId', U], ['childId', U], ['measures', 'text[]'], ['responsibleName', T],
    ['responsibleAgencyKind', '"AgencyKind"'], ['startsOn', D], ['reviewOn', D],
  ]),
  BoardingAssignment: tableSpec('BoardingAssignment', [
    ['id', U], ['countyCode', T], ['childId', U], ['schoolId', U], ['schoolYear', I], ['term', I], ['bedLabel', T],
    ['status', '"BoardingStatus"'], ['priorityReason', T], ['assignedOn', D],
  ]),
  DisabilityRecord: tableSpec('DisabilityRecord', [
    ['id', U], ['countyCode', T], ['childId', U], ['category', '"DisabilityCategory"'], ['grade', I], ['certificateCipher', BY],
    ['certificateHash', BY], ['assessment', T], ['assessedOn', D],
  ]),
  Placement: tableSpec('Placement', [
    ['id', U], ['countyCode', T], ['childId', U], ['type', '"PlacementType"'], ['status', '"PlacementStatus"'], ['schoolId', U],
    ['responsibleTeacher', T], ['plan', T], ['visitsPerMonth', I], ['deferReason', T], ['reviewOn', D], ['proposedBy', T],
    ['assignedBy', T], ['startsOn', D], ['endsOn', D],
  ]),
  HomeTeachingVisit: tableSpec('HomeTeachingVisit', [
    ['id', U], ['countyCode', T], ['placementId', U], ['teacherName', T], ['visitedOn', D], ['hours', N], ['content', T],
  ]),
  MigrantEnrollment: tableSpec('MigrantEnrollment', [
    ['id', U], ['countyCode', T], ['childId', U], ['hukouOrigin', T], ['permitCipher', BY], ['permitHash', BY], ['permitIssuedBy', T],
    ['permitValidFrom', D], ['permitValidTo', D], ['appliedOn', D], ['requestedGrade', I], ['assignedSchoolId', U],
    ['status', '"MigrantStatus"'], ['feeChargedCents', I], ['rejectReason', T],
  ]),
  CareArrangement: tableSpec('CareArrangement', [
    ['id', U], ['countyCode', T], ['childId', U], ['kind', '"CareKind"'], ['caregiverName', T], ['caregiverRelation', '"GuardianRelation"'],
    ['caregiverPhone', T], ['registeredOn', D], ['endedOn', D],
  ]),
  SurrogateParent: tableSpec('SurrogateParent', [
    ['id', U], ['countyCode', T], ['arrangementId', U], ['name', T], ['phone', T], ['role', T], ['fromDate', D], ['toDate', D],
  ]),
  CareContact: tableSpec('CareContact', [
    ['id', U], ['countyCode', T], ['arrangementId', U], ['contactedOn', D], ['kind', '"ContactKind"'], ['withWhom', T], ['minutes', I], ['notes', T],
  ]),
  CounsellingSession: tableSpec('CounsellingSession', [['id', U], ['countyCode', T], ['arrangementId', U], ['heldOn', D], ['counsellor', T], ['notes', T]]),
  LaborViolation: tableSpec('LaborViolation', [
    ['id', U], ['countyCode', T], ['childId', U], ['employerName', T], ['employerCreditCode', T], ['foundOn', D], ['action', '"LaborAction"'],
    ['fineCents', I], ['notes', T], ['recordedBy', T],
  ]),
  PovertyRollEntry: tableSpec('PovertyRollEntry', [
    ['id', U], ['countyCode', T], ['batchId', U], ['registrationNumber', T], ['memberName', T], ['idNumberCipher', BY],
    ['idNumberHash', BY], ['birthDate', D], ['villageCode', T],
  ]),
  PlantedFact: tableSpec('PlantedFact', [['id', U], ['countyCode', T], ['kind', T], ['childId', U], ['detail', 'jsonb']]),
} as const;

export type TableName = keyof typeof TABLES;
export type Row<K extends TableName> = RowOf<(typeof TABLES)[K]>;

type Buffers = { [K in TableName]: RowBuffer<(typeof TABLES)[K] extends TableSpec<infer C> ? C : never> };

function emptyBuffers(): Buffers {
  const buffers: Partial<Record<TableName, unknown>> = {};
  for (const name of Object.keys(TABLES) as TableName[]) buffers[name] = new RowBuffer(TABLES[name] as TableSpec);
  return buffers as Buffers;
}

/**
 * Buffers rows of every table and writes them in foreign-key order, one
 * transaction per batch. Writing overlaps with generating: flush() hands
 * the batch to the database and returns at once unless `parallel` batches
 * are already being written. Batches written side by side must not refer
 * to each other's rows; a batch that refers to earlier batches (boarding
 * at the end of a township) is flushed with afterPrevious.
 */
export class CountyWriter {
  private buffers = emptyBuffers();
  private readonly inFlight: Array<Promise<void>> = [];
  private failure: unknown = null;
  readonly counts = Object.fromEntries(Object.keys(TABLES).map((name) => [name, 0])) as Record<TableName, number>;
  pending = 0;

  constructor(
    private readonly db: Database,
    private readonly parallel = 1,
  ) {}

  add<K extends TableName>(table: K, row: Row<K>): void {
    (this.buffers[table] as unknown as RowBuffer<string>).add(row as unknown as Record<string, never>);
    this.pending++;
  }

  /** Starts writing what is buffered (after every earlier batch is committed, with afterPrevious). */
  async flush(afterPrevious = false): Promise<void> {
    while (this.inFlight.length > 0 && (afterPrevious || this.inFlight.length >= this.parallel)) await this.inFlight.shift();
    if (this.failure !== null) throw this.failure;
    if (this.pending === 0) return;
    const batch = this.buffers;
    this.buffers = emptyBuffers();
    this.pending = 0;
    const write = inTransaction(this.db, async (sql) => {
      for (const name of Object.keys(TABLES) as TableName[]) {
        this.counts[name] += await (batch[name] as unknown as RowBuffer<string>).flush(sql);
      }
    }).catch((e: unknown) => {
      this.failure ??= e;
    });
    this.inFlight.push(write);
  }

  /** Writes everything buffered and waits until all of it is committed. */
  async drain(): Promise<void> {
    await this.flush(true);
    await this.flush(true);
  }
}
