import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

/**
 * Care loaders, one statement per batch. The care history and its logs are
 * read with the request's row scope carried by the child relation, as the
 * scoped repository does for every person-level read.
 */
export function createCareLoaders(repo: ScopedRepository) {
  const prisma = repo.database.prisma;
  const { countyCode, child } = repo.scope;
  return {
    careByChild: oneBy((ids: readonly string[]) => repo.careArrangementsByChildren(ids), (a) => a.childId),
    /** Every arrangement of a child, ended ones too, newest first (plan R6.1–R6.2). */
    careHistoryByChild: manyBy(
      (ids: readonly string[]) =>
        prisma.careArrangement.findMany({
          where: { childId: { in: [...ids] }, countyCode, child },
          include: { surrogates: { orderBy: [{ fromDate: 'desc' }, { id: 'asc' }] } },
          orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
        }),
      (a) => a.childId,
    ),
    /** 亲情电话 log per arrangement, newest first. */
    careContactsByArrangement: manyBy(
      (ids: readonly string[]) =>
        prisma.careContact.findMany({
          where: { arrangementId: { in: [...ids] }, countyCode, arrangement: { child } },
          orderBy: [{ contactedOn: 'desc' }, { id: 'asc' }],
        }),
      (c) => c.arrangementId,
    ),
    /** 心理辅导 sessions per arrangement, newest first. */
    counsellingByArrangement: manyBy(
      (ids: readonly string[]) =>
        prisma.counsellingSession.findMany({
          where: { arrangementId: { in: [...ids] }, countyCode, arrangement: { child } },
          orderBy: [{ heldOn: 'desc' }, { id: 'asc' }],
        }),
      (c) => c.arrangementId,
    ),
  };
}
