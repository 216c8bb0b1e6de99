import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Classified, type FieldClass } from '../../access/field-classes';
import { LocalDateScalar } from '../../graphql/scalars';
import { ChildType } from '../children/children.types';
import { SubsidyProgrammeType } from '../subsidies/subsidies.types';

/** The class of the ID-number path of `eligibility`: looked up only by agencies that read it in full. */
export const ID_NUMBER_CLASS: FieldClass = 'IDENTIFIERS';

@ArgsType()
export class EligibilityArgs {
  @Classified('BASIC') @Field(() => ID, { nullable: true, description: 'The child (儿童) by hub id; give this or idNumber' })
  childId?: string | null;

  @Classified(ID_NUMBER_CLASS)
  @Field(() => String, {
    nullable: true,
    description:
      'The child by citizen ID number (居民身份证号), 18 characters; give this or childId. Only for agencies that read ID numbers in full (e.g. civil affairs, 民政); others get FORBIDDEN.',
  })
  idNumber?: string | null;

  @Classified('REFERENCE') @Field(() => String, { description: 'Programme code (项目代码), e.g. NUTRITION' })
  programmeCode!: string;

  @Classified('WELFARE')
  @Field(() => LocalDateScalar, { nullable: true, description: 'Judge as of this day (评估日期): the rule version in force and the term that day; default today' })
  on?: Date | null;
}

@ObjectType('EligibilityReason', {
  description:
    'One condition of an eligibility rule as evaluated (资格条件): the fact read, its value, met or not. Value and verdict are withheld where you may not read the fact\u2019s class.',
  simpleResolvers: true,
})
export class EligibilityReasonType {
  @Classified('WELFARE') @Field(() => String, { description: 'JSON path of the condition in the rule (条件位置), e.g. rule.all[2].any[0]' })
  path!: string;
  @Classified('WELFARE') @Field(() => String, { description: 'Fact read (事实), e.g. household.registeredPoor; see eligibilityFacts' })
  fact!: string;
  @Classified('WELFARE') @Field(() => String, { description: 'What the fact means (事实说明)' })
  factDescription!: string;
  @Classified('WELFARE') @Field(() => String, { description: 'Operator (运算符): eq, ne, in, notIn, gt, gte, lt, lte, exists' })
  op!: string;
  @Classified('WELFARE') @Field(() => String, { description: 'Value the rule compares with, as JSON (条件值)' })
  expected!: string;
  @Classified('WELFARE') @Field(() => String, { nullable: true, description: 'The child\u2019s value of the fact, as JSON ("null" when unknown) (实际值); null when withheld' })
  value!: string | null;
  @Classified('WELFARE') @Field(() => Boolean, { nullable: true, description: 'The condition holds (是否满足); null when withheld' })
  met!: boolean | null;
  @Classified('WELFARE') @Field(() => Boolean, { nullable: true, description: 'Among the conditions that decide the outcome (决定性条件): for a refusal, the failed ones; null when withheld' })
  decisive!: boolean | null;
  @Classified('WELFARE') @Field(() => Boolean, { description: 'Value withheld: the fact\u2019s class is outside your slice (无权查看)' })
  withheld!: boolean;
}

@ObjectType('Eligibility', { description: 'Whether a child is eligible for a subsidy programme (资助资格认定, plan R4.1–R4.3), with one reason per condition.', simpleResolvers: true })
export class EligibilityType {
  @Classified('BASIC') @Field(() => ChildType, { description: 'The child (儿童)' })
  child!: ChildType;
  @Classified('WELFARE') @Field(() => SubsidyProgrammeType, { description: 'The programme (资助项目)' })
  programme!: SubsidyProgrammeType;
  @Classified('WELFARE') @Field(() => Boolean, { description: 'Eligible (是否符合条件)' })
  eligible!: boolean;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { description: 'Judged as of (评估日期)' })
  evaluatedOn!: Date;
  @Classified('WELFARE') @Field(() => Int, { description: 'School year the term-dependent facts are read for (学年)' })
  schoolYear!: number;
  @Classified('WELFARE') @Field(() => Int, { description: 'Term the term-dependent facts are read for (学期)' })
  term!: number;
  @Classified('WELFARE') @Field(() => Int, { nullable: true, description: 'Rule version applied (规则版本); null when no version is in force that day' })
  ruleVersion!: number | null;
  @Classified('WELFARE') @Field(() => [EligibilityReasonType], { description: 'One reason per condition of the rule (认定理由)' })
  reasons!: EligibilityReasonType[];
}

@ObjectType('EligibilityChange', { description: 'A child whose eligibility a draft rule would change (资格变化).', simpleResolvers: true })
export class EligibilityChangeType {
  @Classified('WELFARE') @Field(() => [EligibilityReasonType], { description: 'Reasons under the draft rule (新规则下的认定理由)' })
  reasons!: EligibilityReasonType[];
  childId!: string;
}

@ObjectType('EligibilityDryRun', {
  description: 'What a draft rule version would change before it takes effect (规则试算, plan R4.3): who would gain and who would lose eligibility, within your row scope.',
  simpleResolvers: true,
})
export class EligibilityDryRunType {
  @Classified('WELFARE') @Field(() => SubsidyProgrammeType, { description: 'The programme (资助项目)' })
  programme!: SubsidyProgrammeType;
  @Classified('WELFARE') @Field(() => Int, { nullable: true, description: 'Version the draft is compared with: the one in force on validFrom (对比版本); null when none' })
  comparedWithVersion!: number | null;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { description: 'Judged as of (评估日期) = validFrom' })
  evaluatedOn!: Date;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Children evaluated (评估人数)' })
  evaluatedCount!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Children who would gain eligibility (新增符合人数)' })
  gainedCount!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Children who would lose eligibility (失去资格人数)' })
  lostCount!: number;
  @Classified('WELFARE') @Field(() => [EligibilityChangeType], { description: 'Who would gain, first ones by id (新增符合)' })
  gained!: EligibilityChangeType[];
  @Classified('WELFARE') @Field(() => [EligibilityChangeType], { description: 'Who would lose, first ones by id (失去资格)' })
  lost!: EligibilityChangeType[];
}

