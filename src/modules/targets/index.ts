export {
  TargetsResolver,
  DropoutLevelFigureResolver,
  PoorDropoutFigureResolver,
  PoorDropoutDetailResolver,
  DropoutCaseFiguresResolver,
} from './targets.resolver';
export { computeDropoutTargets, yearRecord, schoolYearBounds, TARGETS } from './dropout-targets.service';
export { computeMonthly, asOfMonth, FIGURES, type MonthlyTotals } from './monthly-report.service';
export { evaluateRisk, type RiskFacts, type RiskFlag, type RiskRule } from './risk-rules';
export { evaluateBatch, loadRiskFacts, RISK_CANDIDATE_SELECT } from './risk.service';
export { stateOn, effectiveEvents, levelOf, type HistoryEvent } from './history';
