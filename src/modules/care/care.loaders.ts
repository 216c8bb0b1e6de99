import type { ScopedRepository } from '../../access/repository';
import { oneBy } from '../../lib/loaders';

export function createCareLoaders(repo: ScopedRepository) {
  return {
    careByChild: oneBy((ids: readonly string[]) => repo.careArrangementsByChildren(ids), (a) => a.childId),
  };
}
