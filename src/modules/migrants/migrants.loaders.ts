import DataLoader from 'dataloader';
import type { ScopedRepository } from '../../access/repository';
import { manyBy } from '../../lib/loaders';

export function createMigrantLoaders(repo: ScopedRepository) {
  /** Every application per child, newest first (one statement per batch; the repository applies the row scope). */
  const migrantHistoryByChild = manyBy((ids: readonly string[]) => repo.migrantEnrollmentsByChildren(ids), (r) => r.childId);
  return {
    migrantHistoryByChild,
    /** Latest application per child. */
    migrantByChild: new DataLoader(async (ids: readonly string[]) => {
      const lists = await migrantHistoryByChild.loadMany(ids);
      return lists.map((l) => {
        if (l instanceof Error) throw l;
        return l[0] ?? null;
      });
    }),
  };
}
