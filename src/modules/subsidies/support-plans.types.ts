import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

@ObjectType('SupportPlan', {
  description:
    'Support plan (帮扶方案) under "one family one plan, one student one plan" (一家一案、一生一案, plan R4.2): for a household or for one child, the measures and who is responsible, so that no child leaves school for lack of money.',
  simpleResolvers: true,
})
export class SupportPlanType {
  @Classified('WELFARE') @Field(() => ID, { description: 'Hub identifier (编号)' })
  id!: string;
  @Classified('WELFARE') @Field(() => ID, { nullable: true, description: 'The household, for a family plan (一家一案)' })
  householdId!: string | null;
  @Classified('WELFARE') @Field(() => ID, { nullable: true, description: 'The child, for a student plan (一生一案)' })
  childId!: string | null;
  @Classified('WELFARE') @Field(() => [String], { description: 'Measures (帮扶措施)' })
  measures!: string[];
  @Classified('WELFARE') @Field(() => String, { description: 'Responsible person (帮扶责任人)' })
  responsibleName!: string;
  @Classified('WELFARE') @Field(() => AgencyKind, { description: 'Kind of the responsible department (责任单位类型)' })
  responsibleAgencyKind!: AgencyKind;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { description: 'Starts on (开始日期)' })
  startsOn!: Date;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Next review (复核日期)' })
  reviewOn!: Date | null;
  @Classified('WELFARE') @Field(() => Int, { description: 'Version (版本号): each update increments it; send it back to update' })
  version!: number;
}

@InputType('SupportPlanInput', { description: 'A new support plan (制定帮扶方案, plan R4.2) for a household (一家一案) or a child (一生一案): give exactly one of householdId and childId.' })
export class SupportPlanInput {
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'The household (户), for a family plan' })
  householdId?: string | null;
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'The child (儿童), for a student plan' })
  childId?: string | null;
  @Classified('WELFARE') @Field(() => [String], { description: 'Measures (帮扶措施), 1–20, e.g. 落实"两免一补"' })
  measures!: string[];
  @Classified('WELFARE') @Field(() => String, { description: 'Responsible person (帮扶责任人)' })
  responsibleName!: string;
  @Classified('WELFARE') @Field(() => AgencyKind, { description: 'Kind of the responsible department (责任单位类型), e.g. TOWNSHIP, SCHOOL' })
  responsibleAgencyKind!: AgencyKind;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Starts on (开始日期); default today' })
  startsOn?: Date | null;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Next review (复核日期), after the start' })
  reviewOn?: Date | null;
}

@InputType('SupportPlanUpdateInput', { description: 'Revise a support plan (调整帮扶方案); the fields given replace the old ones.' })
export class SupportPlanUpdateInput {
  @Classified('WELFARE') @Field(() => ID, { description: 'The plan (帮扶方案)' })
  id!: string;
  @Classified('WELFARE') @Field(() => Int, { description: 'Version you read (版本号); a stale version gets CONFLICT' })
  version!: number;
  @Classified('WELFARE') @Field(() => [String], { nullable: true, description: 'Measures (帮扶措施), 1–20' })
  measures?: string[] | null;
  @Classified('WELFARE') @Field(() => String, { nullable: true, description: 'Responsible person (帮扶责任人)' })
  responsibleName?: string | null;
  @Classified('WELFARE') @Field(() => AgencyKind, { nullable: true, description: 'Kind of the responsible department (责任单位类型)' })
  responsibleAgencyKind?: AgencyKind | null;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Next review (复核日期)' })
  reviewOn?: Date | null;
}
