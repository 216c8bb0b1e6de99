import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { LocalDateScalar } from '../../graphql/scalars';
import { ChildType } from '../children';
import { SchoolType, TownshipType } from '../schools';

/**
 * Targets (目标任务, plan T1–T3), the townships' monthly report (月报, plan
 * S1–S2) and early warning (辍学预警, plan R2.4, R3.1). Figures are AGGREGATE
 * (counts within the caller's row scope); the lists of children behind them
 * are EDUCATION (and ECONOMIC for registered-poor children), so they need a
 * purpose and leave an access record.
 */

export enum SchoolLevelEnum {
  PRIMARY = 'PRIMARY',
  JUNIOR = 'JUNIOR',
}
registerEnumType(SchoolLevelEnum, {
  name: 'SchoolLevel',
  description: 'Level of compulsory education (学段).',
  valuesConfig: {
    PRIMARY: { description: 'Primary school (小学), grades 1–6' },
    JUNIOR: { description: 'Junior secondary school (初中), grades 7–9' },
  },
});

export enum SchoolAgeSourceEnum {
  CENSUS = 'CENSUS',
  REGISTER = 'REGISTER',
}
registerEnumType(SchoolAgeSourceEnum, {
  name: 'SchoolAgeSource',
  description: 'Where the number of school-age children comes from (适龄儿童数来源).',
  valuesConfig: {
    CENSUS: { description: 'The township\'s latest submitted census round (摸底, plan R2.2)' },
    REGISTER: { description: 'No census submitted by then: children of the hub\'s register living in the township, aged 6–15 on 31 August (户籍登记)' },
  },
});

export enum RiskRuleEnum {
  ABSENCE_STREAK = 'ABSENCE_STREAK',
  ABSENCE_RATE = 'ABSENCE_RATE',
  SUSPENSION_OVERDUE = 'SUSPENSION_OVERDUE',
  OVER_AGE = 'OVER_AGE',
  LEARNING_SUPPORT = 'LEARNING_SUPPORT',
  TRANSITION = 'TRANSITION',
}
registerEnumType(RiskRuleEnum, {
  name: 'RiskRule',
  description:
    'A transparent early-warning rule (辍学预警规则, plan R2.4, R3.1). ABSENCE_STREAK, ABSENCE_RATE and SUSPENSION_OVERDUE are warnings and put a pupil on the list; OVER_AGE, LEARNING_SUPPORT and TRANSITION are context, shown beside a warning, never alone. Thresholds: EARLY_WARNING_RULES in src/modules/targets/risk-rules.ts, tuned and measured by npm run report:early-warning. Membership of a protected group (poverty, 低保, disability, left-behind, in distress, orphan, migrant, ethnicity, gender) is never a rule input.',
  valuesConfig: {
    ABSENCE_STREAK: { description: 'Warning: consecutive school days absent without leave in the current term, at least the tuned threshold (连续无故缺勤, plan R2.4)' },
    ABSENCE_RATE: { description: 'Warning: absent without leave on many of the last school days of the current term, at least the tuned number of a tuned window (近期无故缺勤, plan R2.4)' },
    SUSPENSION_OVERDUE: { description: 'Warning: suspended and past the due-back date of the last suspension (休学逾期未复学, plan R2.1)' },
    OVER_AGE: { description: 'Context: repeated a grade or over-age, age on 31 August above grade + 7 (留级或超龄)' },
    LEARNING_SUPPORT: { description: 'Context: in one-to-one support for learning difficulty or weariness of school (学习困难/厌学 一对一帮扶, plan R3.1)' },
    TRANSITION: { description: 'Context: primary-to-junior transition (小升初: grade 6 in the second term, grade 7 in the first) or the last year of compulsory education (grade 9, 初三)' },
  },
});

const SUPPRESSED = 'null for a partner app (or the city or province) when the count is below 5 (access-policy: small counts are suppressed)';

