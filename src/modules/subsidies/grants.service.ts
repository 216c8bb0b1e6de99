import { townshipOf } from '../../lib/division-code';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { GrantStatus, Prisma, SubsidyProgramme } from '../../generated/prisma/client';
import { isoDate } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import { checkTerm, failedText, programmeByCode } from '../eligibility/eligibility.service';
import { factsOfChild, judgedOn, ruleOn } from '../eligibility/facts';
import { evaluate, type Verdict } from '../eligibility/rules';
import { assertOwner, type WelfareFamily } from './families';
import type { GrantDecisionInput, ProposeGrantInput, StopGrantInput } from './grants.inputs';

/**
 * Subsidy grants (学生资助, plan R4.2, R4.3): PROPOSED → APPROVED → PAID, and
 * STOPPED (with its reason) from PROPOSED or APPROVED. PAID and STOPPED are
 * final: a paid grant has left the account and is not undone here (money
 * recovered is a matter for the finance office; the next term simply gets
 * no new grant), and a stopped one is not revived (propose anew next term).
 * Each step is taken by the programme's owner agency only, under the
 * grant's version (stale → CONFLICT), in one transaction with its access
 * record; approval writes the outbox event GRANT_APPROVED. A proposal, and
 * again an approval, is refused with CONFLICT naming the failed conditions
 * when the child is not eligible for that term (rule in force on the day the
 * term is judged on: today while it runs, else its first or last day).
 */

async function verdict(ctx: Context, w: Work, programme: SubsidyProgramme, childId: string, schoolYear: number, term: 1 | 2): Promise<Verdict & { on: Date }> {
  const at = await judgedOn(w.tx, ctx.repo.scope.countyCode, ctx.calendar.today, schoolYear, term);
  const version = await ruleOn(w.tx, programme.id, at.date);
  if (!version) throw new HubError('CONFLICT', `no rule version of ${programme.code} is in force on ${isoDate(at.date)}`);
  const facts = await factsOfChild(w.tx, ctx.repo.scope.child, childId, at);
  if (!facts) throw notFound('child');
  return { ...evaluate(version.rule, facts), on: at.date };
}

function refuseIneligible(ctx: Context, programme: SubsidyProgramme, v: Verdict & { on: Date }, schoolYear: number, term: number): void {
  if (v.eligible) return;
  throw new HubError(
    'CONFLICT',
    `the child is not eligible for ${programme.code} in ${schoolYear} term ${term} (judged on ${isoDate(v.on)}): ${failedText(ctx, v.reasons)}`,
  );
}

/** plan R4.2–R4.3: propose a grant for an eligible child; the amount is the programme's. */
export function proposeGrant(ctx: Context, family: WelfareFamily, input: ProposeGrantInput) {
  return mutate(ctx, async (w) => {
    assertUuid('input.childId', input.childId);
    const programme = await programmeByCode(w.tx, ctx, input.programmeCode, 'input.programmeCode');
    assertOwner(ctx, family, programme);
    if (!programme.active) throw new HubError('CONFLICT', `programme ${programme.code} is closed`);
    const term = checkTerm(ctx, programme, input.schoolYear, input.term, 'input.');
    const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, select: { id: true } });
    if (!child) throw notFound('child');
    w.touched(child.id);
    const existing = await w.tx.subsidyGrant.findUnique({
      where: { childId_programmeId_schoolYear_term: { childId: child.id, programmeId: programme.id, schoolYear: input.schoolYear, term } },
    });
    if (existing) {
      throw new HubError('CONFLICT', `the child already has a ${existing.status} grant of ${programme.code} for ${input.schoolYear} term ${term} (grant ${existing.id})`);
    }
    // plan R4.2–R4.3: only an eligible child is proposed; the refusal names the failed conditions.
    refuseIneligible(ctx, programme, await verdict(ctx, w, programme, child.id, input.schoolYear, term), input.schoolYear, term);
    // The unique (child, programme, year, term) turns a concurrent duplicate into CONFLICT (mapWriteError).
    return w.tx.subsidyGrant.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: child.id,
        programmeId: programme.id,
        schoolYear: input.schoolYear,
        term,
        amountCents: programme.amountCents,
        status: 'PROPOSED',
      },
    });
  });
}

