import { FIELD_CLASSES, type FieldClass } from '../../access/field-classes';
import { PURPOSES, REFERRALS, type Agency, type Purpose } from '../../access/policy';
import { cellFor } from '../../access/viewer';
import type { Context } from '../../context';
import { badInput, HubError, notFound } from '../../errors';
import { assertUuid } from '../../lib/validate';
import { mutate } from '../unit-of-work';
import type { ReferChildInput, ReferralRow, RevokeReferralInput } from './referrals.types';

/**
 * Referrals (转介, issue 10 item 4): a school, township or the education bureau
 * refers one child (optionally one of its cases) to another agency for one
 * purpose and some data classes, for at most 90 days; the receiving agency
 * reads that child, and only those classes, beyond its row scope, through
 * referredChild; revocable. Who may refer is the matrix's (a write of kind
 * REFERRAL on EDUCATION: the mutation is in those slices only); to whom, for
 * how long and which classes is REFERRALS in src/access/policy.ts.
 */
const DAY_MS = 86_400_000;

export function isActive(r: Pick<ReferralRow, 'revokedAt' | 'expiresOn'>, today: Date): boolean {
  return r.revokedAt === null && r.expiresOn.getTime() >= today.getTime();
}

/** The referrer's own unit: a school or township refers as that school or township. */
function fromUnit(ctx: Context) {
  const v = ctx.viewer;
  return { fromAgencyKind: v.agency, fromAgencyId: v.agencyId, fromTownshipCode: v.agency === 'TOWNSHIP' ? v.townshipCode : null, fromSchoolCode: v.agency === 'SCHOOL' ? v.schoolCode : null };
}

export function referChild(ctx: Context, input: ReferChildInput) {
  assertUuid('input.childId', input.childId);
  if (input.caseId != null) assertUuid('input.caseId', input.caseId);
  if (ctx.viewer.clientId !== null) throw new HubError('FORBIDDEN', 'partner apps do not make referrals');
  const to = input.toAgency as Agency;
  if (!REFERRALS.to.includes(to)) throw badInput('input.toAgency', `cannot receive referrals (one of ${REFERRALS.to.join(', ')})`);
  if (!(PURPOSES[to] as readonly string[]).includes(input.purpose)) throw badInput('input.purpose', `is not a purpose ${to} may state (one of ${PURPOSES[to].join(', ')})`);
  const classes = [...new Set(input.classes)];
  if (classes.length === 0) throw badInput('input.classes', 'name at least one data class');
  for (const c of classes) {
    if (!(FIELD_CLASSES as readonly string[]).includes(c)) throw badInput('input.classes', `${c.slice(0, 30)} is not a data class`);
    if (REFERRALS.never.includes(c as FieldClass)) throw badInput('input.classes', `${c} cannot be referred`);
    if (cellFor({ agency: to, grants: null }, c as FieldClass).read === 'none') throw badInput('input.classes', `${to} does not read ${c} at all`);
    if (cellFor(ctx.viewer, c as FieldClass).read === 'none') throw badInput('input.classes', `your agency does not read ${c}: it cannot pass it on`);
  }
  const reason = input.reason.trim();
  if (reason.length < 2) throw badInput('input.reason', 'say why the child is referred (at least 2 characters, e.g. 家庭困难)');
  const today = ctx.calendar.today;
  if (input.expiresOn.getTime() < today.getTime()) throw badInput('input.expiresOn', 'must not be in the past');
  if (input.expiresOn.getTime() > today.getTime() + REFERRALS.maxDays * DAY_MS) throw badInput('input.expiresOn', `must be within ${REFERRALS.maxDays} days`);
  return mutate(ctx, async (w) => {
    // The child must be in the referrer's own row scope (as every write: access-policy "Writes").
    const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, select: { id: true } });
    if (!child) throw notFound('child');
    if (input.caseId != null) {
      const found = await w.tx.dropoutCase.findFirst({ where: { AND: [{ id: input.caseId, childId: input.childId, countyCode: ctx.repo.scope.countyCode }, ctx.repo.scope.dropoutCase] }, select: { id: true } });
      if (!found) throw badInput('input.caseId', 'is not a case of this child you can see');
    }
    w.touched(input.childId);
    const row = await w.tx.referral.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: input.childId,
        caseId: input.caseId ?? null,
        ...fromUnit(ctx),
        referredBy: ctx.viewer.subject,
        toAgencyKind: to,
        purpose: input.purpose,
        classes,
        reason,
        expiresOn: input.expiresOn,
      },
    });
    return withActive(row, today);
  });
}

