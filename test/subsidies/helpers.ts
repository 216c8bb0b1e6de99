import type { Database } from '../../src/db/client';
import type { Prisma } from '../../src/generated/prisma/client';
import { PROGRAMMES } from '../../src/seed/subsidy-rules';
import { TEST_COUNTY, type Scenario } from '../support/factories';

/**
 * The demo county's programmes (src/seed/subsidy-rules.ts) with their
 * version-1 rule in force since 2023-09-01, and small families of pupils
 * with the facts those rules read (plan R4.1–R4.3).
 */
export async function seedProgrammes(db: Database): Promise<Record<string, { id: string; code: string }>> {
  const out: Record<string, { id: string; code: string }> = {};
  for (const def of PROGRAMMES) {
    const p = await db.prisma.subsidyProgramme.create({
      data: {
        code: def.code,
        name: def.name,
        countyCode: TEST_COUNTY,
        fundingLevel: def.fundingLevel,
        ownerAgency: def.ownerAgency,
        amountCents: def.amountCents,
        period: def.period,
      },
    });
    await db.prisma.subsidyRuleVersion.create({
      data: { programmeId: p.id, version: 1, rule: def.rule as unknown as Prisma.InputJsonValue, validFrom: new Date('2023-09-01T00:00:00Z') },
    });
    out[def.code] = { id: p.id, code: p.code };
  }
  return out;
}

export interface PupilSpec {
  villageCode: string;
  schoolId: string | null;
  grade?: number;
  birthDate?: string;
  registeredPoor?: boolean;
  minimumLiving?: boolean;
  boarding?: 'ASSIGNED' | 'WAITLISTED';
  orphan?: boolean;
  leftBehind?: boolean;
  disability?: { grade: number; placement?: 'REGULAR_CLASS' | 'SPECIAL_SCHOOL' | 'HOME_TEACHING' | 'DEFERRED' };
  status?: 'ENROLLED' | 'SUSPENDED' | 'DROPPED_OUT';
  name?: string;
  idNumber?: string;
}

/** A pupil with the household, boarding (2026 term 1) and disability facts asked for. */
export async function pupil(s: Scenario, p: PupilSpec) {
  const db = s.db;
  const household = await s.household(p.villageCode, { registeredPoor: p.registeredPoor ?? false, minimumLiving: p.minimumLiving ?? false });
  const made = await s.child({
    villageCode: p.villageCode,
    schoolId: p.schoolId,
    householdId: household.id,
    grade: p.grade ?? 5,
    birthDate: p.birthDate ?? '2016-03-01',
    status: p.status ?? 'ENROLLED',
    isOrphan: p.orphan ?? false,
    isLeftBehind: p.leftBehind ?? false,
    hasDisability: p.disability !== undefined,
    ...(p.name ? { name: p.name } : {}),
    ...(p.idNumber ? { idNumber: p.idNumber } : {}),
  });
  if (p.boarding && p.schoolId) {
    await db.prisma.boardingAssignment.create({
      data: { countyCode: TEST_COUNTY, childId: made.child.id, schoolId: p.schoolId, schoolYear: 2026, term: 1, status: p.boarding, assignedOn: new Date('2026-09-01T00:00:00Z') },
    });
  }
  if (p.disability) {
    await db.prisma.disabilityRecord.create({ data: { countyCode: TEST_COUNTY, childId: made.child.id, category: 'PHYSICAL', grade: p.disability.grade } });
    if (p.disability.placement) {
      await db.prisma.placement.create({
        data: { countyCode: TEST_COUNTY, childId: made.child.id, type: p.disability.placement, status: 'ASSIGNED', schoolId: p.schoolId, startsOn: new Date('2026-09-01T00:00:00Z') },
      });
    }
  }
  return { id: made.child.id, idNumber: made.idNumber, householdId: household.id, name: made.child.name };
}

type Result = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
export const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];
export const argOf = (r: Result) => r.errors?.[0]?.extensions?.['argument'];
export const messageOf = (r: Result) => r.errors?.[0]?.message ?? '';
