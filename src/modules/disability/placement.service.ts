import { townshipOf } from '../../lib/division-code';
import type { Context } from '../../context';
import { mutate } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import { Prisma } from '../../generated/prisma/client';
import { addDays } from '../../lib/school-days';
import { birthRangeForAges, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../lib/school-year';
import { assertUuid } from '../../lib/validate';
import type { HomeTeachingVisitInput, PlacementInput } from './placement.inputs';

/**
 * Placement of disabled children (plan R6.4: 一人一案; plan R2.5): the
 * education bureau proposes, the disabled persons' federation assigns. Each
 * placement type has its conditions; a child has one active placement (a new
 * one ends the current one; two at once → CONFLICT, held by a partial unique
 * index). Home-teaching visits are recorded and checked against the schedule;
 * the education bureau hears of a new placement at once (outbox).
 */
const REGULAR = ['PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TEACHING_POINT'];

export function placeChild(ctx: Context, input: PlacementInput, status: 'PROPOSED' | 'ASSIGNED') {
  return mutate(ctx, async (w) => {
    assertUuid('input.childId', input.childId);
    const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, include: { disabilityRecord: true } });
    if (!child) throw notFound('child');
    w.touched(child.id);
    if (!child.hasDisability && !child.disabilityRecord) throw badInput('input.childId', 'the child has no disability record: register it first');
    let school: { id: string; kind: string; townshipCode: string } | null = null;
    if (input.schoolId != null) {
      assertUuid('input.schoolId', input.schoolId);
      school = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: input.schoolId }] } });
      if (!school) throw badInput('input.schoolId', 'no such school in this county');
    }
    const plan = input.plan?.trim() ?? '';
    if (plan.length < 4) throw badInput('input.plan', 'every placement carries its individual plan (一人一案)');
    if (input.startsOn < addDays(ctx.calendar.today, -31)) throw badInput('input.startsOn', 'must not be more than a month ago');
    switch (input.type) {
      case 'REGULAR_CLASS':
        if (!school) throw badInput('input.schoolId', 'a regular-class placement names the school');
        if (!REGULAR.includes(school.kind)) throw badInput('input.schoolId', 'must be a regular primary, junior, nine-year school or teaching point');
        break;
      case 'SPECIAL_SCHOOL':
        if (!school) throw badInput('input.schoolId', 'a special-school placement names the school');
        if (school.kind !== 'SPECIAL_EDUCATION') throw badInput('input.schoolId', 'must be a special-education school (特殊教育学校)');
        break;
      case 'HOME_TEACHING':
        if (!school) throw badInput('input.schoolId', 'home teaching names the responsible school');
        if (!input.responsibleTeacher?.trim()) throw badInput('input.responsibleTeacher', 'home teaching needs a responsible teacher');
        if (!input.visitsPerMonth || input.visitsPerMonth < 1 || input.visitsPerMonth > 20) throw badInput('input.visitsPerMonth', 'must be between 1 and 20 visits a month');
        break;
      case 'DEFERRED':
        if (!input.deferReason?.trim()) throw badInput('input.deferReason', 'a deferral needs its reason');
        if (!input.reviewOn || input.reviewOn <= ctx.calendar.today) throw badInput('input.reviewOn', 'a deferral needs a review date in the future');
        if (input.reviewOn > addDays(ctx.calendar.today, 366)) throw badInput('input.reviewOn', 'review a deferral within one year');
        break;
    }
    const current = await w.tx.placement.findFirst({ where: { childId: child.id, status: { not: 'ENDED' } } });
    if (current) {
      // The caller's view is stale (it did not know of the current placement), the same answer a
      // simultaneous first placement gets: CONFLICT, naming the field that replaces it knowingly.
      if (input.currentVersion == null) {
        throw new HubError('CONFLICT', `input.currentVersion: the child has a current placement (version ${current.version}): give its version to replace it`, { argument: 'input.currentVersion' });
      }
      const ended = await w.tx.placement.updateMany({
        where: { id: current.id, version: input.currentVersion, status: { not: 'ENDED' } },
        data: { status: 'ENDED', endsOn: input.startsOn, version: { increment: 1 } },
      });
      if (ended.count !== 1) throw new HubError('CONFLICT', 'the current placement changed since you read it');
    }
    const created = await w.tx.placement.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: child.id,
        type: input.type,
        status,
        schoolId: school?.id ?? null,
        responsibleTeacher: input.responsibleTeacher?.trim() || null,
        plan,
        visitsPerMonth: input.type === 'HOME_TEACHING' ? (input.visitsPerMonth ?? null) : null,
        deferReason: input.type === 'DEFERRED' ? (input.deferReason?.trim() ?? null) : null,
        reviewOn: input.type === 'DEFERRED' ? (input.reviewOn ?? null) : null,
        startsOn: input.startsOn,
        ...(status === 'PROPOSED' ? { proposedBy: ctx.viewer.subject } : { assignedBy: ctx.viewer.subject }),
      },
    });
    if (status === 'ASSIGNED') {
      w.outbox({ type: 'PLACEMENT_ASSIGNED', childId: child.id, townshipCode: townshipOf(child.villageCode), schoolId: school?.id ?? null, payload: { placementId: created.id, type: input.type } });
    }
    return created;
  }).catch((e: unknown) => {
    if (e instanceof HubError) throw e;
    // Two placements at once for one child: the partial unique index answers.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw new HubError('CONFLICT', 'another placement of this child was made at the same time');
    throw e;
  });
}

