import { actsAtSchool } from '../../access/row-scope';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { DropoutCause, StatusEventType } from '../../generated/prisma/enums';
import { assertUuid } from '../../lib/validate';
import { openDropoutCase } from '../dropout-cases';
import type { CorrectionInput, EnrolInput, StatusChangeInput, TransferDecisionInput, TransferRequestInput } from './enrollment.inputs';
import { apply, replay, TransitionError, type ReplayState } from './status-machine';

/**
 * Changes of school registration (学籍异动, plan R2.1). Every change is an
 * appended StatusEvent; the registration's status is what replaying the
 * events gives, written back with an optimistic version check. Each change
 * checks its preconditions, requires its papers (evidence), stays within the
 * caller's row scope and school, and commits with its access record and, for
 * a dropout, its outbox event and dropout case (plan R2.4: reported at once).
 */

const MIN_EVIDENCE = 4;

function need<T>(value: T | null | undefined, field: string, reason: string): T {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) throw badInput(field, reason);
  return value;
}

function checkDate(ctx: Context, field: string, date: Date, after: Date | null): void {
  if (date > ctx.calendar.today) throw badInput(field, 'must not be in the future');
  if (after && date < after) throw badInput(field, `must not be before the last recorded change (${after.toISOString().slice(0, 10)})`);
}

function checkEvidence(field: string, v: string | null | undefined): string {
  const e = need(v, field, 'papers are required for this change (plan R2.1): give the document number');
  if (e.trim().length < MIN_EVIDENCE) throw badInput(field, `must be a document number of at least ${MIN_EVIDENCE} characters`);
  return e.trim();
}

interface Loaded {
  child: { id: string; name: string; villageCode: string; householdId: string | null };
  enrollment: { id: string; countyCode: string; version: number; schoolId: string | null; grade: number | null; status: string };
  state: ReplayState;
  lastDate: Date | null;
}

