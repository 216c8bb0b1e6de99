import { actsAtSchool } from '../../access/row-scope';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import { assertUuid } from '../../lib/validate';
import type { BoardingRequestInput, TermBedsInput } from './boarding.inputs';

/**
 * Boarding places (寄宿, plan R5.2) with the priority of plan R6.1: left-behind
 * children first, then registered-poor, then those living farthest away.
 * Capacity holds under concurrency: every assignment locks the school's
 * term-beds row (SELECT … FOR UPDATE) before counting, so two requests for
 * the last bed serialise and the second gets CONFLICT.
 */

function checkTerm(schoolYear: number, term: number): void {
  if (!Number.isInteger(schoolYear) || schoolYear < 2000 || schoolYear > 2100) throw badInput('input.schoolYear', 'must be a school year such as 2026');
  if (term !== 1 && term !== 2) throw badInput('input.term', 'must be 1 or 2');
}

async function boardingSchool(ctx: Context, w: Work, schoolId: string) {
  assertUuid('input.schoolId', schoolId);
  const school = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput('input.schoolId', 'no such school in this county');
  if (!actsAtSchool(ctx.viewer, school.code)) throw new HubError('FORBIDDEN', 'a school manages its own boarding places only');
  return school;
}

export function setTermBeds(ctx: Context, input: TermBedsInput) {
  return mutate(ctx, async (w) => {
    checkTerm(input.schoolYear, input.term);
    const school = await boardingSchool(ctx, w, input.schoolId);
    if (!Number.isInteger(input.beds) || input.beds < 0 || input.beds > 5000) throw badInput('input.beds', 'must be between 0 and 5000');
    const assigned = await w.tx.boardingAssignment.count({ where: { schoolId: school.id, schoolYear: input.schoolYear, term: input.term, status: 'ASSIGNED' } });
    if (input.beds < assigned) throw new HubError('CONFLICT', `${assigned} beds are assigned this term: release some before reducing to ${input.beds}`);
    return w.tx.schoolTermBeds.upsert({
      where: { schoolId_schoolYear_term: { schoolId: school.id, schoolYear: input.schoolYear, term: input.term } },
      create: { schoolId: school.id, schoolYear: input.schoolYear, term: input.term, beds: input.beds },
      update: { beds: input.beds },
    });
  });
}

/** Locks the term's bed row and returns beds and the count already assigned. */
async function lockBeds(w: Work, schoolId: string, schoolYear: number, term: number) {
  const rows = await w.tx.$queryRawUnsafe<Array<{ beds: number }>>(
    'SELECT "beds" FROM "SchoolTermBeds" WHERE "schoolId" = $1::uuid AND "schoolYear" = $2 AND "term" = $3 FOR UPDATE',
    schoolId,
    schoolYear,
    term,
  );
  const beds = rows[0]?.beds;
  if (beds === undefined) throw new HubError('CONFLICT', 'the school has no boarding beds set for this term');
  const assigned = await w.tx.boardingAssignment.count({ where: { schoolId, schoolYear, term, status: 'ASSIGNED' } });
  return { beds, assigned };
}

async function priorityOf(w: Work, childId: string): Promise<{ rank: number; reason: string; distance: number }> {
  const c = await w.tx.child.findUniqueOrThrow({ where: { id: childId }, include: { household: true } });
  const distance = c.household?.distanceToSchoolKm ?? 0;
  if (c.isLeftBehind) return { rank: 0, reason: 'left-behind child (留守儿童优先, plan R6.1)', distance };
  if (c.household?.registeredPoor) return { rank: 1, reason: 'registered-poor household (建档立卡)', distance };
  return { rank: 2, reason: `distance ${distance.toFixed(1)} km (路远)`, distance };
}

