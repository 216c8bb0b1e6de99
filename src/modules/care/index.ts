export { CareArrangementType, SurrogateParentType } from './care.types';
export { ChildCareResolver } from './care.resolver';
export { createCareLoaders } from './care.loaders';