/** The child (within the caller's scope, else NOT_FOUND) with its registration replayed. */
async function load(ctx: Context, w: Work, childId: string): Promise<Loaded> {
  assertUuid('input.childId', childId);
  const child = await w.tx.child.findFirst({
    where: { AND: [ctx.repo.scope.child, { id: childId }] },
    select: { id: true, name: true, villageCode: true, householdId: true },
  });
  if (!child) throw notFound('child');
  w.touched(child.id);
  let enrollment = await w.tx.enrollment.findUnique({ where: { childId } });
  enrollment ??= await w.tx.enrollment.create({
    data: { countyCode: ctx.repo.scope.countyCode, childId, status: 'NOT_ENROLLED', statusSince: ctx.calendar.today },
  });
  const events = await w.tx.statusEvent.findMany({ where: { countyCode: enrollment.countyCode, enrollmentId: enrollment.id }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
  // The registration's grade is the current one (schools promote pupils each September);
  // events keep the grade at their time, so the replayed grade may be a year behind.
  const replayed = replay(events);
  const state = { ...replayed, grade: enrollment.grade ?? replayed.grade };
  const lastDate = events.filter((e) => e.type !== 'CORRECTION').reduce<Date | null>((m, e) => (m && m > e.occurredOn ? m : e.occurredOn), null);
  return { child, enrollment, state, lastDate };
}

/** A SCHOOL acts only at its own school; county-level agencies anywhere in the county. */
async function assertActsAt(ctx: Context, w: Work, schoolId: string | null, field: string): Promise<{ id: string; code: string; townshipCode: string; principalName: string | null; kind: string }> {
  if (schoolId === null) throw new HubError('CONFLICT', 'the child is at no school');
  const school = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput(field, 'no such school in this county');
  if (!actsAtSchool(ctx.viewer, school.code)) {
    throw new HubError('FORBIDDEN', 'a school records changes of its own pupils only');
  }
  return school;
}

function checkVersion(l: Loaded, version: number | null | undefined): void {
  if (version !== null && version !== undefined && version !== l.enrollment.version) {
    throw new HubError('CONFLICT', `the registration changed since you read it (version ${l.enrollment.version}, you sent ${version}): read it again`);
  }
}

/** Appends the event and writes back the replayed state under the version check. */
async function record(
  ctx: Context,
  w: Work,
  l: Loaded,
  e: { type: StatusEventType; schoolId: string | null; grade?: number | null; date: Date; cause?: DropoutCause | null; reason?: string | null; evidenceRef?: string | null; dueBackOn?: Date | null; className?: string | null; correctsEventId?: string },
) {
  let next: ReplayState;
  if (e.type === 'CORRECTION') next = l.state;
  else {
    try {
      next = apply(l.state, { type: e.type, schoolId: e.schoolId, grade: e.grade ?? null, occurredOn: e.date });
    } catch (err) {
      if (err instanceof TransitionError) throw new HubError('CONFLICT', `${err.message}: the pupil is ${err.from.toLowerCase().replace('_', ' ')}`);
      throw err;
    }
  }
  const event = await w.tx.statusEvent.create({
    data: {
      countyCode: ctx.repo.scope.countyCode,
      enrollmentId: l.enrollment.id,
      childId: l.child.id,
      type: e.type,
      schoolId: e.schoolId,
      grade: e.grade ?? l.state.grade,
      occurredOn: e.date,
      cause: e.cause ?? null,
      reason: e.reason ?? null,
      evidenceRef: e.evidenceRef ?? null,
      dueBackOn: e.dueBackOn ?? null,
      correctsEventId: e.correctsEventId ?? null,
      recordedBy: ctx.viewer.subject,
    },
  });
  return { event, next };
}

async function writeBack(ctx: Context, w: Work, l: Loaded, s: ReplayState, className?: string | null) {
  const updated = await w.tx.enrollment.updateMany({
    where: { id: l.enrollment.id, version: l.enrollment.version },
    data: {
      status: s.status,
      schoolId: s.status === 'NOT_ENROLLED' ? null : s.schoolId,
      grade: s.grade,
      statusSince: s.since ?? ctx.calendar.today,
      ...(className !== undefined && className !== null ? { className } : {}),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new HubError('CONFLICT', 'the registration changed at the same time: read it again and retry');
  return w.tx.enrollment.findUniqueOrThrow({ where: { id: l.enrollment.id } });
}

async function pendingTransfer(w: Work, childId: string) {
  return w.tx.transferRequest.findFirst({ where: { childId, status: 'REQUESTED' } });
}

export function enrolChild(ctx: Context, input: EnrolInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    assertUuid('input.schoolId', input.schoolId);
    const school = await assertActsAt(ctx, w, input.schoolId, 'input.schoolId');
    if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 9) throw badInput('input.grade', 'must be between 1 and 9');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    if (school.kind === 'VOCATIONAL') throw badInput('input.schoolId', 'compulsory education takes place at a primary, junior, nine-year, special-education school or teaching point');
    const { event, next } = await record(ctx, w, l, { type: 'ENROL', schoolId: school.id, grade: input.grade, date: input.date, evidenceRef });
    const enrollment = await writeBack(ctx, w, l, next, input.className ?? null);
    return { enrollment, event, dropoutCaseId: null, transferId: null };
  });
}

export function suspendChild(ctx: Context, input: StatusChangeInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const cause = need(input.cause, 'input.cause', 'a suspension needs its cause');
    const reason = need(input.reason, 'input.reason', 'a suspension needs the circumstances');
    const dueBackOn = need(input.dueBackOn, 'input.dueBackOn', 'a suspension needs the date the pupil is due back');
    if (dueBackOn <= input.date) throw badInput('input.dueBackOn', 'must be after the date of the suspension');
    if (dueBackOn.getTime() - input.date.getTime() > 366 * 86400000) throw badInput('input.dueBackOn', 'a suspension lasts at most one year');
    const { event, next } = await record(ctx, w, l, { type: 'SUSPEND', schoolId: l.state.schoolId, date: input.date, cause, reason, evidenceRef, dueBackOn });
    return { enrollment: await writeBack(ctx, w, l, next), event, dropoutCaseId: null, transferId: null };
  });
}

export function resumeChild(ctx: Context, input: StatusChangeInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const { event, next } = await record(ctx, w, l, { type: 'RESUME', schoolId: l.state.schoolId, date: input.date, evidenceRef, reason: input.reason ?? null });
    // A resumed pupil is no longer a suspected dropout for an overdue suspension.
    await w.tx.suspectedDropout.updateMany({
      where: { childId: l.child.id, status: 'OPEN', source: 'SUSPENSION_OVERDUE' },
      data: { status: 'CLEARED', resolvedOn: input.date, resolution: 'resumed', version: { increment: 1 } },
    });
    return { enrollment: await writeBack(ctx, w, l, next), event, dropoutCaseId: null, transferId: null };
  });
}

