import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

export function createSubsidyLoaders(repo: ScopedRepository) {
  return {
    grantsByChild: manyBy((ids: readonly string[]) => repo.subsidyGrantsByChildren(ids), (g) => g.childId),
    programmeById: oneBy((ids: readonly string[]) => repo.programmesByIds(ids), (p) => p.id),
  };
}
