import type { Context } from '../../context';
import { mutate } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { Prisma, SubsidyProgramme } from '../../generated/prisma/client';
import { idNumberProblem } from '../../lib/id-number';
import { addDays, isoDate } from '../../lib/school-days';
import { assertUuid } from '../../lib/validate';
import { cellFor } from '../../access/viewer';
import { assertOwner, type WelfareFamily } from '../subsidies/families';
import type {
  EligibilityArgs,
  EligibilityChangeType,
  EligibilityDryRunType,
  EligibilityReasonType,
  EligibilityType,
  RuleVersionInput,
  SubsidyCoverageGapType,
  SubsidyCoverageReportType,
} from './eligibility.types';
import { ID_NUMBER_CLASS } from './eligibility.types';
import { asOf, factsOfChild, forEachFacts, judgedOn, ruleOn, type Db } from './facts';
import { evaluate, FACTS, parseRule, RuleError, type Reason, type Rule } from './rules';

/**
 * Eligibility for subsidy programmes (plan R4.1–R4.3): the verdict for one
 * child with its reasons, a dry run of a draft rule over the caller's row
 * scope, publishing a new dated rule version (owner agency only), and the
 * coverage check behind plan T3 (eligible registered-poor / 低保 children
 * without a grant).
 */

export const LIVE_GRANT = ['PROPOSED', 'APPROVED', 'PAID'] as const;

function db(ctx: Context): Db {
  return ctx.repo.database.prisma;
}

/** A programme of this county by code, else BAD_USER_INPUT naming the argument (programmes are reference data). */
export async function programmeByCode(tx: Db, ctx: Context, code: string, argument: string): Promise<SubsidyProgramme> {
  const c = code.trim();
  if (c === '' || c.length > 64) throw badInput(argument, 'give a programme code, e.g. NUTRITION');
  const p = await tx.subsidyProgramme.findFirst({ where: { countyCode: ctx.repo.scope.countyCode, code: c } });
  if (!p) throw badInput(argument, `no programme ${JSON.stringify(c.slice(0, 64))} in this county (see subsidyProgrammes)`);
  return p;
}

/** A RuleError as BAD_USER_INPUT naming the JSON path. */
export function parseRuleArg(text: string, root: string): Rule {
  try {
    return parseRule(text, root);
  } catch (e) {
    if (e instanceof RuleError) throw badInput(e.path, e.reason);
    throw e;
  }
}

/**
 * Reasons as the caller may see them: the value and verdict of a fact whose
 * class the caller cannot read in full are withheld. The classes shown go to
 * the access record.
 */
export function visibleReasons(ctx: Context, reasons: readonly Reason[]): EligibilityReasonType[] {
  return reasons.map((r) => {
    const spec = FACTS[r.fact];
    const readable = spec !== undefined && cellFor(ctx.viewer, spec.cls).read === 'full';
    if (readable && spec) ctx.audit.fieldClasses.add(spec.cls);
    return {
      path: r.path,
      fact: r.fact,
      factDescription: spec?.description ?? '',
      op: r.op,
      expected: JSON.stringify(r.expected),
      value: readable ? JSON.stringify(r.value) : null,
      met: readable ? r.met : null,
      decisive: readable ? r.decisive : null,
      withheld: !readable,
    };
  });
}

/** The decisive failed conditions, for a refusal's message. */
export function failedText(ctx: Context, reasons: readonly Reason[]): string {
  const shown = visibleReasons(ctx, reasons.filter((r) => r.decisive));
  const parts = shown.map((r) => (r.withheld ? `${r.path} (${r.fact}: withheld)` : `${r.path}: ${r.fact} is ${r.value}, needs ${r.op} ${r.expected}`));
  return parts.length > 0 ? parts.join('; ') : 'no rule version in force';
}

async function childFromArgs(ctx: Context, args: EligibilityArgs) {
  const hasId = args.childId !== null && args.childId !== undefined;
  const hasNumber = args.idNumber !== null && args.idNumber !== undefined;
  if (hasId === hasNumber) throw badInput('childId', 'give exactly one of childId and idNumber');
  if (hasId) {
    assertUuid('childId', args.childId as string);
    // Scoped loader: out of row scope answers exactly like an id that does not exist.
    const child = await ctx.loaders.childById.load(args.childId as string);
    if (!child) throw notFound('child');
    return child;
  }
  // The ID-number path: only for agencies that read IDENTIFIERS in full (access-policy matrix; civil affairs checks aid eligibility).
  if (cellFor(ctx.viewer, ID_NUMBER_CLASS).read !== 'full') {
    throw new HubError('FORBIDDEN', 'looking a child up by ID number needs full read of identifiers: use childId');
  }
  const idNumber = (args.idNumber as string).trim().toUpperCase();
  const problem = idNumberProblem(idNumber);
  if (problem) throw badInput('idNumber', problem);
  ctx.audit.fieldClasses.add(ID_NUMBER_CLASS);
  const child = await db(ctx).child.findFirst({ where: { AND: [ctx.repo.scope.child, { idNumberHash: ctx.sealer.index(idNumber) }] } });
  if (!child) throw notFound('child');
  ctx.audit.childIds.add(child.id);
  return child;
}

