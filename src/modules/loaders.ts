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
const GROUPS = [
  (repo: ScopedRepository) => createChildLoaders(repo),
  (repo: ScopedRepository) => createHouseholdLoaders(repo),
  (repo: ScopedRepository) => createSchoolLoaders(repo),
  (repo: ScopedRepository, calendar: Calendar) => createEnrollmentLoaders(repo, calendar),
  (repo: ScopedRepository) => createSubsidyLoaders(repo),
  (repo: ScopedRepository, calendar: Calendar) => createBoardingLoaders(repo, calendar),
  (repo: ScopedRepository) => createDisabilityLoaders(repo),
  (repo: ScopedRepository) => createMigrantLoaders(repo),
  (repo: ScopedRepository) => createCareLoaders(repo),
  (repo: ScopedRepository) => createDropoutCaseLoaders(repo),
] as const;

type Groups = typeof GROUPS;
type Union<T> = T extends readonly [infer H, ...infer R] ? (H extends (...a: never[]) => infer O ? O : never) & Union<R> : unknown;
export type Loaders = Union<Groups>;

/** Which group makes each loader: learnt from the first request (the factories are plain functions). */
let groupOf: Map<string, number> | null = null;

/**
 * The loaders of one request, each group made on first use: a request uses a
 * few of the ~25 loaders, and making them all was a visible share of a small
 * request's CPU (issue 9 profile).
 */
export function createLoaders(repo: ScopedRepository, calendar: Calendar): Loaders {
  if (groupOf === null) {
    const all = GROUPS.map((make) => make(repo, calendar));
    groupOf = new Map(all.flatMap((g, i) => Object.keys(g).map((k) => [k, i] as const)));
    return Object.assign({}, ...all) as Loaders;
  }
  const out = {} as Record<string, unknown>;
  const made: Array<Record<string, unknown> | undefined> = [];
  for (const [key, i] of groupOf) {
    Object.defineProperty(out, key, {
      configurable: true,
      enumerable: true,
      get() {
        const group = (made[i] ??= GROUPS[i]!(repo, calendar) as Record<string, unknown>);
        // From now on a plain property: no getter on the hot path.
        for (const [k, v] of Object.entries(group)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: false, configurable: false });
        return group[key];
      },
    });
  }
  return out as Loaders;
}
