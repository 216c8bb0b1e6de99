/**
 * Canary children for the access contract tests: one child per township and
 * per sensitive category, each with a unique name, planted through Prisma
 * with exactly the attributes the row-scope predicates of the tests read.
 * A canary found in a response it should not be in is a leak.
 */
import { randomUUID } from 'node:crypto';
import type { Agency } from '../../src/access/policy';
import type { Asker, OracleGrant } from './policy-oracle';
import type { Database } from '../../src/db/client';
import type { CaseStatus, EnrollmentStatus, MigrantStatus, TransferStatus } from '../../src/generated/prisma/enums';
import { ageOn31Aug } from '../../src/lib/school-year';
import { Scenario, TEST_COUNTY, testSealer } from './factories';
import { post } from './server';
import { mintToken, type Persona } from './tokens';

export type SchoolKey = 'A' | 'B' | 'C';
export type TownshipN = 1 | 2 | 3;

export interface CanarySpec {
  key: string;
  /** Township of residence. */
  township: TownshipN;
  /** School of the enrollment; null = no enrollment row at all. */
  school: SchoolKey | null;
  status?: EnrollmentStatus;
  /** Shares the household of this canary. */
  householdOf?: string;
  birthDate?: string;
  leftBehind?: boolean;
  inDistress?: boolean;
  orphan?: boolean;
  migrant?: boolean;
  hasDisability?: boolean;
  /** A disability record with certificate and assessment, an active placement with a plan and one home-teaching visit. */
  disabilityRecord?: boolean;
  censusSuspectedDisabled?: boolean;
  registeredPoor?: boolean;
  laborFinding?: boolean;
  /** A legal action taken directly (not under a dropout case). */
  legalAction?: boolean;
  cases?: Array<{ status: CaseStatus; legalAction?: boolean }>;
  transfer?: { from: SchoolKey; to: SchoolKey; status: TransferStatus };
  migrantApp?: { school: SchoolKey | null; status: MigrantStatus };
  care?: boolean;
}

export interface Canary extends CanarySpec {
  id: string;
  name: string;
  idNumber: string;
  householdId: string;
  /** The household is registered poor (own flag, or the shared household's). */
  householdPoor: boolean;
  /** Case ids by status. */
  caseIds: Array<{ id: string; status: CaseStatus; escalated: boolean }>;
  secrets: { assessment?: string; plan?: string; visit?: string; certificate?: string; permit?: string; registration: string; nsn?: string; guardianIdNumber: string };
}

export interface CanaryWorld {
  canaries: Canary[];
  byKey: Record<string, Canary>;
  schools: Record<SchoolKey, { id: string; code: string; township: TownshipN }>;
  townshipCode: (n: TownshipN) => string;
  /** Code of the subsidy programme every enrolled canary has a grant of. */
  programmeCode: string;
}

export const SCHOOL_YEAR = 2026; // the test servers' clock: 2026-11-16

export const CANARY_SPECS: CanarySpec[] = [
  { key: 'plainT1', township: 1, school: 'A' },
  { key: 'plainT2', township: 2, school: 'B' },
  { key: 'plainT3', township: 3, school: 'C' },
  { key: 'livesT2EnrolledA', township: 2, school: 'A' },
  { key: 'siblingOfPlainT1LivesT3', township: 3, school: 'C', householdOf: 'plainT1' },
  { key: 'leftBehind', township: 1, school: 'A', leftBehind: true, care: true },
  { key: 'siblingOfLeftBehind', township: 1, school: 'A', householdOf: 'leftBehind' },
  { key: 'inDistress', township: 2, school: 'B', inDistress: true, care: true },
  { key: 'orphan', township: 3, school: 'C', orphan: true },
  { key: 'disabled', township: 1, school: 'A', hasDisability: true, disabilityRecord: true },
  { key: 'suspectedByCensus', township: 2, school: null, censusSuspectedDisabled: true, birthDate: '2018-02-02' },
  { key: 'suspectedByCensusPastSchoolAge', township: 3, school: null, censusSuspectedDisabled: true, birthDate: '2009-03-01' },
  { key: 'migrantApplyingToB', township: 3, school: null, migrant: true, migrantApp: { school: 'B', status: 'APPLIED' } },
  { key: 'migrantRejectedByA', township: 3, school: null, migrant: true, migrantApp: { school: 'A', status: 'REJECTED' } },
  { key: 'registeredPoor', township: 2, school: 'B', registeredPoor: true },
  { key: 'siblingOfPoorLivesT3', township: 3, school: 'C', householdOf: 'registeredPoor' },
  { key: 'laborFinding', township: 3, school: 'C', status: 'DROPPED_OUT', laborFinding: true, cases: [{ status: 'PERSUADING' }] },
  { key: 'legalAction', township: 1, school: 'A', legalAction: true },
  { key: 'caseEscalated', township: 2, school: 'B', status: 'DROPPED_OUT', cases: [{ status: 'LEGAL_ACTION', legalAction: true }, { status: 'OPEN' }] },
  { key: 'caseNotEscalated', township: 1, school: 'A', status: 'DROPPED_OUT', cases: [{ status: 'PERSUADING' }] },
  { key: 'transferAtoB', township: 1, school: 'A', transfer: { from: 'A', to: 'B', status: 'REQUESTED' }, hasDisability: true, disabilityRecord: true },
  { key: 'transferCtoBRejected', township: 3, school: 'C', transfer: { from: 'C', to: 'B', status: 'REJECTED' } },
];

