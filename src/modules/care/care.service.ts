import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { CareKind, Prisma } from '../../generated/prisma/client';
import { addDays, isoDate } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import type { AppointSurrogateParentInput, CareContactInput, CounsellingInput, EndCareInput, RegisterCareInput } from './care.inputs';

/**
 * Care against lack of care (关爱控辍, plan R6.1, R6.2).
 *
 * - plan R6.1: townships register every left-behind child (留守儿童普查登记)
 *   living in them; the women's federation registers too (within its row
 *   scope: children already flagged left-behind or in distress). Registering
 *   sets Child.isLeftBehind / Child.inDistress, which boarding priority reads
 *   (plan R5.2, R6.1); ending the last arrangement of a kind clears the flag.
 * - plan R6.2: surrogate parents (代理家长) as a dated role, one at a time;
 *   the family contact log (亲情电话) and counselling sessions (心理辅导),
 *   recorded by any agency that writes CARE (township, school, women's
 *   federation) for children in its row scope.
 */

/** The child's flag a kind of care sets: Child.isLeftBehind (留守) or Child.inDistress (困境). */
function flag(kind: CareKind, value: boolean): Prisma.ChildUpdateManyMutationInput {
  return kind === 'LEFT_BEHIND' ? { isLeftBehind: value } : { inDistress: value };
}

function text(field: string, v: string | null | undefined, max: number): string {
  const t = v?.trim() ?? '';
  if (t === '') throw badInput(field, 'must not be empty');
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t;
}

function optionalText(field: string, v: string | null | undefined, max: number): string | null {
  const t = v?.trim() ?? '';
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t === '' ? null : t;
}

/** An 11-digit mobile number or a landline with its area code. */
function phone(field: string, v: string | null | undefined): string | null {
  const t = v?.replace(/[\s-]/g, '') ?? '';
  if (t === '') return null;
  if (!/^1[3-9][0-9]{9}$/.test(t) && !/^0[0-9]{9,11}$/.test(t)) throw badInput(field, 'must be an 11-digit mobile number or a landline number with its area code');
  return t;
}

function notFuture(ctx: Context, field: string, d: Date): void {
  if (d > ctx.calendar.today) throw badInput(field, 'must not be in the future');
}

/** plan R6.1: the township registers (for children living in it), and the women's federation. */
function assertRegisters(ctx: Context): void {
  const a = ctx.viewer.agency;
  if (a !== 'TOWNSHIP' && a !== 'WOMENS_FEDERATION') {
    throw new HubError('FORBIDDEN', 'left-behind and in-distress children are registered by the township (plan R6.1) or the women\'s federation; schools run the care plan (plan R6.2)');
  }
}

/** The arrangement of a child in the caller's row scope (else NOT_FOUND, as for an id that does not exist), with its surrogates. */
async function loadArrangement(ctx: Context, w: Work, arrangementId: string) {
  assertUuid('input.arrangementId', arrangementId);
  const a = await w.tx.careArrangement.findFirst({
    where: { id: arrangementId, countyCode: ctx.repo.scope.countyCode, child: ctx.repo.scope.child },
    include: { surrogates: { orderBy: [{ fromDate: 'desc' }, { id: 'asc' }] } },
  });
  if (!a) throw notFound('care arrangement');
  w.touched(a.childId);
  return a;
}

function checkVersion(a: { version: number }, version: number): void {
  if (a.version !== version) throw new HubError('CONFLICT', `the care arrangement changed since you read it (version ${a.version}, you sent ${version}): read it again`);
}

/** A log entry's date: within the arrangement's time, and not in the future. */
function withinArrangement(ctx: Context, field: string, d: Date, a: { registeredOn: Date; endedOn: Date | null }): void {
  notFuture(ctx, field, d);
  if (d < a.registeredOn) throw badInput(field, `must not be before the child was registered (${isoDate(a.registeredOn)})`);
  if (a.endedOn && d > a.endedOn) throw badInput(field, `must not be after the care ended (${isoDate(a.endedOn)})`);
}

