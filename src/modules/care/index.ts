export { CareArrangementType, SurrogateParentType, CareContactType, CounsellingSessionType } from './care.types';
export { ChildCareResolver, CareArrangementResolver, CareResolver } from './care.resolver';
export { createCareLoaders } from './care.loaders';
