import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { SchoolKind } from '../../generated/prisma/enums';
import { assertUuid } from '../../lib/validate';

/** Reference data of the county: townships, villages, schools. */
export function listSchools(ctx: Context, f: { townshipCode: string | null; kind: SchoolKind | null }) {
  if (f.townshipCode !== null && !/^[0-9]{12}$/.test(f.townshipCode)) {
    throw badInput('townshipCode', 'must be a 12-digit division code');
  }
  return ctx.repo.findSchools({
    ...(f.townshipCode !== null ? { townshipCode: f.townshipCode } : {}),
    ...(f.kind !== null ? { kind: f.kind } : {}),
  });
}

export async function findSchool(ctx: Context, id: string) {
  assertUuid('id', id);
  return ctx.loaders.schoolById.load(id);
}

export function listTownships(ctx: Context) {
  return ctx.repo.findRegions({ level: 'TOWNSHIP' });
}

export function listVillages(ctx: Context, townshipCode: string) {
  return ctx.repo.findRegions({ level: 'VILLAGE', parentCode: townshipCode });
}
