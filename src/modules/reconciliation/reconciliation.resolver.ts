import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { Classified, Writes, type FieldClass, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { AgencyKind, DiscrepancyStatus, ReconciliationKind } from '../../generated/prisma/enums';
import { ChildType } from '../children';
import { TownshipType } from '../schools';
import { latestRuns, listDiscrepancies, resolveDiscrepancy, runReconciliation, summarizeRun, type DiscrepancyFilter } from './reconciliation.service';
import {
  CensusDiscrepancyType,
  DisabilityDiscrepancyType,
  DiscrepancyResolutionType,
  DiscrepancyType,
  PovertyRollDiscrepancyType,
  ReconciliationRunType,
  type DiscrepancyRow,
} from './reconciliation.types';

/** Write tags of the mutations: see reconciliation.policy.ts for why each owner gets the class it does. */
const RUN: WriteSpec[] = [{ class: 'EDUCATION', kind: 'RECONCILIATION' }];
const RESOLVE_POVERTY: WriteSpec = { class: 'ECONOMIC', kind: 'RECONCILIATION' };
const RESOLVE_DISABILITY: WriteSpec = { class: 'DISABILITY', kind: 'RECONCILIATION' };
const RESOLVE_EDUCATION: WriteSpec = { class: 'EDUCATION', kind: 'RECONCILIATION' };
const RESOLVE_CENSUS: WriteSpec = { class: 'EDUCATION', kind: 'CENSUS' };

function filterOf(
  status: DiscrepancyStatus | null | undefined,
  townshipCode: string | null | undefined,
  ownerAgency: AgencyKind | null | undefined,
  type: string | null | undefined,
  first: number | undefined,
  after: string | null | undefined,
): DiscrepancyFilter {
  return { status: status ?? null, townshipCode: townshipCode ?? null, ownerAgency: ownerAgency ?? null, type: type ?? null, first: first ?? 100, after: after ?? null };
}

@Resolver()
export class ReconciliationResolver {
  @Classified('AGGREGATE')
  @Query(() => [ReconciliationRunType], {
    description:
      'The latest run of each cross-check (最近一次比对核查), with its counts over the rows you may see and whether the registers agree (numbersAgree: 数字精准、对象精准, plan R2.3, S2).',
  })
  reconciliationRuns(@Ctx() ctx: Context, @Arg('kind', () => ReconciliationKind, { nullable: true, description: 'Only this cross-check (比对类型)' }) kind?: ReconciliationKind | null) {
    return latestRuns(ctx, kind ?? null);
  }

  @Classified('ECONOMIC')
  @Query(() => [PovertyRollDiscrepancyType], {
    description:
      'Differences between the school register / household flags and the poverty roll (学籍与扶贫名单差异, plan R2.3, T3): ROLL_ONLY, NOT_ON_ROLL, POOR_DROPOUT. Pages in id order: pass the last id as `after`.',
  })
  povertyRollDiscrepancies(
    @Ctx() ctx: Context,
    @Arg('status', () => DiscrepancyStatus, { nullable: true, description: 'State (状态)' }) status?: DiscrepancyStatus | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township (乡镇代码)' }) townshipCode?: string | null,
    @Arg('ownerAgency', () => AgencyKind, { nullable: true, description: 'Owner agency (责任部门)' }) ownerAgency?: AgencyKind | null,
    @Arg('type', () => DiscrepancyType, { nullable: true, description: 'Type (差异类型)' }) type?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–500 (每页条数)' }) first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'Id of the last row of the previous page (游标)' }) after?: string | null,
  ) {
    return listDiscrepancies(ctx, 'ENROLLMENT_VS_POVERTY_ROLL', filterOf(status, townshipCode, ownerAgency, type, first, after));
  }

  @Classified('DISABILITY')
  @Query(() => [DisabilityDiscrepancyType], {
    description: 'Differences between the disability register and the school register (残疾儿童与学籍差异, plan R2.5): UNPLACED, PHANTOM_REGISTRATION. Pages in id order.',
  })
  disabilityDiscrepancies(
    @Ctx() ctx: Context,
    @Arg('status', () => DiscrepancyStatus, { nullable: true, description: 'State (状态)' }) status?: DiscrepancyStatus | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township (乡镇代码)' }) townshipCode?: string | null,
    @Arg('ownerAgency', () => AgencyKind, { nullable: true, description: 'Owner agency (责任部门)' }) ownerAgency?: AgencyKind | null,
    @Arg('type', () => DiscrepancyType, { nullable: true, description: 'Type (差异类型)' }) type?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–500 (每页条数)' }) first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'Id of the last row of the previous page (游标)' }) after?: string | null,
  ) {
    return listDiscrepancies(ctx, 'DISABILITY_VS_ENROLLMENT', filterOf(status, townshipCode, ownerAgency, type, first, after));
  }

  @Classified('EDUCATION')
  @Query(() => [CensusDiscrepancyType], {
    description: 'Differences between the township censuses and the school register (摸底与学籍差异, plan R2.2): NOT_IN_SCHOOL, NOT_IN_CENSUS. Pages in id order.',
  })
  censusDiscrepancies(
    @Ctx() ctx: Context,
    @Arg('status', () => DiscrepancyStatus, { nullable: true, description: 'State (状态)' }) status?: DiscrepancyStatus | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township (乡镇代码)' }) townshipCode?: string | null,
    @Arg('ownerAgency', () => AgencyKind, { nullable: true, description: 'Owner agency (责任部门)' }) ownerAgency?: AgencyKind | null,
    @Arg('type', () => DiscrepancyType, { nullable: true, description: 'Type (差异类型)' }) type?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–500 (每页条数)' }) first?: number,
    @Arg('after', () => ID, { nullable: true, description: 'Id of the last row of the previous page (游标)' }) after?: string | null,
  ) {
    return listDiscrepancies(ctx, 'CENSUS_VS_ENROLLMENT', filterOf(status, townshipCode, ownerAgency, type, first, after));
  }

  @Writes(...RUN) @Classified('EDUCATION')
  @Mutation(() => ReconciliationRunType, {
    description:
      'Run a cross-check now (开展比对核查, plan R2.2, R2.3, R2.5): re-runnable and idempotent; a discrepancy no longer found is resolved, one found again keeps its id. Run by the education bureau.',
  })
  async runReconciliation(@Ctx() ctx: Context, @Arg('kind', () => ReconciliationKind, { description: 'Which cross-check (比对类型)' }) kind: ReconciliationKind) {
    return summarizeRun(ctx, await runReconciliation(ctx, kind));
  }

  @Writes(RESOLVE_POVERTY) @Classified('ECONOMIC')
  @Mutation(() => PovertyRollDiscrepancyType, { description: 'The poverty-alleviation office resolves a ROLL_ONLY or NOT_ON_ROLL discrepancy it owns (扶贫名单差异处理, plan R2.3).' })
  resolvePovertyRollDiscrepancy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The discrepancy (差异)' }) id: string,
    @Arg('resolution', () => String, { description: 'How it was resolved (处理结果)' }) resolution: string,
    @Arg('version', () => Int, { description: 'Version you read (版本号)' }) version: number,
  ) {
    return resolveDiscrepancy(ctx, { id, resolution, version }, RESOLVE_POVERTY);
  }

  @Writes(RESOLVE_DISABILITY) @Classified('DISABILITY')
  @Mutation(() => DisabilityDiscrepancyType, { description: 'The disabled persons\' federation resolves an UNPLACED discrepancy it owns (残疾儿童安置差异处理, plan R2.5).' })
  resolveDisabilityDiscrepancy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The discrepancy (差异)' }) id: string,
    @Arg('resolution', () => String, { description: 'How it was resolved (处理结果)' }) resolution: string,
    @Arg('version', () => Int, { description: 'Version you read (版本号)' }) version: number,
  ) {
    return resolveDiscrepancy(ctx, { id, resolution, version }, RESOLVE_DISABILITY);
  }

  @Writes(RESOLVE_EDUCATION) @Classified('EDUCATION')
  @Mutation(() => DiscrepancyResolutionType, { description: 'The education bureau resolves a POOR_DROPOUT (plan T3) or PHANTOM_REGISTRATION (空挂学籍, plan R2.5) discrepancy it owns (核查差异处理).' })
  resolveEducationDiscrepancy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The discrepancy (差异)' }) id: string,
    @Arg('resolution', () => String, { description: 'How it was resolved (处理结果)' }) resolution: string,
    @Arg('version', () => Int, { description: 'Version you read (版本号)' }) version: number,
  ) {
    return resolveDiscrepancy(ctx, { id, resolution, version }, RESOLVE_EDUCATION);
  }

  @Writes(RESOLVE_CENSUS) @Classified('EDUCATION')
  @Mutation(() => CensusDiscrepancyType, { description: 'A township resolves a NOT_IN_SCHOOL or NOT_IN_CENSUS discrepancy of its own (摸底差异处理, plan R2.2).' })
  resolveCensusDiscrepancy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The discrepancy (差异)' }) id: string,
    @Arg('resolution', () => String, { description: 'How it was resolved (处理结果)' }) resolution: string,
    @Arg('version', () => Int, { description: 'Version you read (版本号)' }) version: number,
  ) {
    return resolveDiscrepancy(ctx, { id, resolution, version }, RESOLVE_CENSUS);
  }
}

