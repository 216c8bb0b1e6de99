import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/scalars';
import { ChildType } from '../children/children.types';
import { SubsidyProgrammeType } from '../subsidies/subsidies.types';
import {
  EligibilityArgs,
  EligibilityChangeType,
  EligibilityDryRunType,
  EligibilityFactType,
  EligibilityType,
  SubsidyCoverageGapType,
  SubsidyCoverageReportType,
  SubsidyRuleVersionType,
} from './eligibility.types';
import { coverageGaps, eligibility, eligibilityDryRun } from './eligibility.service';
import { FACTS, opsOf } from './rules';

/** Eligibility for subsidy programmes (资助资格, plan R4.1–R4.3) and the coverage check (应助尽助, plan T3). */
@Resolver()
export class EligibilityResolver {
  @Classified('WELFARE')
  @Query(() => EligibilityType, {
    description:
      'Is the child eligible for the programme (资助资格认定, plan R4.1–R4.3)? By childId, or by idNumber for agencies that read ID numbers in full; an unknown or out-of-scope child answers NOT_FOUND either way. One reason per condition of the rule in force that day.',
  })
  eligibility(@Ctx() ctx: Context, @Args(() => EligibilityArgs) args: EligibilityArgs) {
    return eligibility(ctx, args);
  }

  @Classified('WELFARE')
  @Query(() => EligibilityDryRunType, {
    description:
      'Dry run of a draft rule (规则试算, plan R4.3) before it takes effect: who within your row scope would gain and who would lose eligibility compared with the version in force on validFrom. Nothing is stored.',
  })
  eligibilityDryRun(
    @Ctx() ctx: Context,
    @Arg('programmeCode', () => String, { description: 'Programme code (项目代码)' }) programmeCode: string,
    @Arg('rule', () => String, { description: 'Draft rule as JSON (规则草案); checked strictly, an error names the JSON path' }) rule: string,
    @Arg('validFrom', () => LocalDateScalar, { description: 'Day the draft would take effect (拟生效日期)' }) validFrom: Date,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Children listed in each of gained and lost, 0–500 (列出人数)' }) first: number,
  ) {
    return eligibilityDryRun(ctx, { programmeCode, rule, validFrom, first });
  }

  @Classified('WELFARE')
  @Query(() => SubsidyCoverageReportType, {
    description:
      'Coverage check (应助尽助核查, plan R4.2, the safety net behind T3): registered-poor (建档立卡) and 低保 children within your scope who are eligible for the programme but have no PROPOSED, APPROVED or PAID grant for the term.',
  })
  subsidyCoverageGaps(
    @Ctx() ctx: Context,
    @Arg('programmeCode', () => String, { description: 'Programme code (项目代码)' }) programmeCode: string,
    @Arg('schoolYear', () => Int, { description: 'School year (学年), named by the year it starts' }) schoolYear: number,
    @Arg('term', () => Int, { description: 'Term (学期), 1 or 2; yearly programmes use 1' }) term: number,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 0–500 (每页人数); totalCount counts all' }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'endCursor of the previous page (游标)' }) after?: string | null,
  ) {
    return coverageGaps(ctx, { programmeCode, schoolYear, term, first, after: after ?? null });
  }

  @Classified('REFERENCE')
  @Query(() => [SubsidyProgrammeType], { description: 'Subsidy programmes of the county (资助项目), by code (plan R4.3).' })
  subsidyProgrammes(@Ctx() ctx: Context) {
    return ctx.repo.database.prisma.subsidyProgramme.findMany({ where: { countyCode: ctx.repo.scope.countyCode }, orderBy: { code: 'asc' } });
  }

  @Classified('REFERENCE')
  @Query(() => [EligibilityFactType], { description: 'The facts eligibility rules may read, with types and operators (资格规则事实表).' })
  eligibilityFacts(): EligibilityFactType[] {
    return Object.entries(FACTS).map(([name, spec]) => ({
      name,
      type: spec.type,
      values: [...(spec.values ?? [])],
      operators: [...opsOf(spec)],
      fieldClass: spec.cls,
      description: spec.description,
    }));
  }
}

@Resolver(() => SubsidyProgrammeType)
export class SubsidyProgrammeRuleResolver {
  @Classified('REFERENCE')
  @FieldResolver(() => [SubsidyRuleVersionType], { description: 'Rule versions, newest first (资格规则版本)' })
  async ruleVersions(@Root() p: SubsidyProgrammeType, @Ctx() ctx: Context): Promise<SubsidyRuleVersionType[]> {
    const rows = await ctx.loaders.ruleVersionsByProgramme.load(p.id);
    return rows.map((r) => ({ ...r, rule: JSON.stringify(r.rule) }));
  }
}

@Resolver(() => EligibilityChangeType)
export class EligibilityChangeResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() c: EligibilityChangeType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(c.childId);
  }
}

@Resolver(() => SubsidyCoverageGapType)
export class SubsidyCoverageGapResolver {
  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child (儿童)' })
  child(@Root() g: SubsidyCoverageGapType, @Ctx() ctx: Context) {
    return ctx.loaders.childById.load(g.childId);
  }
}
