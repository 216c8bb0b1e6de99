import { townshipOf } from '../../lib/division-code';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { CaseStatus, Prisma } from '../../generated/prisma/client';
import { addDays, isoDate, schoolDaysBetween } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import { putOnSuspectedLedger } from '../attendance';
import type { CaseTransitionInput, ClearSuspectInput, PersuasionVisitInput } from './casework.types';

/**
 * Return-to-school casework (plan R1.2, R1.3) and the monitoring that feeds
 * it (plan R2.4): persuasion visits, the allowed transitions of a case
 * (OPEN → PERSUADING → RETURNED | ALTERNATIVE_PLACEMENT | LEGAL_ACTION → CLOSED),
 * escalation of overdue cases one level up, and strike-off (销号) only on
 * evidence: attended school days after the return, or a confirmed placement.
 */

const ACTIVE: CaseStatus[] = ['OPEN', 'PERSUADING', 'LEGAL_ACTION'];

/** Allowed explicit transitions (RETURNED is reached by recording the return to school). */
const ALLOWED: Partial<Record<CaseStatus, CaseStatus[]>> = {
  OPEN: ['LEGAL_ACTION', 'ALTERNATIVE_PLACEMENT'],
  PERSUADING: ['ALTERNATIVE_PLACEMENT', 'LEGAL_ACTION'],
  LEGAL_ACTION: ['ALTERNATIVE_PLACEMENT'],
  RETURNED: ['CLOSED'],
  ALTERNATIVE_PLACEMENT: ['CLOSED'],
};

async function loadCase(ctx: Context, w: Work, caseId: string) {
  assertUuid('input.caseId', caseId);
  const c = await w.tx.dropoutCase.findFirst({
    where: { AND: [{ id: caseId, child: ctx.repo.scope.child }, ctx.repo.scope.dropoutCase] },
    include: { child: { select: { id: true, villageCode: true } } },
  });
  if (!c) throw notFound('dropout case');
  w.touched(c.childId);
  return c;
}

export function recordPersuasionVisit(ctx: Context, input: PersuasionVisitInput) {
  return mutate(ctx, async (w) => {
    const c = await loadCase(ctx, w, input.caseId);
    if (!ACTIVE.includes(c.status)) throw new HubError('CONFLICT', `the case is ${c.status.toLowerCase()}: no more visits`);
    if (input.visitedOn > ctx.calendar.today) throw badInput('input.visitedOn', 'must not be in the future');
    if (input.visitedOn < c.detectedOn) throw badInput('input.visitedOn', 'must not be before the dropout was detected');
    const visitors = input.visitors.map((v) => v.trim()).filter((v) => v.length > 0);
    if (visitors.length === 0) throw badInput('input.visitors', 'name who visited');
    if (input.nextVisitOn && input.nextVisitOn <= input.visitedOn) throw badInput('input.nextVisitOn', 'must be after the visit');
    const visit = await w.tx.persuasionVisit.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        caseId: c.id,
        visitedOn: input.visitedOn,
        visitors,
        outcome: input.outcome,
        notes: input.notes ?? null,
        nextStep: input.nextStep ?? null,
        nextVisitOn: input.nextVisitOn ?? null,
        recordedBy: ctx.viewer.subject,
      },
    });
    if (c.status === 'OPEN') {
      await w.tx.dropoutCase.update({ where: { id: c.id }, data: { status: 'PERSUADING', version: { increment: 1 } } });
    }
    return visit;
  });
}

/** School days the child attended from `from` to today (no absence or leave recorded). */
async function attendedSchoolDays(ctx: Context, w: Work, childId: string, from: Date): Promise<number> {
  const days = schoolDaysBetween(from, ctx.calendar.today);
  const absent = await w.tx.attendanceRecord.count({
    where: { childId, date: { gte: from, lte: ctx.calendar.today }, kind: { in: ['UNEXCUSED_ABSENCE', 'EXCUSED_LEAVE'] } },
  });
  return days.length - absent;
}

