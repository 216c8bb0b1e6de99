import type { Context } from '../../context';
import { notFound } from '../../errors';
import { assertUuid } from '../../lib/validate';

/** Households (户) and their members. */
export async function findHousehold(ctx: Context, id: string) {
  assertUuid('id', id);
  const h = await ctx.loaders.householdById.load(id);
  if (!h) throw notFound('household');
  return h;
}

export function idNumberOfPerson(ctx: Context, p: { idNumberCipher: Uint8Array | null }): string | null {
  return p.idNumberCipher ? ctx.sealer.open(p.idNumberCipher) : null;
}