@ObjectType('DropoutLevelFigure', {
  description:
    'Dropout rate of one level (小学辍学率 / 初中辍学率) in an area for a school year: dropouts during the school year ÷ pupils on the roll at its start, compared with the target (plan T1: 小学 ≤ 0.6 %, T2: 初中 ≤ 1.8 %).',
  simpleResolvers: true,
})
export class DropoutLevelFigure {
  @Classified('AGGREGATE') @Field(() => SchoolLevelEnum, { description: 'Level (学段): 小学 grades 1–6, 初中 grades 7–9' })
  level!: SchoolLevelEnum;
  @Classified('AGGREGATE') @Field(() => String, { description: 'Plan reference of the target (目标编号): T1 for 小学, T2 for 初中' })
  planRef!: string;
  @Classified('AGGREGATE')
  @Field(() => Int, {
    nullable: true,
    description: `Pupils on the roll at the start of the school year (学年初在籍学生数): status ENROLLED or SUSPENDED on 1 September, replayed from the status events, in a grade of this level on that day, counted at the school they were registered at; ${SUPPRESSED}`,
  })
  enrolledAtStart!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Int, {
    nullable: true,
    description: `Dropouts during the school year (学年内辍学人数): children with a DROPOUT event dated 1 September – 31 August (up to today) that no CORRECTION has struck out, counted once, at the level and school of their first such dropout; ${SUPPRESSED}`,
  })
  dropouts!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Float, { nullable: true, description: `Dropout rate in percent (辍学率, %): dropouts ÷ enrolledAtStart × 100, to 4 decimals; null when nobody was on the roll at the start, or when suppressed (${SUPPRESSED})` })
  rate!: number | null;
  @Classified('AGGREGATE') @Field(() => Float, { description: 'Target in percent (目标值, %): 0.6 for 小学 (plan T1), 1.8 for 初中 (plan T2); the rate must not exceed it' })
  target!: number;
  @Classified('AGGREGATE')
  @Field(() => Boolean, { nullable: true, description: `Target met (是否达标): rate ≤ target (with nobody on the roll at the start: no dropout); null when suppressed (${SUPPRESSED}), except for the city and the province, who see the verdict of every county` })
  met!: boolean | null;

  /** Children behind the figures (not GraphQL fields: read by the drill-down resolvers). */
  enrolledIds!: string[];
  dropoutIds!: string[];
}

@ObjectType('PoorDropoutDetail', { description: 'The registered-poor children (建档立卡贫困户学生) who dropped out during the school year (plan T3).', simpleResolvers: true })
export class PoorDropoutDetail {
  /** Resolved by the drill-down resolver (ECONOMIC: the list says who is registered poor). */
  childIds!: string[];
}

@ObjectType('PoorDropoutFigure', {
  description: 'Dropouts among children of registered-poor households (建档立卡贫困户学生辍学人数) during the school year, target 0 (plan T3).',
  simpleResolvers: true,
})
export class PoorDropoutFigure {
  @Classified('AGGREGATE') @Field(() => String, { description: 'Plan reference (目标编号): T3' })
  planRef!: string;
  @Classified('AGGREGATE')
  @Field(() => Int, {
    nullable: true,
    description: `Dropouts (as counted in DropoutLevelFigure.dropouts, both levels) whose household is registered poor (Household.registeredPoor, 建档立卡) (建档立卡学生辍学人数); ${SUPPRESSED}`,
  })
  poorDropouts!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Target (目标值): 0 (plan T3)' })
  target!: number;
  @Classified('AGGREGATE') @Field(() => Boolean, { nullable: true, description: `Target met (是否达标): no registered-poor child dropped out; null when suppressed (${SUPPRESSED}), except for the city and the province, who see the verdict of every county` })
  met!: boolean | null;

  childIds!: string[];
}

@ObjectType('DropoutTargetArea', {
  description: 'The targets of one area (区域): a township (乡镇) or a school (学校), for the school year asked.',
  simpleResolvers: true,
})
export class DropoutTargetArea {
  @Classified('AGGREGATE') @Field(() => TownshipType, { nullable: true, description: 'Township (乡镇): for a school, the township it stands in' })
  township!: TownshipType | null;
  @Classified('AGGREGATE') @Field(() => SchoolType, { nullable: true, description: 'School (学校); null for a township' })
  school!: SchoolType | null;
  @Classified('AGGREGATE') @Field(() => [DropoutLevelFigure], { description: 'Dropout rate per level (分学段辍学率): 小学 (T1) and 初中 (T2)' })
  levels!: DropoutLevelFigure[];
  @Classified('AGGREGATE') @Field(() => PoorDropoutFigure, { description: 'Registered-poor dropouts (建档立卡学生辍学, plan T3)' })
  t3!: PoorDropoutFigure;
}