async function loadGrant(ctx: Context, w: Work, family: WelfareFamily, grantId: string, version: number) {
  assertUuid('input.grantId', grantId);
  const g = await w.tx.subsidyGrant.findFirst({
    where: { id: grantId, countyCode: ctx.repo.scope.countyCode, child: ctx.repo.scope.child },
    include: { programme: true },
  });
  if (!g) throw notFound('grant');
  w.touched(g.childId);
  assertOwner(ctx, family, g.programme);
  if (g.version !== version) throw new HubError('CONFLICT', `the grant changed since you read it (version ${g.version}, you sent ${version}): read it again`);
  // One relation per statement: inside the transaction's single connection, queries go one at a time.
  const child = await w.tx.child.findUniqueOrThrow({ where: { id: g.childId }, select: { villageCode: true, enrollment: { select: { schoolId: true } } } });
  return { ...g, child };
}

type Loaded = Awaited<ReturnType<typeof loadGrant>>;

async function move(ctx: Context, w: Work, g: Loaded, from: readonly GrantStatus[], to: GrantStatus, extra: Prisma.SubsidyGrantUpdateManyMutationInput = {}) {
  if (!from.includes(g.status)) {
    throw new HubError('CONFLICT', `the grant is ${g.status}: it cannot become ${to}${g.status === 'PAID' ? ' (a paid grant is final)' : ''}`);
  }
  const updated = await w.tx.subsidyGrant.updateMany({
    where: { id: g.id, version: g.version, status: g.status },
    data: { ...extra, status: to, decidedBy: ctx.viewer.subject, decidedAt: new Date(), version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new HubError('CONFLICT', 'the grant was changed at the same time: read it again');
  return w.tx.subsidyGrant.findUniqueOrThrow({ where: { id: g.id } });
}

/** PROPOSED → APPROVED, if the child is still eligible; writes GRANT_APPROVED to the outbox. */
export function approveGrant(ctx: Context, family: WelfareFamily, input: GrantDecisionInput) {
  return mutate(ctx, async (w) => {
    const g = await loadGrant(ctx, w, family, input.grantId, input.version);
    if (g.status === 'PROPOSED') {
      const term = g.term === 2 ? 2 : 1;
      refuseIneligible(ctx, g.programme, await verdict(ctx, w, g.programme, g.childId, g.schoolYear, term), g.schoolYear, term);
    }
    const out = await move(ctx, w, g, ['PROPOSED'], 'APPROVED');
    w.outbox({
      type: 'GRANT_APPROVED',
      childId: g.childId,
      townshipCode: townshipOf(g.child.villageCode),
      schoolId: g.child.enrollment?.schoolId ?? null,
      payload: { grantId: g.id, programmeCode: g.programme.code, schoolYear: g.schoolYear, term: g.term },
    });
    return out;
  });
}

/** APPROVED → PAID (发放). */
export function markGrantPaid(ctx: Context, family: WelfareFamily, input: GrantDecisionInput) {
  return mutate(ctx, async (w) => {
    const g = await loadGrant(ctx, w, family, input.grantId, input.version);
    return move(ctx, w, g, ['APPROVED'], 'PAID');
  });
}

/** PROPOSED or APPROVED → STOPPED, with the reason (停发). */
export function stopGrant(ctx: Context, family: WelfareFamily, input: StopGrantInput) {
  return mutate(ctx, async (w) => {
    const reason = input.reason.trim();
    if (reason.length < 2) throw badInput('input.reason', 'say why the grant is stopped');
    if (reason.length > 500) throw badInput('input.reason', 'must be at most 500 characters');
    const g = await loadGrant(ctx, w, family, input.grantId, input.version);
    return move(ctx, w, g, ['PROPOSED', 'APPROVED'], 'STOPPED', { stopReason: reason }); // plan R4.3: never from PAID
  });
}
