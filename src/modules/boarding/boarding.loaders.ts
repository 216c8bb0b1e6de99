import type { ScopedRepository } from '../../access/repository';
import type { Calendar } from '../../lib/calendar';
import { oneBy } from '../../lib/loaders';

export function createBoardingLoaders(repo: ScopedRepository, calendar: Calendar) {
  return {
    boardingByChild: oneBy(
      (ids: readonly string[]) => repo.boardingByChildren(ids, calendar.schoolYear, calendar.term),
      (b) => b.childId,
    ),
  };
}