@ObjectType('DropoutCaseFigures', {
  description: 'Dropout casework (劝返复学) in the area. Each figure counts children, once each, within your row scope; lists of the children behind them are EDUCATION.',
  simpleResolvers: true,
})
export class DropoutCaseFigures {
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Children with an open case today (在办劝返个案): status OPEN, PERSUADING or LEGAL_ACTION; ${SUPPRESSED}` })
  open!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Int, { nullable: true, description: `Children with an overdue case today (逾期未家访): status OPEN, first visit due before today, no persuasion visit recorded (plan R1.3); ${SUPPRESSED}` })
  overdue!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Int, { nullable: true, description: `Children back at school during the school year (学年内劝返复学人数): a case with a return date (returnedOn) in the school year; ${SUPPRESSED}` })
  returned!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Float, {
    nullable: true,
    description: `Median days from dropout to return (辍学至复学天数中位数) over those children (latest return each): return date minus the date of the DROPOUT event before it (the case's detection date when there is none); null when nobody returned or when suppressed (${SUPPRESSED})`,
  })
  medianDaysToReturn!: number | null;

  openIds!: string[];
  overdueIds!: string[];
  returnedIds!: string[];
}

@ObjectType('DropoutTargets', {
  description: [
    'Dropout targets of a school year (控辍保学目标任务, plan T1–T3), for the county (全县), one township or one school, with the same figures per township and per school.',
    'Definition (口径): school year Y runs 1 September Y – 31 August Y+1. Dropout rate (辍学率) = dropouts during the school year ÷ pupils on the roll (在籍: ENROLLED or SUSPENDED) on 1 September Y × 100 %,',
    'per level (小学 grades 1–6, 初中 grades 7–9). The state on 1 September is replayed from the status events (学籍异动, plan R2.1); a dropout is a DROPOUT event dated within the school year',
    '(up to today) that no CORRECTION has struck out (plan S2); a child counts once, at the level and school of the first such dropout. Areas follow the school: a pupil counts for his or her',
    'school and the township it stands in. T1: 小学 rate ≤ 0.6 %; T2: 初中 rate ≤ 1.8 %; T3: no dropout among children of registered-poor households (建档立卡, Household.registeredPoor).',
    'Counts obey your row scope (a township sees its own children); the children behind each count are listed by the EDUCATION fields, and their number equals the count.',
  ].join(' '),
  simpleResolvers: true,
})
export class DropoutTargets {
  @Classified('AGGREGATE') @Field(() => Int, { description: 'School year (学年), named by the year it starts' })
  schoolYear!: number;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'Start of the school year (学年初): 1 September' })
  periodStart!: Date;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'End of the school year (学年末): 31 August' })
  periodEnd!: Date;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'Dropouts counted up to this date (统计截止日期): the end of the school year or today, whichever comes first' })
  countedUntil!: Date;
  @Classified('AGGREGATE') @Field(() => TownshipType, { nullable: true, description: 'Township asked for (乡镇), if any' })
  township!: TownshipType | null;
  @Classified('AGGREGATE') @Field(() => SchoolType, { nullable: true, description: 'School asked for (学校), if any' })
  school!: SchoolType | null;
  @Classified('AGGREGATE') @Field(() => [DropoutLevelFigure], { description: 'Dropout rate per level for the whole area asked (分学段辍学率, plan T1, T2)' })
  levels!: DropoutLevelFigure[];
  @Classified('AGGREGATE') @Field(() => PoorDropoutFigure, { description: 'Registered-poor dropouts (建档立卡学生辍学) for the whole area asked (plan T3)' })
  t3!: PoorDropoutFigure;
  @Classified('AGGREGATE') @Field(() => [DropoutTargetArea], { description: 'The same figures per township (分乡镇), by division code' })
  byTownship!: DropoutTargetArea[];
  @Classified('AGGREGATE') @Field(() => [DropoutTargetArea], { description: 'The same figures per school (分学校), by school identifier' })
  bySchool!: DropoutTargetArea[];
  @Classified('AGGREGATE') @Field(() => DropoutCaseFigures, { description: 'Casework (劝返工作): open and overdue cases today, returns and median days to return in the school year' })
  cases!: DropoutCaseFigures;
  @Classified('AGGREGATE')
  @Field(() => Int, { description: 'Registrations left out because their event history cannot be replayed (学籍记录矛盾, fix with a correction, plan S2); 0 when all is well' })
  excludedHistories!: number;
}

