import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

export function createDisabilityLoaders(repo: ScopedRepository) {
  return {
    disabilityByChild: oneBy((ids: readonly string[]) => repo.disabilityRecordsByChildren(ids), (d) => d.childId),
    placementByChild: oneBy((ids: readonly string[]) => repo.activePlacementsByChildren(ids), (p) => p.childId),
    visitsByPlacement: manyBy((ids: readonly string[]) => repo.homeVisitsByPlacements(ids), (v) => v.placementId),
  };
}
