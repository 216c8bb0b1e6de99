export { SubsidyGrantType, SubsidyProgrammeType } from './subsidies.types';
export { SubsidyGrantResolver, ChildSubsidyResolver } from './subsidies.resolver';
export { createSubsidyLoaders } from './subsidies.loaders';
