import type { FieldClass } from '../../access/field-classes';
import type { AgencyKind, ReconciliationKind } from '../../generated/prisma/enums';

/**
 * THE policy boundary of the cross-checks (plan R2.2, R2.3, R2.5, S2): for
 * each discrepancy type, the reconciliation that finds it, the agency that
 * owns (resolves) it, the field class its rows are read under and the class
 * and kind of write that resolves it. Nothing here widens src/access/policy.ts;
 * the choices below only pick, for each type, cells that the table already
 * gives its owner.
 *
 * Read classes: one GraphQL type and one query per reconciliation, every field
 * tagged with the class of what the discrepancy reveals about the child:
 *   - ENROLLMENT_VS_POVERTY_ROLL → ECONOMIC (PovertyRollDiscrepancy,
 *     povertyRollDiscrepancies): a row says a child is, or is not, of a
 *     registered-poor household (建档立卡), i.e. ECONOMIC. Readable by the
 *     poverty-alleviation office (owner of ROLL_ONLY and NOT_ON_ROLL, R2.3)
 *     and the education bureau (owner of POOR_DROPOUT, T3); by the table also
 *     by townships, schools, civil affairs, the women's federation and the
 *     disabled persons' federation, each for the children of its row scope.
 *   - DISABILITY_VS_ENROLLMENT → DISABILITY (DisabilityDiscrepancy,
 *     disabilityDiscrepancies): a row says a child is disabled. Readable by
 *     the disabled persons' federation (owner of UNPLACED, R2.5) and the
 *     education bureau (owner of PHANTOM_REGISTRATION); NOT by the
 *     poverty-alleviation office (DISABILITY: -).
 *   - CENSUS_VS_ENROLLMENT → EDUCATION (CensusDiscrepancy, censusDiscrepancies):
 *     census entries are EDUCATION ("census entries" in access-policy.md).
 *     Readable by the townships (owners, R1.1/R2.2), the education bureau
 *     and schools; not by the poverty office or the federation.
 * Rows (on top of the class): a county-wide agency sees every row; the owner
 * agency sees the rows it owns even when the child is outside its row scope
 * (the poverty office must see ROLL_ONLY children, whose households are by
 * definition not registered poor in the hub: they are members of its own
 * roll); a township also the rows located in it; everyone else the rows
 * whose child is in its row scope. Partner apps: child row scope only.
 *
 * Write classes: a discrepancy is resolved only by its owner, through the
 * mutation tagged with a class the owner may write (access-policy "Writes"):
 *   - POVERTY_ALLEVIATION_OFFICE: ECONOMIC RW → resolvePovertyRollDiscrepancy
 *     tagged ECONOMIC/RECONCILIATION (in the slices of the poverty office and
 *     civil affairs, who also write ECONOMIC; only the owner passes the
 *     service's owner check);
 *   - DISABLED_PERSONS_FEDERATION: DISABILITY RW → resolveDisabilityDiscrepancy
 *     tagged DISABILITY/RECONCILIATION (its slice only);
 *   - EDUCATION_BUREAU: EDUCATION RW → resolveEducationDiscrepancy tagged
 *     EDUCATION/RECONCILIATION (bureau and schools; TOWNSHIP's EDUCATION cell
 *     allows only CENSUS and PERSUASION writes, so it is not in its slice);
 *   - TOWNSHIP: EDUCATION "W census" → resolveCensusDiscrepancy tagged
 *     EDUCATION/CENSUS.
 * Running a reconciliation writes only the hub's own findings (Discrepancy,
 * ReconciliationRun), never a department's data: runReconciliation is tagged
 * EDUCATION/RECONCILIATION and run by the education bureau's joint-meeting
 * office (plan S1) that coordinates the cross-checks (schools are refused).
 * Run summaries are AGGREGATE (readable by every agency including
 * SUPERVISION, plan S2), counted over the rows the viewer may see.
 */

export const DISCREPANCY_TYPES = ['ROLL_ONLY', 'NOT_ON_ROLL', 'POOR_DROPOUT', 'UNPLACED', 'PHANTOM_REGISTRATION', 'NOT_IN_SCHOOL', 'NOT_IN_CENSUS'] as const;
export type DiscrepancyTypeName = (typeof DISCREPANCY_TYPES)[number];

export interface TypeRule {
  kind: ReconciliationKind;
  owner: AgencyKind;
  /** Class the discrepancy's fields are read under (the kind's class). */
  read: FieldClass;
  /** Class and kind of write of the mutation that resolves it. */
  write: { class: FieldClass; kind: string };
  plan: string;
}

export const TYPE_RULES: Record<DiscrepancyTypeName, TypeRule> = {
  ROLL_ONLY: { kind: 'ENROLLMENT_VS_POVERTY_ROLL', owner: 'POVERTY_ALLEVIATION_OFFICE', read: 'ECONOMIC', write: { class: 'ECONOMIC', kind: 'RECONCILIATION' }, plan: 'R2.3' },
  NOT_ON_ROLL: { kind: 'ENROLLMENT_VS_POVERTY_ROLL', owner: 'POVERTY_ALLEVIATION_OFFICE', read: 'ECONOMIC', write: { class: 'ECONOMIC', kind: 'RECONCILIATION' }, plan: 'R2.3' },
  POOR_DROPOUT: { kind: 'ENROLLMENT_VS_POVERTY_ROLL', owner: 'EDUCATION_BUREAU', read: 'ECONOMIC', write: { class: 'EDUCATION', kind: 'RECONCILIATION' }, plan: 'T3' },
  UNPLACED: { kind: 'DISABILITY_VS_ENROLLMENT', owner: 'DISABLED_PERSONS_FEDERATION', read: 'DISABILITY', write: { class: 'DISABILITY', kind: 'RECONCILIATION' }, plan: 'R2.5' },
  PHANTOM_REGISTRATION: { kind: 'DISABILITY_VS_ENROLLMENT', owner: 'EDUCATION_BUREAU', read: 'DISABILITY', write: { class: 'EDUCATION', kind: 'RECONCILIATION' }, plan: 'R2.5' },
  NOT_IN_SCHOOL: { kind: 'CENSUS_VS_ENROLLMENT', owner: 'TOWNSHIP', read: 'EDUCATION', write: { class: 'EDUCATION', kind: 'CENSUS' }, plan: 'R2.2' },
  NOT_IN_CENSUS: { kind: 'CENSUS_VS_ENROLLMENT', owner: 'TOWNSHIP', read: 'EDUCATION', write: { class: 'EDUCATION', kind: 'CENSUS' }, plan: 'R2.2' },
};

/** The class each reconciliation's rows are read under. */
export const KIND_READ_CLASS: Record<ReconciliationKind, FieldClass> = {
  ENROLLMENT_VS_POVERTY_ROLL: 'ECONOMIC',
  DISABILITY_VS_ENROLLMENT: 'DISABILITY',
  CENSUS_VS_ENROLLMENT: 'EDUCATION',
};

export function typesOf(kind: ReconciliationKind): DiscrepancyTypeName[] {
  return DISCREPANCY_TYPES.filter((t) => TYPE_RULES[t].kind === kind);
}

export function isDiscrepancyType(t: string): t is DiscrepancyTypeName {
  return (DISCREPANCY_TYPES as readonly string[]).includes(t);
}

/** resolvedBy of a discrepancy the reconciliation itself resolved (no longer found). */
export const AUTO_RESOLVER = 'reconciliation';
