import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { ReferChildInput, ReferralDirection, ReferralType, RevokeReferralInput } from './referrals.types';
import { listReferrals, referChild, referredChild, revokeReferral } from './referrals.service';

/** Referrals (转介, issue 10 item 4): case-bound grants of one child's data to another agency. */
@Resolver()
export class ReferralResolver {
  @Writes({ class: 'EDUCATION', kind: 'REFERRAL' }) @Classified('BASIC')
  @Mutation(() => ReferralType, { description: 'Refer one child (转介) to another agency for one purpose and some data classes, for at most 90 days; it then reads that child, and only those classes, through referredChild.' })
  referChild(@Ctx() ctx: Context, @Arg('input', () => ReferChildInput) input: ReferChildInput) {
    return referChild(ctx, input);
  }

  @Writes({ class: 'EDUCATION', kind: 'REFERRAL' }) @Classified('BASIC')
  @Mutation(() => ReferralType, { description: 'Revoke a referral your unit made (撤销转介); the education bureau may revoke any.' })
  revokeReferral(@Ctx() ctx: Context, @Arg('input', () => RevokeReferralInput) input: RevokeReferralInput) {
    return revokeReferral(ctx, input);
  }

  @Classified('BASIC')
  @Query(() => [ReferralType], { description: 'Referrals made by your unit, or made to your agency (转介记录), newest first.' })
  referrals(
    @Ctx() ctx: Context,
    @Arg('direction', () => ReferralDirection, { description: 'OUTGOING or INCOMING (方向)' }) direction: ReferralDirection,
    @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number,
    @Arg('activeOnly', () => Boolean, { defaultValue: true, description: 'Only those in force today (仅有效)' }) activeOnly: boolean,
  ) {
    return listReferrals(ctx, direction, activeOnly, first);
  }

  @Classified('BASIC')
  @Query(() => ChildType, {
    nullable: true,
    description:
      'The child of a referral made to your agency (转介儿童), read under it: while it is in force, with its purpose in X-Purpose, and reading only the data classes it names; NOT_FOUND otherwise.',
  })
  referredChild(@Ctx() ctx: Context, @Arg('referralId', () => ID, { description: 'The referral (转介编号)' }) referralId: string) {
    return referredChild(ctx, referralId);
  }
}
