export { BoardingAssignmentType } from './boarding.types';
export { BoardingAssignmentResolver, ChildBoardingResolver } from './boarding.resolver';
export { createBoardingLoaders } from './boarding.loaders';
export { BoardingMutationResolver, WaitingListEntryResolver } from './boarding.mutation-resolver';