/** plan R2.4: a dropout is recorded with its cause and papers, opens its case and is reported at once. */
export function recordDropout(ctx: Context, input: StatusChangeInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    const school = await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const cause = need(input.cause, 'input.cause', 'a dropout needs its cause');
    const reason = need(input.reason, 'input.reason', 'a dropout needs the circumstances');
    if (await pendingTransfer(w, l.child.id)) {
      throw new HubError('CONFLICT', 'a transfer of this pupil is pending: the receiving school must accept or reject it first');
    }
    const { event, next } = await record(ctx, w, l, { type: 'DROPOUT', schoolId: school.id, date: input.date, cause, reason, evidenceRef });
    const enrollment = await writeBack(ctx, w, l, next);
    const caseId = await openDropoutCase(ctx, w, { child: l.child, school, classTeacherName: (enrollment as { classTeacherName?: string | null }).classTeacherName ?? null, date: input.date, cause, reason, source: 'SCHOOL_REPORT' });
    return { enrollment, event, dropoutCaseId: caseId, transferId: null };
  });
}

export function recordReturn(ctx: Context, input: StatusChangeInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    const school = await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const { event, next } = await record(ctx, w, l, { type: 'RETURN', schoolId: school.id, date: input.date, evidenceRef, reason: input.reason ?? null });
    const open = await w.tx.dropoutCase.findFirst({ where: { childId: l.child.id, status: { in: ['OPEN', 'PERSUADING', 'LEGAL_ACTION'] } }, orderBy: { detectedOn: 'desc' } });
    if (open) {
      // Back at school; struck off (销号) only after attending the required days (casework).
      await w.tx.dropoutCase.update({ where: { id: open.id }, data: { status: 'RETURNED', returnedOn: input.date, version: { increment: 1 } } });
      w.outbox({ type: 'CHILD_RETURNED', childId: l.child.id, townshipCode: school.townshipCode, schoolId: school.id, payload: { caseId: open.id, date: input.date.toISOString().slice(0, 10) } });
    }
    return { enrollment: await writeBack(ctx, w, l, next), event, dropoutCaseId: open?.id ?? null, transferId: null };
  });
}

export function graduateChild(ctx: Context, input: StatusChangeInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    const school = await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const { event, next } = await record(ctx, w, l, { type: 'GRADUATE', schoolId: school.id, date: input.date, evidenceRef: input.evidenceRef?.trim() || null });
    return { enrollment: await writeBack(ctx, w, l, next), event, dropoutCaseId: null, transferId: null };
  });
}

/** The sending school asks; the child stays enrolled at it until the receiving school accepts (plan R2.1). */
export function requestTransfer(ctx: Context, input: TransferRequestInput) {
  return mutate(ctx, async (w) => {
    const l = await load(ctx, w, input.childId);
    checkVersion(l, input.version);
    if (l.state.status !== 'ENROLLED') throw new HubError('CONFLICT', `only an enrolled pupil can transfer; the pupil is ${l.state.status.toLowerCase()}`);
    const from = await assertActsAt(ctx, w, l.state.schoolId, 'input.childId');
    assertUuid('input.toSchoolId', input.toSchoolId);
    const to = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: input.toSchoolId }] } });
    if (!to) throw badInput('input.toSchoolId', 'no such school in this county');
    if (to.id === from.id) throw badInput('input.toSchoolId', 'is the school the pupil is at');
    checkDate(ctx, 'input.date', input.date, l.lastDate);
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const reason = need(input.reason, 'input.reason', 'a transfer needs its reason');
    if (await pendingTransfer(w, l.child.id)) throw new HubError('CONFLICT', 'a transfer of this pupil is already pending');
    const t = await w.tx.transferRequest.create({
      data: { countyCode: ctx.repo.scope.countyCode, childId: l.child.id, fromSchoolId: from.id, toSchoolId: to.id, requestedOn: input.date, reason: `${reason} [${evidenceRef}]` },
    });
    w.outbox({ type: 'TRANSFER_REQUESTED', childId: l.child.id, townshipCode: to.townshipCode, schoolId: to.id, payload: { transferId: t.id, fromSchoolId: from.id } });
    const enrollment = await w.tx.enrollment.findUniqueOrThrow({ where: { id: l.enrollment.id } });
    return { enrollment, event: null, dropoutCaseId: null, transferId: t.id };
  });
}

async function loadTransfer(ctx: Context, w: Work, transferId: string) {
  assertUuid('input.transferId', transferId);
  const t = await w.tx.transferRequest.findFirst({ where: { id: transferId, child: ctx.repo.scope.child }, include: { toSchool: true } });
  if (!t) throw notFound('transfer request');
  if (t.status !== 'REQUESTED') throw new HubError('CONFLICT', `the transfer request is already ${t.status.toLowerCase()}`);
  if (!actsAtSchool(ctx.viewer, t.toSchool.code)) {
    throw new HubError('FORBIDDEN', 'only the receiving school decides a transfer request');
  }
  return t;
}

