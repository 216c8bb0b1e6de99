import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { SchoolType } from '../schools';
import { AttendanceSummaryType, EnrollmentType, StatusEventObject } from './enrollment.types';
import { nationalStudentNumberOf } from './student-number';

@Resolver(() => EnrollmentType)
export class EnrollmentResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'National student number (全国学籍号)' })
  @Reads('nationalStudentNumberCipher')
  nationalStudentNumber(@Root() e: EnrollmentType, @Ctx() ctx: Context) {
    return nationalStudentNumberOf(ctx, e);
  }

  @Classified('BASIC')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'Current school (就读学校)' })
  school(@Root() e: EnrollmentType, @Ctx() ctx: Context) {
    return e.schoolId ? ctx.loaders.schoolById.load(e.schoolId) : null;
  }

  @Classified('EDUCATION')
  @FieldResolver(() => [StatusEventObject], { description: 'History of status changes, oldest first (学籍异动记录, plan R2.1)' })
  events(@Root() e: EnrollmentType, @Ctx() ctx: Context) {
    return ctx.loaders.eventsByEnrollment.load(e.id);
  }
}

@Resolver(() => StatusEventObject)
export class StatusEventResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'School where it happened (学校)' })
  school(@Root() e: StatusEventObject, @Ctx() ctx: Context) {
    return e.schoolId ? ctx.loaders.schoolById.load(e.schoolId) : null;
  }
}

@Resolver(() => ChildType)
export class ChildEnrollmentResolver {
  @Classified('BASIC')
  @FieldResolver(() => EnrollmentType, { nullable: true, description: 'School registration (学籍) and current status' })
  @Reads('id')
  enrollment(@Root() c: ChildType, @Ctx() ctx: Context) {
    return prefetchedOf(c, 'enrollment') ?? ctx.loaders.enrollmentByChild.load(c.id);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => AttendanceSummaryType, { description: 'Absence and leave this term (本学期考勤, plan R2.4)' })
  @Reads('id')
  attendanceSummary(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.attendanceByChild.load(c.id);
  }
}
