import { actsAtSchool } from '../../access/row-scope';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import { addDays, isoDate, isSchoolDay, previousSchoolDay } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import type { DailyAbsencesInput, FollowUpInput, LeaveInput } from './attendance.types';

/**
 * The leave and absence ledger (请假、缺勤登记台账, plan R2.4): a school
 * records each day's absences in bulk; leave recorded beforehand turns an
 * absence into excused leave; an unexcused absence opens a same-day
 * follow-up for the class teacher; N consecutive unexcused school days put
 * the pupil on the suspected-dropout ledger and notify the township and the
 * education bureau at once.
 */

async function ownSchool(ctx: Context, w: Work, schoolId: string, field: string) {
  assertUuid(field, schoolId);
  const school = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput(field, 'no such school in this county');
  if (!actsAtSchool(ctx.viewer, school.code)) {
    throw new HubError('FORBIDDEN', 'a school keeps the attendance ledger of its own pupils only');
  }
  return school;
}

export function recordDailyAbsences(ctx: Context, input: DailyAbsencesInput) {
  return mutate(ctx, async (w) => {
    const school = await ownSchool(ctx, w, input.schoolId, 'input.schoolId');
    if (input.date > ctx.calendar.today) throw badInput('input.date', 'must not be in the future');
    if (!isSchoolDay(input.date)) throw badInput('input.date', 'is not a school day');
    if (input.date < addDays(ctx.calendar.today, -31)) throw badInput('input.date', 'is more than a month ago: correct old entries through the education bureau');
    if (input.entries.length > 2000) throw badInput('input.entries', 'at most 2,000 entries a day');
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      assertUuid(`input.entries[${i}].childId`, e.childId);
      if (seen.has(e.childId)) throw badInput(`input.entries[${i}].childId`, 'appears twice');
      seen.add(e.childId);
      if (e.kind === 'EXCUSED_LEAVE') throw badInput(`input.entries[${i}].kind`, 'leave is recorded beforehand (recordLeave), not in the absence register');
    });
    const ids = [...seen];
    const pupils = await w.tx.enrollment.findMany({
      where: { childId: { in: ids }, schoolId: school.id, status: { in: ['ENROLLED', 'SUSPENDED'] }, child: ctx.repo.scope.child },
      select: { childId: true },
    });
    const enrolled = new Set(pupils.map((p) => p.childId));
    input.entries.forEach((e, i) => {
      if (!enrolled.has(e.childId)) throw badInput(`input.entries[${i}].childId`, 'is not a pupil of this school');
    });
    const leaves = await w.tx.leaveRequest.findMany({
      where: { childId: { in: ids }, status: 'APPROVED', fromDate: { lte: input.date }, toDate: { gte: input.date } },
    });
    const leaveOf = new Map(leaves.map((l) => [l.childId, l.id]));
    const entries = [];
    let followUpsDue = 0;
    for (const e of input.entries) {
      w.touched(e.childId);
      const leaveId = e.kind === 'UNEXCUSED_ABSENCE' ? leaveOf.get(e.childId) : undefined;
      const kind = leaveId ? 'EXCUSED_LEAVE' : e.kind;
      const followUpOutcome = kind === 'UNEXCUSED_ABSENCE' ? 'PENDING' : null;
      if (followUpOutcome) followUpsDue++;
      entries.push(
        await w.tx.attendanceRecord.upsert({
          where: { childId_date: { childId: e.childId, date: input.date } },
          create: {
            countyCode: ctx.repo.scope.countyCode,
            childId: e.childId,
            schoolId: school.id,
            date: input.date,
            kind,
            leaveRequestId: leaveId ?? null,
            note: e.note ?? null,
            followUpOutcome,
            recordedBy: ctx.viewer.subject,
          },
          update: { kind, leaveRequestId: leaveId ?? null, note: e.note ?? null, version: { increment: 1 } },
        }),
      );
    }
    const newSuspected: string[] = [];
    for (const e of entries) {
      if (e.kind !== 'UNEXCUSED_ABSENCE') continue;
      const start = await streakStart(w, e.childId, input.date, ctx.rules.absenceStreakDays);
      if (!start) continue;
      const created = await putOnSuspectedLedger(ctx, w, {
        childId: e.childId,
        source: 'ABSENCE_STREAK',
        sourceRef: `${e.childId}:${isoDate(start)}`,
        detectedOn: input.date,
        detail: `${ctx.rules.absenceStreakDays}+ consecutive school days absent without leave since ${isoDate(start)} (连续无故缺勤)`,
        townshipCode: school.townshipCode,
        schoolId: school.id,
      });
      if (created) newSuspected.push(e.childId);
    }
    return { entries, followUpsDue, newSuspected };
  });
}

/** First day of the streak of unexcused school days ending on `date`, if it is at least n long. */
async function streakStart(w: Work, childId: string, date: Date, n: number): Promise<Date | null> {
  const rows = await w.tx.attendanceRecord.findMany({
    where: { childId, date: { gte: addDays(date, -(n * 2 + 10)), lte: date } },
    select: { date: true, kind: true },
  });
  const unexcused = new Set(rows.filter((r) => r.kind === 'UNEXCUSED_ABSENCE').map((r) => isoDate(r.date)));
  let day = date;
  let count = 0;
  let first = date;
  while (unexcused.has(isoDate(day))) {
    count++;
    first = day;
    day = previousSchoolDay(day);
  }
  return count >= n ? first : null;
}

