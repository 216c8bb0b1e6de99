import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { LocalDateScalar } from '../../graphql/scalars';
import { DropoutLevelFigure, PoorDropoutFigure } from '../targets/targets.types';

/**
 * Figures across counties (区域汇总, issue 11: a city or province of counties
 * on one hub): per county, the dropout targets (plan T1–T3) and the
 * townships' frozen monthly reports (plan S1) with the coverage they give.
 * AGGREGATE throughout, no child behind any figure: the city's and the
 * province's education departments read these and nothing of a child.
 */
const SUPPRESSED = 'null for a partner app, the city or the province when the count is below 5 (access-policy: small counts are suppressed)';

@ObjectType('County', { description: 'A county (县/区) served by the hub, by its GB/T 2260 division code.', simpleResolvers: true })
export class CountyType {
  @Classified('AGGREGATE') @Field(() => String, { description: 'Division code (区划代码), 6 digits' })
  code!: string;
  @Classified('AGGREGATE') @Field(() => String, { description: 'Name (名称)' })
  name!: string;
}

@ObjectType('CountyTargets', {
  description: 'One county\'s dropout targets for a school year (县级控辍保学目标: plan T1 小学辍学率 ≤ 0.6 %, T2 初中辍学率 ≤ 1.8 %, T3 建档立卡学生辍学 = 0), as dropoutTargets computes them for the whole county.',
  simpleResolvers: true,
})
export class CountyTargetsType {
  @Classified('AGGREGATE') @Field(() => CountyType, { description: 'The county (县)' })
  county!: CountyType;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'School year (学年), named by the year it starts' })
  schoolYear!: number;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'Dropouts counted up to this date (统计截止日期)' })
  countedUntil!: Date;
  @Classified('AGGREGATE') @Field(() => [DropoutLevelFigure], { description: 'Dropout rate per level (分学段辍学率, plan T1, T2)' })
  levels!: DropoutLevelFigure[];
  @Classified('AGGREGATE') @Field(() => PoorDropoutFigure, { description: 'Registered-poor dropouts (建档立卡学生辍学, plan T3)' })
  t3!: PoorDropoutFigure;
}

@ObjectType('RegionalMonthlyTotals', { description: 'The frozen totals of the townships\' submitted monthly reports (乡镇月报上报数合计, plan S1–S2), summed over a county.', simpleResolvers: true })
export class RegionalMonthlyTotalsType {
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `School-age children (适龄儿童少年数) as the townships reported them; ${SUPPRESSED}` })
  schoolAgeChildren!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Townships whose school-age count came from a submitted census (按摸底统计的乡镇数); the others counted the register' })
  fromCensus!: number;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `In school (在校), grades 1–9; ${SUPPRESSED}` })
  enrolled!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Suspended (休学); ${SUPPRESSED}` })
  suspended!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Suspected dropouts still open (疑似辍学未核实); ${SUPPRESSED}` })
  suspectedDropoutsOpen!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Confirmed dropouts (已确认辍学); ${SUPPRESSED}` })
  confirmedDropouts!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Returned to school in the school year (劝返复学); ${SUPPRESSED}` })
  returned!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Children with an open dropout case (在办劝返个案); ${SUPPRESSED}` })
  openCases!: number | null;
}

@ObjectType('CountyMonthlyReport', {
  description: 'One county\'s monthly report (县级月报汇总, plan S1) for a month: the frozen totals of its townships\' submitted reports, how many townships reported, and the coverage they give.',
  simpleResolvers: true,
})
export class CountyMonthlyReportType {
  @Classified('AGGREGATE') @Field(() => CountyType, { description: 'The county (县)' })
  county!: CountyType;
  @Classified('AGGREGATE') @Field(() => String, { description: 'Month reported (报告月份), YYYY-MM' })
  month!: string;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'As of (截至日期): the 15th of the month' })
  asOf!: Date;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Townships of the county (乡镇数)' })
  townships!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Townships that submitted their report for the month (已上报乡镇数)' })
  reported!: number;
  @Classified('AGGREGATE') @Field(() => Boolean, { description: 'Every township reported (全部上报)' })
  complete!: boolean;
  @Classified('AGGREGATE') @Field(() => RegionalMonthlyTotalsType, { description: 'The submitted figures, frozen, summed over the townships that reported (上报数合计)' })
  totals!: RegionalMonthlyTotalsType;
  @Classified('AGGREGATE')
  @Field(() => Float, {
    nullable: true,
    description: 'Coverage (在校覆盖率, %): enrolled ÷ school-age children × 100 over the townships that reported, to 2 decimals; null when nobody reported, there are no school-age children, or a count is suppressed',
  })
  coverage!: number | null;
}
