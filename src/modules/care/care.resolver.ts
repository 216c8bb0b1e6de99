import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import { CareKind } from '../../generated/prisma/enums';
import { ChildType } from '../children';
import { AppointSurrogateParentInput, CareContactInput, CounsellingInput, EndCareInput, RegisterCareInput } from './care.inputs';
import { appointSurrogateParent, careRegister, endCare, recordCareContact, recordCounselling, registerCare } from './care.service';
import { CareArrangementType, CareContactType, CounsellingSessionType } from './care.types';

function firstOf(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'must be between 1 and 500');
  return first;
}

@Resolver(() => ChildType)
export class ChildCareResolver {
  @Classified('CARE')
  @FieldResolver(() => CareArrangementType, { nullable: true, description: 'Current care arrangement (关爱帮扶)' })
  @Reads('id')
  careArrangement(@Root() c: ChildType, @Ctx() ctx: Context) {
    const pre = prefetchedOf(c, 'careArrangement');
    return pre !== undefined ? pre : ctx.loaders.careByChild.load(c.id);
  }

  @Classified('CARE')
  @FieldResolver(() => [CareArrangementType], { description: 'Care history (关爱记录): every arrangement, ended ones too, newest first (plan R6.1–R6.2)' })
  @Reads('id')
  careHistory(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.careHistoryByChild.load(c.id);
  }
}

@Resolver(() => CareArrangementType)
export class CareArrangementResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() a: CareArrangementType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(a.childId);
  }

  @Classified('CARE')
  @FieldResolver(() => [CareContactType], { description: 'Family contact log (亲情电话记录), newest first (plan R6.2)' })
  async contacts(
    @Root() a: CareArrangementType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many, 1–500 (条数)' }) first: number,
  ) {
    const n = firstOf(first);
    return (await ctx.loaders.careContactsByArrangement.load(a.id)).slice(0, n);
  }

  @Classified('CARE')
  @FieldResolver(() => [CounsellingSessionType], { description: 'Counselling sessions (心理辅导记录), newest first (plan R6.2)' })
  async counsellingSessions(
    @Root() a: CareArrangementType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many, 1–500 (条数)' }) first: number,
  ) {
    const n = firstOf(first);
    return (await ctx.loaders.counsellingByArrangement.load(a.id)).slice(0, n);
  }
}

/** Care of left-behind and in-distress children (关爱控辍, plan R6.1, R6.2). */
@Resolver()
export class CareResolver {
  @Classified('CARE')
  @Query(() => [CareArrangementType], { description: 'Register of left-behind and in-distress children (留守儿童/困境儿童台账, plan R6.1) within your scope, newest first.' })
  careRegister(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number,
    @Arg('kind', () => CareKind, { nullable: true, description: 'Left-behind or in distress (类型)' }) kind?: CareKind | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township of residence (乡镇), 12-digit code' }) townshipCode?: string | null,
    @Arg('includeEnded', () => Boolean, { defaultValue: false, description: 'Ended arrangements too (含已结束)' }) includeEnded = false,
  ) {
    return careRegister(ctx, { first, kind: kind ?? null, townshipCode: townshipCode ?? null, includeEnded });
  }

  @Writes({ class: 'CARE', kind: 'REGISTER' }) @Classified('CARE')
  @Mutation(() => CareArrangementType, { description: 'Register a left-behind or in-distress child (留守儿童/困境儿童登记, plan R6.1): sets the child\'s flag, which boarding priority reads. Townships (children living in them) and the women\'s federation.' })
  registerCare(@Ctx() ctx: Context, @Arg('input', () => RegisterCareInput) input: RegisterCareInput) {
    return registerCare(ctx, input);
  }

  @Writes({ class: 'CARE', kind: 'REGISTER' }) @Classified('CARE')
  @Mutation(() => CareArrangementType, { description: 'End a care arrangement (关爱结束, plan R6.1); the child\'s flag is cleared unless another arrangement of the kind runs.' })
  endCare(@Ctx() ctx: Context, @Arg('input', () => EndCareInput) input: EndCareInput) {
    return endCare(ctx, input);
  }

  @Writes({ class: 'CARE', kind: 'SURROGATE' }) @Classified('CARE')
  @Mutation(() => CareArrangementType, { description: 'Appoint a surrogate parent (代理家长, plan R6.2); the current one\'s role ends the day before.' })
  appointSurrogateParent(@Ctx() ctx: Context, @Arg('input', () => AppointSurrogateParentInput) input: AppointSurrogateParentInput) {
    return appointSurrogateParent(ctx, input);
  }

  @Writes({ class: 'CARE', kind: 'CONTACT' }) @Classified('CARE')
  @Mutation(() => CareContactType, { description: 'Record a family phone call or visit (亲情电话, plan R6.2).' })
  recordCareContact(@Ctx() ctx: Context, @Arg('input', () => CareContactInput) input: CareContactInput) {
    return recordCareContact(ctx, input);
  }

  @Writes({ class: 'CARE', kind: 'COUNSELLING' }) @Classified('CARE')
  @Mutation(() => CounsellingSessionType, { description: 'Record a psychological counselling session (心理辅导, plan R6.2).' })
  recordCounselling(@Ctx() ctx: Context, @Arg('input', () => CounsellingInput) input: CounsellingInput) {
    return recordCounselling(ctx, input);
  }
}