function withSurrogates(tx: Prisma.TransactionClient, id: string) {
  return tx.careArrangement.findUniqueOrThrow({ where: { id }, include: { surrogates: { orderBy: [{ fromDate: 'desc' }, { id: 'asc' }] } } });
}

/** plan R6.1: registers the child as left-behind or in distress, with the caregiver at home, and sets the child's flag (versioned). */
export function registerCare(ctx: Context, input: RegisterCareInput) {
  return mutate(ctx, async (w) => {
    assertRegisters(ctx);
    assertUuid('input.childId', input.childId);
    const caregiverName = text('input.caregiverName', input.caregiverName, 50);
    const caregiverPhone = phone('input.caregiverPhone', input.caregiverPhone);
    const registeredOn = input.registeredOn ?? ctx.calendar.today;
    notFuture(ctx, 'input.registeredOn', registeredOn);
    const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, include: { village: { select: { parentCode: true } } } });
    if (!child) throw notFound('child');
    w.touched(child.id);
    if (ctx.viewer.agency === 'TOWNSHIP' && child.village.parentCode !== ctx.viewer.townshipCode) {
      throw new HubError('FORBIDDEN', 'a township registers the children living in it (留守儿童普查登记, plan R6.1); the child lives in another township');
    }
    if (child.version !== input.version) throw new HubError('CONFLICT', `the child's record changed since you read it (version ${child.version}, you sent ${input.version}): read it again`);
    const open = await w.tx.careArrangement.findFirst({ where: { childId: child.id, kind: input.kind, endedOn: null }, select: { registeredOn: true } });
    if (open) throw new HubError('CONFLICT', `the child is already registered as ${input.kind === 'LEFT_BEHIND' ? 'left-behind' : 'in distress'} since ${isoDate(open.registeredOn)}`);
    // plan R6.1: the flag boarding priority reads (plan R5.2), changed under the child's version.
    const flagged = await w.tx.child.updateMany({ where: { id: child.id, version: input.version }, data: { ...flag(input.kind, true), version: { increment: 1 } } });
    if (flagged.count !== 1) throw new HubError('CONFLICT', 'the child\'s record changed at the same time: read it again');
    const a = await w.tx.careArrangement.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: child.id,
        kind: input.kind,
        caregiverName,
        caregiverRelation: input.caregiverRelation,
        caregiverPhone,
        registeredOn,
      },
    });
    return withSurrogates(w.tx, a.id);
  });
}

/** plan R6.1: ends the care; the current surrogate's role ends with it, and the child's flag is cleared unless another arrangement of the kind runs. */
export function endCare(ctx: Context, input: EndCareInput) {
  return mutate(ctx, async (w) => {
    assertRegisters(ctx);
    const a = await loadArrangement(ctx, w, input.arrangementId);
    checkVersion(a, input.version);
    if (a.endedOn) throw new HubError('CONFLICT', `the care already ended on ${isoDate(a.endedOn)}`);
    notFuture(ctx, 'input.endedOn', input.endedOn);
    if (input.endedOn < a.registeredOn) throw badInput('input.endedOn', `must not be before the child was registered (${isoDate(a.registeredOn)})`);
    const ended = await w.tx.careArrangement.updateMany({ where: { id: a.id, version: a.version, endedOn: null }, data: { endedOn: input.endedOn, version: { increment: 1 } } });
    if (ended.count !== 1) throw new HubError('CONFLICT', 'the care arrangement changed at the same time: read it again');
    await w.tx.surrogateParent.updateMany({ where: { arrangementId: a.id, toDate: null }, data: { toDate: input.endedOn } });
    const others = await w.tx.careArrangement.count({ where: { childId: a.childId, kind: a.kind, endedOn: null } });
    // plan R6.1: no longer left-behind (or in distress) once no arrangement of the kind runs.
    if (others === 0) await w.tx.child.update({ where: { id: a.childId }, data: { ...flag(a.kind, false), version: { increment: 1 } } });
    return withSurrogates(w.tx, a.id);
  });
}