/** plan R4.1–R4.3: is this child eligible for this programme on this day, and why. */
export async function eligibility(ctx: Context, args: EligibilityArgs): Promise<EligibilityType> {
  const programme = await programmeByCode(db(ctx), ctx, args.programmeCode, 'programmeCode');
  const child = await childFromArgs(ctx, args);
  const at = await asOf(db(ctx), ctx.repo.scope.countyCode, args.on ?? ctx.calendar.today);
  const version = await ruleOn(db(ctx), programme.id, at.date);
  const facts = await factsOfChild(db(ctx), ctx.repo.scope.child, child.id, at);
  if (!facts) throw notFound('child');
  const verdict = version ? evaluate(version.rule, facts) : { eligible: false, reasons: [] };
  return {
    child: child as EligibilityType['child'],
    programme,
    eligible: verdict.eligible,
    evaluatedOn: at.date,
    schoolYear: at.schoolYear,
    term: at.term,
    ruleVersion: version?.version ?? null,
    reasons: visibleReasons(ctx, verdict.reasons),
  };
}

function checkFirst(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput('first', `must be between 0 and ${max}`);
}

/** plan R4.3: who would gain and who would lose eligibility under a draft rule, within the caller's scope, before it takes effect. */
export async function eligibilityDryRun(
  ctx: Context,
  a: { programmeCode: string; rule: string; validFrom: Date; first: number },
): Promise<EligibilityDryRunType> {
  checkFirst(a.first, 500);
  const programme = await programmeByCode(db(ctx), ctx, a.programmeCode, 'programmeCode');
  const draft = parseRuleArg(a.rule, 'rule');
  const at = await asOf(db(ctx), ctx.repo.scope.countyCode, a.validFrom);
  const current = await ruleOn(db(ctx), programme.id, a.validFrom);
  const gained: EligibilityChangeType[] = [];
  const lost: EligibilityChangeType[] = [];
  let gainedCount = 0;
  let lostCount = 0;
  const evaluatedCount = await forEachFacts(db(ctx), ctx.repo.scope.child, at, (childId, facts) => {
    const before = current ? evaluate(current.rule, facts).eligible : false;
    const after = evaluate(draft, facts);
    if (before === after.eligible) return;
    if (after.eligible) {
      gainedCount++;
      if (gained.length < a.first) gained.push({ childId, reasons: visibleReasons(ctx, after.reasons) });
    } else {
      lostCount++;
      if (lost.length < a.first) lost.push({ childId, reasons: visibleReasons(ctx, after.reasons) });
    }
  });
  for (const c of [...gained, ...lost]) ctx.audit.childIds.add(c.childId);
  return { programme, comparedWithVersion: current?.version ?? null, evaluatedOn: at.date, evaluatedCount, gainedCount, lostCount, gained, lost };
}

/**
 * Publishes the next rule version of a programme (plan R4.3), by its owner
 * agency only: it takes effect on validFrom (today or later, after the
 * latest version's first day), and the version before it is closed the day
 * before (validTo = last day in force).
 */
