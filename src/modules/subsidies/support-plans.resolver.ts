import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children/children.types';
import { HouseholdType } from '../households/households.types';
import { createSupportPlan, updateSupportPlan } from './support-plans.service';
import { SupportPlanInput, SupportPlanType, SupportPlanUpdateInput } from './support-plans.types';

/**
 * Support plans are WELFARE (access-policy.md). The policy names no kind of
 * WELFARE write for them, so they are written as part of the education
 * bureau's student-aid work ('EDUCATION_PROGRAMMES'); see the report for the
 * policy change that would let townships, schools and civil affairs write them.
 */
const PLANS: WriteSpec = { class: 'WELFARE', kind: 'EDUCATION_PROGRAMMES' };

/** 一家一案、一生一案 (plan R4.2). */
@Resolver()
export class SupportPlanMutationResolver {
  @Writes(PLANS) @Classified('WELFARE')
  @Mutation(() => SupportPlanType, {
    description: 'Draw up the support plan of a household (一家一案) or a child (一生一案), plan R4.2: one per household and one per child; a second gets CONFLICT (revise the first).',
  })
  createSupportPlan(@Ctx() ctx: Context, @Arg('input', () => SupportPlanInput) input: SupportPlanInput) {
    return createSupportPlan(ctx, input);
  }

  @Writes(PLANS) @Classified('WELFARE')
  @Mutation(() => SupportPlanType, { description: 'Revise a support plan (调整帮扶方案, plan R4.2) under its version; a stale version gets CONFLICT.' })
  updateSupportPlan(@Ctx() ctx: Context, @Arg('input', () => SupportPlanUpdateInput) input: SupportPlanUpdateInput) {
    return updateSupportPlan(ctx, input);
  }
}

@Resolver(() => HouseholdType)
export class HouseholdSupportPlanResolver {
  @Classified('WELFARE')
  @FieldResolver(() => [SupportPlanType], { description: 'Support plan of the family (一家一案, plan R4.2)' })
  @Reads('id')
  supportPlans(@Root() h: HouseholdType, @Ctx() ctx: Context) {
    return ctx.loaders.supportPlansByHousehold.load(h.id);
  }
}

@Resolver(() => ChildType)
export class ChildSupportPlanResolver {
  @Classified('WELFARE')
  @FieldResolver(() => [SupportPlanType], { description: 'Support plan of the student (一生一案, plan R4.2); the family\u2019s is on household.supportPlans' })
  @Reads('id')
  supportPlans(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.supportPlansByChild.load(c.id);
  }
}
