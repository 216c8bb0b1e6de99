import { verifyChain } from '../../audit/writer';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import { assertUuid } from '../../lib/validate';

/** SUPERVISION's questions of the access log: "who read this child's data, when and why", and "is the log intact". */
export async function accessLogOf(ctx: Context, childId: string, from: Date | null, to: Date | null, first: number) {
  assertUuid('childId', childId);
  if (first < 1 || first > 500) throw badInput('first', 'must be between 1 and 500');
  if (from && to && from > to) throw badInput('from', 'must not be after to');
  const rows = await ctx.repo.accessLogFor(childId, from, to, first);
  return rows.map((r) => ({ ...r, id: r.id.toString(), childCount: r.childIds.length }));
}

export function verifyAccessLog(ctx: Context) {
  return verifyChain(ctx.repo.database);
}
