import type { WriteSpec } from '../../access/field-classes';
import type { Agency } from '../../access/policy';
import type { Context } from '../../context';
import { HubError } from '../../errors';
import type { AgencyKind } from '../../generated/prisma/enums';

/**
 * The families of subsidy programmes, one per agency that may write WELFARE
 * (access-policy.md matrix, src/access/policy.ts): the education bureau its
 * education programmes, civil affairs its own, the disabled persons'
 * federation the disability allowances. A mutation is in an agency's slice
 * only if the agency may write every {class, kind} it declares, and no
 * single kind is writable by all three, so each family gets its own
 * mutations (proposeEducationGrant, proposeCivilAffairsGrant, …), all served
 * by the same code. Inside, the programme's owner must be the caller's
 * agency (plan R4.3: the department that runs a programme decides its grants).
 */
export interface WelfareFamily {
  /** Part of the mutation names: propose<Noun>Grant, publish<Noun>RuleVersion. */
  noun: 'Education' | 'CivilAffairs' | 'Disability';
  agency: Agency & AgencyKind;
  write: WriteSpec;
  /** Chinese name of the family, for descriptions. */
  label: string;
}

export const FAMILIES: readonly WelfareFamily[] = [
  { noun: 'Education', agency: 'EDUCATION_BUREAU', write: { class: 'WELFARE', kind: 'EDUCATION_PROGRAMMES' }, label: '教育资助项目, run by the education bureau (教育局)' },
  { noun: 'CivilAffairs', agency: 'CIVIL_AFFAIRS', write: { class: 'WELFARE', kind: 'CIVIL_AFFAIRS_PROGRAMMES' }, label: '民政救助项目, run by civil affairs (民政局)' },
  { noun: 'Disability', agency: 'DISABLED_PERSONS_FEDERATION', write: { class: 'WELFARE', kind: 'DISABILITY_ALLOWANCES' }, label: '残疾学生补贴, run by the disabled persons\u2019 federation (残联)' },
];

export const AGENCY_CN: Partial<Record<AgencyKind, string>> = {
  EDUCATION_BUREAU: '教育局',
  CIVIL_AFFAIRS: '民政局',
  DISABLED_PERSONS_FEDERATION: '残联',
  POVERTY_ALLEVIATION_OFFICE: '乡村振兴局/扶贫办',
  TOWNSHIP: '乡镇',
  SCHOOL: '学校',
};

/** plan R4.3: only the programme's owner agency decides, and only through its own family's mutations. */
export function assertOwner(ctx: Context, family: WelfareFamily, programme: { code: string; ownerAgency: AgencyKind }): void {
  if (ctx.viewer.agency !== family.agency || ctx.viewer.grants !== null) {
    throw new HubError('FORBIDDEN', 'not allowed by the access policy');
  }
  if (programme.ownerAgency !== family.agency) {
    throw new HubError(
      'FORBIDDEN',
      `programme ${programme.code} is run by ${programme.ownerAgency} (${AGENCY_CN[programme.ownerAgency] ?? ''}): only its owner agency decides its rules and grants (plan R4.3)`,
    );
  }
}