export function transitionCase(ctx: Context, input: CaseTransitionInput) {
  return mutate(ctx, async (w) => {
    const c = await loadCase(ctx, w, input.caseId);
    if (c.version !== input.version) throw new HubError('CONFLICT', `the case changed since you read it (version ${c.version}): read it again`);
    if (!(ALLOWED[c.status] ?? []).includes(input.to)) {
      throw new HubError('CONFLICT', `a case cannot go from ${c.status} to ${input.to}`);
    }
    const data: Prisma.DropoutCaseUpdateInput = { status: input.to, version: { increment: 1 } };
    if (input.to === 'ALTERNATIVE_PLACEMENT') {
      const plan = input.alternativePlan?.trim();
      if (!plan) throw badInput('input.alternativePlan', 'name the alternative placement (e.g. vocational school, special education)');
      data.alternativePlan = plan;
    }
    if (input.to === 'LEGAL_ACTION') {
      // plan R1.4: the judiciary acts on cases where persuasion failed.
      const visits = await w.tx.persuasionVisit.count({ where: { caseId: c.id } });
      if (visits === 0) throw new HubError('CONFLICT', 'escalate to legal action only after at least one persuasion visit');
      data.escalatedAt = new Date();
      w.outbox({ type: 'CASE_TO_JUDICIARY', childId: c.childId, townshipCode: townshipOf(c.child.villageCode), payload: { caseId: c.id } });
    }
    if (input.to === 'CLOSED') {
      // 销号: evidence, not a checkbox.
      if (c.status === 'RETURNED') {
        const enrollment = await w.tx.enrollment.findUnique({ where: { childId: c.childId } });
        if (enrollment?.status !== 'ENROLLED') throw new HubError('CONFLICT', 'the child is not enrolled: the case cannot be struck off');
        const attended = await attendedSchoolDays(ctx, w, c.childId, c.returnedOn ?? ctx.calendar.today);
        if (attended < ctx.rules.strikeOffAttendedDays) {
          throw new HubError('CONFLICT', `struck off only after ${ctx.rules.strikeOffAttendedDays} school days attended since the return; attended ${attended}`);
        }
      } else {
        const evidence = input.evidenceRef?.trim();
        if (!evidence || evidence.length < 4) throw badInput('input.evidenceRef', 'give the document confirming the alternative placement');
        data.alternativePlan = `${c.alternativePlan ?? ''} [confirmed: ${evidence}]`;
      }
      data.closedOn = ctx.calendar.today;
      w.outbox({ type: 'CASE_CLOSED', childId: c.childId, townshipCode: townshipOf(c.child.villageCode), payload: { caseId: c.id } });
    }
    const updated = await w.tx.dropoutCase.updateMany({ where: { id: c.id, version: c.version }, data: data as Prisma.DropoutCaseUpdateManyMutationInput });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the case changed at the same time: read it again');
    return w.tx.dropoutCase.findUniqueOrThrow({ where: { id: c.id } });
  });
}

