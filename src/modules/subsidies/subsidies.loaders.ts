import type { ScopedRepository } from '../../access/repository';
import { manyBy, oneBy } from '../../lib/loaders';

export function createSubsidyLoaders(repo: ScopedRepository) {
  const prisma = repo.database.prisma;
  return {
    grantsByChild: manyBy((ids: readonly string[]) => repo.subsidyGrantsByChildren(ids), (g) => g.childId),
    programmeById: oneBy((ids: readonly string[]) => repo.programmesByIds(ids), (p) => p.id),
    /** Rule versions of programmes (reference data), newest first. */
    ruleVersionsByProgramme: manyBy(
      (ids: readonly string[]) =>
        prisma.subsidyRuleVersion.findMany({ where: { programmeId: { in: [...ids] }, programme: { countyCode: repo.scope.countyCode } }, orderBy: [{ version: 'desc' }] }),
      (r) => r.programmeId,
    ),
    /** 一生一案: support plans of children in the row scope. */
    supportPlansByChild: manyBy(
      (ids: readonly string[]) =>
        prisma.supportPlan.findMany({
          where: { childId: { in: [...ids] }, countyCode: repo.scope.countyCode, child: repo.scope.child },
          orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
        }),
      (p) => p.childId as string,
    ),
    /** 一家一案: support plans of households in the row scope. */
    supportPlansByHousehold: manyBy(
      (ids: readonly string[]) =>
        prisma.supportPlan.findMany({
          where: { householdId: { in: [...ids] }, countyCode: repo.scope.countyCode, household: repo.scope.household },
          orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
        }),
      (p) => p.householdId as string,
    ),
  };
}
