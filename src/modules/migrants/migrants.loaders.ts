import DataLoader from 'dataloader';
import type { ScopedRepository } from '../../access/repository';

export function createMigrantLoaders(repo: ScopedRepository) {
  return {
    /** Latest application per child (rows come newest first). */
    migrantByChild: new DataLoader(async (ids: readonly string[]) => {
      const rows = await repo.migrantEnrollmentsByChildren(ids);
      const latest = new Map<string, (typeof rows)[number]>();
      for (const r of rows) if (!latest.has(r.childId)) latest.set(r.childId, r);
      return ids.map((id) => latest.get(id) ?? null);
    }),
  };
}
