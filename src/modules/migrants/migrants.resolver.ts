import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Reads } from '../../graphql/projection';
import { prefetchedOf } from '../../lib/prefetched';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { MigrantStatus } from '../../generated/prisma/enums';
import { ChildType } from '../children';
import { SchoolType } from '../schools';
import { AssignMigrantPlaceInput, EnrolMigrantChildInput, MigrantApplicationInput, RejectMigrantApplicationInput } from './migrants.inputs';
import {
  applyForMigrantPlace,
  assignMigrantPlace,
  enrolMigrantChild,
  hukouOriginCodeOf,
  migrantApplications,
  migrantPlaces,
  rejectMigrantApplication,
} from './migrants.service';
import { MigrantEnrolmentPayload, MigrantEnrollmentType, MigrantPlacesType } from './migrants.types';

@Resolver(() => MigrantEnrollmentType)
export class MigrantEnrollmentResolver {
  @Classified('IDENTIFIERS')
  @FieldResolver(() => String, { nullable: true, description: 'Residence-permit number (居住证号)' })
  residencePermitNumber(@Root() m: MigrantEnrollmentType, @Ctx() ctx: Context) {
    return m.permitCipher ? ctx.sealer.open(m.permitCipher) : null;
  }

  @Classified('MIGRATION')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'School applied to while APPLIED, the public school assigned from ASSIGNED on (申请学校 / 分配学校)' })
  assignedSchool(@Root() m: MigrantEnrollmentType, @Ctx() ctx: Context) {
    return m.assignedSchoolId ? ctx.loaders.schoolById.load(m.assignedSchoolId) : null;
  }

  @Classified('MIGRATION')
  @FieldResolver(() => String, { nullable: true, description: 'County of household registration (户籍所在县), 6-digit GB/T 2260 code, when recorded' })
  hukouOriginCode(@Root() m: MigrantEnrollmentType) {
    return hukouOriginCodeOf(m.hukouOrigin);
  }

  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() m: MigrantEnrollmentType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(m.childId);
  }
}

@Resolver(() => ChildType)
export class ChildMigrantResolver {
  @Classified('MIGRATION')
  @FieldResolver(() => MigrantEnrollmentType, { nullable: true, description: 'Latest migrant-child enrollment (随迁子女入学)' })
  @Reads('id')
  migrantEnrollment(@Root() c: ChildType, @Ctx() ctx: Context) {
    const pre = prefetchedOf(c, 'migrantEnrollment');
    return pre !== undefined ? pre : ctx.loaders.migrantByChild.load(c.id);
  }

  @Classified('MIGRATION')
  @FieldResolver(() => [MigrantEnrollmentType], { description: 'Every migrant-child application, newest first (随迁子女入学申请记录, plan R6.3)' })
  @Reads('id')
  migrantEnrollments(@Root() c: ChildType, @Ctx() ctx: Context) {
    return prefetchedOf(c, 'migrantEnrollments') ?? ctx.loaders.migrantHistoryByChild.load(c.id);
  }
}

@Resolver(() => MigrantPlacesType)
export class MigrantPlacesResolver {
  @Classified('MIGRATION')
  @FieldResolver(() => SchoolType, { nullable: true, description: 'The school (学校)' })
  school(@Root() p: MigrantPlacesType, @Ctx() ctx: Context) {
    return ctx.loaders.schoolById.load(p.schoolId);
  }
}

/** Migrant workers' children (随迁子女, plan R6.3): application, assignment of a public-school place, enrolment. */
@Resolver()
export class MigrantResolver {
  @Classified('MIGRATION')
  @Query(() => [MigrantEnrollmentType], { description: 'Migrant children\'s applications (随迁子女入学申请) within your scope, newest first; a school sees those applying or assigned to it.' })
  migrantApplications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number,
    @Arg('status', () => MigrantStatus, { nullable: true, description: 'State (状态)' }) status?: MigrantStatus | null,
    @Arg('schoolId', () => ID, { nullable: true, description: 'School applied to or assigned (申请/分配学校)' }) schoolId?: string | null,
  ) {
    return migrantApplications(ctx, { first, status: status ?? null, schoolId: schoolId ?? null });
  }

  @Classified('MIGRATION')
  @Query(() => MigrantPlacesType, { description: 'Free places of a grade at a school for migrant children (随迁子女学位): class-size limit × classes, less pupils and assigned places (plan R6.3).' })
  migrantPlaces(
    @Ctx() ctx: Context,
    @Arg('schoolId', () => ID, { description: 'The school (学校)' }) schoolId: string,
    @Arg('grade', () => Int, { description: 'Grade (年级), 1–9' }) grade: number,
  ) {
    return migrantPlaces(ctx, schoolId, grade);
  }

  @Writes({ class: 'MIGRATION', kind: 'APPLY' }, { class: 'BASIC', kind: 'REGISTER' }) @Classified('MIGRATION')
  @Mutation(() => MigrantEnrollmentType, { description: 'Application for a school place for a migrant child (随迁子女入学申请, plan R6.3) on a valid residence permit (居住证); registers the child when new to the hub.' })
  applyForMigrantPlace(@Ctx() ctx: Context, @Arg('input', () => MigrantApplicationInput) input: MigrantApplicationInput) {
    return applyForMigrantPlace(ctx, input);
  }

  @Writes({ class: 'MIGRATION', kind: 'ASSIGN' }) @Classified('MIGRATION')
  @Mutation(() => MigrantEnrollmentType, { description: 'The education bureau assigns a public school with a free place (分配学位, plan R6.3); CONFLICT when the grade is full.' })
  assignMigrantPlace(@Ctx() ctx: Context, @Arg('input', () => AssignMigrantPlaceInput) input: AssignMigrantPlaceInput) {
    return assignMigrantPlace(ctx, input);
  }

  @Writes({ class: 'MIGRATION', kind: 'ENROL' }, { class: 'EDUCATION', kind: 'STATUS' }, { class: 'BASIC', kind: 'STATUS' }) @Classified('MIGRATION')
  @Mutation(() => MigrantEnrolmentPayload, { description: 'The assigned school enrols the migrant child (随迁子女入学登记): permit valid on the day, fee no higher than local pupils\' (plan R6.3), ENROL event (plan R2.1).' })
  enrolMigrantChild(@Ctx() ctx: Context, @Arg('input', () => EnrolMigrantChildInput) input: EnrolMigrantChildInput) {
    return enrolMigrantChild(ctx, input);
  }

  @Writes({ class: 'MIGRATION', kind: 'DECIDE' }) @Classified('MIGRATION')
  @Mutation(() => MigrantEnrollmentType, { description: 'The education bureau refuses an open application, with the reason (不予受理, plan R6.3).' })
  rejectMigrantApplication(@Ctx() ctx: Context, @Arg('input', () => RejectMigrantApplicationInput) input: RejectMigrantApplicationInput) {
    return rejectMigrantApplication(ctx, input);
  }
}