// ───────────────────────────── monthly report (plan S1, S2) ─────────────────────────────

@ObjectType('MonthlyFigures', {
  description:
    'A township\'s monthly figures (乡镇控辍保学月报数据, plan S1) as of the 15th of the month: the state of the children living in the township (户籍/居住在本乡镇) on that day, replayed from the records as now known.',
  simpleResolvers: true,
})
export class MonthlyFiguresType {
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `School-age children (适龄儿童少年数): entries of the latest census round submitted by the as-of date, else the register (see schoolAgeSource); ${SUPPRESSED}` })
  schoolAgeChildren!: number | null;
  @Classified('AGGREGATE') @Field(() => SchoolAgeSourceEnum, { description: 'Source of the school-age count (来源): census (摸底) or register' })
  schoolAgeSource!: SchoolAgeSourceEnum;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Year of the census round used (摸底年度), if any' })
  censusYear!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `In school (在校): ENROLLED in grades 1–9 on the as-of date; ${SUPPRESSED}` })
  enrolled!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Suspended (休学): SUSPENDED in grades 1–9 on the as-of date; ${SUPPRESSED}` })
  suspended!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Int, { nullable: true, description: `Suspected dropouts still open (疑似辍学未核实): entries of the suspected-dropout ledger detected by then and not resolved by then, counted per child; ${SUPPRESSED}` })
  suspectedDropoutsOpen!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Confirmed dropouts (已确认辍学): DROPPED_OUT on the as-of date; ${SUPPRESSED}` })
  confirmedDropouts!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: `Returned to school (劝返复学): children with a RETURN event from 1 September of the school year to the as-of date; ${SUPPRESSED}` })
  returned!: number | null;
  @Classified('AGGREGATE')
  @Field(() => Int, { nullable: true, description: `Children with an open dropout case (在办劝返个案) on the as-of date: detected by then, neither returned nor closed by then; ${SUPPRESSED}` })
  openCases!: number | null;
}

@ObjectType('TownshipMonthlyFigures', { description: 'A township\'s figures for one month, computed now (乡镇月报数据, plan S1).', simpleResolvers: true })
export class TownshipMonthlyFigures {
  @Classified('AGGREGATE') @Field(() => TownshipType, { description: 'Township (乡镇)' })
  township!: TownshipType;
  @Classified('AGGREGATE') @Field(() => String, { description: 'Month reported (报告月份), YYYY-MM' })
  month!: string;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'As of (截至日期): the 15th of the month' })
  asOf!: Date;
  @Classified('AGGREGATE') @Field(() => MonthlyFiguresType, { description: 'The figures (月报数据)' })
  figures!: MonthlyFiguresType;
}

@ObjectType('FigureDifference', { description: 'A figure that differs between the submitted report and a recomputation now (差异, plan S2: concealment or falsification becomes visible).', simpleResolvers: true })
export class FigureDifference {
  @Classified('AGGREGATE') @Field(() => String, { description: 'Name of the figure (指标), as in MonthlyFigures' })
  figure!: string;
  @Classified('AGGREGATE') @Field(() => String, { nullable: true, description: 'As submitted (上报数)' })
  submitted!: string | null;
  @Classified('AGGREGATE') @Field(() => String, { nullable: true, description: 'Recomputed now (现核数)' })
  recomputed!: string | null;
}