export function publishRuleVersion(ctx: Context, family: WelfareFamily, input: RuleVersionInput) {
  return mutate(ctx, async (w) => {
    const programme = await programmeByCode(w.tx, ctx, input.programmeCode, 'input.programmeCode');
    assertOwner(ctx, family, programme); // plan R4.3: the programme's owner agency only
    const rule = parseRuleArg(input.rule, 'input.rule');
    if (input.validFrom < ctx.calendar.today) throw badInput('input.validFrom', 'must not be in the past: a new rule takes effect from today at the earliest');
    const latest = await w.tx.subsidyRuleVersion.findFirst({ where: { programmeId: programme.id }, orderBy: { version: 'desc' } });
    if (input.baseVersion !== null && input.baseVersion !== undefined && input.baseVersion !== (latest?.version ?? 0)) {
      throw new HubError('CONFLICT', `the latest rule version is ${latest?.version ?? 'none'}, not ${input.baseVersion}: dry-run against it again`);
    }
    if (latest && input.validFrom <= latest.validFrom) {
      throw badInput('input.validFrom', `must be after ${isoDate(latest.validFrom)}, when version ${latest.version} takes effect`);
    }
    if (latest && (latest.validTo === null || latest.validTo >= input.validFrom)) {
      const closed = await w.tx.subsidyRuleVersion.updateMany({
        where: { id: latest.id, validTo: latest.validTo },
        data: { validTo: addDays(input.validFrom, -1) },
      });
      if (closed.count !== 1) throw new HubError('CONFLICT', 'the rule was changed at the same time: read it again');
    }
    return w.tx.subsidyRuleVersion.create({
      data: { programmeId: programme.id, version: (latest?.version ?? 0) + 1, rule: rule as unknown as Prisma.InputJsonValue, validFrom: input.validFrom, validTo: null },
    });
  });
}

/**
 * The coverage check (plan R4.2, the safety net behind T3): every
 * registered-poor or 低保 child in the caller's row scope who is eligible for
 * the programme in that term and has no PROPOSED, APPROVED or PAID grant.
 */
export async function coverageGaps(
  ctx: Context,
  a: { programmeCode: string; schoolYear: number; term: number; first: number; after: string | null },
): Promise<SubsidyCoverageReportType> {
  checkFirst(a.first, 500);
  if (a.after !== null) assertUuid('after', a.after);
  const programme = await programmeByCode(db(ctx), ctx, a.programmeCode, 'programmeCode');
  const term = checkTerm(ctx, programme, a.schoolYear, a.term, '');
  const at = await judgedOn(db(ctx), ctx.repo.scope.countyCode, ctx.calendar.today, a.schoolYear, term);
  const version = await ruleOn(db(ctx), programme.id, at.date);
  const report: SubsidyCoverageReportType = {
    programme,
    schoolYear: a.schoolYear,
    term,
    evaluatedOn: at.date,
    ruleVersion: version?.version ?? null,
    checkedCount: 0,
    totalCount: 0,
    gaps: [],
    hasNextPage: false,
    endCursor: null,
  };
  ctx.audit.fieldClasses.add('ECONOMIC');
  if (!version) return report;
  const where: Prisma.ChildWhereInput = {
    AND: [
      ctx.repo.scope.child,
      { household: { OR: [{ registeredPoor: true }, { minimumLiving: true }] } }, // plan R4.1: 建档立卡 or 低保
      { subsidyGrants: { none: { programmeId: programme.id, schoolYear: a.schoolYear, term, status: { in: [...LIVE_GRANT] } } } },
    ],
  };
  const gaps: SubsidyCoverageGapType[] = [];
  report.checkedCount = await forEachFacts(db(ctx), where, at, (childId, facts) => {
    const v = evaluate(version.rule, facts);
    if (!v.eligible) return;
    report.totalCount++;
    if (a.after !== null && childId <= a.after) return;
    if (gaps.length >= a.first) {
      report.hasNextPage = true;
      return;
    }
    gaps.push({
      childId,
      registeredPoor: facts['household.registeredPoor'] === true,
      minimumLiving: facts['household.minimumLiving'] === true,
      reasons: visibleReasons(ctx, v.reasons),
    });
  });
  for (const g of gaps) ctx.audit.childIds.add(g.childId);
  report.gaps = gaps;
  report.endCursor = gaps.length > 0 ? (gaps[gaps.length - 1] as SubsidyCoverageGapType).childId : null;
  return report;
}

/**
 * A school year and term for a programme: a term is 1 or 2; a yearly
 * programme is granted in term 1 (the county's convention, as in the demo data).
 */
export function checkTerm(ctx: Context, programme: { period: string }, schoolYear: number, term: number, prefix: string): 1 | 2 {
  if (!Number.isInteger(schoolYear) || schoolYear < 2000 || schoolYear > ctx.calendar.schoolYear + 1) {
    throw badInput(`${prefix}schoolYear`, `must be a school year such as ${ctx.calendar.schoolYear} (named by the year it starts)`);
  }
  if (term !== 1 && term !== 2) throw badInput(`${prefix}term`, 'must be 1 (autumn) or 2 (spring)');
  if (programme.period === 'YEAR' && term !== 1) throw badInput(`${prefix}term`, 'a yearly programme is granted in term 1');
  return term;
}