/** plan R6.2: a new surrogate parent (代理家长); the current one's role ends the day before. */
export function appointSurrogateParent(ctx: Context, input: AppointSurrogateParentInput) {
  return mutate(ctx, async (w) => {
    const a = await loadArrangement(ctx, w, input.arrangementId);
    checkVersion(a, input.version);
    if (a.endedOn) throw new HubError('CONFLICT', `the care ended on ${isoDate(a.endedOn)}: no more surrogate parents`);
    const name = text('input.name', input.name, 50);
    const role = text('input.role', input.role, 50);
    const tel = phone('input.phone', input.phone);
    withinArrangement(ctx, 'input.fromDate', input.fromDate, a);
    const current = a.surrogates.find((s) => s.toDate === null);
    if (current && input.fromDate <= current.fromDate) {
      throw badInput('input.fromDate', `must be after the current surrogate parent's start (${isoDate(current.fromDate)})`);
    }
    // The version check on the arrangement serialises appointments: two at once cannot both end the same role.
    const bumped = await w.tx.careArrangement.updateMany({ where: { id: a.id, version: a.version }, data: { version: { increment: 1 } } });
    if (bumped.count !== 1) throw new HubError('CONFLICT', 'the care arrangement changed at the same time: read it again');
    // plan R6.2: one surrogate parent at a time; the role is dated, never overwritten.
    if (current) await w.tx.surrogateParent.update({ where: { id: current.id }, data: { toDate: addDays(input.fromDate, -1) } });
    await w.tx.surrogateParent.create({ data: { countyCode: a.countyCode, arrangementId: a.id, name, phone: tel, role, fromDate: input.fromDate } });
    return withSurrogates(w.tx, a.id);
  });
}

/** plan R6.2: one entry of the family contact log (亲情电话). */
export function recordCareContact(ctx: Context, input: CareContactInput) {
  return mutate(ctx, async (w) => {
    const a = await loadArrangement(ctx, w, input.arrangementId);
    withinArrangement(ctx, 'input.contactedOn', input.contactedOn, a);
    const withWhom = text('input.withWhom', input.withWhom, 100);
    if (input.minutes != null && (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 600)) throw badInput('input.minutes', 'must be between 1 and 600');
    return w.tx.careContact.create({
      data: {
        countyCode: a.countyCode,
        arrangementId: a.id,
        contactedOn: input.contactedOn,
        kind: input.kind,
        withWhom,
        minutes: input.minutes ?? null,
        notes: optionalText('input.notes', input.notes, 2000),
      },
    });
  });
}

/** plan R6.2: one psychological counselling session (心理辅导). */
export function recordCounselling(ctx: Context, input: CounsellingInput) {
  return mutate(ctx, async (w) => {
    const a = await loadArrangement(ctx, w, input.arrangementId);
    withinArrangement(ctx, 'input.heldOn', input.heldOn, a);
    return w.tx.counsellingSession.create({
      data: {
        countyCode: a.countyCode,
        arrangementId: a.id,
        heldOn: input.heldOn,
        counsellor: text('input.counsellor', input.counsellor, 50),
        notes: optionalText('input.notes', input.notes, 4000),
      },
    });
  });
}

/** The care register (留守儿童/困境儿童台账, plan R6.1) within the caller's row scope, newest first. */
export async function careRegister(ctx: Context, f: { first: number; kind: CareKind | null; townshipCode: string | null; includeEnded: boolean }) {
  if (!Number.isInteger(f.first) || f.first < 1 || f.first > 500) throw badInput('first', 'must be between 1 and 500');
  if (f.townshipCode !== null && !/^[0-9]{12}$/.test(f.townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  const child: Prisma.ChildWhereInput = f.townshipCode ? { AND: [ctx.repo.scope.child, { village: { parentCode: f.townshipCode } }] } : ctx.repo.scope.child;
  const rows = await ctx.repo.database.prisma.careArrangement.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, child, ...(f.kind ? { kind: f.kind } : {}), ...(f.includeEnded ? {} : { endedOn: null }) },
    include: { surrogates: { orderBy: [{ fromDate: 'desc' }, { id: 'asc' }] } },
    orderBy: [{ registeredOn: 'desc' }, { id: 'asc' }],
    take: f.first,
  });
  for (const r of rows) ctx.audit.childIds.add(r.childId);
  return rows;
}
