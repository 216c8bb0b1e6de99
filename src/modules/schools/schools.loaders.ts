import type { ScopedRepository } from '../../access/repository';
import { oneBy } from '../../lib/loaders';

export function createSchoolLoaders(repo: ScopedRepository) {
  return {
    schoolById: oneBy((ids: readonly string[]) => repo.schoolsByIds(ids), (s) => s.id),
    regionByCode: oneBy((codes: readonly string[]) => repo.regionsByCodes(codes), (r) => r.code),
  };
}
