import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import type { ImportKind } from '../../generated/prisma/enums';
import { isUuid } from '../../lib/validate';

/**
 * Import jobs are seen by the agency that ran them: the same agency kind and
 * agency, and for townships and schools the same person or office (a job of
 * one township is not another's). Partner apps import nothing and see none.
 */
function ownJobs(ctx: Context): Prisma.ImportJobWhereInput {
  const v = ctx.viewer;
  const countyCode = ctx.repo.scope.countyCode;
  if (v.clientId !== null) return { id: { in: [] } };
  if (v.agencyId !== null) return { countyCode, agencyKind: v.kind, agencyId: v.agencyId };
  return { countyCode, agencyKind: v.kind, subject: v.subject };
}

export function importJob(ctx: Context, id: string) {
  if (!isUuid(id)) throw badInput('id', 'must be a job id (UUID)');
  return ctx.repo.database.prisma.importJob.findFirst({ where: { AND: [{ id }, ownJobs(ctx)] } });
}

export function importJobs(ctx: Context, kind: ImportKind | null, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'must be between 1 and 100');
  return ctx.repo.database.prisma.importJob.findMany({
    where: { AND: [ownJobs(ctx), ...(kind ? [{ kind }] : [])] },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: first,
  });
}