/** The receiving school accepts: TRANSFER_OUT at the old school and TRANSFER_IN at the new one, in one transaction. */
export function acceptTransfer(ctx: Context, input: TransferDecisionInput) {
  return mutate(ctx, async (w) => {
    const t = await loadTransfer(ctx, w, input.transferId);
    const l = await load(ctx, w, t.childId);
    if (l.state.status !== 'ENROLLED' || l.state.schoolId !== t.fromSchoolId) {
      throw new HubError('CONFLICT', 'the pupil is no longer enrolled at the sending school');
    }
    checkDate(ctx, 'input.date', input.date, l.lastDate && l.lastDate > t.requestedOn ? l.lastDate : t.requestedOn);
    const out = await record(ctx, w, l, { type: 'TRANSFER_OUT', schoolId: t.fromSchoolId, date: input.date, evidenceRef: t.reason ?? null });
    const l2 = { ...l, state: out.next };
    const inn = await record(ctx, w, l2, { type: 'TRANSFER_IN', schoolId: t.toSchoolId, date: input.date, evidenceRef: t.reason ?? null });
    const decided = await w.tx.transferRequest.updateMany({ where: { id: t.id, version: t.version, status: 'REQUESTED' }, data: { status: 'ACCEPTED', decidedOn: input.date, version: { increment: 1 } } });
    if (decided.count !== 1) throw new HubError('CONFLICT', 'the transfer request was decided at the same time');
    const enrollment = await writeBack(ctx, w, l, inn.next, input.className ?? null);
    w.outbox({ type: 'TRANSFER_ACCEPTED', childId: l.child.id, townshipCode: t.toSchool.townshipCode, schoolId: t.toSchoolId, payload: { transferId: t.id } });
    return { enrollment, event: inn.event, dropoutCaseId: null, transferId: t.id };
  });
}

export function rejectTransfer(ctx: Context, input: TransferDecisionInput) {
  return mutate(ctx, async (w) => {
    const t = await loadTransfer(ctx, w, input.transferId);
    const reason = need(input.reason, 'input.reason', 'a rejection needs its reason');
    const l = await load(ctx, w, t.childId);
    const decided = await w.tx.transferRequest.updateMany({
      where: { id: t.id, version: t.version, status: 'REQUESTED' },
      data: { status: 'REJECTED', decidedOn: input.date, reason: `${t.reason ?? ''} / rejected: ${reason}`, version: { increment: 1 } },
    });
    if (decided.count !== 1) throw new HubError('CONFLICT', 'the transfer request was decided at the same time');
    const enrollment = await w.tx.enrollment.findUniqueOrThrow({ where: { id: l.enrollment.id } });
    return { enrollment, event: null, dropoutCaseId: null, transferId: t.id };
  });
}

/** plan S2: a wrong event is never edited; a CORRECTION names it and the status is replayed without it. */
export function correctStatusEvent(ctx: Context, input: CorrectionInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.eventId', input.eventId);
    const target = await w.tx.statusEvent.findFirst({ where: { id: input.eventId, child: ctx.repo.scope.child } });
    if (!target) throw notFound('status event');
    if (target.type === 'CORRECTION') throw badInput('input.eventId', 'a correction cannot itself be corrected; record the right event instead');
    const already = await w.tx.statusEvent.findFirst({ where: { correctsEventId: target.id } });
    if (already) throw new HubError('CONFLICT', 'this event is already corrected');
    const l = await load(ctx, w, target.childId);
    checkVersion(l, input.version);
    if (target.schoolId) await assertActsAt(ctx, w, target.schoolId, 'input.eventId');
    const reason = need(input.reason, 'input.reason', 'say what was wrong');
    const evidenceRef = checkEvidence('input.evidenceRef', input.evidenceRef);
    const events = await w.tx.statusEvent.findMany({ where: { countyCode: l.enrollment.countyCode, enrollmentId: l.enrollment.id }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
    let next: ReplayState;
    try {
      next = replay([...events, { id: 'pending', type: 'CORRECTION', schoolId: null, grade: null, occurredOn: ctx.calendar.today, correctsEventId: target.id }]);
    } catch (err) {
      if (err instanceof TransitionError) throw new HubError('CONFLICT', `without that event the history would be impossible (${err.message}); correct the later events first`);
      throw err;
    }
    const { event } = await record(ctx, w, l, { type: 'CORRECTION', schoolId: target.schoolId, date: ctx.calendar.today, reason, evidenceRef, correctsEventId: target.id });
    return { enrollment: await writeBack(ctx, w, l, next), event, dropoutCaseId: null, transferId: null };
  });
}
