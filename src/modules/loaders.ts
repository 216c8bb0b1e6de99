import type { ScopedRepository } from '../access/repository';
import type { Calendar } from '../context';
import { createBoardingLoaders } from './boarding';
import { createCareLoaders } from './care';
import { createChildLoaders } from './children';
import { createDisabilityLoaders } from './disability';
import { createDropoutCaseLoaders } from './dropout-cases';
import { createEnrollmentLoaders } from './enrollment';
import { createHouseholdLoaders } from './households';
import { createMigrantLoaders } from './migrants';
import { createSchoolLoaders } from './schools';
import { createSubsidyLoaders } from './subsidies';

/** Every DataLoader of one request, built from the request's scoped repository. */
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
