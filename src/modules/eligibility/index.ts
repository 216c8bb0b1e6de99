export { EligibilityChangeResolver, EligibilityResolver, SubsidyCoverageGapResolver, SubsidyProgrammeRuleResolver } from './eligibility.resolver';
export { evaluate, parseRule, checkRule, FACTS, OPS, RuleError, type Rule, type Facts, type Reason, type Verdict } from './rules';
