/**
 * THE access policy of the hub (../shared/design/access-policy.md), as data.
 *
 * A privacy officer reviews who sees what by reading this file alone:
 *   - MATRIX: for each field class and agency kind, what the agency may do.
 *   - ROW_SCOPES: which children each agency kind sees at all.
 *   - PURPOSES: the purpose codes each agency kind may state (header X-Purpose).
 * Everything else is derived from these tables: each agency's schema slice
 * (src/access/slices.ts), the graphql-shield rules (src/access/shield.ts), the
 * row scopes in the repository (src/access/row-scope.ts), masking, the audit
 * classes, and the contract tests (test/access/*). There is no default-allow:
 * a field without a class, or a class without a row here, is denied and fails
 * the contract tests.
 */
import type { AgencyKind, ImportKind } from '../generated/prisma/enums';
import type { FieldClass } from './field-classes';

/** Agency kinds that act in their own right (partner apps act on behalf of one of these). */
export const AGENCIES = [
  'EDUCATION_BUREAU',
  'TOWNSHIP',
  'SCHOOL',
  'CIVIL_AFFAIRS',
  'HUMAN_RESOURCES_SOCIAL_SECURITY',
  'JUDICIARY',
  'WOMENS_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
  'POVERTY_ALLEVIATION_OFFICE',
  'SUPERVISION',
  'CITY_EDUCATION_BUREAU',
  'PROVINCE_EDUCATION_DEPARTMENT',
] as const satisfies readonly AgencyKind[];
export type Agency = (typeof AGENCIES)[number];

/**
 * Agencies above the county (issue 11: a city or province of counties on one
 * hub). Their token names their division (claim region_code: a city 431100,
 * a province 430000); they see the counties this hub serves whose code starts
 * with the first `digits` of it, in aggregate only (the regional queries
 * below), never a child's row, and small counts suppressed as for partners.
 */
export const REGIONAL_AGENCIES = {
  CITY_EDUCATION_BUREAU: { digits: 4, description: '市教育局: the counties of its city (prefecture)' },
  PROVINCE_EDUCATION_DEPARTMENT: { digits: 2, description: '省教育厅: the counties of its province' },
} as const satisfies Partial<Record<Agency, { digits: number; description: string }>>;
export type RegionalAgency = keyof typeof REGIONAL_AGENCIES;

export function isRegionalAgency(a: Agency): a is RegionalAgency {
  return Object.hasOwn(REGIONAL_AGENCIES, a);
}

/** The division code of the city or province above a county: 431124 → 431100 (city), 430000 (province). */
export function regionAbove(agency: RegionalAgency, countyCode: string): string {
  return countyCode.slice(0, REGIONAL_AGENCIES[agency].digits).padEnd(6, '0');
}

/**
 * One cell of the matrix.
 * - read: 'full' value, 'masked' value (IDENTIFIERS: first 3 + last 4), or 'none'.
 * - write: false, true, or the named kinds of write the agency may make in this class.
 * - only: the read is limited to these GraphQL types / `Type.field`s of the class.
 * - rows: the read is limited to these rows, narrower than the agency's row scope.
 */
export interface Cell {
  read: 'full' | 'masked' | 'none';
  write: boolean | readonly string[];
  only?: readonly string[];
  rows?: 'ESCALATED_CASES' | 'OWN_PUPILS';
  note?: string;
}

const R: Cell = { read: 'full', write: false };
const RW: Cell = { read: 'full', write: true };
const M: Cell = { read: 'masked', write: false };
const NO: Cell = { read: 'none', write: false };
const RW_SOME = (...kinds: string[]): Cell => ({ read: 'full', write: kinds });
/** AUDIT for the child's own township and school: the guardian's access report (issue 10 item 5), nothing else of the log. */
const GUARDIAN_REPORT: Cell = {
  read: 'full',
  write: false,
  only: ['Query.accessReport', 'AccessReport', 'AccessReportAgency', 'AccessReportEntry'],
  note: "the guardian's access report of a child in its row scope (PIPL art. 31, 45)",
};