/** child and township of a discrepancy type, tagged with that type's class. */
function discrepancyRelations(objectType: ClassType, cls: FieldClass) {
  @Resolver(() => objectType)
  class DiscrepancyRelations {
    @Classified(cls)
    @FieldResolver(() => ChildType, { nullable: true, description: 'The child concerned (儿童); null when unknown to the hub or outside your row scope' })
    child(@Root() d: DiscrepancyRow, @Ctx() ctx: Context) {
      return d.childId ? ctx.loaders.childById.load(d.childId) : null;
    }

    @Classified(cls)
    @FieldResolver(() => TownshipType, { nullable: true, description: 'Township concerned (所属乡镇)' })
    township(@Root() d: DiscrepancyRow, @Ctx() ctx: Context) {
      return d.townshipCode ? ctx.loaders.regionByCode.load(d.townshipCode) : null;
    }
  }
  return DiscrepancyRelations;
}

export const PovertyRollDiscrepancyResolver = discrepancyRelations(PovertyRollDiscrepancyType, 'ECONOMIC');
export const DisabilityDiscrepancyResolver = discrepancyRelations(DisabilityDiscrepancyType, 'DISABILITY');
export const CensusDiscrepancyResolver = discrepancyRelations(CensusDiscrepancyType, 'EDUCATION');
