import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/client';
import type { IdentifierSealer } from '../../src/lib/crypto';
import type { TestServer } from '../support/server';
import type { Persona } from '../support/tokens';

/**
 * Each department's main question (schema/operations/departments/*.graphql,
 * README "Each department's main question"), with the persona, purpose and
 * variables the README gives, the township, school and ID number picked from
 * the generated county. Shared by the runtime-role smoke test and the
 * backup/restore test (same answers after a restore).
 */
export interface DepartmentCase {
  file: string;
  persona: Persona;
  purpose: string;
  variables: Record<string, unknown>;
}

const DIR = path.resolve(__dirname, '../../schema/operations/departments');

/** The cases for a generated county (read as the owner). */
export async function departmentCases(db: Database, sealer: IdentifierSealer): Promise<DepartmentCase[]> {
  const [school] = await db.raw.query<{ id: string; code: string; townshipCode: string }>(
    `SELECT s."id"::text AS id, s."code", s."townshipCode" FROM "School" s JOIN "Enrollment" e ON e."schoolId" = s."id"
      GROUP BY s."id" ORDER BY count(*) DESC, s."code" LIMIT 1`,
  );
  const [child] = await db.raw.query<{ cipher: Uint8Array }>(
    `SELECT c."idNumberCipher" AS cipher FROM "Child" c JOIN "Enrollment" e ON e."childId" = c."id" WHERE e."status" = 'ENROLLED' AND c."idNumberCipher" IS NOT NULL ORDER BY c."id" LIMIT 1`,
  );
  if (!school || !child) throw new Error('the county has no school with pupils');
  const idNumber = sealer.open(child.cipher);
  return [
    { file: 'EducationBureau.graphql', persona: { agency: 'EDUCATION_BUREAU' }, purpose: 'DROPOUT_CASEWORK', variables: { schoolYear: 2025 } },
    { file: 'Township.graphql', persona: { agency: 'TOWNSHIP', township: school.townshipCode }, purpose: 'DROPOUT_CASEWORK', variables: { first: 50 } },
    { file: 'School.graphql', persona: { agency: 'SCHOOL', school: school.code }, purpose: 'ENROLLMENT_MANAGEMENT', variables: { schoolId: school.id } },
    { file: 'CivilAffairs.graphql', persona: { agency: 'CIVIL_AFFAIRS' }, purpose: 'AID_ELIGIBILITY', variables: { idNumber, programmeCode: 'NUTRITION' } },
    { file: 'HumanResourcesSocialSecurity.graphql', persona: { agency: 'HUMAN_RESOURCES_SOCIAL_SECURITY' }, purpose: 'LABOR_INSPECTION', variables: { idNumber } },
    { file: 'Judiciary.graphql', persona: { agency: 'JUDICIARY' }, purpose: 'LEGAL_AID', variables: { first: 50 } },
    { file: 'WomensFederation.graphql', persona: { agency: 'WOMENS_FEDERATION' }, purpose: 'CARE', variables: { first: 50 } },
    { file: 'DisabledPersonsFederation.graphql', persona: { agency: 'DISABLED_PERSONS_FEDERATION' }, purpose: 'PLACEMENT', variables: { first: 50 } },
    { file: 'PovertyAlleviationOffice.graphql', persona: { agency: 'POVERTY_ALLEVIATION_OFFICE' }, purpose: 'RECONCILIATION', variables: { first: 50 } },
    { file: 'Supervision.graphql', persona: { agency: 'SUPERVISION' }, purpose: 'SUPERVISION', variables: {} },
  ];
}

export interface DepartmentAnswer {
  status: number;
  data: unknown;
  errors: unknown;
}

/** Runs each case over HTTP against the server; answers by file. */
export async function runDepartments(api: TestServer, cases: readonly DepartmentCase[]): Promise<Record<string, DepartmentAnswer>> {
  const out: Record<string, DepartmentAnswer> = {};
  for (const c of cases) {
    const client = await api.as(c.persona, c.purpose);
    const r = await client.gql(readFileSync(path.join(DIR, c.file), 'utf8'), c.variables as never);
    out[c.file] = { status: r.status, data: r.data ?? null, errors: r.errors ?? null };
  }
  return out;
}
