import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Classified, Writes } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildConnection, ChildType, listChildren } from '../children';
import { computeDropoutTargets } from './dropout-targets.service';
import { monthlyFigures, monthlyReports, submitMonthlyReport } from './monthly-report.service';
import { listRiskFlags } from './risk.service';
import {
  ChildRiskConnection,
  DropoutCaseFigures,
  DropoutLevelFigure,
  DropoutTargets,
  MonthlyReportType,
  PoorDropoutDetail,
  PoorDropoutFigure,
  TownshipMonthlyFigures,
} from './targets.types';

/** The children behind a figure, in the order given, within the caller's row scope (each read is logged). */
async function childrenOf(ctx: Context, ids: readonly string[]): Promise<ChildType[]> {
  const rows = await ctx.loaders.childById.loadMany(ids);
  return rows.filter((r): r is NonNullable<typeof r> & ChildType => r !== null && !(r instanceof Error)) as ChildType[];
}

@Resolver()
export class TargetsResolver {
  @Classified('AGGREGATE')
  @Query(() => DropoutTargets, {
    description:
      'Dropout targets of a school year (控辍保学目标: 小学辍学率 ≤ 0.6 %, 初中辍学率 ≤ 1.8 %, 建档立卡学生辍学 = 0; plan T1–T3) for the county, a township or a school, with the breakdown by township and by school. Counts within your row scope; see DropoutTargets for the definition.',
  })
  dropoutTargets(
    @Ctx() ctx: Context,
    @Arg('schoolYear', () => Int, { nullable: true, description: 'School year (学年), named by the year it starts; default the current one' }) schoolYear?: number | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Only this township (乡镇), 12-digit division code' }) townshipCode?: string | null,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school (学校)' }) schoolId?: string | null,
  ) {
    return computeDropoutTargets(ctx, { schoolYear: schoolYear ?? null, townshipCode: townshipCode ?? null, schoolId: schoolId ?? null });
  }

  @Classified('AGGREGATE')
  @Query(() => [TownshipMonthlyFigures], {
    description:
      'Townships\' monthly figures (乡镇控辍保学月报数据, plan S1) for a month, as of its 15th, computed now: the township asked for; by default a township\'s own, or every township for county-level agencies. Counts within your row scope.',
  })
  monthlyFigures(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { nullable: true, description: 'Month (月份), YYYY-MM; default the latest month whose 15th has passed' }) month?: string | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Township (乡镇), 12-digit division code' }) townshipCode?: string | null,
  ) {
    return monthlyFigures(ctx, month ?? null, townshipCode ?? null);
  }

  @Classified('AGGREGATE')
  @Query(() => [MonthlyReportType], {
    description:
      'Submitted monthly reports (已上报月报, plan S1) with their frozen totals next to the same figures recomputed now, differences flagged (plan S2). County-level agencies see every township\'s, a township its own.',
  })
  monthlyReports(@Ctx() ctx: Context, @Arg('townshipCode', () => String, { nullable: true, description: 'Township (乡镇), 12-digit division code' }) townshipCode?: string | null) {
    return monthlyReports(ctx, townshipCode ?? null);
  }

  @Classified('EDUCATION')
  @Query(() => ChildRiskConnection, {
    description:
      'Early warning (辍学风险预警名单, plan R2.4, R3.1): pupils on the roll within your row scope with at least one warning today, each flag with its reason. Warnings: consecutive unexcused absence, repeated unexcused absence in the last school days, overdue suspension; shown beside a warning, never alone: over-age, one-to-one learning support, a transition year. Poverty, disability, left-behind, ethnicity and the like are never a rule input.',
  })
  riskFlags(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1–100 (每页条数)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (游标)' }) after?: string | null,
    @Arg('townshipCode', () => String, { nullable: true, description: 'Only pupils of schools in this township (乡镇), 12-digit division code' }) townshipCode?: string | null,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only pupils of this school (学校)' }) schoolId?: string | null,
  ) {
    return listRiskFlags(ctx, first, after, townshipCode, schoolId);
  }

  @Writes({ class: 'EDUCATION', kind: 'REPORT' })
  @Classified('AGGREGATE')
  @Mutation(() => MonthlyReportType, {
    description:
      'Submit a township\'s monthly report (上报月报, plan S1) as of the 15th of the month: the figures are computed and stored frozen (plan S2). Only the township itself submits; a month already submitted is a CONFLICT.',
  })
  submitMonthlyReport(
    @Ctx() ctx: Context,
    @Arg('townshipCode', () => String, { description: 'Your township (乡镇), 12-digit division code' }) townshipCode: string,
    @Arg('month', () => String, { description: 'Month (月份), YYYY-MM' }) month: string,
  ) {
    return submitMonthlyReport(ctx, townshipCode, month);
  }
}

@Resolver(() => DropoutLevelFigure)
export class DropoutLevelFigureResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => [ChildType], { description: 'The children counted in `dropouts` (辍学学生名单); as many as the count' })
  dropoutChildren(@Root() f: DropoutLevelFigure, @Ctx() ctx: Context) {
    return childrenOf(ctx, f.dropoutIds);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => ChildConnection, { description: 'The pupils counted in `enrolledAtStart` (学年初在籍学生名单), in pages; totalCount equals the count' })
  enrolledChildren(
    @Root() f: DropoutLevelFigure,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1–100 (每页条数)' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (游标)' }) after?: string | null,
  ) {
    return listChildren(ctx, { id: { in: f.enrolledIds } }, first, after);
  }
}

@Resolver(() => PoorDropoutFigure)
export class PoorDropoutFigureResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => PoorDropoutDetail, { description: 'Who they are (名单): the list also needs ECONOMIC, since it says who is registered poor' })
  detail(@Root() f: PoorDropoutFigure): PoorDropoutDetail {
    return { childIds: f.childIds };
  }
}

@Resolver(() => PoorDropoutDetail)
export class PoorDropoutDetailResolver {
  @Classified('ECONOMIC')
  @FieldResolver(() => [ChildType], { description: 'Registered-poor children who dropped out (建档立卡辍学学生名单); as many as poorDropouts' })
  children(@Root() d: PoorDropoutDetail, @Ctx() ctx: Context) {
    return childrenOf(ctx, d.childIds);
  }
}

@Resolver(() => DropoutCaseFigures)
export class DropoutCaseFiguresResolver {
  @Classified('EDUCATION')
  @FieldResolver(() => [ChildType], { description: 'Children with an open case (在办个案学生名单); as many as `open`' })
  openChildren(@Root() f: DropoutCaseFigures, @Ctx() ctx: Context) {
    return childrenOf(ctx, f.openIds);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => [ChildType], { description: 'Children with an overdue case (逾期未家访学生名单); as many as `overdue`' })
  overdueChildren(@Root() f: DropoutCaseFigures, @Ctx() ctx: Context) {
    return childrenOf(ctx, f.overdueIds);
  }

  @Classified('EDUCATION')
  @FieldResolver(() => [ChildType], { description: 'Children back at school in the school year (劝返复学学生名单); as many as `returned`' })
  returnedChildren(@Root() f: DropoutCaseFigures, @Ctx() ctx: Context) {
    return childrenOf(ctx, f.returnedIds);
  }
}
