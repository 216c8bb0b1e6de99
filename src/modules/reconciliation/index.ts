export {
  PovertyRollDiscrepancyType,
  DisabilityDiscrepancyType,
  CensusDiscrepancyType,
  DiscrepancyResolutionType,
  ReconciliationRunType,
  DiscrepancyCountType,
  DiscrepancyType,
} from './reconciliation.types';
export { ReconciliationResolver, PovertyRollDiscrepancyResolver, DisabilityDiscrepancyResolver, CensusDiscrepancyResolver } from './reconciliation.resolver';
export { runReconciliation, summarizeRun, latestRuns, listDiscrepancies, resolveDiscrepancy, visibleDiscrepancies } from './reconciliation.service';
export { TYPE_RULES, KIND_READ_CLASS, DISCREPANCY_TYPES, typesOf, AUTO_RESOLVER } from './reconciliation.policy';
export { runCheck, MIN_PHANTOM_DAYS, type Finding } from './reconciliation.checks';
