import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

export function createChildLoaders(repo: ScopedRepository) {
  return {
    childById: oneBy((ids: readonly string[]) => repo.childrenByIds(ids), (c) => c.id),
    childrenByHousehold: manyBy((ids: readonly string[]) => repo.childrenByHouseholds(ids), (c) => c.householdId as string),
  };
}
