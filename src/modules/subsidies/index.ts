export { SubsidyGrantType, SubsidyProgrammeType } from './subsidies.types';
export { SubsidyGrantResolver, ChildSubsidyResolver } from './subsidies.resolver';
export { createSubsidyLoaders } from './subsidies.loaders';
export { GRANT_MUTATION_RESOLVERS, SubsidyGrantChildResolver } from './grants.resolver';
export { ChildSupportPlanResolver, HouseholdSupportPlanResolver, SupportPlanMutationResolver } from './support-plans.resolver';
export { FAMILIES, type WelfareFamily } from './families';
