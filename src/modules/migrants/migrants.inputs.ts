import { Field, ID, InputType, Int } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { Gender } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType('ResidencePermitInput', { description: 'Residence permit (居住证) on which a migrant child enrols where the family lives (plan R6.3).' })
export class ResidencePermitInput {
  @Classified('IDENTIFIERS') @Field(() => String, { description: 'Residence-permit number (居住证号), 6–30 letters and digits; stored sealed with a blind index' })
  number!: string;
  @Classified('MIGRATION') @Field(() => String, { description: 'Issuing authority (签发机关), e.g. the county public-security bureau' })
  issuedBy!: string;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { description: 'Valid from (有效期起)' })
  validFrom!: Date;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { description: 'Valid to, inclusive (有效期止)' })
  validTo!: Date;
}

@InputType('NewMigrantChildInput', { description: 'A migrant child the hub does not know yet (新登记随迁子女).' })
export class NewMigrantChildInput {
  @Classified('BASIC') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('BASIC') @Field(() => Gender, { description: 'Gender (性别); must agree with the ID number' })
  gender!: Gender;
  @Classified('BASIC') @Field(() => LocalDateScalar, { description: 'Birth date (出生日期); must agree with the ID number' })
  birthDate!: Date;
  @Classified('IDENTIFIERS') @Field(() => String, { description: 'Citizen ID number (居民身份证号), 18 characters with a valid GB 11643 check character' })
  idNumber!: string;
  @Classified('BASIC') @Field(() => String, { description: 'Village or community in this county where the child lives (居住村/社区), 12-digit code' })
  villageCode!: string;
}

@InputType('MigrantApplicationInput', { description: 'Application for a school place for a migrant workers\' child (随迁子女入学申请, plan R6.3). Give either childId or newChild.' })
export class MigrantApplicationInput {
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'A child the hub already knows (儿童)' })
  childId?: string | null;
  @Classified('BASIC') @Field(() => NewMigrantChildInput, { nullable: true, description: 'Or: a child new to the hub (新登记儿童)' })
  newChild?: NewMigrantChildInput | null;
  @Classified('MIGRATION') @Field(() => String, { description: 'County of household registration (户籍所在县), 6-digit GB/T 2260 code; must be outside this county' })
  hukouOriginCode!: string;
  @Classified('MIGRATION') @Field(() => String, { description: 'Place of household registration as written (户籍所在地), e.g. 湖南省邵阳市新邵县' })
  hukouOrigin!: string;
  @Classified('MIGRATION') @Field(() => ResidencePermitInput, { description: 'The residence permit (居住证); must be valid on the day of application' })
  permit!: ResidencePermitInput;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Grade applied for (申请年级), 1–9' })
  requestedGrade!: number;
  @Classified('MIGRATION') @Field(() => ID, { nullable: true, description: 'School applied to (申请学校); a school registering the application applies to itself' })
  schoolId?: string | null;
}

@InputType('AssignMigrantPlaceInput', { description: 'Assignment of a public-school place to a migrant child (分配学位, plan R6.3), by the education bureau.' })
export class AssignMigrantPlaceInput {
  @Classified('MIGRATION') @Field(() => ID, { description: 'The application (入学申请)' })
  applicationId!: string;
  @Classified('MIGRATION') @Field(() => ID, { description: 'Public school with a free place in the grade (公办学校)' })
  schoolId!: string;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Version of the application you read (版本号); a stale version gets CONFLICT' })
  version!: number;
}

@InputType('EnrolMigrantChildInput', { description: 'The assigned school enrols the migrant child (随迁子女入学登记, plan R6.3): residence permit valid on the day, fee no higher than local pupils\'.' })
export class EnrolMigrantChildInput {
  @Classified('MIGRATION') @Field(() => ID, { description: 'The application (入学申请)' })
  applicationId!: string;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Version of the application you read (版本号)' })
  version!: number;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date of enrolment (入学日期); the residence permit must be valid on it' })
  date!: Date;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Fees charged for the school year, in fen (收费, 分); no more than the school charges local pupils of the grade (plan R6.3)' })
  feeChargedCents!: number;
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Class (班级)' })
  className?: string | null;
  @Classified('MIGRATION') @Field(() => ResidencePermitInput, { nullable: true, description: 'A renewed residence permit (续签居住证), when the one on the application has run out' })
  renewedPermit?: ResidencePermitInput | null;
}

@InputType('RejectMigrantApplicationInput', { description: 'Refusal of a migrant child\'s application, with the reason (不予受理, plan R6.3), by the education bureau.' })
export class RejectMigrantApplicationInput {
  @Classified('MIGRATION') @Field(() => ID, { description: 'The application (入学申请)' })
  applicationId!: string;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Version of the application you read (版本号)' })
  version!: number;
  @Classified('MIGRATION') @Field(() => String, { description: 'Reason, told to the family (不予受理原因)' })
  reason!: string;
}
