import { checkpointKeysOf } from '../../audit/checkpoint-keys';
import { listCheckpoints } from '../../audit/checkpoints';
import { verifyWithCheckpoints, type LogVerdict } from '../../audit/verify';
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

/** Checkpoints one request may hand in (a request body holds ~300 at most anyway). */
export const MAX_CHECKPOINTS = 1000;

/**
 * Walks the whole chain, and holds each checkpoint handed in (kept by
 * supervision outside the hub) against it: issue 10 item 1. A checkpoint
 * whose signature is not the hub's is refused and used for nothing.
 */
export async function verifyAccessLog(ctx: Context, checkpoints: ReadonlyArray<{ jws: string }> = []): Promise<LogVerdict> {
  if (checkpoints.length > MAX_CHECKPOINTS) throw badInput('checkpoints', `at most ${MAX_CHECKPOINTS} per request`);
  const db = ctx.repo.database;
  const keys = checkpoints.length > 0 ? await checkpointKeysOf(db) : undefined;
  if (checkpoints.length > 0 && !keys) throw badInput('checkpoints', 'this hub has no checkpoint key configured');
  // The county a checkpoint names is the signing hub's home county (COUNTY_CODE), the same for every county
  // it serves (issue 11): one chain per hub. Its own newest checkpoint says which; none yet: the viewer's.
  const [own] = await listCheckpoints(db, { newest: 1 });
  return verifyWithCheckpoints(db, keys ?? null, checkpoints.map((c) => c.jws), own?.county || ctx.repo.scope.countyCode);
}
