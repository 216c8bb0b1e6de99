import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { MigrantStatus } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';
import { EnrollmentType, StatusEventObject } from '../enrollment';

registerEnumType(MigrantStatus, {
  name: 'MigrantStatus',
  description: 'State of a migrant child\'s school application (随迁子女入学状态, plan R6.3).',
  valuesConfig: {
    APPLIED: { description: 'Applied (已申请)' },
    ASSIGNED: { description: 'Assigned a public school (已分配学位)' },
    ENROLLED: { description: 'Enrolled (已入学)' },
    REJECTED: { description: 'Rejected, with a reason (未通过)' },
  },
});

@ObjectType('MigrantEnrollment', { description: 'Enrollment of a migrant workers\' child (随迁子女入学, plan R6.3).', simpleResolvers: true })
export class MigrantEnrollmentType {
  @Classified('MIGRATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('MIGRATION') @Field(() => String, { description: 'Place of household registration (户籍所在地), with its GB/T 2260 code when the hub took the application' })
  hukouOrigin!: string;
  @Classified('MIGRATION') @Field(() => String, { nullable: true, description: 'Residence permit issued by (居住证签发机关)' })
  permitIssuedBy!: string | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Residence permit valid from (居住证有效期起)' })
  permitValidFrom!: Date | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Residence permit valid to (居住证有效期止)' })
  permitValidTo!: Date | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { description: 'Applied on (申请日期)' })
  appliedOn!: Date;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Grade applied for (申请年级)' })
  requestedGrade!: number;
  @Classified('MIGRATION') @Field(() => MigrantStatus, { description: 'State (状态)' })
  status!: MigrantStatus;
  @Classified('MIGRATION') @Field(() => Int, { nullable: true, description: 'Fees charged in fen; must equal local pupils\' (收费, 分; plan R6.3)' })
  feeChargedCents!: number | null;
  @Classified('MIGRATION') @Field(() => String, { nullable: true, description: 'Why rejected (未通过原因)' })
  rejectReason!: string | null;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  childId!: string;
  assignedSchoolId!: string | null;
  permitCipher!: Uint8Array | null;
}

/**
 * Places of one grade at one school under the capacity rule of ./capacity.ts
 * (学位, plan R6.3). Counts of a school, not rows of children; readable by the
 * agencies that handle migrant enrollment, for their own schools.
 */
@ObjectType('MigrantPlaces', { description: 'Places (学位) of one grade at a school for migrant children (随迁子女学位, plan R6.3): class-size limit × classes, less pupils and places already assigned.', simpleResolvers: true })
export class MigrantPlacesType {
  @Classified('MIGRATION') @Field(() => Int, { description: 'Grade (年级), 1–9' })
  grade!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Class-size limit (班额上限): 45 in primary grades, 50 in junior grades' })
  classSizeLimit!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Classes of the grade (班级数): distinct class names of its pupils, at least enough to hold them' })
  classes!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Places (学位总数) = classes × class-size limit' })
  places!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Pupils of the grade on the roll, enrolled or suspended (在籍学生数)' })
  pupils!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Places held by migrant children assigned but not yet enrolled (已分配未入学)' })
  reserved!: number;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Free places (剩余学位); never below 0' })
  free!: number;
  schoolId!: string;
}

@ObjectType('MigrantEnrolmentPayload', { description: 'A migrant child enrolled at the assigned school (随迁子女入学登记, plan R6.3): the application, the registration and its ENROL event.', simpleResolvers: true })
export class MigrantEnrolmentPayload {
  @Classified('MIGRATION') @Field(() => MigrantEnrollmentType, { description: 'The application, now ENROLLED (入学申请)' })
  application!: MigrantEnrollmentType;
  @Classified('BASIC') @Field(() => EnrollmentType, { description: 'The registration now (学籍)' })
  enrollment!: EnrollmentType;
  @Classified('EDUCATION') @Field(() => StatusEventObject, { description: 'The ENROL event recorded (入学记录, plan R2.1)' })
  event!: StatusEventObject;
}