@ObjectType('SubsidyCoverageGap', { description: 'A registered-poor or 低保 child eligible for a programme with no live grant for the term (应助未助, plan R4.2, T3).', simpleResolvers: true })
export class SubsidyCoverageGapType {
  @Classified('ECONOMIC') @Field(() => Boolean, { description: 'Registered-poor household (建档立卡贫困户)' })
  registeredPoor!: boolean;
  @Classified('ECONOMIC') @Field(() => Boolean, { description: 'Minimum-living-guarantee household (低保户)' })
  minimumLiving!: boolean;
  @Classified('WELFARE') @Field(() => [EligibilityReasonType], { description: 'Why the child is eligible (认定理由)' })
  reasons!: EligibilityReasonType[];
  childId!: string;
}

@ObjectType('SubsidyCoverageReport', {
  description:
    'Coverage check (应助尽助核查, the safety net behind plan T3): every registered-poor or 低保 child within your scope who is eligible for the programme but has no PROPOSED, APPROVED or PAID grant for the term.',
  simpleResolvers: true,
})
export class SubsidyCoverageReportType {
  @Classified('WELFARE') @Field(() => SubsidyProgrammeType, { description: 'The programme (资助项目)' })
  programme!: SubsidyProgrammeType;
  @Classified('WELFARE') @Field(() => Int, { description: 'School year (学年)' })
  schoolYear!: number;
  @Classified('WELFARE') @Field(() => Int, { description: 'Term (学期)' })
  term!: number;
  @Classified('WELFARE') @Field(() => LocalDateScalar, { description: 'Judged as of (评估日期): today while the term runs, else its first or last day' })
  evaluatedOn!: Date;
  @Classified('WELFARE') @Field(() => Int, { nullable: true, description: 'Rule version applied (规则版本)' })
  ruleVersion!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Registered-poor or 低保 children without a live grant for the term, evaluated (核查人数)' })
  checkedCount!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Gaps found (应助未助人数)' })
  totalCount!: number;
  @Classified('WELFARE') @Field(() => [SubsidyCoverageGapType], { description: 'This page of the gaps, in child-id order (名单)' })
  gaps!: SubsidyCoverageGapType[];
  @Classified('WELFARE') @Field(() => Boolean, { description: 'More gaps follow (是否有下一页)' })
  hasNextPage!: boolean;
  @Classified('WELFARE') @Field(() => ID, { nullable: true, description: 'Pass as `after` for the next page (游标)' })
  endCursor!: string | null;
}

@ObjectType('EligibilityFact', { description: 'A fact eligibility rules may read (资格规则事实), with its type and operators.', simpleResolvers: true })
export class EligibilityFactType {
  @Classified('REFERENCE') @Field(() => String, { description: 'Name used in rules (事实名), e.g. household.registeredPoor' })
  name!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Type (类型): boolean, number or enum' })
  type!: string;
  @Classified('REFERENCE') @Field(() => [String], { description: 'Allowed values of an enum fact (取值)' })
  values!: string[];
  @Classified('REFERENCE') @Field(() => [String], { description: 'Operators that apply (可用运算符)' })
  operators!: string[];
  @Classified('REFERENCE') @Field(() => String, { description: 'Policy field class of its value (数据类别)' })
  fieldClass!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Meaning (说明)' })
  description!: string;
}

@ObjectType('SubsidyRuleVersion', { description: 'A dated version of a programme\u2019s eligibility rule, declared as JSON (资格规则版本, plan R4.3).', simpleResolvers: true })
export class SubsidyRuleVersionType {
  @Classified('REFERENCE') @Field(() => Int, { description: 'Version number (版本号)' })
  version!: number;
  @Classified('REFERENCE') @Field(() => String, { description: 'The rule as JSON (规则); see eligibilityFacts for the vocabulary' })
  rule!: string;
  @Classified('REFERENCE') @Field(() => LocalDateScalar, { description: 'First day in force (生效日期)' })
  validFrom!: Date;
  @Classified('REFERENCE') @Field(() => LocalDateScalar, { nullable: true, description: 'Last day in force (失效日期); null while open' })
  validTo!: Date | null;
  @Classified('REFERENCE') @Field(() => Date, { description: 'When it was published (发布时间)' })
  createdAt!: Date;
}

@InputType('RuleVersionInput', { description: 'A new version of a programme\u2019s eligibility rule (发布资格规则, plan R4.3).' })
export class RuleVersionInput {
  @Classified('REFERENCE') @Field(() => String, { description: 'Programme code (项目代码)' })
  programmeCode!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'The rule as JSON (规则); checked strictly, an error names the JSON path' })
  rule!: string;
  @Classified('REFERENCE') @Field(() => LocalDateScalar, { description: 'First day in force (生效日期): today or later, after the latest version\u2019s' })
  validFrom!: Date;
  @Classified('REFERENCE')
  @Field(() => Int, { nullable: true, description: 'The latest version you dry-ran against (基准版本); a newer one gets CONFLICT' })
  baseVersion?: number | null;
}
