import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { AttendanceEntryType, DailyAbsencesInput, DailyAbsencesResult, FollowUpInput, LeaveInput, LeaveRequestType } from './attendance.types';
import { pendingFollowUps, recordDailyAbsences, recordFollowUp, recordLeave } from './attendance.service';

const ATTENDANCE: WriteSpec[] = [{ class: 'EDUCATION', kind: 'ATTENDANCE' }];

/** The leave and absence ledger (plan R2.4). */
@Resolver()
export class AttendanceResolver {
  @Writes(...ATTENDANCE) @Classified('EDUCATION')
  @Mutation(() => DailyAbsencesResult, { description: 'Record a school day\'s absences in bulk (每日缺勤登记); unexcused ones open a same-day follow-up, a streak puts the pupil on the suspected-dropout ledger.' })
  recordDailyAbsences(@Ctx() ctx: Context, @Arg('input', () => DailyAbsencesInput) input: DailyAbsencesInput) {
    return recordDailyAbsences(ctx, input);
  }

  @Writes(...ATTENDANCE) @Classified('EDUCATION')
  @Mutation(() => LeaveRequestType, { description: 'Record approved leave before it is taken (请假登记).' })
  recordLeave(@Ctx() ctx: Context, @Arg('input', () => LeaveInput) input: LeaveInput) {
    return recordLeave(ctx, input);
  }

  @Writes(...ATTENDANCE) @Classified('EDUCATION')
  @Mutation(() => AttendanceEntryType, { description: 'Record the follow-up with the guardian of an unexcused absence (缺勤跟进).' })
  recordFollowUp(@Ctx() ctx: Context, @Arg('input', () => FollowUpInput) input: FollowUpInput) {
    return recordFollowUp(ctx, input);
  }

  @Classified('EDUCATION')
  @Query(() => [AttendanceEntryType], { description: 'Unexcused absences waiting for their follow-up at a school, oldest first (待跟进缺勤).' })
  pendingFollowUps(@Ctx() ctx: Context, @Arg('schoolId', () => ID, { description: 'School (学校)' }) schoolId: string) {
    return pendingFollowUps(ctx, schoolId);
  }
}
