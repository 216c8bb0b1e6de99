import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Classified, Writes, type WriteSpec } from '../../access/field-classes';
import type { Context } from '../../context';
import { CaseStatus, SuspectStatus } from '../../generated/prisma/enums';
import { PersuasionVisitType } from '../dropout-cases';
import { CaseTransitionInput, ChildType, ClearSuspectInput, DropoutCaseType, MonitoringRunType, PersuasionVisitInput, SuspectedDropoutType } from './casework.types';
import { caseLedger, clearSuspect, recordPersuasionVisit, runMonitoring, suspectedLedger, transitionCase } from './casework.service';

const PERSUASION: WriteSpec[] = [{ class: 'EDUCATION', kind: 'PERSUASION' }];
const MONITORING: WriteSpec[] = [{ class: 'EDUCATION', kind: 'MONITORING' }];

/** Return-to-school casework (plan R1.2–R1.3) and the suspected and confirmed dropout ledgers (台账). */
@Resolver()
export class CaseworkResolver {
  @Classified('EDUCATION')
  @Query(() => [SuspectedDropoutType], { description: 'Suspected-dropout ledger (疑似辍学台账), newest first, within your scope.' })
  suspectedDropouts(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number,
    @Arg('status', () => SuspectStatus, { nullable: true, description: 'State (状态)' }) status?: SuspectStatus | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township of residence (乡镇)' }) townshipCode?: string | null,
    @Arg('after', () => ID, { nullable: true, description: 'Continue after this entry: the id of the last entry of the previous page (翻页游标)' }) after?: string | null,
  ) {
    return suspectedLedger(ctx, { status: status ?? null, townshipCode: townshipCode ?? null, first, after: after ?? null });
  }

  @Classified('EDUCATION')
  @Query(() => [DropoutCaseType], { description: 'Confirmed-dropout ledger: dropout cases (辍学台账/控辍个案), newest first, within your scope.' })
  dropoutCases(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'At most this many, 1–500 (条数)' }) first: number,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'State (状态)' }) status?: CaseStatus | null,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false, description: 'Only OPEN cases past their first-visit deadline with no visit (逾期未走访)' }) overdueOnly = false,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township of residence (乡镇)' }) townshipCode?: string | null,
    @Arg('after', () => ID, { nullable: true, description: 'Continue after this case: the id of the last case of the previous page (翻页游标)' }) after?: string | null,
  ) {
    return caseLedger(ctx, { status: status ?? null, overdueOnly, townshipCode: townshipCode ?? null, first, after: after ?? null });
  }

  @Writes(...PERSUASION) @Classified('EDUCATION')
  @Mutation(() => PersuasionVisitType, { description: 'Record a persuasion-to-return visit (劝返走访记录); the first one moves the case to PERSUADING.' })
  recordPersuasionVisit(@Ctx() ctx: Context, @Arg('input', () => PersuasionVisitInput) input: PersuasionVisitInput) {
    return recordPersuasionVisit(ctx, input);
  }

  @Writes(...PERSUASION) @Classified('EDUCATION')
  @Mutation(() => DropoutCaseType, { description: 'Move a case on (个案流转): to ALTERNATIVE_PLACEMENT, to LEGAL_ACTION (hands it to the judiciary), or CLOSED (销号) on evidence only.' })
  transitionCase(@Ctx() ctx: Context, @Arg('input', () => CaseTransitionInput) input: CaseTransitionInput) {
    return transitionCase(ctx, input);
  }

  @Writes(...PERSUASION) @Classified('EDUCATION')
  @Mutation(() => SuspectedDropoutType, { description: 'Clear a suspected-dropout entry after checking that the child is in school (排除).' })
  clearSuspectedDropout(@Ctx() ctx: Context, @Arg('input', () => ClearSuspectInput) input: ClearSuspectInput) {
    return clearSuspect(ctx, input);
  }

  @Writes(...MONITORING) @Classified('EDUCATION')
  @Mutation(() => MonitoringRunType, { description: 'Run the monitoring checks now (动态监测): overdue suspensions and overdue cases. The hub also runs them every hour.' })
  runMonitoring(@Ctx() ctx: Context) {
    return runMonitoring(ctx);
  }
}

@Resolver(() => SuspectedDropoutType)
export class SuspectedDropoutResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() s: SuspectedDropoutType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(s.childId);
  }
}

@Resolver(() => DropoutCaseType)
export class DropoutCaseChildResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() c: DropoutCaseType & { childId: string }, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(c.childId);
  }
}
