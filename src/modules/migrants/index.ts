export { MigrantEnrollmentType, MigrantPlacesType, MigrantEnrolmentPayload } from './migrants.types';
export { MigrantEnrollmentResolver, ChildMigrantResolver, MigrantPlacesResolver, MigrantResolver } from './migrants.resolver';
export { createMigrantLoaders } from './migrants.loaders';
export { CLASS_SIZE_LIMIT, placesAt } from './capacity';
