export { HouseholdType, PersonType, GuardianType } from './households.types';
export { HouseholdResolver, PersonResolver, ChildHouseholdResolver } from './households.resolver';
export { createHouseholdLoaders } from './households.loaders';
