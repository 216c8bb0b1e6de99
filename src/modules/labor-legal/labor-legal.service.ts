import { townshipOf } from '../../lib/division-code';
import type { Context } from '../../context';
import { mutate } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import { birthDateOf, idNumberProblem } from '../../lib/id-number';
import { ageOn31Aug, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../lib/school-year';
import { assertUuid } from '../../lib/validate';
import { putOnSuspectedLedger } from '../attendance';
import type { LaborFindingInput, LegalActionInput } from './labor-legal.types';

/**
 * Joint departments (plan R1.4): HR & social security looks up whether a
 * person is of compulsory-school age and in school — and learns nothing
 * else — and records findings against employers; a finding about a child
 * out of school puts the child on the suspected-dropout ledger. The
 * judiciary records legal actions on escalated cases and legal education
 * (plan R2.6).
 */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const IN_SCHOOL = ['ENROLLED', 'SUSPENDED'];

function schoolAge(ctx: Context, birthDate: Date): boolean {
  const age = ageOn31Aug(birthDate, ctx.calendar.schoolYear);
  return age >= SCHOOL_AGE_MIN && age <= SCHOOL_AGE_MAX;
}

export async function schoolAgeCheck(ctx: Context, q: { idNumber: string | null; name: string | null; birthDate: Date | null }) {
  const prisma = ctx.repo.database.prisma;
  const county = ctx.repo.scope.countyCode;
  let child: { id: string; birthDate: Date } | null = null;
  let birthDate: Date;
  if (q.idNumber !== null) {
    const id = q.idNumber.trim().toUpperCase();
    const problem = idNumberProblem(id);
    if (problem) throw badInput('idNumber', problem);
    birthDate = birthDateOf(id);
    child = await prisma.child.findFirst({ where: { countyCode: county, idNumberHash: ctx.sealer.index(id) }, select: { id: true, birthDate: true } });
  } else {
    if (!q.name?.trim()) throw badInput('name', 'give the ID number, or the name with the birth date');
    if (!q.birthDate) throw badInput('birthDate', 'give the birth date with the name');
    birthDate = q.birthDate;
    const matches = await prisma.child.findMany({ where: { countyCode: county, name: q.name.trim(), birthDate: q.birthDate }, select: { id: true, birthDate: true }, take: 2 });
    if (matches.length > 1) throw badInput('idNumber', 'several children have this name and birth date: give the ID number');
    child = matches[0] ?? null;
  }
  if (!child) return { found: false, compulsorySchoolAge: schoolAge(ctx, birthDate), inSchool: false };
  ctx.audit.childIds.add(child.id);
  const e = await prisma.enrollment.findUnique({ where: { childId: child.id }, select: { status: true } });
  return { found: true, compulsorySchoolAge: schoolAge(ctx, child.birthDate), inSchool: e !== null && IN_SCHOOL.includes(e.status) };
}

export function recordLaborFinding(ctx: Context, input: LaborFindingInput) {
  return mutate(ctx, async (w) => {
    const employer = input.employerName.trim();
    if (employer.length < 2) throw badInput('input.employerName', 'name the employer');
    const code = input.employerCreditCode?.trim().toUpperCase() || null;
    if (code !== null && !CREDIT_CODE.test(code)) throw badInput('input.employerCreditCode', 'must be an 18-character unified social credit code');
    if (input.foundOn > ctx.calendar.today) throw badInput('input.foundOn', 'must not be in the future');
    if (input.action === 'FINE' && !(input.fineCents && input.fineCents > 0)) throw badInput('input.fineCents', 'a fine needs its amount');
    if (input.fineCents != null && input.fineCents < 0) throw badInput('input.fineCents', 'must not be negative');
    const id = input.childIdNumber.trim().toUpperCase();
    const problem = idNumberProblem(id);
    if (problem) throw badInput('input.childIdNumber', problem);
    const child = await w.tx.child.findFirst({ where: { countyCode: ctx.repo.scope.countyCode, idNumberHash: ctx.sealer.index(id) }, include: { enrollment: { include: { school: true } } } });
    const finding = await w.tx.laborViolation.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: child?.id ?? null,
        employerName: employer,
        employerCreditCode: code,
        foundOn: input.foundOn,
        action: input.action,
        fineCents: input.fineCents ?? null,
        notes: input.notes?.trim() || (child ? null : 'child not registered in this county'),
        recordedBy: ctx.viewer.subject,
      },
    });
    let suspected = false;
    if (child) {
      w.touched(child.id);
      const outOfSchool = !child.enrollment || !IN_SCHOOL.includes(child.enrollment.status);
      if (schoolAge(ctx, child.birthDate) && outOfSchool) {
        suspected = await putOnSuspectedLedger(ctx, w, {
          childId: child.id,
          source: 'LABOR_FINDING',
          sourceRef: finding.id,
          detectedOn: input.foundOn,
          detail: `found working at ${employer} while out of school (用工检查发现失学)`,
          townshipCode: townshipOf(child.villageCode),
          schoolId: child.enrollment?.schoolId ?? null,
        });
      }
    }
    return { ...finding, suspectedDropout: suspected };
  });
}

