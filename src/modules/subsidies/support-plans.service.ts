import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { AgencyKind, Prisma } from '../../generated/prisma/client';
import { isoDate } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import type { SupportPlanInput, SupportPlanUpdateInput } from './support-plans.types';

/**
 * "One family one plan, one student one plan" (一家一案、一生一案, plan R4.2):
 * at most one plan per household and one per child, created once and then
 * revised under its version (stale → CONFLICT). A household or child outside
 * the caller's row scope answers NOT_FOUND, like one that does not exist.
 */

const MAX_MEASURES = 20;
const RESPONSIBLE_KINDS: readonly AgencyKind[] = [
  'EDUCATION_BUREAU',
  'CIVIL_AFFAIRS',
  'HUMAN_RESOURCES_SOCIAL_SECURITY',
  'JUDICIARY',
  'WOMENS_FEDERATION',
  'DISABLED_PERSONS_FEDERATION',
  'POVERTY_ALLEVIATION_OFFICE',
  'TOWNSHIP',
  'SCHOOL',
];

function measuresOf(list: readonly string[], field: string): string[] {
  if (list.length === 0) throw badInput(field, 'name at least one measure (帮扶措施)');
  if (list.length > MAX_MEASURES) throw badInput(field, `at most ${MAX_MEASURES} measures`);
  const out: string[] = [];
  list.forEach((m, i) => {
    const t = m.trim();
    if (t === '') throw badInput(`${field}[${i}]`, 'must not be empty');
    if (t.length > 200) throw badInput(`${field}[${i}]`, 'must be at most 200 characters');
    if (!out.includes(t)) out.push(t);
  });
  return out;
}

function responsibleNameOf(v: string, field: string): string {
  const t = v.trim();
  if (t.length < 2) throw badInput(field, 'name the responsible person (帮扶责任人)');
  if (t.length > 100) throw badInput(field, 'must be at most 100 characters');
  return t;
}

function responsibleKindOf(v: AgencyKind, field: string): AgencyKind {
  if (!RESPONSIBLE_KINDS.includes(v)) throw badInput(field, 'must be a department that carries out measures');
  return v;
}

/** Serialises plan creation per household / child (no database constraint says "one plan"). */
async function lock(w: Work, key: string): Promise<void> {
  await w.tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `support-plan:${key}`);
}

export function createSupportPlan(ctx: Context, input: SupportPlanInput) {
  return mutate(ctx, async (w) => {
    const hasHousehold = input.householdId !== null && input.householdId !== undefined;
    const hasChild = input.childId !== null && input.childId !== undefined;
    if (hasHousehold === hasChild) throw badInput('input.householdId', 'give exactly one of householdId (一家一案) and childId (一生一案)');
    const measures = measuresOf(input.measures, 'input.measures');
    const responsibleName = responsibleNameOf(input.responsibleName, 'input.responsibleName');
    const responsibleAgencyKind = responsibleKindOf(input.responsibleAgencyKind, 'input.responsibleAgencyKind');
    const startsOn = input.startsOn ?? ctx.calendar.today;
    if (input.reviewOn && input.reviewOn <= startsOn) throw badInput('input.reviewOn', 'must be after the start');
    let target: { householdId: string | null; childId: string | null };
    if (hasHousehold) {
      assertUuid('input.householdId', input.householdId as string);
      const h = await w.tx.household.findFirst({ where: { AND: [ctx.repo.scope.household, { id: input.householdId as string }] }, select: { id: true } });
      if (!h) throw notFound('household');
      target = { householdId: h.id, childId: null };
      await touchHousehold(ctx, w, h.id);
    } else {
      assertUuid('input.childId', input.childId as string);
      const c = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId as string }] }, select: { id: true } });
      if (!c) throw notFound('child');
      target = { householdId: null, childId: c.id };
      w.touched(c.id);
    }
    await lock(w, target.householdId ?? (target.childId as string));
    const existing = await w.tx.supportPlan.findFirst({ where: target.householdId ? { householdId: target.householdId } : { childId: target.childId } });
    // plan R4.2: one family one plan, one student one plan.
    if (existing) {
      throw new HubError('CONFLICT', `the ${target.householdId ? 'household' : 'child'} already has a plan (${existing.id}, version ${existing.version}): revise it with updateSupportPlan`);
    }
    return w.tx.supportPlan.create({
      data: { countyCode: ctx.repo.scope.countyCode, ...target, measures, responsibleName, responsibleAgencyKind, startsOn, reviewOn: input.reviewOn ?? null },
    });
  });
}

async function touchHousehold(ctx: Context, w: Work, householdId: string): Promise<void> {
  const children = await w.tx.child.findMany({ where: { AND: [ctx.repo.scope.child, { householdId }] }, select: { id: true } });
  for (const c of children) w.touched(c.id);
}

export function updateSupportPlan(ctx: Context, input: SupportPlanUpdateInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.id', input.id);
    const plan = await w.tx.supportPlan.findFirst({
      where: { id: input.id, countyCode: ctx.repo.scope.countyCode, OR: [{ child: ctx.repo.scope.child }, { household: ctx.repo.scope.household }] },
    });
    if (!plan) throw notFound('support plan');
    if (plan.childId) w.touched(plan.childId);
    if (plan.householdId) await touchHousehold(ctx, w, plan.householdId);
    if (plan.version !== input.version) throw new HubError('CONFLICT', `the plan changed since you read it (version ${plan.version}, you sent ${input.version}): read it again`);
    const data: Prisma.SupportPlanUpdateManyMutationInput = {};
    if (input.measures !== null && input.measures !== undefined) data.measures = measuresOf(input.measures, 'input.measures');
    if (input.responsibleName !== null && input.responsibleName !== undefined) data.responsibleName = responsibleNameOf(input.responsibleName, 'input.responsibleName');
    if (input.responsibleAgencyKind !== null && input.responsibleAgencyKind !== undefined) {
      data.responsibleAgencyKind = responsibleKindOf(input.responsibleAgencyKind, 'input.responsibleAgencyKind');
    }
    if (input.reviewOn !== null && input.reviewOn !== undefined) {
      if (input.reviewOn <= plan.startsOn) throw badInput('input.reviewOn', `must be after the start (${isoDate(plan.startsOn)})`);
      data.reviewOn = input.reviewOn;
    }
    if (Object.keys(data).length === 0) throw badInput('input', 'change at least one of measures, responsibleName, responsibleAgencyKind, reviewOn');
    const updated = await w.tx.supportPlan.updateMany({ where: { id: plan.id, version: plan.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the plan was changed at the same time: read it again');
    return w.tx.supportPlan.findUniqueOrThrow({ where: { id: plan.id } });
  });
}
