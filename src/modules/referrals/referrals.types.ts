import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

export enum ReferralDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(ReferralDirection, {
  name: 'ReferralDirection',
  description: 'Referrals made by your agency, or made to it (转出 / 转入).',
  valuesConfig: { OUTGOING: { description: 'Made by your agency (本单位转出)' }, INCOMING: { description: 'Made to your agency (转入本单位)' } },
});

/** A referral as stored (the Prisma row). */
export interface ReferralRow {
  id: string;
  childId: string;
  caseId: string | null;
  fromAgencyKind: string;
  toAgencyKind: string;
  purpose: string;
  classes: string[];
  reason: string;
  createdAt: Date;
  expiresOn: Date;
  revokedAt: Date | null;
  version: number;
}

@ObjectType('Referral', {
  description:
    'A referral (转介): one child, and optionally one case, referred to another agency for one purpose and some data classes until it expires (at most 90 days) or is revoked; the receiving agency reads that child, and only those classes, through referredChild (issue 10).',
  simpleResolvers: true,
})
export class ReferralType {
  @Classified('BASIC') @Field(() => ID, { description: 'Hub identifier (转介编号)' }) id!: string;
  @Classified('BASIC') @Field(() => ID, { description: 'The child referred (儿童编号)' }) childId!: string;
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'The case referred with the child, if any (个案编号)' }) caseId!: string | null;
  @Classified('BASIC') @Field(() => AgencyKind, { description: 'Referring agency (转出单位)' }) fromAgencyKind!: string;
  @Classified('BASIC') @Field(() => AgencyKind, { description: 'Receiving agency (接收单位)' }) toAgencyKind!: string;
  @Classified('BASIC') @Field(() => String, { description: 'Purpose the receiving agency states (用途), e.g. AID_ELIGIBILITY' }) purpose!: string;
  @Classified('BASIC') @Field(() => [String], { description: 'Data classes the receiving agency may read of the child (可读数据类别), e.g. BASIC, ECONOMIC' }) classes!: string[];
  @Classified('BASIC') @Field(() => String, { description: 'Why (转介事由)' }) reason!: string;
  @Classified('BASIC') @Field(() => Date, { description: 'Made at (转介时间)' }) createdAt!: Date;
  @Classified('BASIC') @Field(() => LocalDateScalar, { description: 'Last day in force (有效期至)' }) expiresOn!: Date;
  @Classified('BASIC') @Field(() => Date, { nullable: true, description: 'Revoked at (撤销时间)' }) revokedAt!: Date | null;
  @Classified('BASIC') @Field(() => Boolean, { description: 'In force today: not revoked, not expired (有效)' }) active!: boolean;
  @Classified('BASIC') @Field(() => Int, { description: 'Version, for revoking (版本号)' }) version!: number;
}

@InputType('ReferChildInput', { description: 'Refer one child to another agency (转介儿童) for one purpose and some data classes, for at most 90 days (issue 10).' })
export class ReferChildInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童编号)' }) childId!: string;
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'One of the child’s dropout cases to refer with it (个案编号)' }) caseId?: string | null;
  @Classified('BASIC') @Field(() => AgencyKind, { description: 'Receiving agency (接收单位)' }) toAgency!: string;
  @Classified('BASIC') @Field(() => String, { description: 'Purpose the receiving agency will state (用途), one of its own purposes' }) purpose!: string;
  @Classified('BASIC') @Field(() => [String], { description: 'Data classes it may read of the child (可读数据类别), e.g. ["BASIC", "ECONOMIC"]' }) classes!: string[];
  @Classified('BASIC') @Field(() => String, { description: 'Why (转介事由)' }) reason!: string;
  @Classified('BASIC') @Field(() => LocalDateScalar, { description: 'Last day in force (有效期至), at most 90 days from today' }) expiresOn!: Date;
}

@InputType('RevokeReferralInput', { description: 'Revoke a referral (撤销转介).' })
export class RevokeReferralInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The referral (转介编号)' }) id!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'The version read (版本号)' }) version!: number;
}
