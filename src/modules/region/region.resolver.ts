import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { regionalMonthlyReports, regionalTargets } from './region.service';
import { CountyMonthlyReportType, CountyTargetsType } from './region.types';

@Resolver()
export class RegionResolver {
  @Classified('AGGREGATE')
  @Query(() => [CountyTargetsType], {
    description:
      'Dropout targets per county (分县控辍保学目标, plan T1–T3; issue 11): for the city (市教育局) or the province (省教育厅) every county under it, for a county agency its own county within its row scope. Counts only; below 5 suppressed for partner apps, the city and the province.',
  })
  regionalTargets(
    @Ctx() ctx: Context,
    @Arg('schoolYear', () => Int, { nullable: true, description: 'School year (学年), named by the year it starts; default the current one' }) schoolYear?: number | null,
  ) {
    return regionalTargets(ctx, schoolYear ?? null);
  }

  @Classified('AGGREGATE')
  @Query(() => [CountyMonthlyReportType], {
    description:
      'Monthly reports per county (分县月报汇总, plan S1–S2; issue 11): the frozen totals of the townships\' submitted reports of a month, how many reported, and the coverage (在校覆盖率) they give. For the city or the province every county under it; for a county agency its own county (the townships it sees whole).',
  })
  regionalMonthlyReports(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { nullable: true, description: 'Month (月份), YYYY-MM; default the latest month whose 15th has passed' }) month?: string | null,
  ) {
    return regionalMonthlyReports(ctx, month ?? null);
  }
}
