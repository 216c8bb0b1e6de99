export { MigrantEnrollmentType } from './migrants.types';
export { MigrantEnrollmentResolver, ChildMigrantResolver } from './migrants.resolver';
export { createMigrantLoaders } from './migrants.loaders';
