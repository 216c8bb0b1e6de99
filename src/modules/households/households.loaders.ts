import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

export function createHouseholdLoaders(repo: ScopedRepository) {
  return {
    householdById: oneBy((ids: readonly string[]) => repo.householdsByIds(ids), (h) => h.id),
    membersByHousehold: manyBy((ids: readonly string[]) => repo.personsByHouseholds(ids), (p) => p.householdId as string),
    guardiansByChild: manyBy((ids: readonly string[]) => repo.guardianshipsByChildren(ids), (g) => g.childId),
  };
}