/**
 * AGGREGATE for the city and the province (issue 11): the regional queries
 * only (per county: dropout targets T1–T3, the townships' frozen monthly
 * reports and the coverage they give), counts below PARTNER_MIN_COUNT
 * suppressed. The county-level aggregate queries are not in their schema:
 * counted within a row scope of no children they would answer zeros.
 */
const REGIONAL_FIGURES: Cell = {
  read: 'full',
  write: false,
  only: [
    'Query.regionalTargets', 'CountyTargets', 'County', 'DropoutLevelFigure', 'PoorDropoutFigure',
    'Query.regionalMonthlyReports', 'CountyMonthlyReport', 'RegionalMonthlyTotals',
  ],
  note: 'aggregates of the counties under it, small counts suppressed; never a child',
};
/**
 * REFERENCE for the city and the province: who they are and what they may
 * read (Query.viewer; its township and school, null for them, keep the
 * console's one document valid), no county's organisation lists.
 */
const REGIONAL_SELF: Cell = { read: 'full', write: false, only: ['Query.viewer', 'Viewer', 'ClassAccess', 'Viewer.township', 'Viewer.school', 'Township', 'School'], note: 'itself only' };

/** access-policy.md "The matrix". Columns in the order of AGENCIES. */
// prettier-ignore
export const MATRIX: Record<FieldClass, Record<Agency, Cell>> = {
  // Organisational reference data (regions, schools, programmes): describes no person.
  REFERENCE:       { EDUCATION_BUREAU: R,  TOWNSHIP: R,  SCHOOL: R,  CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: R,  JUDICIARY: R,  WOMENS_FEDERATION: R,  DISABLED_PERSONS_FEDERATION: R,  POVERTY_ALLEVIATION_OFFICE: R,  SUPERVISION: R, CITY_EDUCATION_BUREAU: REGIONAL_SELF, PROVINCE_EDUCATION_DEPARTMENT: REGIONAL_SELF },
  BASIC:           { EDUCATION_BUREAU: RW, TOWNSHIP: R,  SCHOOL: RW, CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: { ...R, note: 'lookup only: no listing (row scope)' }, JUDICIARY: R, WOMENS_FEDERATION: R, DISABLED_PERSONS_FEDERATION: R, POVERTY_ALLEVIATION_OFFICE: R, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  IDENTIFIERS:     { EDUCATION_BUREAU: R,  TOWNSHIP: M,  SCHOOL: M,  CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: { ...NO, note: 'input only: may look up by ID number' }, JUDICIARY: M, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: M, POVERTY_ALLEVIATION_OFFICE: R, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  CONTACT:         { EDUCATION_BUREAU: R,  TOWNSHIP: R,  SCHOOL: RW, CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: R,  WOMENS_FEDERATION: R,  DISABLED_PERSONS_FEDERATION: R,  POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  ECONOMIC:        { EDUCATION_BUREAU: R,  TOWNSHIP: R,  SCHOOL: R,  CIVIL_AFFAIRS: RW, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: R,  DISABLED_PERSONS_FEDERATION: R,  POVERTY_ALLEVIATION_OFFICE: RW, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  ECONOMIC_DETAIL: { EDUCATION_BUREAU: NO, TOWNSHIP: NO, SCHOOL: NO, CIVIL_AFFAIRS: RW, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: R,  SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  // "status" in access-policy.md = only the current enrollment status, which is a BASIC field.
  EDUCATION:       { EDUCATION_BUREAU: RW, TOWNSHIP: RW_SOME('CENSUS', 'PERSUASION', 'REPORT', 'REFERRAL'), SCHOOL: RW, CIVIL_AFFAIRS: { ...NO, note: 'status only' }, HUMAN_RESOURCES_SOCIAL_SECURITY: { ...NO, note: 'status only' },
                     JUDICIARY: { read: 'full', write: false, only: ['Query.dropoutCases', 'Child.dropoutCases', 'DropoutCase', 'PersuasionVisit', 'ResponsibleHeads'], rows: 'ESCALATED_CASES', note: 'status + its (escalated) cases' },
                     WOMENS_FEDERATION: { ...NO, note: 'status only' }, DISABLED_PERSONS_FEDERATION: { ...NO, note: 'status only' }, POVERTY_ALLEVIATION_OFFICE: { ...NO, note: 'status only' }, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  WELFARE:         { EDUCATION_BUREAU: RW_SOME('EDUCATION_PROGRAMMES'), TOWNSHIP: R, SCHOOL: R, CIVIL_AFFAIRS: RW_SOME('CIVIL_AFFAIRS_PROGRAMMES'), HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: RW_SOME('DISABILITY_ALLOWANCES'), POVERTY_ALLEVIATION_OFFICE: R, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  DISABILITY:      { EDUCATION_BUREAU: R,  TOWNSHIP: R,  SCHOOL: R,  CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: RW, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  DISABILITY_DETAIL: { EDUCATION_BUREAU: R, TOWNSHIP: NO, SCHOOL: { read: 'full', write: false, rows: 'OWN_PUPILS', note: 'its pupils' }, CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: RW, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  PLACEMENT:       { EDUCATION_BUREAU: RW_SOME('PROPOSE'), TOWNSHIP: R, SCHOOL: RW_SOME('VISITS'), CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: RW_SOME('ASSIGN'), POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  BOARDING:        { EDUCATION_BUREAU: RW, TOWNSHIP: R,  SCHOOL: RW, CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: R,  DISABLED_PERSONS_FEDERATION: R,  POVERTY_ALLEVIATION_OFFICE: R,  SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  CARE:            { EDUCATION_BUREAU: R,  TOWNSHIP: RW, SCHOOL: RW, CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: RW, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  MIGRATION:       { EDUCATION_BUREAU: RW, TOWNSHIP: R,  SCHOOL: RW, CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  LEGAL:           { EDUCATION_BUREAU: { read: 'full', write: false, only: ['DropoutCase.legalActions', 'LegalAction'], note: 'from dropout cases' }, TOWNSHIP: NO, SCHOOL: NO, CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: RW, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  LABOR:           { EDUCATION_BUREAU: R,  TOWNSHIP: NO, SCHOOL: NO, CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: RW, JUDICIARY: R,  WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: NO, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
  // Counts obey the row scope, so TOWNSHIP and SCHOOL aggregates are their own.
  AGGREGATE:       { EDUCATION_BUREAU: R,  TOWNSHIP: R,  SCHOOL: R,  CIVIL_AFFAIRS: R,  HUMAN_RESOURCES_SOCIAL_SECURITY: R,  JUDICIARY: R,  WOMENS_FEDERATION: R,  DISABLED_PERSONS_FEDERATION: R,  POVERTY_ALLEVIATION_OFFICE: R,  SUPERVISION: R,
                     CITY_EDUCATION_BUREAU: REGIONAL_FIGURES, PROVINCE_EDUCATION_DEPARTMENT: REGIONAL_FIGURES },
  // The access log is SUPERVISION's. A guardian asks the child's township or school which agencies
  // read the child's data (PIPL art. 45 right of access, art. 31 minors' guardians): they may produce
  // the access report (agency, classes, purpose, when; no staff) for children in their row scope only.
  AUDIT:           { EDUCATION_BUREAU: NO, TOWNSHIP: GUARDIAN_REPORT, SCHOOL: GUARDIAN_REPORT, CIVIL_AFFAIRS: NO, HUMAN_RESOURCES_SOCIAL_SECURITY: NO, JUDICIARY: NO, WOMENS_FEDERATION: NO, DISABLED_PERSONS_FEDERATION: NO, POVERTY_ALLEVIATION_OFFICE: NO, SUPERVISION: R, CITY_EDUCATION_BUREAU: NO, PROVINCE_EDUCATION_DEPARTMENT: NO },
};

/** access-policy.md "Row scopes": which children an agency kind sees at all. */
export const ROW_SCOPES: Record<Agency, { rows: RowScopeKind; description: string }> = {
  EDUCATION_BUREAU: { rows: 'COUNTY', description: 'the whole county' },
  SUPERVISION: { rows: 'COUNTY', description: 'the whole county (aggregates and audit only)' },
  CIVIL_AFFAIRS: { rows: 'COUNTY', description: 'the whole county (aid eligibility)' },
  TOWNSHIP: { rows: 'TOWNSHIP', description: 'children living in the township or enrolled in its schools' },
  SCHOOL: { rows: 'SCHOOL', description: 'children enrolled at, transferring to/from, or applying to the school' },
  HUMAN_RESOURCES_SOCIAL_SECURITY: { rows: 'LABOR_FINDINGS', description: 'no listing: children in its own labor findings; exact lookup answers only "school age? in school?"' },
  JUDICIARY: { rows: 'LEGAL', description: 'children with a legal action, a labor finding, or a dropout case escalated to legal action' },
  WOMENS_FEDERATION: { rows: 'CARE', description: 'left-behind and in-distress children' },
  DISABLED_PERSONS_FEDERATION: { rows: 'DISABILITY', description: 'children with a disability record, and school-age children flagged as suspected disabled by a census' },
  POVERTY_ALLEVIATION_OFFICE: { rows: 'REGISTERED_POOR', description: 'children of registered-poor households' },
  CITY_EDUCATION_BUREAU: { rows: 'NONE', description: "no child: aggregates of its city's counties only" },
  PROVINCE_EDUCATION_DEPARTMENT: { rows: 'NONE', description: "no child: aggregates of its province's counties only" },
};

export type RowScopeKind = 'COUNTY' | 'TOWNSHIP' | 'SCHOOL' | 'LABOR_FINDINGS' | 'LEGAL' | 'CARE' | 'DISABILITY' | 'REGISTERED_POOR' | 'NONE';

/** Purpose codes (header X-Purpose): a request reading any class beyond the free ones must state one. */
export const PURPOSE_CODES = [
  'AID_ELIGIBILITY',
  'PLACEMENT',
  'DROPOUT_CASEWORK',
  'SUBSIDY_REVIEW',
  'LEGAL_AID',
  'CARE',
  'RECONCILIATION',
  'SUPERVISION',
  'ENROLLMENT_MANAGEMENT',
  'CENSUS',
  'LABOR_INSPECTION',
  /** A guardian's request to know who processed the child's data (PIPL art. 31, 45: 依监护人申请查阅). */
  'GUARDIAN_REQUEST',
] as const;
export type Purpose = (typeof PURPOSE_CODES)[number];

/** Classes that may be read without stating a purpose. */
export const PURPOSE_FREE_CLASSES: readonly FieldClass[] = ['REFERENCE', 'BASIC', 'AGGREGATE'];

/** The purposes each agency kind may state. */
export const PURPOSES: Record<Agency, readonly Purpose[]> = {
  EDUCATION_BUREAU: ['DROPOUT_CASEWORK', 'ENROLLMENT_MANAGEMENT', 'SUBSIDY_REVIEW', 'PLACEMENT', 'CARE', 'RECONCILIATION'],
  TOWNSHIP: ['DROPOUT_CASEWORK', 'CENSUS', 'CARE', 'RECONCILIATION', 'GUARDIAN_REQUEST'],
  SCHOOL: ['DROPOUT_CASEWORK', 'ENROLLMENT_MANAGEMENT', 'CARE', 'PLACEMENT', 'SUBSIDY_REVIEW', 'GUARDIAN_REQUEST'],
  CIVIL_AFFAIRS: ['AID_ELIGIBILITY', 'SUBSIDY_REVIEW', 'CARE'],
  HUMAN_RESOURCES_SOCIAL_SECURITY: ['LABOR_INSPECTION'],
  JUDICIARY: ['LEGAL_AID', 'DROPOUT_CASEWORK'],
  WOMENS_FEDERATION: ['CARE'],
  DISABLED_PERSONS_FEDERATION: ['PLACEMENT', 'SUBSIDY_REVIEW'],
  POVERTY_ALLEVIATION_OFFICE: ['RECONCILIATION', 'AID_ELIGIBILITY', 'SUBSIDY_REVIEW'],
  SUPERVISION: ['SUPERVISION'],
  // Aggregates need no purpose; nothing else is theirs to read.
  CITY_EDUCATION_BUREAU: [],
  PROVINCE_EDUCATION_DEPARTMENT: [],
};

/**
 * Who files each department list (npm run import, POST /imports): the owner
 * of the list, on top of the write right its class needs in MATRIX (a
 * township files only its own villages' census, a school only its roster).
 */
export const IMPORTERS: Record<ImportKind, readonly Agency[]> = {
  POVERTY_ROLL: ['POVERTY_ALLEVIATION_OFFICE'], // plan R2.3: the office's own roll
  MINIMUM_LIVING: ['CIVIL_AFFAIRS'], // plan R4.1: civil affairs' own list
  DISABILITY_REGISTER: ['DISABLED_PERSONS_FEDERATION'], // plan R2.5
  CENSUS: ['EDUCATION_BUREAU', 'TOWNSHIP'], // plan R2.2
  SCHOOL_ROSTER: ['EDUCATION_BUREAU', 'SCHOOL'], // plan R2.1
  RESIDENCE_PERMIT: ['EDUCATION_BUREAU', 'SCHOOL'], // plan R6.3
};

/** Partner apps: aggregate counts below this are suppressed (access-policy "Filters, sort orders and aggregates"). */
export const PARTNER_MIN_COUNT = 5;

/** Who gets small counts suppressed: partner apps, and the agencies above the county (issue 11). */
export function suppressesSmallCounts(v: { kind: AgencyKind; agency: Agency }): boolean {
  return v.kind === 'PARTNER_APP' || isRegionalAgency(v.agency);
}

/**
 * Whether a target's verdict (达标 or not) is shown even when the counts
 * behind it are suppressed: for the city and the province, whose task is to
 * hold each county to T1–T3 (a county meeting T1 has few dropouts, so its
 * counts are small by definition). A verdict names no number: with the roll
 * suppressed or not, it tells only that the rate is within the target. The
 * rate itself stays suppressed (rate × roll would give the count back).
 * Partner apps keep the verdict suppressed with its counts.
 */
export function showsVerdicts(v: { kind: AgencyKind; agency: Agency }): boolean {
  return v.kind !== 'PARTNER_APP' && isRegionalAgency(v.agency);
}

/** A count as a viewer may see it: null when it is below PARTNER_MIN_COUNT and the viewer gets small counts suppressed. */
export function shownCount(v: { kind: AgencyKind; agency: Agency }, n: number): number | null {
  return n < PARTNER_MIN_COUNT && suppressesSmallCounts(v) ? null : n;
}

/**
 * Referrals (转介, issue 10 item 4): case-bound grants. Who may refer is the
 * matrix's: a write of kind REFERRAL on EDUCATION (the school, the township,
 * the education bureau). A referral names one child (and optionally one of its
 * cases), the receiving agency, the purpose that agency will state (one of its
 * PURPOSES) and the classes it may read of that child, beyond its row scope,
 * until the referral expires (at most maxDays) or is revoked. A class can be
 * referred only if the receiving agency reads it at all (its slice has the
 * fields) and the referring agency reads it too (nobody passes on what it
 * cannot see); never the access log, aggregates or reference data. Partner
 * apps neither make nor receive referrals. Every referral, and every read
 * under one, is in the access log.
 */
export const REFERRALS = {
  // The county's departments (one of each): a referral names its receiver by kind.
  to: ['CIVIL_AFFAIRS', 'WOMENS_FEDERATION', 'DISABLED_PERSONS_FEDERATION', 'POVERTY_ALLEVIATION_OFFICE', 'JUDICIARY', 'HUMAN_RESOURCES_SOCIAL_SECURITY'] as readonly Agency[],
  maxDays: 90,
  never: ['AUDIT', 'AGGREGATE', 'REFERENCE'] as readonly FieldClass[],
  // Who revokes: the referring unit itself, and these agencies for any referral of the county (the bureau coordinates: plan R1.1).
  revokeAny: ['EDUCATION_BUREAU'] as readonly Agency[],
} as const;
