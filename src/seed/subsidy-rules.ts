/**
 * Subsidy eligibility rules declared as data (plan R4.3, domain
 * "SubsidyProgramme … eligibility rule declared as data").
 *
 * Shape (stored as JSON in SubsidyRuleVersion.rule):
 *   Rule      = { "all": Rule[] } | { "any": Rule[] } | { "not": Rule } | Condition
 *   Condition = { "fact": FactName, "op": Op, "value": JSON }
 *   Op        = "eq" | "ne" | "in" | "notIn" | "gt" | "gte" | "lt" | "lte"
 * A condition on a missing fact (null) is true only for eq/ne/in/notIn
 * comparisons that hold for null. Facts are evaluated for one child in one
 * term:
 *   child.hasDisability, child.isLeftBehind, child.isOrphan, child.inDistress, child.isMigrant
 *   household.registeredPoor, household.minimumLiving, household.extremePoverty
 *   enrollment.status, enrollment.grade
 *   school.kind, school.rural            (rural = the school's township Region.isUrban is false)
 *   boarding.status                      (that term's BoardingAssignment status, or null)
 *   placement.type                       (the active, not ENDED, Placement type, or null)
 */

export type RuleOp = 'eq' | 'ne' | 'in' | 'notIn' | 'gt' | 'gte' | 'lt' | 'lte';
export type RuleCondition = { fact: string; op: RuleOp; value: unknown };
export type EligibilityRule = { all: EligibilityRule[] } | { any: EligibilityRule[] } | { not: EligibilityRule } | RuleCondition;
export type RuleFacts = Readonly<Record<string, string | number | boolean | null>>;

/** Evaluates a rule against one child's facts. */
export function evaluateRule(rule: EligibilityRule, facts: RuleFacts): boolean {
  if ('all' in rule) return rule.all.every((r) => evaluateRule(r, facts));
  if ('any' in rule) return rule.any.some((r) => evaluateRule(r, facts));
  if ('not' in rule) return !evaluateRule(rule.not, facts);
  const actual = facts[rule.fact] ?? null;
  switch (rule.op) {
    case 'eq':
      return actual === rule.value;
    case 'ne':
      return actual !== rule.value;
    case 'in':
      return Array.isArray(rule.value) && rule.value.includes(actual);
    case 'notIn':
      return Array.isArray(rule.value) && !rule.value.includes(actual);
    case 'gt':
      return typeof actual === 'number' && typeof rule.value === 'number' && actual > rule.value;
    case 'gte':
      return typeof actual === 'number' && typeof rule.value === 'number' && actual >= rule.value;
    case 'lt':
      return typeof actual === 'number' && typeof rule.value === 'number' && actual < rule.value;
    case 'lte':
      return typeof actual === 'number' && typeof rule.value === 'number' && actual <= rule.value;
  }
}

export type ProgrammeCode =
  | 'TWO_EXEMPTIONS_ONE_SUBSIDY'
  | 'NUTRITION'
  | 'DISABILITY_ALLOWANCE'
  | 'CIVIL_AFFAIRS_EDUCATION_AID'
  | 'VOCATIONAL_FEE_WAIVER';

export interface ProgrammeDefinition {
  code: ProgrammeCode;
  name: string;
  fundingLevel: 'CENTRAL' | 'PROVINCIAL' | 'COUNTY';
  ownerAgency: 'EDUCATION_BUREAU' | 'CIVIL_AFFAIRS' | 'DISABLED_PERSONS_FEDERATION' | 'POVERTY_ALLEVIATION_OFFICE';
  /** Per grant (the period below); every grant of the programme carries this amount. */
  amountCents: number;
  period: 'TERM' | 'YEAR';
  decidedBy: string;
  rule: EligibilityRule;
}

const enrolledCompulsory: EligibilityRule[] = [
  { fact: 'enrollment.status', op: 'eq', value: 'ENROLLED' },
  { fact: 'enrollment.grade', op: 'lte', value: 9 },
];

/** The demo county's programmes (plan R4.3); YEAR programmes are granted in term 1. */
export const PROGRAMMES: readonly ProgrammeDefinition[] = [
  {
    code: 'TWO_EXEMPTIONS_ONE_SUBSIDY',
    name: '两免一补:家庭经济困难寄宿生生活补助',
    fundingLevel: 'CENTRAL',
    ownerAgency: 'EDUCATION_BUREAU',
    amountCents: 50_000,
    period: 'TERM',
    decidedBy: '县教育局学生资助管理中心',
    rule: {
      all: [
        ...enrolledCompulsory,
        { fact: 'boarding.status', op: 'eq', value: 'ASSIGNED' },
        {
          any: [
            { fact: 'household.registeredPoor', op: 'eq', value: true },
            { fact: 'household.minimumLiving', op: 'eq', value: true },
            { fact: 'household.extremePoverty', op: 'eq', value: true },
            { fact: 'child.isOrphan', op: 'eq', value: true },
            { fact: 'child.hasDisability', op: 'eq', value: true },
          ],
        },
      ],
    },
  },
  {
    code: 'NUTRITION',
    name: '农村义务教育学生营养改善计划',
    fundingLevel: 'CENTRAL',
    ownerAgency: 'EDUCATION_BUREAU',
    amountCents: 50_000,
    period: 'TERM',
    decidedBy: '县教育局学生资助管理中心',
    rule: { all: [...enrolledCompulsory, { fact: 'school.rural', op: 'eq', value: true }] },
  },
  {
    code: 'DISABILITY_ALLOWANCE',
    name: '残疾学生助学补贴(学习用品、康复训练、交通)',
    fundingLevel: 'PROVINCIAL',
    ownerAgency: 'DISABLED_PERSONS_FEDERATION',
    amountCents: 100_000,
    period: 'YEAR',
    decidedBy: '县残疾人联合会',
    rule: {
      all: [
        { fact: 'child.hasDisability', op: 'eq', value: true },
        { fact: 'enrollment.status', op: 'eq', value: 'ENROLLED' },
        { fact: 'placement.type', op: 'in', value: ['REGULAR_CLASS', 'SPECIAL_SCHOOL', 'HOME_TEACHING'] },
      ],
    },
  },
  {
    code: 'CIVIL_AFFAIRS_EDUCATION_AID',
    name: '低保家庭学生教育救助',
    fundingLevel: 'COUNTY',
    ownerAgency: 'CIVIL_AFFAIRS',
    amountCents: 30_000,
    period: 'TERM',
    decidedBy: '县民政局社会救助股',
    rule: { all: [...enrolledCompulsory, { fact: 'household.minimumLiving', op: 'eq', value: true }] },
  },
  {
    code: 'VOCATIONAL_FEE_WAIVER',
    name: '建档立卡学生中职教育资助',
    fundingLevel: 'PROVINCIAL',
    ownerAgency: 'POVERTY_ALLEVIATION_OFFICE',
    amountCents: 150_000,
    period: 'YEAR',
    decidedBy: '县乡村振兴局',
    rule: {
      all: [
        { fact: 'household.registeredPoor', op: 'eq', value: true },
        { fact: 'enrollment.status', op: 'eq', value: 'ENROLLED' },
        { fact: 'school.kind', op: 'eq', value: 'VOCATIONAL' },
      ],
    },
  },
];
