import type { Prisma } from '../../generated/prisma/client';
import type { CaseStatus, EnrollmentStatus } from '../../generated/prisma/enums';

/**
 * What the school register (学籍) says about a child being in school, shared
 * by the census (plan R2.2) and the cross-checks (plan R2.3, R2.5).
 */

/** On a school roll: enrolled, or suspended (休学 keeps the registration, plan R2.1). */
export const IN_SCHOOL: readonly EnrollmentStatus[] = ['ENROLLED', 'SUSPENDED'];

/**
 * On no school roll of the county: never enrolled (or registered from a
 * census), dropped out, or transferred out of the county. A child with no
 * Enrollment row at all counts as NOT_ENROLLED. GRADUATED (compulsory
 * education completed) and DECEASED are neither.
 */
export const OFF_ROLL: readonly EnrollmentStatus[] = ['NOT_ENROLLED', 'DROPPED_OUT', 'TRANSFERRED_OUT'];

/** A dropout case still being worked (劝返 in progress, plan R1.3). */
export const OPEN_CASE: readonly CaseStatus[] = ['OPEN', 'PERSUADING', 'LEGAL_ACTION'];

/**
 * A placement in force (plan R6.4): assigned by the disabled persons'
 * federation and not ended. A PROPOSED placement places nobody yet.
 */
export function placementInForce(today: Date): Prisma.PlacementWhereInput {
  return { status: 'ASSIGNED', OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
}

export function isOffRoll(status: EnrollmentStatus | null | undefined): boolean {
  return status === null || status === undefined || OFF_ROLL.includes(status);
}