/**
 * Plants the canaries (names "哨兵-<key>", unique) in a fresh database; with
 * `county` (issue 11: many counties in one database) in that county, named
 * "哨兵-<county>-<key>", so that canaries of two counties can be told apart.
 */
export async function plantCanaries(db: Database, specs: CanarySpec[] = CANARY_SPECS, opts: { county?: string } = {}): Promise<CanaryWorld> {
  const county = opts.county ?? TEST_COUNTY;
  const tag = opts.county === undefined ? '' : `${county}-`;
  const s = new Scenario(db, county);
  const villages = { 1: await s.village(1, 1), 2: await s.village(2, 1), 3: await s.village(3, 1) } as const;
  const mk = async (n: TownshipN, name: string) => {
    const row = await s.school(n, { name });
    return { id: row.id, code: row.code, township: n };
  };
  const schools = { A: await mk(1, '一镇哨兵小学A'), B: await mk(2, '二镇哨兵中学B'), C: await mk(3, '三镇哨兵小学C') };
  const programme = await db.prisma.subsidyProgramme.create({
    data: { code: `P-${randomUUID().slice(0, 8)}`, name: '营养改善计划', countyCode: county, fundingLevel: 'CENTRAL', ownerAgency: 'EDUCATION_BUREAU', amountCents: 50000, period: 'TERM' },
  });
  const canaries: Canary[] = [];
  const byKey: Record<string, Canary> = {};
  let seq = 0;
  for (const spec of specs) {
    seq++;
    const name = `哨兵-${tag}${spec.key}`;
    const shared = spec.householdOf ? byKey[spec.householdOf] : undefined;
    if (spec.householdOf && !shared) throw new Error(`canary ${spec.key}: ${spec.householdOf} must come first`);
    let householdId = shared?.householdId;
    if (!householdId) {
      const h = await s.household(villages[spec.township].code, {
        address: `哨兵地址-${spec.key}`,
        ...(spec.registeredPoor ? { registeredPoor: true, poorSinceYear: 2016, annualIncome: 4321.5, assets: `资产-${spec.key}`, assistanceAmount: 1200 } : {}),
      });
      householdId = h.id;
    }
    const made = await s.child({
      villageCode: villages[spec.township].code,
      schoolId: spec.school === null ? null : schools[spec.school].id,
      householdId,
      name,
      birthDate: spec.birthDate ?? '2016-03-01',
      status: spec.status ?? 'ENROLLED',
      isLeftBehind: spec.leftBehind ?? false,
      inDistress: spec.inDistress ?? false,
      isOrphan: spec.orphan ?? false,
      isMigrant: spec.migrant ?? false,
      hasDisability: spec.hasDisability ?? false,
    });
    const id = made.child.id;
    const household = await db.prisma.household.findUniqueOrThrow({ where: { id: householdId } });
    const guardian = await db.prisma.guardianship.findFirstOrThrow({ where: { childId: id }, include: { person: true } });
    const enrollment = await db.prisma.enrollment.findUnique({ where: { childId: id } });
    const secrets: Canary['secrets'] = {
      registration: household.registrationNumber,
      guardianIdNumber: testSealer.open(guardian.person.idNumberCipher!),
      ...(enrollment?.nationalStudentNumberCipher ? { nsn: testSealer.open(enrollment.nationalStudentNumberCipher) } : {}),
    };
    if (spec.disabilityRecord) {
      const certificate = `${county}20160301${String(seq).padStart(2, '0')}62B1`;
      secrets.certificate = certificate;
      secrets.assessment = `评估意见-${spec.key}-机密`;
      secrets.plan = `个别化教育计划-${spec.key}-机密`;
      secrets.visit = `送教内容-${spec.key}-机密`;
      await db.prisma.disabilityRecord.create({
        data: {
          countyCode: county,
          childId: id,
          category: 'HEARING',
          grade: 3,
          certificateCipher: testSealer.seal(certificate),
          certificateHash: testSealer.index(certificate),
          assessment: secrets.assessment,
          assessedOn: new Date('2026-03-03'),
        },
      });
      const placement = await db.prisma.placement.create({
        data: { countyCode: county, childId: id, type: 'HOME_TEACHING', status: 'ASSIGNED', schoolId: schools.A.id, plan: secrets.plan, startsOn: new Date('2026-09-01'), responsibleTeacher: '送教老师' },
      });
      await db.prisma.homeTeachingVisit.create({
        data: { countyCode: county, placementId: placement.id, teacherName: '送教老师', visitedOn: new Date('2026-10-10'), hours: 2, content: secrets.visit },
      });
    }
    if (spec.censusSuspectedDisabled) {
      const townshipCode = villages[spec.township].parentCode!;
      const round = await db.prisma.censusRound.upsert({
        where: { townshipCode_year: { townshipCode, year: 2026 } },
        update: {},
        create: { countyCode: county, townshipCode, year: 2026 },
      });
      await db.prisma.censusEntry.create({
        data: {
          countyCode: county,
          roundId: round.id,
          name,
          birthDate: new Date(`${spec.birthDate ?? '2016-03-01'}T00:00:00Z`),
          villageCode: villages[spec.township].code,
          childId: id,
          match: 'CONFIRMED',
          inSchool: false,
          suspectedDisabled: true,
        },
      });
    }
    if (spec.laborFinding) {
      await db.prisma.laborViolation.create({
        data: { countyCode: county, childId: id, employerName: '某砖厂', foundOn: new Date('2026-10-01'), action: 'FINE', fineCents: 500000, recordedBy: 'hrss' },
      });
    }
    if (spec.legalAction) {
      await db.prisma.legalAction.create({
        data: { countyCode: county, childId: id, kind: 'LEGAL_EDUCATION', takenOn: new Date('2026-10-02'), description: '法治教育', recordedBy: 'judiciary' },
      });
    }
    const caseIds: Canary['caseIds'] = [];
    for (const c of spec.cases ?? []) {
      const row = await db.prisma.dropoutCase.create({
        data: {
          countyCode: county,
          childId: id,
          detectedOn: new Date('2026-09-20'),
          source: 'ABSENCE_ALERT',
          cause: 'WEARY_OF_SCHOOL',
          causeNote: `辍学原因-${spec.key}-${c.status}`,
          status: c.status,
          firstVisitDueOn: new Date('2026-09-27'),
          townshipHeadName: '镇长',
        },
      });
      await db.prisma.persuasionVisit.create({
        data: { countyCode: county, caseId: row.id, visitedOn: new Date('2026-09-25'), visitors: ['班主任'], outcome: 'REFUSED', notes: `劝返记录-${spec.key}-${c.status}`, recordedBy: 'school' },
      });
      if (c.legalAction) {
        await db.prisma.legalAction.create({
          data: { countyCode: county, childId: id, caseId: row.id, kind: 'WRITTEN_ORDER', takenOn: new Date('2026-10-05'), description: '责令限期复学', recordedBy: 'judiciary' },
        });
      }
      caseIds.push({ id: row.id, status: c.status, escalated: c.status === 'LEGAL_ACTION' || c.legalAction === true });
    }
    if (spec.transfer) {
      await db.prisma.transferRequest.create({
        data: { countyCode: county, childId: id, fromSchoolId: schools[spec.transfer.from].id, toSchoolId: schools[spec.transfer.to].id, status: spec.transfer.status, requestedOn: new Date('2026-10-20') },
      });
    }
    if (spec.migrantApp) {
      const permit = `${tag === '' ? '43010220' : county + '20'}${String(seq).padStart(4, '0')}7788`;
      secrets.permit = permit;
      await db.prisma.migrantEnrollment.create({
        data: {
          countyCode: county,
          childId: id,
          hukouOrigin: '湖南省长沙市',
          permitCipher: testSealer.seal(permit),
          permitHash: testSealer.index(permit),
          appliedOn: new Date('2026-08-01'),
          requestedGrade: 3,
          assignedSchoolId: spec.migrantApp.school === null ? null : schools[spec.migrantApp.school].id,
          status: spec.migrantApp.status,
        },
      });
    }
    if (spec.care) {
      const arrangement = await db.prisma.careArrangement.create({
        data: { countyCode: county, childId: id, kind: spec.leftBehind ? 'LEFT_BEHIND' : 'IN_DISTRESS', caregiverName: `照护人-${spec.key}`, caregiverRelation: 'GRANDMOTHER', caregiverPhone: '13700001111', registeredOn: new Date('2026-09-01') },
      });
      await db.prisma.surrogateParent.create({
        data: { countyCode: county, arrangementId: arrangement.id, name: `代理家长-${spec.key}`, role: '教师', fromDate: new Date('2026-09-01') },
      });
    }
    if (spec.school !== null) {
      await db.prisma.subsidyGrant.create({
        data: { countyCode: county, childId: id, programmeId: programme.id, schoolYear: 2026, term: 1, amountCents: 50000, status: 'APPROVED' },
      });
    }
    const canary: Canary = {
      ...spec,
      id,
      name,
      idNumber: made.idNumber,
      householdId,
      householdPoor: household.registeredPoor,
      caseIds,
      secrets,
    };
    canaries.push(canary);
    byKey[spec.key] = canary;
  }
  return { canaries, byKey, schools, townshipCode: (n) => villages[n].parentCode!, programmeCode: programme.code };
}

