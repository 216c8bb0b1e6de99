import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { PlacementType } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';
import { PlacementObject } from './disability.types';

@InputType('PlacementInput', { description: 'A placement of a disabled child: one person, one plan, one policy (一人一案一策, plan R6.4).' })
export class PlacementInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' }) childId!: string;
  @Classified('PLACEMENT') @Field(() => PlacementType, { description: 'Placement (安置方式)' }) type!: PlacementType;
  @Classified('PLACEMENT') @Field(() => ID, { nullable: true, description: 'School: a regular school for REGULAR_CLASS, the special-education school for SPECIAL_SCHOOL, the responsible school for HOME_TEACHING' }) schoolId?: string | null;
  @Classified('PLACEMENT') @Field(() => String, { nullable: true, description: 'Responsible teacher (责任教师): required for HOME_TEACHING' }) responsibleTeacher?: string | null;
  @Classified('PLACEMENT') @Field(() => Int, { nullable: true, description: 'Home-teaching visits per month (每月送教次数): required for HOME_TEACHING' }) visitsPerMonth?: number | null;
  @Classified('PLACEMENT') @Field(() => String, { nullable: true, description: 'Why deferred (缓学原因): required for DEFERRED' }) deferReason?: string | null;
  @Classified('PLACEMENT') @Field(() => LocalDateScalar, { nullable: true, description: 'Review date (复评日期): required for DEFERRED' }) reviewOn?: Date | null;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { description: 'The individual plan (个别化教育计划, 一人一案)' }) plan!: string;
  @Classified('PLACEMENT') @Field(() => LocalDateScalar, { description: 'Starts on (开始日期)' }) startsOn!: Date;
  @Classified('PLACEMENT') @Field(() => Int, { nullable: true, description: 'Version of the current placement, when there is one (版本号)' }) currentVersion?: number | null;
}

@InputType('HomeTeachingVisitInput', { description: 'A home-teaching visit (送教上门记录, plan R6.4).' })
export class HomeTeachingVisitInput {
  @Classified('PLACEMENT') @Field(() => ID, { description: 'The placement (安置)' }) placementId!: string;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { description: 'Teacher (送教教师)' }) teacherName!: string;
  @Classified('DISABILITY_DETAIL') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) visitedOn!: Date;
  @Classified('DISABILITY_DETAIL') @Field(() => Float, { description: 'Hours, 0.5–8 (课时)' }) hours!: number;
  @Classified('DISABILITY_DETAIL') @Field(() => String, { description: 'What was taught (送教内容)' }) content!: string;
}

@ObjectType('HomeTeachingCompliance', { description: 'Home-teaching visits done against the schedule for a month (送教计划落实情况).', simpleResolvers: true })
export class HomeTeachingComplianceType {
  @Classified('PLACEMENT') @Field(() => PlacementObject, { description: 'The placement (安置)' }) placement!: PlacementObject;
  @Classified('PLACEMENT') @Field(() => Int, { description: 'Visits scheduled (应送教次数)' }) scheduled!: number;
  @Classified('PLACEMENT') @Field(() => Int, { description: 'Visits done (实际次数)' }) done!: number;
  @Classified('PLACEMENT') @Field(() => Int, { description: 'Missing visits (缺少次数)' }) shortfall!: number;
  childId!: string;
}