/**
 * Adds an entry to the suspected-dropout ledger (疑似辍学台账) unless the same
 * source record is already there (idempotent) or the child already has an
 * open case; announces it through the outbox. Returns whether it was added.
 */
export async function putOnSuspectedLedger(
  ctx: Context,
  w: Work,
  e: { childId: string; source: 'ABSENCE_STREAK' | 'ABSENCE_RATE' | 'SUSPENSION_OVERDUE' | 'CENSUS_NOT_ENROLLED' | 'CROSS_CHECK' | 'LABOR_FINDING'; sourceRef: string; detectedOn: Date; detail: string; townshipCode: string | null; schoolId: string | null },
): Promise<boolean> {
  const openCase = await w.tx.dropoutCase.findFirst({ where: { childId: e.childId, status: { in: ['OPEN', 'PERSUADING', 'LEGAL_ACTION'] } } });
  if (openCase) return false;
  const exists = await w.tx.suspectedDropout.findUnique({ where: { source_sourceRef: { source: e.source, sourceRef: e.sourceRef } } });
  if (exists) return false;
  const row = await w.tx.suspectedDropout.create({
    data: { countyCode: ctx.repo.scope.countyCode, childId: e.childId, source: e.source, sourceRef: e.sourceRef, detectedOn: e.detectedOn, detail: e.detail },
  });
  w.touched(e.childId);
  w.outbox({
    type: 'SUSPECTED_DROPOUT',
    childId: e.childId,
    townshipCode: e.townshipCode,
    schoolId: e.schoolId,
    payload: { suspectedId: row.id, source: e.source, detail: e.detail, date: isoDate(e.detectedOn) },
  });
  return true;
}

/** plan R2.4: leave is asked for and recorded before it is taken. */
export function recordLeave(ctx: Context, input: LeaveInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.childId', input.childId);
    const e = await w.tx.enrollment.findFirst({ where: { childId: input.childId, child: ctx.repo.scope.child }, include: { school: true } });
    if (!e) throw notFound('child');
    if (!e.school || e.status !== 'ENROLLED') throw new HubError('CONFLICT', 'only an enrolled pupil takes leave');
    await ownSchool(ctx, w, e.school.id, 'input.childId');
    if (input.fromDate < ctx.calendar.today) throw badInput('input.fromDate', 'leave is recorded before it is taken (plan R2.4): an absence already past is unexcused');
    if (input.toDate < input.fromDate) throw badInput('input.toDate', 'must not be before fromDate');
    if (input.toDate.getTime() - input.fromDate.getTime() > 30 * 86400000) throw badInput('input.toDate', 'leave longer than 30 days is a suspension (休学)');
    if (input.reason.trim().length < 2) throw badInput('input.reason', 'say why');
    w.touched(input.childId);
    return w.tx.leaveRequest.create({
      data: { countyCode: ctx.repo.scope.countyCode, childId: input.childId, fromDate: input.fromDate, toDate: input.toDate, reason: input.reason.trim(), status: 'APPROVED', approvedBy: ctx.viewer.subject },
    });
  });
}

/** The class teacher records the same-day follow-up with the guardian (plan R2.4). */
export function recordFollowUp(ctx: Context, input: FollowUpInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.attendanceId', input.attendanceId);
    const a = await w.tx.attendanceRecord.findFirst({ where: { id: input.attendanceId, child: ctx.repo.scope.child } });
    if (!a) throw notFound('attendance entry');
    await ownSchool(ctx, w, a.schoolId, 'input.attendanceId');
    if (a.kind !== 'UNEXCUSED_ABSENCE') throw new HubError('CONFLICT', 'only an unexcused absence is followed up');
    if (input.outcome === 'PENDING') throw badInput('input.outcome', 'record what came of the contact');
    const updated = await w.tx.attendanceRecord.updateMany({
      where: { id: a.id, date: a.date, version: input.version },
      data: { followUpOutcome: input.outcome, followUpNote: input.note ?? null, followedUpAt: new Date(), followedUpBy: ctx.viewer.subject, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the entry changed since you read it: read it again');
    w.touched(a.childId);
    return w.tx.attendanceRecord.findUniqueOrThrow({ where: { id_date: { id: a.id, date: a.date } } });
  });
}

/** Unexcused absences still waiting for their follow-up, oldest first (the class teachers' list). */
export async function pendingFollowUps(ctx: Context, schoolId: string) {
  assertUuid('schoolId', schoolId);
  const school = await ctx.repo.database.prisma.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput('schoolId', 'no such school in this county');
  if (!actsAtSchool(ctx.viewer, school.code)) throw new HubError('FORBIDDEN', 'a school sees its own ledger only');
  const rows = await ctx.repo.database.prisma.attendanceRecord.findMany({
    where: { schoolId, followUpOutcome: 'PENDING', child: ctx.repo.scope.child },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  for (const r of rows) ctx.audit.childIds.add(r.childId);
  return rows;
}
