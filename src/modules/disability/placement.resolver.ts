import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { HomeTeachingVisitType, PlacementObject } from './disability.types';
import { HomeTeachingComplianceType, HomeTeachingVisitInput, PlacementInput } from './placement.inputs';
import { confirmPlacement, homeTeachingCompliance, placeChild, recordHomeTeachingVisit, unplacedDisabledChildren } from './placement.service';

/** Placements of disabled children (plan R6.4, R2.5): the bureau proposes, the federation assigns, schools record visits. */
@Resolver()
export class PlacementMutationResolver {
  @Writes({ class: 'PLACEMENT', kind: 'PROPOSE' }) @Classified('PLACEMENT')
  @Mutation(() => PlacementObject, { description: 'The education bureau proposes a placement (安置建议).' })
  proposePlacement(@Ctx() ctx: Context, @Arg('input', () => PlacementInput) input: PlacementInput) {
    return placeChild(ctx, input, 'PROPOSED');
  }

  @Writes({ class: 'PLACEMENT', kind: 'ASSIGN' }, { class: 'DISABILITY_DETAIL', kind: 'ASSIGN' }) @Classified('PLACEMENT')
  @Mutation(() => PlacementObject, { description: 'The disabled persons\' federation assigns a placement (安置): regular class, special school, home teaching or deferral; it replaces the current one.' })
  assignPlacement(@Ctx() ctx: Context, @Arg('input', () => PlacementInput) input: PlacementInput) {
    return placeChild(ctx, input, 'ASSIGNED');
  }

  @Writes({ class: 'PLACEMENT', kind: 'ASSIGN' }) @Classified('PLACEMENT')
  @Mutation(() => PlacementObject, { description: 'The federation confirms a proposed placement (确认安置).' })
  confirmPlacement(
    @Ctx() ctx: Context,
    @Arg('placementId', () => ID, { description: 'The proposal (安置建议)' }) placementId: string,
    @Arg('version', () => Int, { description: 'Version (版本号)' }) version: number,
  ) {
    return confirmPlacement(ctx, placementId, version);
  }

  @Writes({ class: 'PLACEMENT', kind: 'VISITS' }) @Classified('DISABILITY_DETAIL')
  @Mutation(() => HomeTeachingVisitType, { description: 'Record a home-teaching visit (送教上门记录).' })
  recordHomeTeachingVisit(@Ctx() ctx: Context, @Arg('input', () => HomeTeachingVisitInput) input: HomeTeachingVisitInput) {
    return recordHomeTeachingVisit(ctx, input);
  }

  @Classified('PLACEMENT')
  @Query(() => [HomeTeachingComplianceType], { description: 'Home-teaching visits against the schedule for a month (送教计划落实), within your scope.' })
  homeTeachingCompliance(@Ctx() ctx: Context, @Arg('month', () => String, { description: 'Month YYYY-MM (月份)' }) month: string) {
    return homeTeachingCompliance(ctx, month);
  }

  @Classified('DISABILITY')
  @Query(() => [ChildType], { description: 'School-age disabled children with neither a placement nor a place in school (未安置适龄残疾儿童, plan R2.5).' })
  unplacedDisabledChildren(@Ctx() ctx: Context, @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number) {
    return unplacedDisabledChildren(ctx, first);
  }
}