export function revokeReferral(ctx: Context, input: RevokeReferralInput) {
  assertUuid('input.id', input.id);
  return mutate(ctx, async (w) => {
    const r = await w.tx.referral.findFirst({ where: { id: input.id, countyCode: ctx.repo.scope.countyCode } });
    // Only the referring unit, or an agency of REFERRALS.revokeAny, revokes; others see "not found".
    const unit = fromUnit(ctx);
    const mine =
      r !== null &&
      (REFERRALS.revokeAny.includes(ctx.viewer.agency) ||
        (r.fromAgencyKind === unit.fromAgencyKind && r.fromTownshipCode === unit.fromTownshipCode && r.fromSchoolCode === unit.fromSchoolCode));
    if (!r || !mine) throw notFound('referral');
    if (r.revokedAt !== null) throw new HubError('CONFLICT', 'the referral is already revoked');
    w.touched(r.childId);
    const updated = await w.tx.referral.updateMany({
      where: { id: r.id, version: input.version, revokedAt: null },
      data: { revokedAt: new Date(), revokedBy: ctx.viewer.subject, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new HubError('CONFLICT', 'the referral changed meanwhile: read it again (input.version)');
    return withActive(await w.tx.referral.findUniqueOrThrow({ where: { id: r.id } }), ctx.calendar.today);
  });
}

/** Referrals made by the caller's unit, or made to its agency (newest first). */
export async function listReferrals(ctx: Context, direction: 'OUTGOING' | 'INCOMING', activeOnly: boolean, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'must be between 1 and 500');
  if (ctx.viewer.clientId !== null) return [];
  const today = ctx.calendar.today;
  const unit = fromUnit(ctx);
  const where =
    direction === 'OUTGOING'
      ? { fromAgencyKind: unit.fromAgencyKind as Agency, fromTownshipCode: unit.fromTownshipCode, fromSchoolCode: unit.fromSchoolCode }
      : { toAgencyKind: ctx.viewer.agency };
  const rows = await ctx.repo.database.prisma.referral.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, ...where, ...(activeOnly ? { revokedAt: null, expiresOn: { gte: today } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: first,
  });
  return rows.map((r) => withActive(r, today));
}

/**
 * The child of a referral made to the caller's agency, read under it: the
 * referral must be in force, the request must state the referral's purpose,
 * and every class the request's document reads must be one the referral
 * names (REFERENCE and AGGREGATE aside); then this request's row scope takes
 * the child in (and its referred case), and the access record of the request
 * names the referral. Anything else answers NOT_FOUND, like any child outside
 * the caller's scope, and the attempt is logged with the child asked for.
 */
export async function referredChild(ctx: Context, referralId: string) {
  assertUuid('referralId', referralId);
  const today = ctx.calendar.today;
  const r =
    ctx.viewer.clientId === null
      ? await ctx.repo.database.prisma.referral.findFirst({ where: { id: referralId, countyCode: ctx.repo.scope.countyCode, toAgencyKind: ctx.viewer.agency } })
      : null;
  if (!r || !isActive(r, today)) {
    if (r) ctx.audit.deniedIds.add(r.childId);
    throw notFound('referral');
  }
  if (ctx.purpose !== (r.purpose as Purpose)) {
    ctx.audit.deniedIds.add(r.childId);
    throw new HubError('FORBIDDEN', `this referral is for the purpose ${r.purpose}: state it in X-Purpose`);
  }
  const beyond = [...ctx.audit.fieldClasses].filter((c) => c !== 'REFERENCE' && c !== 'AGGREGATE' && !r.classes.includes(c));
  if (beyond.length > 0) {
    ctx.audit.deniedIds.add(r.childId);
    throw new HubError('FORBIDDEN', `this referral lets you read ${r.classes.join(', ')} of the child; the request also reads ${beyond.sort().join(', ')}`);
  }
  ctx.repo.admitReferral({ childId: r.childId, caseId: r.caseId });
  ctx.audit.referralId = r.id;
  const found = await ctx.repo.findChildrenByIds([r.childId]);
  const child = found.rows[0];
  if (!child) throw notFound('referral');
  return child;
}

function withActive<T extends Pick<ReferralRow, 'revokedAt' | 'expiresOn'>>(r: T, today: Date): T & { active: boolean } {
  return { ...r, active: isActive(r, today) };
}
