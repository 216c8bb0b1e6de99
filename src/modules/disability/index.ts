export { DisabilityRecordType, PlacementObject, HomeTeachingVisitType } from './disability.types';
export { DisabilityRecordResolver, PlacementResolver, ChildDisabilityResolver } from './disability.resolver';
export { createDisabilityLoaders } from './disability.loaders';
export { PlacementMutationResolver } from './placement.resolver';
