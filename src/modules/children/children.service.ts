import { shownCount } from '../../access/policy';
import type { Context } from '../../context';
import { badInput, notFound } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import { ageOn31Aug, birthRangeForAges } from '../../lib/school-year';
import { assertUuid, isUuid } from '../../lib/validate';
import { attachChildRelations, type ChildReadPlan } from './children.prefetch';
import type { ChildConnection, ChildFilter, ChildType } from './children.types';

/** Children: lookups, the filtered list (Relay connection) and derived facts. */

export const MAX_PAGE = 100;

export function encodeCursor(id: string): string {
  return Buffer.from(`child:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = raw.startsWith('child:') ? raw.slice(6) : '';
  if (!isUuid(id)) throw badInput('after', 'is not a cursor returned by this list');
  return id;
}

/**
 * One child by id. `plan`: what the request's selection reads (children.prefetch.ts):
 * the child, projected, and its selected relations in one statement.
 */
export async function findChild(ctx: Context, id: string, plan?: ChildReadPlan) {
  assertUuid('id', id);
  let child: Awaited<ReturnType<typeof ctx.loaders.childById.load>>;
  if (plan) {
    const found = await ctx.repo.findChildrenByIds([id], plan.relations, plan.columns);
    attachChildRelations(ctx, plan, found);
    child = found.rows[0] ?? null;
  } else child = await ctx.loaders.childById.load(id);
  // Out of row scope answers exactly like a nonexistent id (access-policy "Out of row scope"),
  // and the attempt is logged with the id asked for.
  if (!child) {
    ctx.audit.deniedIds.add(id.toLowerCase());
    throw notFound('child');
  }
  return child;
}

/** Translates the GraphQL filter to a Prisma where, refusing bad values with the field named. */
export function childWhere(ctx: Context, f: ChildFilter | null | undefined): Prisma.ChildWhereInput {
  if (!f) return {};
  const and: Prisma.ChildWhereInput[] = [];
  const code = (field: string, v: string) => {
    if (!/^[0-9]{12}$/.test(v)) throw badInput(`filter.${field}`, 'must be a 12-digit division code');
  };
  if (f.townshipCode != null) {
    code('townshipCode', f.townshipCode);
    and.push({ village: { parentCode: f.townshipCode } });
  }
  if (f.villageCode != null) {
    code('villageCode', f.villageCode);
    and.push({ villageCode: f.villageCode });
  }
  const enrollment: Prisma.EnrollmentWhereInput = {};
  if (f.schoolId != null) {
    assertUuid('filter.schoolId', f.schoolId);
    enrollment.schoolId = f.schoolId;
  }
  if (f.grade != null) {
    if (f.grade < 1 || f.grade > 12) throw badInput('filter.grade', 'must be between 1 and 12');
    enrollment.grade = f.grade;
  }
  if (f.status != null) enrollment.status = f.status;
  if (Object.keys(enrollment).length > 0) and.push({ enrollment: enrollment });
  if (f.ageMin != null || f.ageMax != null) {
    const min = f.ageMin ?? 0;
    const max = f.ageMax ?? 30;
    if (min < 0 || max > 30) throw badInput(f.ageMin != null && min < 0 ? 'filter.ageMin' : 'filter.ageMax', 'must be between 0 and 30');
    if (min > max) throw badInput('filter.ageMin', 'must not exceed filter.ageMax');
    const r = birthRangeForAges(ctx.calendar.schoolYear, min, max);
    and.push({ birthDate: { gte: r.from, lte: r.to } });
  }
  const household: Prisma.HouseholdWhereInput = {};
  if (f.registeredPoor != null) household.registeredPoor = f.registeredPoor;
  if (f.minimumLiving != null) household.minimumLiving = f.minimumLiving;
  if (Object.keys(household).length > 0) and.push({ household });
  if (f.orphan != null) and.push({ isOrphan: f.orphan });
  if (f.leftBehind != null) and.push({ isLeftBehind: f.leftBehind });
  if (f.inDistress != null) and.push({ inDistress: f.inDistress });
  if (f.disabled != null) and.push({ hasDisability: f.disabled });
  if (f.migrant != null) and.push({ isMigrant: f.migrant });
  return and.length === 0 ? {} : { AND: and };
}

/** One page of children in id order (keyset pagination: stable under inserts); `plan`: what the selection reads (see findChild). */
export async function listChildren(
  ctx: Context,
  where: Prisma.ChildWhereInput,
  first: number,
  after: string | null | undefined,
  plan: ChildReadPlan = { relations: [], fields: [] },
): Promise<ChildConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}`);
  const afterId = after ? decodeCursor(after) : null;
  const found = await ctx.repo.findChildren(where, first + 1, afterId, plan.relations, plan.columns);
  attachChildRelations(ctx, plan, found);
  const rows = found.rows;
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node: node as ChildType }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    where,
  };
}

/** Counts obey the row scope; for partner apps (and agencies above the county) a count below PARTNER_MIN_COUNT is suppressed (access-policy). */
export async function countChildren(ctx: Context, where: Prisma.ChildWhereInput): Promise<number | null> {
  const n = await ctx.repo.countChildren(where);
  return shownCount(ctx.viewer, n);
}

export function ageOf(ctx: Context, child: { birthDate: Date }): number {
  return ageOn31Aug(child.birthDate, ctx.calendar.schoolYear);
}

export function idNumberOf(ctx: Context, child: { idNumberCipher: Uint8Array | null }): string | null {
  return child.idNumberCipher ? ctx.sealer.open(child.idNumberCipher) : null;
}
