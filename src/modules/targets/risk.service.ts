import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { Prisma } from '../../generated/prisma/client';
import type { SupportCause } from '../../generated/prisma/enums';
import { termStartOf } from '../../lib/school-year';
import { assertUuid, isUuid } from '../../lib/validate';
import type { ChildType } from '../children';
import { byChild, effectiveEvents, ON_ROLL, stateOn, type HistoryEvent } from './history';
import { EARLY_WARNING_RULES, evaluateRisk, type RiskFacts, type RiskFlag, type RiskRules } from './risk-rules';
import type { ChildRiskConnection, RiskRuleEnum } from './targets.types';

/**
 * Loading the facts the early-warning rules read (plan R2.4, R3.1) for a batch
 * of children, as of a date, and the flagged-pupil list. The select lists
 * below read school facts only: no household, no care, disability, migrant,
 * ethnicity or gender column is even fetched (see risk-rules.ts).
 */

type Db = Prisma.TransactionClient;

export interface RiskCandidate {
  id: string;
  birthDate: Date;
  /** The child's county: its histories are read within it (on Citus, one node: docs/scale.md). */
  countyCode: string;
}

export interface ChildRiskResult {
  childId: string;
  /** School the pupil is registered at on the as-of date. */
  schoolId: string | null;
  flags: RiskFlag[];
}

export const EVENT_SELECT = {
  id: true,
  childId: true,
  type: true,
  schoolId: true,
  grade: true,
  occurredOn: true,
  correctsEventId: true,
  recordedAt: true,
  dueBackOn: true,
} as const satisfies Prisma.StatusEventSelect;

export const EVENT_ORDER: Prisma.StatusEventOrderByWithRelationInput[] = [{ childId: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }];

/** What the rules may read of one child over a stretch of time (school facts only, see risk-rules.ts). */
export interface RiskHistory {
  /** Status events up to the last as-of date, corrections whatever their date, in recorded order. */
  events: HistoryEvent[];
  /** Unexcused absences and leave (plan R2.4). */
  attendance: ReadonlyArray<{ date: Date; kind: 'UNEXCUSED_ABSENCE' | 'EXCUSED_LEAVE' | 'LATE' }>;
  /** One-to-one support (plan R3.1). */
  supports: ReadonlyArray<{ cause: SupportCause; startedOn: Date; endedOn?: Date | null }>;
}

/**
 * The facts of one child on `asOf` from its history (records after `asOf`
 * are ignored, so a history loaded for a whole period can be asked about any
 * day of it), or null when the child is not on the roll in grades 1–9 that
 * day or its history cannot be replayed. The grade is the one replayed from
 * the events for that day (history.ts promotedGrade), the same for today and
 * for a past date. The riskFlags list and the backtest both read facts here.
 */
export function riskFactsOn(child: RiskCandidate, h: RiskHistory, asOf: Date): { facts: RiskFacts; schoolId: string | null } | null {
  const s = stateOn(h.events, asOf);
  if (!s || !ON_ROLL.includes(s.status)) return null;
  const grade = s.gradeOn;
  if (grade === null || grade < 1 || grade > 9) return null;
  const effective = effectiveEvents(h.events.filter((e) => e.type === 'CORRECTION' || e.occurredOn <= asOf));
  const lastSuspend = [...effective].reverse().find((e) => e.type === 'SUSPEND') ?? null;
  const termStart = termStartOf(asOf);
  const unexcusedDays: Date[] = [];
  const excusedDays: Date[] = [];
  for (const d of h.attendance) {
    if (d.date < termStart || d.date > asOf) continue;
    if (d.kind === 'UNEXCUSED_ABSENCE') unexcusedDays.push(d.date);
    else if (d.kind === 'EXCUSED_LEAVE') excusedDays.push(d.date);
  }
  return {
    schoolId: s.schoolId,
    facts: {
      birthDate: child.birthDate,
      status: s.status,
      grade,
      onRollSince: s.status === 'ENROLLED' ? s.since : null,
      suspension: s.status === 'SUSPENDED' && lastSuspend ? { on: lastSuspend.occurredOn, dueBackOn: lastSuspend.dueBackOn } : null,
      unexcusedDays,
      excusedDays,
      activeSupports: h.supports.filter((x) => x.startedOn <= asOf && (x.endedOn == null || x.endedOn > asOf)).map((x) => ({ cause: x.cause, startedOn: x.startedOn })),
    },
  };
}

/** The histories of a batch of children for as-of dates in [from, to]: events up to `to`, attendance of [term start of `from`, `to`], supports begun by `to`. */
export async function loadRiskHistories(db: Db, countyCode: string, ids: readonly string[], from: Date, to: Date): Promise<Map<string, RiskHistory>> {
  const out = new Map<string, RiskHistory>();
  if (ids.length === 0) return out;
  // Every statement names the county, as a row scope does: under Citus each goes to one node (issue 11 item 6).
  const [events, attendance, supports] = await Promise.all([
    db.statusEvent.findMany({
      where: { countyCode, childId: { in: [...ids] }, OR: [{ occurredOn: { lte: to } }, { type: 'CORRECTION' }] },
      select: EVENT_SELECT,
      orderBy: EVENT_ORDER,
    }),
    db.attendanceRecord.findMany({
      where: { countyCode, childId: { in: [...ids] }, date: { gte: termStartOf(from), lte: to }, kind: { in: ['UNEXCUSED_ABSENCE', 'EXCUSED_LEAVE'] } },
      select: { childId: true, date: true, kind: true },
      orderBy: [{ childId: 'asc' }, { date: 'asc' }],
    }),
    db.learningSupport.findMany({
      where: { countyCode, childId: { in: [...ids] }, startedOn: { lte: to }, OR: [{ endedOn: null }, { endedOn: { gt: from } }] },
      select: { childId: true, cause: true, startedOn: true, endedOn: true },
    }),
  ]);
  const eventsOf = byChild(events as HistoryEvent[]);
  const attendanceOf = byChild(attendance);
  const supportsOf = byChild(supports);
  for (const id of ids) out.set(id, { events: eventsOf.get(id) ?? [], attendance: attendanceOf.get(id) ?? [], supports: supportsOf.get(id) ?? [] });
  return out;
}

