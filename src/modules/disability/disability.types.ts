import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { DisabilityCategory, PlacementStatus, PlacementType } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(DisabilityCategory, {
  name: 'DisabilityCategory',
  description: 'Category of disability (残疾类别).',
  valuesConfig: {
    VISUAL: { description: 'Visual (视力残疾)' },
    HEARING: { description: 'Hearing (听力残疾)' },
    SPEECH: { description: 'Speech (言语残疾)' },
    PHYSICAL: { description: 'Physical (肢体残疾)' },
    INTELLECTUAL: { description: 'Intellectual (智力残疾)' },
    MENTAL: { description: 'Mental (精神残疾)' },
    MULTIPLE: { description: 'Multiple (多重残疾)' },
  },
});
registerEnumType(PlacementType, {
  name: 'PlacementType',
  description: 'Placement of a disabled child (安置方式, plan R6.4).',
  valuesConfig: {
    REGULAR_CLASS: { description: 'Regular class (随班就读)' },
    SPECIAL_SCHOOL: { description: 'Special-education school (特殊教育学校就读)' },
    HOME_TEACHING: { description: 'Teaching delivered at home (送教上门)' },
    DEFERRED: { description: 'Deferred, with reason and review date (缓学)' },
  },
});
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'State of a placement (安置状态).',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by the education bureau (建议)' },
    ASSIGNED: { description: 'Assigned by the disabled persons\' federation (已安置)' },
    ENDED: { description: 'Ended (已结束)' },
  },
});

@ObjectType('DisabilityRecord', { description: 'Disability record of a child (残疾信息, 残疾人证).', simpleResolvers: true })
export class DisabilityRecordType {
  @Classified('DISABILITY') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('DISABILITY') @Field(() => DisabilityCategory, { description: 'Category (残疾类别)' })
  category!: DisabilityCategory;
  @Classified('DISABILITY') @Field(() => Int, { description: 'Grade 1–4, 1 most severe (残疾等级)' })
  grade!: number;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { nullable: true, description: 'Assessment notes (评估意见)' })
  assessment!: string | null;
  @Classified('DISABILITY_DETAIL') @Field(() => LocalDateScalar, { nullable: true, description: 'Assessed on (评估日期)' })
  assessedOn!: Date | null;
  certificateCipher!: Uint8Array | null;
}

@ObjectType('Placement', { description: 'Placement of a disabled child: one person, one plan (一人一案, plan R6.4).', simpleResolvers: true })
export class PlacementObject {
  @Classified('PLACEMENT') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('PLACEMENT') @Field(() => PlacementType, { description: 'Placement (安置方式)' })
  type!: PlacementType;
  @Classified('PLACEMENT') @Field(() => PlacementStatus, { description: 'State (状态)' })
  status!: PlacementStatus;
  @Classified('PLACEMENT') @Field(() => String, { nullable: true, description: 'Responsible teacher (责任教师)' })
  responsibleTeacher!: string | null;
  @Classified('PLACEMENT') @Field(() => Int, { nullable: true, description: 'Home-teaching visits per month (每月送教次数)' })
  visitsPerMonth!: number | null;
  @Classified('PLACEMENT') @Field(() => String, { nullable: true, description: 'Why deferred (缓学原因)' })
  deferReason!: string | null;
  @Classified('PLACEMENT') @Field(() => LocalDateScalar, { nullable: true, description: 'Review date (复评日期)' })
  reviewOn!: Date | null;
  @Classified('PLACEMENT') @Field(() => LocalDateScalar, { description: 'Starts on (开始日期)' })
  startsOn!: Date;
  @Classified('PLACEMENT') @Field(() => LocalDateScalar, { nullable: true, description: 'Ends on (结束日期)' })
  endsOn!: Date | null;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { nullable: true, description: 'The individual plan (个别化教育计划, 一人一案)' })
  plan!: string | null;
  @Classified('PLACEMENT') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  schoolId!: string | null;
}

@ObjectType('HomeTeachingVisit', { description: 'A home-teaching visit (送教上门记录, plan R6.4).', simpleResolvers: true })
export class HomeTeachingVisitType {
  @Classified('DISABILITY_DETAIL') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { description: 'Teacher (送教教师)' })
  teacherName!: string;
  @Classified('DISABILITY_DETAIL') @Field(() => LocalDateScalar, { description: 'Date (日期)' })
  visitedOn!: Date;
  @Classified('DISABILITY_DETAIL') @Field(() => Float, { description: 'Hours (课时)' })
  hours!: unknown;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { description: 'What was taught (送教内容)' })
  content!: string;
}
