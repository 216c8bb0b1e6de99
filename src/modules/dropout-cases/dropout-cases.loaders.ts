import type { ScopedRepository } from '../../access/repository';
import { manyBy } from '../../lib/loaders';

export function createDropoutCaseLoaders(repo: ScopedRepository) {
  return {
    casesByChild: manyBy((ids: readonly string[]) => repo.dropoutCasesByChildren(ids), (c) => c.childId),
    visitsByCase: manyBy((ids: readonly string[]) => repo.visitsByCases(ids), (v) => v.caseId),
  };
}