/** Compulsory-school age: 6–15 on 31 August of the current school year. */
export function isSchoolAge(birthDate: string | undefined): boolean {
  const age = ageOn31Aug(new Date(`${birthDate ?? '2016-03-01'}T00:00:00Z`), SCHOOL_YEAR);
  return age >= 6 && age <= 15;
}

export interface RawResult {
  status: number;
  text: string;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** A raw HTTP client: one token minted now for the persona, an optional X-Purpose, the raw response text kept. */
export async function rawClient(url: string, persona: Persona, purpose: string | null) {
  const token = await mintToken(persona, 3600);
  return async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}, operationName?: string): Promise<RawResult> => {
    const body = operationName === undefined ? { query, variables } : { query, variables, operationName };
    const r = await post(url, body, { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': purpose } : {}), ...headers });
    return { status: r.status, text: r.text, data: r.data, errors: r.errors };
  };
}

/**
 * Asks the server only whether a document is valid, never running it: an
 * operationName that names no operation fails operation resolution, which
 * Apollo does after validation (used for mutations, which must not run here).
 */
export const NO_SUCH_OPERATION = 'ValidationProbeNoSuchOperation';

export const codesOf = (r: RawResult) => (r.errors ?? []).map((e) => e.extensions?.['code']);
export const validationFailed = (r: RawResult) => codesOf(r).includes('GRAPHQL_VALIDATION_FAILED');

/** Agencies acting county-wide or by their category (no township/school claim needed). */
export const COUNTY_WIDE: Agency[] = [
  'EDUCATION_BUREAU',
  'CIVIL_AFFAIRS',
  'HUMAN_RESOURCES_SOCIAL_SECURITY',
  'JUDICIARY',
  'WOMENS_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
  'POVERTY_ALLEVIATION_OFFICE',
  'SUPERVISION',
];

// ── personas and the row-scope predicate (access-policy.md "Row scopes"), shared by canaries*.test.ts ──
export interface PersonaSpec {
  label: string;
  agency: Agency;
  township?: TownshipN;
  school?: SchoolKey;
  /** Token without the township/school claim the agency needs. */
  noClaim?: boolean;
  partner?: { grants: OracleGrant[]; township?: TownshipN };
}
export const PERSONAS: PersonaSpec[] = [
  { label: 'EDUCATION_BUREAU', agency: 'EDUCATION_BUREAU' },
  { label: 'TOWNSHIP (township 1)', agency: 'TOWNSHIP', township: 1 },
  { label: 'TOWNSHIP (township 2)', agency: 'TOWNSHIP', township: 2 },
  { label: 'SCHOOL (school A)', agency: 'SCHOOL', school: 'A' },
  { label: 'SCHOOL (school B)', agency: 'SCHOOL', school: 'B' },
  { label: 'CIVIL_AFFAIRS', agency: 'CIVIL_AFFAIRS' },
  { label: 'HUMAN_RESOURCES_SOCIAL_SECURITY', agency: 'HUMAN_RESOURCES_SOCIAL_SECURITY' },
  { label: 'JUDICIARY', agency: 'JUDICIARY' },
  { label: 'WOMENS_FEDERATION', agency: 'WOMENS_FEDERATION' },
  { label: 'DISABLED_PERSONS_FEDERATION', agency: 'DISABLED_PERSONS_FEDERATION' },
  { label: 'POVERTY_ALLEVIATION_OFFICE', agency: 'POVERTY_ALLEVIATION_OFFICE' },
  { label: 'SUPERVISION', agency: 'SUPERVISION' },
  { label: 'TOWNSHIP without township claim', agency: 'TOWNSHIP', noClaim: true },
  { label: 'SCHOOL without school claim', agency: 'SCHOOL', noClaim: true },
  { label: 'PARTNER_APP for CIVIL_AFFAIRS (BASIC, CONTACT), registered for township 2', agency: 'CIVIL_AFFAIRS', partner: { grants: [{ class: 'BASIC', access: 'R' }, { class: 'CONTACT', access: 'R' }], township: 2 } },
  { label: 'PARTNER_APP for WOMENS_FEDERATION (BASIC)', agency: 'WOMENS_FEDERATION', partner: { grants: [{ class: 'BASIC', access: 'R' }] } },
  // Issue 11: above the county, aggregates only; no child ever.
  { label: 'CITY_EDUCATION_BUREAU (city 431100)', agency: 'CITY_EDUCATION_BUREAU' },
  { label: 'PROVINCE_EDUCATION_DEPARTMENT (province 430000)', agency: 'PROVINCE_EDUCATION_DEPARTMENT' },
];

export const askerOf = (p: PersonaSpec): Asker => ({ agency: p.agency, grants: p.partner?.grants ?? null });

/**
 * access-policy.md "Row scopes", from the canary's planted attributes.
 * (SUPERVISION is county-wide but reads no person field, so it sees no child
 * through any operation: its slice has no field that returns one.)
 */
export function sees(p: PersonaSpec, c: Canary, world: CanaryWorld): boolean {
  let base: boolean;
  switch (p.agency) {
    case 'EDUCATION_BUREAU':
    case 'CIVIL_AFFAIRS':
    case 'SUPERVISION':
      base = true;
      break;
    case 'CITY_EDUCATION_BUREAU':
    case 'PROVINCE_EDUCATION_DEPARTMENT':
      // Issue 11: aggregates of their counties only, never a child.
      base = false;
      break;
    case 'TOWNSHIP':
      base = !p.noClaim && p.township !== undefined && (c.township === p.township || (c.school !== null && world.schools[c.school].township === p.township));
      break;
    case 'SCHOOL':
      base =
        !p.noClaim &&
        p.school !== undefined &&
        (c.school === p.school ||
          (c.transfer?.status === 'REQUESTED' && (c.transfer.from === p.school || c.transfer.to === p.school)) ||
          (c.migrantApp !== undefined && ['APPLIED', 'ASSIGNED'].includes(c.migrantApp.status) && c.migrantApp.school === p.school));
      break;
    case 'HUMAN_RESOURCES_SOCIAL_SECURITY':
      base = c.laborFinding === true;
      break;
    case 'JUDICIARY':
      base = c.legalAction === true || c.laborFinding === true || (c.cases ?? []).some((k) => k.status === 'LEGAL_ACTION' || k.legalAction === true);
      break;
    case 'WOMENS_FEDERATION':
      base = c.leftBehind === true || c.inDistress === true;
      break;
    case 'DISABLED_PERSONS_FEDERATION':
      base = c.hasDisability === true || c.disabilityRecord === true || (c.censusSuspectedDisabled === true && isSchoolAge(c.birthDate));
      break;
    case 'POVERTY_ALLEVIATION_OFFICE':
      base = c.householdPoor;
      break;
  }
  // A partner registered for one township: never more than residence in it.
  if (p.partner?.township !== undefined) base = base && c.township === p.partner.township;
  return base;
}

export function personaToken(p: PersonaSpec, world: CanaryWorld): Persona {
  if (p.partner) {
    return {
      agency: 'PARTNER_APP',
      onBehalfOf: p.agency,
      grants: p.partner.grants as never,
      clientId: `canary-${p.agency.toLowerCase()}`,
      ...(p.partner.township ? { township: world.townshipCode(p.partner.township) } : {}),
    };
  }
  if (p.noClaim) return { agency: p.agency };
  // Issue 11: the city's and the province's division (the test county's city 431100, province 430000).
  if (p.agency === 'CITY_EDUCATION_BUREAU') return { agency: p.agency, region: '431100' };
  if (p.agency === 'PROVINCE_EDUCATION_DEPARTMENT') return { agency: p.agency, region: '430000' };
  return {
    agency: p.agency,
    ...(p.township ? { township: world.townshipCode(p.township) } : {}),
    ...(p.school ? { school: world.schools[p.school].code } : {}),
  };
}

/** Is the canary in the response text (its id or its exact name as a JSON string)? */
export const shows = (text: string, c: Canary) => text.includes(JSON.stringify(c.id)) || text.includes(JSON.stringify(c.name));

