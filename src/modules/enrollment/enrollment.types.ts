import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { DropoutCause, EnrollmentStatus, StatusEventType } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Current status of a school registration (学籍状态).',
  valuesConfig: {
    ENROLLED: { description: 'In school (在读)' },
    SUSPENDED: { description: 'Suspension (休学)' },
    TRANSFERRED_OUT: { description: 'Transferred out of the county (转出)' },
    DROPPED_OUT: { description: 'Dropped out (辍学)' },
    GRADUATED: { description: 'Graduated (毕业)' },
    DECEASED: { description: 'Deceased (死亡)' },
    NOT_ENROLLED: { description: 'Not enrolled, found by census (未入学)' },
  },
});

registerEnumType(StatusEventType, {
  name: 'StatusEventType',
  description: 'A change of school registration (学籍异动, plan R2.1).',
  valuesConfig: {
    ENROL: { description: 'Enrolment (入学)' },
    TRANSFER_IN: { description: 'Transfer in (转入)' },
    TRANSFER_OUT: { description: 'Transfer out (转出)' },
    SUSPEND: { description: 'Suspension (休学)' },
    RESUME: { description: 'Resumption (复学)' },
    DROPOUT: { description: 'Dropout (辍学)' },
    RETURN: { description: 'Return to school after dropout (劝返复学)' },
    GRADUATE: { description: 'Graduation (毕业)' },
    DECEASE: { description: 'Death (死亡)' },
    CORRECTION: { description: 'Correction of an earlier event (更正), pointing to it (plan S2)' },
  },
});

registerEnumType(DropoutCause, {
  name: 'DropoutCause',
  description: 'Cause of dropout or risk (辍学原因): the plan\'s four, plus others.',
  valuesConfig: {
    LEARNING_DIFFICULTY: { description: 'Learning difficulty (学习困难, plan R3)' },
    WEARY_OF_SCHOOL: { description: 'Weary of school (厌学, plan R3)' },
    POVERTY: { description: 'Poverty (因贫, plan R4)' },
    DISTANCE: { description: 'Distance (上学远, plan R5)' },
    LACK_OF_CARE: { description: 'Lack of care (缺乏关爱, plan R6)' },
    ILLNESS: { description: 'Illness (因病)' },
    DISABILITY: { description: 'Disability (因残)' },
    WORK: { description: 'Working (外出务工)' },
    MARRIAGE: { description: 'Early marriage (早婚)' },
    OTHER: { description: 'Other (其他)' },
  },
});

@ObjectType('Enrollment', { description: 'School registration (学籍) of a child: current school, grade and status.', simpleResolvers: true })
export class EnrollmentType {
  @Classified('BASIC') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('BASIC') @Field(() => Int, { nullable: true, description: 'Grade (年级), 1–9 in compulsory education' })
  grade!: number | null;
  @Classified('BASIC') @Field(() => String, { nullable: true, description: 'Class (班级)' })
  className!: string | null;
  @Classified('BASIC') @Field(() => EnrollmentStatus, { description: 'Current status (学籍状态), derived from the status events' })
  status!: EnrollmentStatus;
  @Classified('BASIC') @Field(() => LocalDateScalar, { description: 'Date the current status began (状态起始日期)' })
  statusSince!: Date;
  @Classified('BASIC') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  schoolId!: string | null;
  /** 全国学籍号, sealed ("G" + the ID number): opened by EnrollmentResolver.nationalStudentNumber. */
  nationalStudentNumberCipher!: Uint8Array | null;
}

@ObjectType('StatusEvent', { description: 'One change of school registration (学籍异动记录), append-only (plan R2.1).', simpleResolvers: true })
export class StatusEventObject {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => StatusEventType, { description: 'Kind of change (异动类型)' })
  type!: StatusEventType;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date it took effect (异动日期)' })
  occurredOn!: Date;
  @Classified('EDUCATION') @Field(() => Int, { nullable: true, description: 'Grade at the time (年级)' })
  grade!: number | null;
  @Classified('EDUCATION') @Field(() => DropoutCause, { nullable: true, description: 'Cause, for dropouts and suspensions (原因)' })
  cause!: DropoutCause | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Reason as written (情况说明)' })
  reason!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Evidence reference: document number of the papers (证明材料编号, plan R2.1)' })
  evidenceRef!: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Due back, for suspensions (预计复学日期)' })
  dueBackOn!: Date | null;
  @Classified('EDUCATION') @Field(() => ID, { nullable: true, description: 'The event this one corrects (更正的记录, plan S2)' })
  correctsEventId!: string | null;
  @Classified('EDUCATION') @Field(() => String, { description: 'Who recorded it (记录人)' })
  recordedBy!: string;
  @Classified('EDUCATION') @Field(() => Date, { description: 'When it was recorded (记录时间)' })
  recordedAt!: Date;
  schoolId!: string | null;
}

@ObjectType('AttendanceSummary', { description: 'Absence and leave in the current term (本学期缺勤与请假, plan R2.4).', simpleResolvers: true })
export class AttendanceSummaryType {
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Counted from (统计起始日期): first day of the current term' })
  since!: Date;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Days absent without leave (无故缺勤天数)' })
  unexcusedDays!: number;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Days on approved leave (请假天数)' })
  excusedDays!: number;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Days late (迟到次数)' })
  lateDays!: number;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Most recent absence (最近缺勤日期)' })
  lastAbsence!: Date | null;
}
