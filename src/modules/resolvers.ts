import type { NonEmptyArray } from 'type-graphql';
import { AttendanceResolver } from './attendance';
import { AuditResolver } from './audit';
import { CaseLegalActionsResolver, ChildLegalResolver, LaborFindingResolver, LaborLegalResolver } from './labor-legal';
import { EventsResolver } from './events';
import { ImportsResolver } from './imports';
import { CensusEntryResolver, CensusResolver } from './census';
import { CaseworkResolver, DropoutCaseChildResolver, SuspectedDropoutResolver } from './casework';
import { BoardingAssignmentResolver, BoardingMutationResolver, ChildBoardingResolver, WaitingListEntryResolver } from './boarding';
import { ChildCareResolver } from './care';
import { CareArrangementResolver, CareResolver } from './care';
import { ChildConnectionResolver, ChildResolver } from './children';
import { ChildDisabilityResolver, DisabilityRecordResolver, PlacementMutationResolver, PlacementResolver } from './disability';
import { ChildDropoutCaseResolver, DropoutCaseResolver } from './dropout-cases';
import { ChildEnrollmentResolver, EnrollmentMutationResolver, EnrollmentResolver, StatusEventResolver } from './enrollment';
import { ChildHouseholdResolver, HouseholdResolver, PersonResolver } from './households';
import { ChildMigrantResolver, MigrantEnrollmentResolver } from './migrants';
import { MigrantPlacesResolver, MigrantResolver } from './migrants';
import { CensusDiscrepancyResolver, DisabilityDiscrepancyResolver, PovertyRollDiscrepancyResolver, ReconciliationResolver } from './reconciliation';
import { SchoolResolver, TownshipResolver, VillageResolver } from './schools';
import { ChildSubsidyResolver, SubsidyGrantResolver } from './subsidies';
import { ChildSupportPlanResolver, GRANT_MUTATION_RESOLVERS, HouseholdSupportPlanResolver, SubsidyGrantChildResolver, SupportPlanMutationResolver } from './subsidies';
import { EligibilityChangeResolver, EligibilityResolver, SubsidyCoverageGapResolver, SubsidyProgrammeRuleResolver } from './eligibility';
import { ViewerResolver } from './viewer';
import { ReferralResolver } from './referrals';
import { RegionResolver } from './region';
import { DropoutCaseFiguresResolver, DropoutLevelFigureResolver, PoorDropoutDetailResolver, PoorDropoutFigureResolver, TargetsResolver } from './targets';

/** Every resolver class of the full schema. */
// type-graphql's own signature for resolver classes is NonEmptyArray<Function>.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ChildResolver,
  ReferralResolver,
  RegionResolver,
  ChildConnectionResolver,
  ChildHouseholdResolver,
  ChildEnrollmentResolver,
  ChildSubsidyResolver,
  ChildBoardingResolver,
  ChildDisabilityResolver,
  ChildMigrantResolver,
  ChildCareResolver,
  CareArrangementResolver,
  CareResolver,
  ChildDropoutCaseResolver,
  HouseholdResolver,
  PersonResolver,
  EnrollmentResolver,
  StatusEventResolver,
  SchoolResolver,
  TownshipResolver,
  VillageResolver,
  SubsidyGrantResolver,
  SubsidyGrantChildResolver, SupportPlanMutationResolver, HouseholdSupportPlanResolver, ChildSupportPlanResolver, ...GRANT_MUTATION_RESOLVERS,
  EligibilityResolver, SubsidyProgrammeRuleResolver, EligibilityChangeResolver, SubsidyCoverageGapResolver,
  BoardingAssignmentResolver,
  BoardingMutationResolver,
  WaitingListEntryResolver,
  DisabilityRecordResolver,
  PlacementResolver,
  PlacementMutationResolver,
  MigrantEnrollmentResolver,
  MigrantPlacesResolver,
  MigrantResolver,
  DropoutCaseResolver,
  AuditResolver,
  EnrollmentMutationResolver,
  AttendanceResolver,
  LaborLegalResolver,
  CaseLegalActionsResolver,
  ChildLegalResolver,
  LaborFindingResolver,
  EventsResolver,
  CaseworkResolver,
  SuspectedDropoutResolver,
  DropoutCaseChildResolver,
  TargetsResolver,
  DropoutLevelFigureResolver,
  PoorDropoutFigureResolver,
  PoorDropoutDetailResolver,
  DropoutCaseFiguresResolver,
  CensusResolver,
  CensusEntryResolver,
  ReconciliationResolver,
  PovertyRollDiscrepancyResolver,
  DisabilityDiscrepancyResolver,
  CensusDiscrepancyResolver,
  ImportsResolver,
  ViewerResolver,
];