@ObjectType('MonthlyReport', {
  description:
    'A township\'s submitted monthly report (乡镇控辍保学月报, plan S1), frozen when submitted (the database refuses changes), next to the same figures recomputed now from the records as now known; differences are flagged (plan S2: 隐瞒事实、弄虚作假 becomes visible).',
  simpleResolvers: true,
})
export class MonthlyReportType {
  @Classified('AGGREGATE') @Field(() => ID, { description: 'Hub identifier (编号)' })
  id!: string;
  @Classified('AGGREGATE') @Field(() => TownshipType, { description: 'Township (乡镇)' })
  township!: TownshipType;
  @Classified('AGGREGATE') @Field(() => String, { description: 'Month reported (报告月份), YYYY-MM' })
  month!: string;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'As of (截至日期): the 15th of the month' })
  asOf!: Date;
  @Classified('AGGREGATE') @Field(() => Date, { nullable: true, description: 'When it was submitted (上报时间); null for a draft' })
  submittedAt!: Date | null;
  @Classified('AGGREGATE') @Field(() => String, { nullable: true, description: 'Who submitted it (上报人), the township official\'s account' })
  submittedBy!: string | null;
  @Classified('AGGREGATE') @Field(() => MonthlyFiguresType, { description: 'The figures as submitted, frozen (上报数)' })
  submitted!: MonthlyFiguresType;
  @Classified('AGGREGATE') @Field(() => MonthlyFiguresType, { description: 'The same figures recomputed now for the same as-of date (现核数)' })
  recomputedNow!: MonthlyFiguresType;
  @Classified('AGGREGATE') @Field(() => [FigureDifference], { description: 'Figures that differ (差异项); empty when the report still agrees with the records' })
  differences!: FigureDifference[];
  @Classified('AGGREGATE') @Field(() => Boolean, { description: 'Whether the report still agrees with the records (数据一致)' })
  consistent!: boolean;
}

// ───────────────────────────── early warning (plan R2.4, R3.1) ─────────────────────────────

@ObjectType('RiskFlag', { description: 'One early-warning flag (辍学风险预警) with its reason, from a transparent rule (plan R2.4, R3.1).', simpleResolvers: true })
export class RiskFlagType {
  @Classified('EDUCATION') @Field(() => RiskRuleEnum, { description: 'The rule (预警规则)' })
  rule!: RiskRuleEnum;
  @Classified('EDUCATION') @Field(() => String, { description: 'Why, with the facts behind it (预警原因)' })
  reason!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the condition holds (起始日期), where it has a date' })
  since!: Date | null;
}

@ObjectType('ChildRisk', { description: 'A pupil with at least one early-warning flag (辍学风险学生).', simpleResolvers: true })
export class ChildRiskType {
  @Classified('BASIC') @Field(() => ChildType, { description: 'The pupil (学生)' })
  child!: ChildType;
  @Classified('EDUCATION') @Field(() => [RiskFlagType], { description: 'Flags with their reasons (预警项)' })
  flags!: RiskFlagType[];
}

@ObjectType('ChildRiskEdge', { description: 'One flagged pupil in a list (列表项).', simpleResolvers: true })
export class ChildRiskEdge {
  @Classified('EDUCATION') @Field(() => String, { description: 'Cursor (游标)' })
  cursor!: string;
  @Classified('EDUCATION') @Field(() => ChildRiskType, { description: 'The flagged pupil (预警学生)' })
  node!: ChildRiskType;
}

@ObjectType('ChildRiskPageInfo', { description: 'Paging of the early-warning list (分页信息).', simpleResolvers: true })
export class ChildRiskPageInfo {
  @Classified('EDUCATION') @Field(() => Boolean, { description: 'More flagged pupils follow (是否有下一页)' })
  hasNextPage!: boolean;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass as `after` (游标)' })
  endCursor!: string | null;
}

@ObjectType('ChildRiskConnection', { description: 'A page of pupils with early-warning flags (辍学风险预警名单), in hub-id order.', simpleResolvers: true })
export class ChildRiskConnection {
  @Classified('EDUCATION') @Field(() => [ChildRiskEdge], { description: 'Items of this page (本页列表项)' })
  edges!: ChildRiskEdge[];
  @Classified('EDUCATION') @Field(() => ChildRiskPageInfo, { description: 'Paging (分页)' })
  pageInfo!: ChildRiskPageInfo;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Flags computed as of (预警日期): today' })
  asOf!: Date;
}