export function clearSuspect(ctx: Context, input: ClearSuspectInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.id', input.id);
    const s = await w.tx.suspectedDropout.findFirst({ where: { id: input.id, countyCode: ctx.repo.scope.countyCode } });
    if (!s) throw notFound('suspected-dropout entry');
    const visible = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: s.childId }] }, select: { id: true } });
    if (!visible) throw notFound('suspected-dropout entry');
    if (s.status !== 'OPEN') throw new HubError('CONFLICT', `the entry is already ${s.status.toLowerCase()}`);
    if (input.resolution.trim().length < 4) throw badInput('input.resolution', 'say what the check found');
    const updated = await w.tx.suspectedDropout.updateMany({
      where: { id: s.id, version: input.version },
      data: { status: 'CLEARED', resolvedOn: ctx.calendar.today, resolution: input.resolution.trim(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the entry changed since you read it');
    w.touched(s.childId);
    return w.tx.suspectedDropout.findUniqueOrThrow({ where: { id: s.id } });
  });
}

/**
 * The daily monitoring run (plan R2.4, R1.3), idempotent: suspensions past
 * their due-back date go on the suspected ledger; cases with no visit past
 * their deadline are escalated one level up (school → township → county)
 * per overdue period.
 */
export function runMonitoring(ctx: Context) {
  return mutate(ctx, async (w) => {
    const today = ctx.calendar.today;
    const suspended = await w.tx.enrollment.findMany({
      where: { status: 'SUSPENDED', child: ctx.repo.scope.child },
      select: { childId: true, school: { select: { id: true, townshipCode: true } } },
    });
    // The latest suspension of each, in one statement (not one per suspended child).
    const suspensions = await w.tx.statusEvent.findMany({
      where: { countyCode: ctx.repo.scope.countyCode, childId: { in: suspended.map((e) => e.childId) }, type: 'SUSPEND' },
      orderBy: [{ childId: 'asc' }, { occurredOn: 'desc' }, { recordedAt: 'desc' }],
      select: { id: true, childId: true, dueBackOn: true },
    });
    const latest = new Map<string, (typeof suspensions)[number]>();
    for (const s of suspensions) if (!latest.has(s.childId)) latest.set(s.childId, s);
    let overdueSuspensions = 0;
    for (const e of suspended) {
      const last = latest.get(e.childId);
      if (!last?.dueBackOn || last.dueBackOn >= today) continue;
      const added = await putOnSuspectedLedger(ctx, w, {
        childId: e.childId,
        source: 'SUSPENSION_OVERDUE',
        sourceRef: last.id,
        detectedOn: today,
        detail: `suspended, due back ${isoDate(last.dueBackOn)}, not resumed (休学逾期未复学)`,
        townshipCode: e.school?.townshipCode ?? null,
        schoolId: e.school?.id ?? null,
      });
      if (added) overdueSuspensions++;
    }
    const overdue = await w.tx.dropoutCase.findMany({
      where: { status: 'OPEN', firstVisitDueOn: { lt: today }, visits: { none: {} }, child: ctx.repo.scope.child, escalationLevel: { lt: 2 } },
      include: { child: { select: { villageCode: true } } },
    });
    let escalatedCases = 0;
    for (const c of overdue) {
      const periods = Math.floor((today.getTime() - c.firstVisitDueOn.getTime()) / (ctx.rules.firstVisitDays * 86400000)) + 1;
      const level = Math.min(2, periods);
      if (level <= c.escalationLevel) continue;
      await w.tx.dropoutCase.update({ where: { id: c.id }, data: { escalationLevel: level, escalatedAt: new Date(), version: { increment: 1 } } });
      w.touched(c.childId);
      w.outbox({ type: 'CASE_ESCALATED', childId: c.childId, townshipCode: townshipOf(c.child.villageCode), payload: { caseId: c.id, level } });
      escalatedCases++;
    }
    return { overdueSuspensions, escalatedCases };
  });
}

// ── ledgers (台账) ──

/**
 * Keyset paging of a ledger ordered newest first (detectedOn desc, id asc):
 * the rows after the entry `after` (the last id of the previous page).
 */
async function afterEntry(after: string | null, find: (id: string) => Promise<{ id: string; detectedOn: Date } | null>) {
  if (after === null) return {};
  assertUuid('after', after);
  const last = await find(after);
  if (!last) throw badInput('after', 'no such entry in this ledger');
  return { OR: [{ detectedOn: { lt: last.detectedOn } }, { detectedOn: last.detectedOn, id: { gt: last.id } }] };
}

export async function suspectedLedger(ctx: Context, f: { status: string | null; townshipCode: string | null; first: number; after?: string | null }) {
  if (f.first < 1 || f.first > 500) throw badInput('first', 'must be between 1 and 500');
  if (f.townshipCode !== null && !/^[0-9]{12}$/.test(f.townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  const child: Prisma.ChildWhereInput = f.townshipCode ? { AND: [ctx.repo.scope.child, { village: { parentCode: f.townshipCode } }] } : ctx.repo.scope.child;
  const prisma = ctx.repo.database.prisma;
  const page = await afterEntry(f.after ?? null, (id) => prisma.suspectedDropout.findFirst({ where: { id, countyCode: ctx.repo.scope.countyCode, child: ctx.repo.scope.child }, select: { id: true, detectedOn: true } }));
  const rows = await prisma.suspectedDropout.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, child, ...(f.status ? { status: f.status as 'OPEN' } : {}), ...page },
    orderBy: [{ detectedOn: 'desc' }, { id: 'asc' }],
    take: f.first,
  });
  for (const r of rows) ctx.audit.childIds.add(r.childId);
  return rows;
}

export async function caseLedger(ctx: Context, f: { status: CaseStatus | null; overdueOnly: boolean; townshipCode: string | null; first: number; after?: string | null }) {
  if (f.first < 1 || f.first > 500) throw badInput('first', 'must be between 1 and 500');
  if (f.townshipCode !== null && !/^[0-9]{12}$/.test(f.townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  const prisma = ctx.repo.database.prisma;
  const page = await afterEntry(f.after ?? null, (id) => prisma.dropoutCase.findFirst({ where: { AND: [{ id, countyCode: ctx.repo.scope.countyCode, child: ctx.repo.scope.child }, ctx.repo.scope.dropoutCase] }, select: { id: true, detectedOn: true } }));
  const rows = await prisma.dropoutCase.findMany({
    where: {
      AND: [
        page,
        { countyCode: ctx.repo.scope.countyCode, child: f.townshipCode ? { AND: [ctx.repo.scope.child, { village: { parentCode: f.townshipCode } }] } : ctx.repo.scope.child },
        ctx.repo.scope.dropoutCase,
        f.status ? { status: f.status } : {},
        f.overdueOnly ? { status: 'OPEN', firstVisitDueOn: { lt: ctx.calendar.today }, visits: { none: {} } } : {},
      ],
    },
    orderBy: [{ detectedOn: 'desc' }, { id: 'asc' }],
    take: f.first,
  });
  for (const r of rows) ctx.audit.childIds.add(r.childId);
  return rows;
}

export function nextDeadline(c: { firstVisitDueOn: Date }, days: number): Date {
  return addDays(c.firstVisitDueOn, days);
}