/** Facts of each candidate on `asOf`; children not on the roll in grades 1–9 that day (or whose history cannot be replayed) get no facts. */
export async function loadRiskFacts(db: Db, children: readonly RiskCandidate[], asOf: Date): Promise<Map<string, { facts: RiskFacts; schoolId: string | null }>> {
  const out = new Map<string, { facts: RiskFacts; schoolId: string | null }>();
  const histories = new Map<string, RiskHistory>();
  for (const county of new Set(children.map((c) => c.countyCode))) {
    const ids = children.filter((c) => c.countyCode === county).map((c) => c.id);
    for (const [id, h] of await loadRiskHistories(db, county, ids, asOf, asOf)) histories.set(id, h);
  }
  for (const c of children) {
    const f = riskFactsOn(c, histories.get(c.id) as RiskHistory, asOf);
    if (f) out.set(c.id, f);
  }
  return out;
}

/** Flags of each candidate on the roll on `asOf` (children without a flag included, with []). */
export async function evaluateBatch(
  db: Db,
  children: readonly RiskCandidate[],
  asOf: Date,
  rules: Readonly<RiskRules> = EARLY_WARNING_RULES,
): Promise<ChildRiskResult[]> {
  const facts = await loadRiskFacts(db, children, asOf);
  return children.flatMap((c) => {
    const f = facts.get(c.id);
    return f ? [{ childId: c.id, schoolId: f.schoolId, flags: evaluateRisk(f.facts, asOf, rules) }] : [];
  });
}

/** The only child columns the rules read (no protected-group column is fetched at all). */
export const RISK_CANDIDATE_SELECT = { id: true, birthDate: true, countyCode: true } as const satisfies Prisma.ChildSelect;

// ───────────────────────────── the flagged-pupil list ─────────────────────────────

const MAX_PAGE = 100;
const BATCH = 500;

function encodeCursor(id: string): string {
  return Buffer.from(`risk:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = raw.startsWith('risk:') ? raw.slice(5) : '';
  if (!isUuid(id)) throw badInput('after', 'is not a cursor returned by this list');
  return id;
}

/**
 * Pupils on the roll within the caller's row scope with at least one flag
 * today, in hub-id order (keyset pages: candidates are read in batches and
 * evaluated until the page is full). Filters follow the school: the pupil's
 * current school, or the township it stands in.
 */
export async function listRiskFlags(
  ctx: Context,
  first: number,
  after: string | null | undefined,
  townshipCode: string | null | undefined,
  schoolId: string | null | undefined,
): Promise<ChildRiskConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput('first', `must be between 1 and ${MAX_PAGE}`);
  let afterId = after ? decodeCursor(after) : null;
  if (townshipCode != null && !/^[0-9]{12}$/.test(townshipCode)) throw badInput('townshipCode', 'must be a 12-digit division code');
  if (schoolId != null) assertUuid('schoolId', schoolId);
  const enrollment: Prisma.EnrollmentWhereInput = { status: { in: [...ON_ROLL] } };
  if (schoolId != null) enrollment.schoolId = schoolId;
  if (townshipCode != null) enrollment.school = { townshipCode };
  const where: Prisma.ChildWhereInput = { AND: [ctx.repo.scope.child, { enrollment }] };
  const prisma = ctx.repo.database.prisma;
  const asOf = ctx.calendar.today;
  const found: Array<{ childId: string; flags: RiskFlag[] }> = [];
  for (;;) {
    const batch = await prisma.child.findMany({
      where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
      select: RISK_CANDIDATE_SELECT,
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    // The tuned early-warning thresholds (risk-rules.ts), not the casework's ABSENCE_STREAK_DAYS.
    for (const r of await evaluateBatch(prisma, batch, asOf, EARLY_WARNING_RULES)) {
      if (r.flags.length > 0) found.push(r);
    }
    if (found.length > first || batch.length < BATCH) break;
    afterId = (batch.at(-1) as { id: string }).id;
  }
  const page = found.slice(0, first);
  // Only the children returned are read (and so logged); the candidates scanned are not.
  const rows = await ctx.repo.childrenByIds(page.map((p) => p.childId));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const edges = page.flatMap((p) => {
    const child = byId.get(p.childId);
    if (!child) return [];
    ctx.loaders.childById.prime(child.id, child);
    return [{ cursor: encodeCursor(p.childId), node: { child: child as ChildType, flags: p.flags.map((f) => ({ ...f, rule: f.rule as RiskRuleEnum })) } }];
  });
  return { edges, pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null }, asOf };
}