/** Puts the child on the waiting list, or assigns a bed at once when one is free. */
export function requestBoarding(ctx: Context, input: BoardingRequestInput, assignNow: boolean) {
  return mutate(ctx, async (w) => {
    checkTerm(input.schoolYear, input.term);
    const school = await boardingSchool(ctx, w, input.schoolId);
    assertUuid('input.childId', input.childId);
    const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, select: { id: true } });
    if (!child) throw notFound('child');
    w.touched(child.id);
    const enrollment = await w.tx.enrollment.findUnique({ where: { childId: child.id } });
    if (enrollment?.schoolId !== school.id || !['ENROLLED', 'SUSPENDED'].includes(enrollment.status)) {
      throw badInput('input.childId', 'boards only at the school the pupil is enrolled at');
    }
    const existing = await w.tx.boardingAssignment.findUnique({ where: { childId_schoolYear_term: { childId: child.id, schoolYear: input.schoolYear, term: input.term } } });
    if (existing && existing.status !== 'RELEASED') throw new HubError('CONFLICT', `the pupil is already ${existing.status.toLowerCase()} for this term`);
    const p = await priorityOf(w, child.id);
    let status: 'ASSIGNED' | 'WAITLISTED' = 'WAITLISTED';
    if (assignNow) {
      const { beds, assigned } = await lockBeds(w, school.id, input.schoolYear, input.term);
      if (assigned >= beds) throw new HubError('CONFLICT', `no bed left: ${beds} of ${beds} assigned this term; the pupil can join the waiting list`);
      // Waiting children with a higher priority come first (plan R6.1).
      const ahead = await w.tx.boardingAssignment.findMany({ where: { schoolId: school.id, schoolYear: input.schoolYear, term: input.term, status: 'WAITLISTED' }, select: { childId: true } });
      for (const a of ahead) {
        if ((await priorityOf(w, a.childId)).rank < p.rank) throw new HubError('CONFLICT', 'children with a higher priority are waiting: allocate from the waiting list');
      }
      status = 'ASSIGNED';
    }
    const data = { schoolId: school.id, status, priorityReason: p.reason, assignedOn: ctx.calendar.today, bedLabel: assignNow ? (input.bedLabel ?? null) : null };
    return existing
      ? w.tx.boardingAssignment.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : w.tx.boardingAssignment.create({ data: { countyCode: ctx.repo.scope.countyCode, childId: child.id, schoolYear: input.schoolYear, term: input.term, ...data } });
  });
}

/** The waiting list in priority order: left-behind, registered-poor, then farthest first; ties by request date. */
async function orderedWaiting(w: Work, schoolId: string, schoolYear: number, term: number) {
  const waiting = await w.tx.boardingAssignment.findMany({ where: { schoolId, schoolYear, term, status: 'WAITLISTED' }, orderBy: [{ assignedOn: 'asc' }, { id: 'asc' }] });
  const ranked = [];
  for (const a of waiting) ranked.push({ a, p: await priorityOf(w, a.childId) });
  ranked.sort((x, y) => x.p.rank - y.p.rank || y.p.distance - x.p.distance || x.a.assignedOn.getTime() - y.a.assignedOn.getTime());
  return ranked;
}

export function allocateBeds(ctx: Context, input: { schoolId: string; schoolYear: number; term: number }) {
  return mutate(ctx, async (w) => {
    checkTerm(input.schoolYear, input.term);
    const school = await boardingSchool(ctx, w, input.schoolId);
    const { beds, assigned } = await lockBeds(w, school.id, input.schoolYear, input.term);
    let free = beds - assigned;
    const ranked = await orderedWaiting(w, school.id, input.schoolYear, input.term);
    const done = [];
    for (const { a } of ranked) {
      if (free <= 0) break;
      done.push(await w.tx.boardingAssignment.update({ where: { id: a.id }, data: { status: 'ASSIGNED', assignedOn: ctx.calendar.today, version: { increment: 1 } } }));
      w.touched(a.childId);
      free--;
    }
    return { assigned: done, stillWaiting: ranked.length - done.length, bedsLeft: free };
  });
}

export function releaseBed(ctx: Context, input: { assignmentId: string; version: number }) {
  return mutate(ctx, async (w) => {
    assertUuid('input.assignmentId', input.assignmentId);
    const a = await w.tx.boardingAssignment.findFirst({ where: { id: input.assignmentId, child: ctx.repo.scope.child } });
    if (!a) throw notFound('boarding assignment');
    await boardingSchool(ctx, w, a.schoolId);
    const updated = await w.tx.boardingAssignment.updateMany({ where: { id: a.id, version: input.version, status: { not: 'RELEASED' } }, data: { status: 'RELEASED', version: { increment: 1 } } });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the assignment changed since you read it');
    w.touched(a.childId);
    return w.tx.boardingAssignment.findUniqueOrThrow({ where: { id: a.id } });
  });
}

export async function waitingList(ctx: Context, input: { schoolId: string; schoolYear: number; term: number }) {
  return ctx.repo.database.prisma.$transaction(async (tx) => {
    const w = { tx, touched: (id: string) => ctx.audit.childIds.add(id), outbox: () => undefined } as unknown as Work;
    checkTerm(input.schoolYear, input.term);
    const school = await boardingSchool(ctx, w, input.schoolId);
    const ranked = await orderedWaiting(w, school.id, input.schoolYear, input.term);
    const visible = new Set(
      (await tx.child.findMany({ where: { AND: [ctx.repo.scope.child, { id: { in: ranked.map((r) => r.a.childId) } }] }, select: { id: true } })).map((c) => c.id),
    );
    return ranked
      .filter((r) => visible.has(r.a.childId))
      .map((r, i) => {
        ctx.audit.childIds.add(r.a.childId);
        return { position: i + 1, assignment: r.a, childId: r.a.childId };
      });
  });
}
