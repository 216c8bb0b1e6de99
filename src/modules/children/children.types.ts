import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { EnrollmentStatus, Gender } from '../../generated/prisma/enums';
import type { Prisma } from '../../generated/prisma/client';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender (性别).',
  valuesConfig: { MALE: { description: 'Male (男)' }, FEMALE: { description: 'Female (女)' } },
});

@ObjectType('Child', {
  description: 'A child of compulsory-school age (适龄儿童少年), 6–15 on 31 August.',
  simpleResolvers: true,
})
export class ChildType {
  @Classified('BASIC') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('BASIC') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('BASIC') @Field(() => Gender, { description: 'Gender (性别)' })
  gender!: Gender;
  @Classified('BASIC') @Field(() => LocalDateScalar, { description: 'Birth date (出生日期)' })
  birthDate!: Date;
  @Classified('BASIC') @Field(() => String, { description: 'Ethnicity (民族)' })
  ethnicity!: string;
  @Classified('CARE') @Field(() => Boolean, { description: 'Left-behind child (留守儿童): both parents, or the only parent, away ≥ 6 months (plan R4.1, R6.1)' })
  isLeftBehind!: boolean;
  @Classified('CARE') @Field(() => Boolean, { description: 'Child in distress (困境儿童, plan R4.1)' })
  inDistress!: boolean;
  @Classified('CARE') @Field(() => Boolean, { description: 'Orphan (孤儿, plan R4.1)' })
  isOrphan!: boolean;
  @Classified('MIGRATION') @Field(() => Boolean, { description: 'Migrant workers\' child (随迁子女, plan R6.3)' })
  isMigrant!: boolean;
  @Classified('DISABILITY') @Field(() => Boolean, { description: 'Has a disability (残疾儿童, plan R6.4)' })
  hasDisability!: boolean;
  @Classified('BASIC') @Field(() => Int, { description: 'Record version for optimistic concurrency (版本号)' })
  version!: number;

  householdId!: string | null;
  villageCode!: string;
  idNumberCipher!: Uint8Array | null;
}

@InputType('ChildFilter', { description: 'Filters of the children list (儿童筛选条件). Conditions are ANDed.' })
export class ChildFilter {
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Township of residence (居住乡镇), 12-digit code' })
  townshipCode?: string | null;
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Village of residence (居住村/社区), 12-digit code' })
  villageCode?: string | null;
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'Current school (就读学校)' })
  schoolId?: string | null;
  @Classified('BASIC') @Field(() => Int, { nullable: true, description: 'Grade (年级), 1–9' })
  grade?: number | null;
  @Classified('BASIC') @Field(() => EnrollmentStatus, { nullable: true, description: 'Current enrollment status (学籍状态)' })
  status?: EnrollmentStatus | null;
  @Classified('BASIC') @Field(() => Int, { nullable: true, description: 'Minimum age on 31 August of the current school year (最小年龄)' })
  ageMin?: number | null;
  @Classified('BASIC') @Field(() => Int, { nullable: true, description: 'Maximum age on 31 August of the current school year (最大年龄)' })
  ageMax?: number | null;
  @Classified('ECONOMIC') @Field(() => Boolean, { nullable: true, description: 'Registered-poor household (建档立卡贫困户, plan R4.1)' })
  registeredPoor?: boolean | null;
  @Classified('ECONOMIC') @Field(() => Boolean, { nullable: true, description: 'Minimum-living-guarantee household (低保户, plan R4.1)' })
  minimumLiving?: boolean | null;
  @Classified('CARE') @Field(() => Boolean, { nullable: true, description: 'Orphan (孤儿)' })
  orphan?: boolean | null;
  @Classified('CARE') @Field(() => Boolean, { nullable: true, description: 'Left-behind child (留守儿童)' })
  leftBehind?: boolean | null;
  @Classified('CARE') @Field(() => Boolean, { nullable: true, description: 'Child in distress (困境儿童)' })
  inDistress?: boolean | null;
  @Classified('DISABILITY') @Field(() => Boolean, { nullable: true, description: 'Has a disability (残疾儿童)' })
  disabled?: boolean | null;
  @Classified('MIGRATION') @Field(() => Boolean, { nullable: true, description: 'Migrant workers\' child (随迁子女)' })
  migrant?: boolean | null;
}

@ObjectType('PageInfo', { description: 'Relay page information (分页信息).', simpleResolvers: true })
export class PageInfo {
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'More items follow (是否有下一页)' })
  hasNextPage!: boolean;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after` (游标)' })
  endCursor!: string | null;
}

@ObjectType('ChildEdge', { description: 'One child in a list (列表项).', simpleResolvers: true })
export class ChildEdge {
  @Classified('BASIC') @Field(() => String, { description: 'Cursor (游标)' })
  cursor!: string;
  @Classified('BASIC') @Field(() => ChildType, { description: 'The child (儿童)' })
  node!: ChildType;
}

@ObjectType('ChildConnection', { description: 'A page of children (儿童列表, Relay connection).', simpleResolvers: true })
export class ChildConnection {
  @Classified('BASIC') @Field(() => [ChildEdge], { description: 'Items of this page' })
  edges!: ChildEdge[];
  @Classified('BASIC') @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
  /** The scoped where of this list, for totalCount. */
  where!: Prisma.ChildWhereInput;
}
