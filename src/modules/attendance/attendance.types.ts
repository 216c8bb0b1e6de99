import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AttendanceKind, FollowUpOutcome, LeaveStatus } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(AttendanceKind, {
  name: 'AttendanceKind',
  description: 'Kind of attendance entry (考勤类型, plan R2.4).',
  valuesConfig: {
    UNEXCUSED_ABSENCE: { description: 'Absent without leave (无故缺勤)' },
    EXCUSED_LEAVE: { description: 'On approved leave (请假)' },
    LATE: { description: 'Late (迟到)' },
  },
});
registerEnumType(FollowUpOutcome, {
  name: 'FollowUpOutcome',
  description: 'Outcome of the same-day follow-up with the guardian (当日家访/电话联系结果, plan R2.4).',
  valuesConfig: {
    PENDING: { description: 'Not yet contacted (待联系)' },
    REACHED_WILL_RETURN: { description: 'Guardian reached; the pupil will return (已联系，将返校)' },
    REACHED_REFUSED: { description: 'Guardian reached; refuses (已联系，拒绝返校)' },
    UNREACHABLE: { description: 'Guardian could not be reached (联系不上)' },
    RETURNED: { description: 'The pupil came back (已返校)' },
  },
});
registerEnumType(LeaveStatus, {
  name: 'LeaveStatus',
  description: 'State of a leave request (请假状态).',
  valuesConfig: { REQUESTED: { description: 'Requested (已申请)' }, APPROVED: { description: 'Approved (已批准)' }, REJECTED: { description: 'Rejected (未批准)' } },
});

@InputType('AbsenceEntry', { description: 'One pupil absent or late on the day (缺勤登记).' })
export class AbsenceEntry {
  @Classified('BASIC') @Field(() => ID, { description: 'The pupil (学生)' }) childId!: string;
  @Classified('EDUCATION') @Field(() => AttendanceKind, { description: 'UNEXCUSED_ABSENCE or LATE; leave on file turns an absence into EXCUSED_LEAVE' }) kind!: AttendanceKind;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Note (备注)' }) note?: string | null;
}

@InputType('DailyAbsencesInput', { description: 'A school\'s absences of one school day, in bulk (每日缺勤登记, plan R2.4).' })
export class DailyAbsencesInput {
  @Classified('BASIC') @Field(() => ID, { description: 'School (学校)' }) schoolId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'The school day (日期)' }) date!: Date;
  @Classified('EDUCATION') @Field(() => [AbsenceEntry], { description: 'Pupils absent or late (缺勤学生)' }) entries!: AbsenceEntry[];
}

@InputType('LeaveInput', { description: 'Leave recorded before it is taken (请假, plan R2.4).' })
export class LeaveInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The pupil (学生)' }) childId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'First day of leave (起始日期)' }) fromDate!: Date;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Last day of leave (结束日期)' }) toDate!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'Reason (请假事由)' }) reason!: string;
}

@InputType('FollowUpInput', { description: 'The class teacher\'s follow-up of an unexcused absence (缺勤跟进).' })
export class FollowUpInput {
  @Classified('EDUCATION') @Field(() => ID, { description: 'The attendance entry (考勤记录)' }) attendanceId!: string;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version of the entry (版本号)' }) version!: number;
  @Classified('EDUCATION') @Field(() => FollowUpOutcome, { description: 'Outcome (结果)' }) outcome!: FollowUpOutcome;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Notes (情况记录)' }) note?: string | null;
}

@ObjectType('AttendanceEntry', { description: 'One entry of the leave and absence ledger (请假、缺勤登记台账, plan R2.4).', simpleResolvers: true })
export class AttendanceEntryType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' }) id!: string;
  @Classified('EDUCATION') @Field(() => ID, { description: 'The pupil (学生)' }) childId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) date!: Date;
  @Classified('EDUCATION') @Field(() => AttendanceKind, { description: 'Kind (类型)' }) kind!: AttendanceKind;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Note (备注)' }) note!: string | null;
  @Classified('EDUCATION') @Field(() => FollowUpOutcome, { nullable: true, description: 'Follow-up with the guardian (跟进结果); PENDING until the class teacher records it' }) followUpOutcome!: FollowUpOutcome | null;
  @Classified('EDUCATION') @Field(() => Date, { nullable: true, description: 'When followed up (跟进时间)' }) followedUpAt!: Date | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Who followed up (跟进人)' }) followedUpBy!: string | null;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version (版本号)' }) version!: number;
}

@ObjectType('DailyAbsencesResult', { description: 'What a day\'s absence register produced (登记结果).', simpleResolvers: true })
export class DailyAbsencesResult {
  @Classified('EDUCATION') @Field(() => [AttendanceEntryType], { description: 'Entries recorded (登记记录)' }) entries!: AttendanceEntryType[];
  @Classified('EDUCATION') @Field(() => Int, { description: 'Unexcused absences needing a same-day follow-up (待当日跟进)' }) followUpsDue!: number;
  @Classified('EDUCATION') @Field(() => [ID], { description: 'Pupils put on the suspected-dropout ledger by this register (新增疑似辍学)' }) newSuspected!: string[];
}

@ObjectType('LeaveRequest', { description: 'Leave on file (请假记录).', simpleResolvers: true })
export class LeaveRequestType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' }) id!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'From (起始日期)' }) fromDate!: Date;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'To (结束日期)' }) toDate!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'Reason (事由)' }) reason!: string;
  @Classified('EDUCATION') @Field(() => LeaveStatus, { description: 'State (状态)' }) status!: LeaveStatus;
}
