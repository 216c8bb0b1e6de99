import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { DropoutCause } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';
import { EnrollmentType, StatusEventObject } from './enrollment.types';

@InputType('EnrolInput', { description: 'Enrol a child at a school (入学登记, plan R2.1).' })
export class EnrolInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' }) childId!: string;
  @Classified('BASIC') @Field(() => ID, { description: 'School (学校)' }) schoolId!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'Grade, 1–9 (年级)' }) grade!: number;
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Class (班级)' }) className?: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) date!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'Evidence: number of the enrolment papers (证明材料编号)' }) evidenceRef!: string;
  @Classified('BASIC') @Field(() => Int, { nullable: true, description: 'Version of the registration, when the child already has one (版本号)' }) version?: number | null;
}

@InputType('StatusChangeInput', { description: 'A change of a pupil\'s status (学籍异动): suspension, resumption, dropout, return, graduation.' })
export class StatusChangeInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' }) childId!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'Version of the registration you read (版本号); a stale version gets CONFLICT' }) version!: number;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date it takes effect (异动日期)' }) date!: Date;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Evidence: document number of the papers (证明材料编号, plan R2.1); required except for graduation' }) evidenceRef?: string | null;
  @Classified('EDUCATION') @Field(() => DropoutCause, { nullable: true, description: 'Cause (原因): required for suspension and dropout' }) cause?: DropoutCause | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Circumstances as written (情况说明): required for suspension and dropout' }) reason?: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Due back (预计复学日期): required for suspension' }) dueBackOn?: Date | null;
}

@InputType('TransferRequestInput', { description: 'Ask another school to take a pupil (转学申请). The pupil stays enrolled here until that school accepts.' })
export class TransferRequestInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' }) childId!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'Version of the registration (版本号)' }) version!: number;
  @Classified('BASIC') @Field(() => ID, { description: 'Receiving school (转入学校)' }) toSchoolId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date of the request (申请日期)' }) date!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'Reason (转学原因)' }) reason!: string;
  @Classified('EDUCATION') @Field(() => String, { description: 'Evidence: transfer certificate number (转学证明编号)' }) evidenceRef!: string;
}

@InputType('TransferDecisionInput', { description: 'The receiving school\'s answer to a transfer request (转学审核).' })
export class TransferDecisionInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The transfer request (转学申请)' }) transferId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) date!: Date;
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Class at the new school (班级)' }) className?: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Reason, when rejecting (不同意原因)' }) reason?: string | null;
}

@InputType('CorrectionInput', { description: 'Correct a wrongly recorded status event by a compensating record (更正, plan S2).' })
export class CorrectionInput {
  @Classified('EDUCATION') @Field(() => ID, { description: 'The event to correct (被更正的记录)' }) eventId!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'Version of the registration (版本号)' }) version!: number;
  @Classified('EDUCATION') @Field(() => String, { description: 'What was wrong (更正原因)' }) reason!: string;
  @Classified('EDUCATION') @Field(() => String, { description: 'Evidence for the correction (证明材料编号)' }) evidenceRef!: string;
}

@ObjectType('StatusChangePayload', { description: 'The registration after a change, and the event recorded (异动结果).', simpleResolvers: true })
export class StatusChangePayload {
  @Classified('BASIC') @Field(() => EnrollmentType, { description: 'The registration now (学籍)' }) enrollment!: EnrollmentType;
  @Classified('EDUCATION') @Field(() => StatusEventObject, { nullable: true, description: 'The event recorded (异动记录)' }) event!: StatusEventObject | null;
  @Classified('EDUCATION') @Field(() => ID, { nullable: true, description: 'Dropout case opened or updated (控辍个案)' }) dropoutCaseId!: string | null;
  @Classified('EDUCATION') @Field(() => ID, { nullable: true, description: 'Transfer request created or decided (转学申请)' }) transferId!: string | null;
}
