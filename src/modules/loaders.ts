import type { ScopedRepository } from '../access/repository';
import type { Calendar } from '../lib/calendar';
import { createBoardingLoaders } from './boarding/boarding.loaders';
import { createCareLoaders } from './care/care.loaders';
import { createChildLoaders } from './children/children.loaders';
import { createDisabilityLoaders } from './disability/disability.loaders';
import { createDropoutCaseLoaders } from './dropout-cases/dropout-cases.loaders';
import { createEnrollmentLoaders } from './enrollment/enrollment.loaders';
import { createHouseholdLoaders } from './households/households.loaders';
import { createMigrantLoaders } from './migrants/migrants.loaders';
import { createSchoolLoaders } from './schools/schools.loaders';
import { createSubsidyLoaders } from './subsidies/subsidies.loaders';

/**
 * Every DataLoader of one request. Imports only the modules' *.loaders.ts files
 * (which import only the scoped repository), never their resolvers or services,
 * so that the Context type (src/context.ts) sits below the modules.
 */
export function createLoaders(repo: ScopedRepository, calendar: Calendar) {
  return {
    ...createChildLoaders(repo),
    ...createHouseholdLoaders(repo),
    ...createSchoolLoaders(repo),
    ...createEnrollmentLoaders(repo, calendar),
    ...createSubsidyLoaders(repo),
    ...createBoardingLoaders(repo, calendar),
    ...createDisabilityLoaders(repo),
    ...createMigrantLoaders(repo),
    ...createCareLoaders(repo),
    ...createDropoutCaseLoaders(repo),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
