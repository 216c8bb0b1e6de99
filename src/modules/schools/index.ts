export { SchoolType, TownshipType, VillageType } from './schools.types';
export { SchoolResolver, TownshipResolver, VillageResolver } from './schools.resolver';
export { createSchoolLoaders } from './schools.loaders';