/** The federation confirms a proposal of the education bureau. */
export function confirmPlacement(ctx: Context, placementId: string, version: number) {
  return mutate(ctx, async (w) => {
    assertUuid('placementId', placementId);
    const p = await w.tx.placement.findFirst({ where: { id: placementId, child: ctx.repo.scope.child }, include: { child: true } });
    if (!p) throw notFound('placement');
    if (p.status !== 'PROPOSED') throw new HubError('CONFLICT', `the placement is ${p.status.toLowerCase()}, not proposed`);
    if (p.type === 'HOME_TEACHING' && (!p.responsibleTeacher || !p.visitsPerMonth)) throw new HubError('CONFLICT', 'home teaching needs a responsible teacher and a schedule');
    const updated = await w.tx.placement.updateMany({ where: { id: p.id, version }, data: { status: 'ASSIGNED', assignedBy: ctx.viewer.subject, version: { increment: 1 } } });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the placement changed since you read it');
    w.touched(p.childId);
    w.outbox({ type: 'PLACEMENT_ASSIGNED', childId: p.childId, townshipCode: townshipOf(p.child.villageCode), schoolId: p.schoolId, payload: { placementId: p.id, type: p.type } });
    return w.tx.placement.findUniqueOrThrow({ where: { id: p.id } });
  });
}

export function recordHomeTeachingVisit(ctx: Context, input: HomeTeachingVisitInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.placementId', input.placementId);
    const p = await w.tx.placement.findFirst({ where: { id: input.placementId, child: ctx.repo.scope.child }, include: { school: true } });
    if (!p) throw notFound('placement');
    if (p.type !== 'HOME_TEACHING' || p.status !== 'ASSIGNED') throw new HubError('CONFLICT', 'visits are recorded for an assigned home-teaching placement');
    if (ctx.viewer.agency === 'SCHOOL' && p.school?.code !== ctx.viewer.schoolCode) throw new HubError('FORBIDDEN', 'a school records the visits of its own home-teaching placements');
    if (input.visitedOn > ctx.calendar.today) throw badInput('input.visitedOn', 'must not be in the future');
    if (input.visitedOn < p.startsOn) throw badInput('input.visitedOn', 'must not be before the placement starts');
    if (!(input.hours >= 0.5 && input.hours <= 8)) throw badInput('input.hours', 'must be between 0.5 and 8');
    if (!input.teacherName.trim()) throw badInput('input.teacherName', 'name the teacher');
    if (input.content.trim().length < 2) throw badInput('input.content', 'say what was taught');
    w.touched(p.childId);
    return w.tx.homeTeachingVisit.create({
      data: { countyCode: ctx.repo.scope.countyCode, placementId: p.id, teacherName: input.teacherName.trim(), visitedOn: input.visitedOn, hours: input.hours, content: input.content.trim() },
    });
  });
}

/** Visits done against the schedule in a month, for every assigned home-teaching placement in scope. */
export async function homeTeachingCompliance(ctx: Context, month: string) {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw badInput('month', 'write the month as YYYY-MM');
  const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  const to = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0));
  const prisma = ctx.repo.database.prisma;
  const placements = await prisma.placement.findMany({
    where: { type: 'HOME_TEACHING', status: 'ASSIGNED', startsOn: { lte: to }, child: ctx.repo.scope.child },
    include: { _count: { select: { visits: { where: { visitedOn: { gte: from, lte: to } } } } } },
    orderBy: { id: 'asc' },
  });
  return placements.map((p) => {
    ctx.audit.childIds.add(p.childId);
    const scheduled = p.visitsPerMonth ?? 0;
    const done = p._count.visits;
    return { placement: p, childId: p.childId, scheduled, done, shortfall: Math.max(0, scheduled - done) };
  });
}

/** plan R2.5: school-age disabled children with neither a placement nor a place in school. */
export async function unplacedDisabledChildren(ctx: Context, first: number) {
  if (first < 1 || first > 500) throw badInput('first', 'must be between 1 and 500');
  const range = birthRangeForAges(ctx.calendar.schoolYear, SCHOOL_AGE_MIN, SCHOOL_AGE_MAX);
  const rows = await ctx.repo.database.prisma.child.findMany({
    where: {
      AND: [
        ctx.repo.scope.child,
        { OR: [{ hasDisability: true }, { disabilityRecord: { isNot: null } }] },
        { birthDate: { gte: range.from, lte: range.to } },
        { placements: { none: { status: { not: 'ENDED' } } } },
        { OR: [{ enrollment: null }, { enrollment: { status: { notIn: ['ENROLLED', 'SUSPENDED'] } } }] },
      ],
    },
    orderBy: { id: 'asc' },
    take: first,
  });
  for (const c of rows) ctx.audit.childIds.add(c.id);
  return rows;
}