export async function laborFindings(ctx: Context, first: number) {
  if (first < 1 || first > 500) throw badInput('first', 'must be between 1 and 500');
  const rows = await ctx.repo.database.prisma.laborViolation.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, OR: [{ child: ctx.repo.scope.child }, ...(ctx.viewer.agency === 'HUMAN_RESOURCES_SOCIAL_SECURITY' ? [{ childId: null }] : [])] },
    orderBy: [{ foundOn: 'desc' }, { id: 'asc' }],
    take: first,
  });
  const ledger = await ctx.repo.database.prisma.suspectedDropout.findMany({
    where: { countyCode: ctx.repo.scope.countyCode, source: 'LABOR_FINDING', sourceRef: { in: rows.map((r) => r.id) } },
    select: { sourceRef: true },
  });
  const onLedger = new Set(ledger.map((l) => l.sourceRef));
  for (const r of rows) if (r.childId) ctx.audit.childIds.add(r.childId);
  return rows.map((r) => ({ ...r, suspectedDropout: onLedger.has(r.id) }));
}

export function recordLegalAction(ctx: Context, input: LegalActionInput) {
  return mutate(ctx, async (w) => {
    if (input.takenOn > ctx.calendar.today) throw badInput('input.takenOn', 'must not be in the future');
    if (input.description.trim().length < 4) throw badInput('input.description', 'describe what was done');
    let childId: string;
    let caseId: string | null = null;
    if (input.caseId != null) {
      assertUuid('input.caseId', input.caseId);
      const c = await w.tx.dropoutCase.findFirst({ where: { AND: [{ id: input.caseId, child: ctx.repo.scope.child }, ctx.repo.scope.dropoutCase] } });
      if (!c) throw notFound('dropout case');
      if (c.status !== 'LEGAL_ACTION' && input.kind !== 'LEGAL_EDUCATION') {
        throw new HubError('CONFLICT', `legal action is taken on cases escalated to LEGAL_ACTION; this one is ${c.status}`);
      }
      childId = c.childId;
      caseId = c.id;
    } else {
      if (input.kind !== 'LEGAL_EDUCATION') throw badInput('input.caseId', 'legal action other than legal education is taken on an escalated case');
      if (input.childId == null) throw badInput('input.childId', 'legal education names the child or the case');
      assertUuid('input.childId', input.childId);
      const c = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: input.childId }] }, select: { id: true } });
      if (!c) throw notFound('child');
      childId = c.id;
    }
    w.touched(childId);
    return w.tx.legalAction.create({
      data: { countyCode: ctx.repo.scope.countyCode, caseId, childId, kind: input.kind, takenOn: input.takenOn, description: input.description.trim(), outcome: input.outcome?.trim() || null, recordedBy: ctx.viewer.subject },
    });
  });
}

export function legalActionsOf(ctx: Context, where: { caseId?: string; childId?: string }) {
  return ctx.repo.database.prisma.legalAction.findMany({ where: { ...where, child: ctx.repo.scope.child }, orderBy: [{ takenOn: 'asc' }, { id: 'asc' }] });
}
