export {
  TargetsResolver,
  DropoutLevelFigureResolver,
  PoorDropoutFigureResolver,
  PoorDropoutDetailResolver,
  DropoutCaseFiguresResolver,
} from './targets.resolver';
export { computeDropoutTargets, yearRecord, schoolYearBounds, TARGETS } from './dropout-targets.service';
export { computeMonthly, asOfMonth, FIGURES, type MonthlyTotals } from './monthly-report.service';
export { CONTEXT_RULES, EARLY_WARNING_RULES, evaluateRisk, WARNING_RULES, type RiskFacts, type RiskFlag, type RiskRule, type RiskRules } from './risk-rules';
export { evaluateBatch, loadRiskFacts, loadRiskHistories, riskFactsOn, RISK_CANDIDATE_SELECT, type RiskHistory } from './risk.service';
export { stateOn, effectiveEvents, levelOf, type HistoryEvent } from './history';
