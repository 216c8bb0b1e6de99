export { DropoutCaseType, PersuasionVisitType, ResponsibleHeadsType } from './dropout-cases.types';
export { DropoutCaseResolver, ChildDropoutCaseResolver } from './dropout-cases.resolver';
export { createDropoutCaseLoaders } from './dropout-cases.loaders';
export { openDropoutCase } from './dropout-cases.intake';
