import type { Database } from '../src/db/client';
import { isSchoolDay } from '../src/lib/school-days';
import { schoolYearOf, termStartOf } from '../src/lib/school-year';
import {
  effectiveEvents, evaluateRisk, loadRiskHistories, riskFactsOn, RISK_CANDIDATE_SELECT, WARNING_RULES,
  type RiskFacts, type RiskFlag, type RiskHistory, type RiskRules,
} from '../src/modules/targets';

/**
 * Backtest of the early-warning rules (plan R2.4; src/modules/targets/risk-rules.ts)
 * on a county's records, day by day, as the riskFlags list would have shown
 * them: on every evaluation day the facts are those of riskFactsOn (records up
 * to that day only: no flag sees the future) and the flags those of evaluateRisk.
 *
 * Definitions (per pupil-year: one pupil in one school year):
 *   evaluation days   school days (Monday–Friday, src/lib/school-days.ts) within
 *                     the county's terms (SchoolTerm), from the start of the
 *                     first term the attendance ledger covers up to the day
 *                     before `today`;
 *   pupil-year        a pupil on the roll in grades 1–9 on at least one
 *                     evaluation day of that school year;
 *   dropout           a DROPOUT status event (not corrected) of grade 1–9
 *                     within the evaluation period: its pupil-year is positive
 *                     (several in one year count once);
 *   flagged           the pupil-year has at least one flag on an evaluation
 *                     day (context rules never flag alone, so: a warning);
 *   true positive     a positive pupil-year flagged on at least one of the
 *                     `window` evaluation days before one of its dropouts
 *                     (within the same school year);
 *   precision         true positives ÷ flagged pupil-years;
 *   recall            true positives ÷ positive pupil-years;
 *   lead time         evaluation days from the first flagged day within the
 *                     window to the dropout (1 … `window`), per true positive.
 */

export const DEFAULT_WINDOW = 40;
/** The goal of issue 12: precision and recall each at least 0.5, median lead time at least 10 school days. */
export const MIN_MEDIAN_LEAD = 10;
export const GOAL = { precision: 0.5, recall: 0.5, medianLead: MIN_MEDIAN_LEAD } as const;

const DAY_MS = 86_400_000;
const dayNo = (d: Date): number => Math.floor(d.getTime() / DAY_MS);
const dateOf = (n: number): Date => new Date(n * DAY_MS);

export interface Period {
  /** Evaluation days (day numbers), ascending. */
  days: number[];
  from: Date;
  /** Last evaluation day. */
  to: Date;
}

/** The evaluation period of the county in `db`: the terms its attendance ledger covers, up to the day before `today`. */
export async function evaluationPeriod(db: Database, countyCode: string, today: Date): Promise<Period> {
  const terms = await db.prisma.schoolTerm.findMany({ where: { countyCode }, select: { startsOn: true, endsOn: true }, orderBy: { startsOn: 'asc' } });
  const first = await db.prisma.attendanceRecord.findFirst({ where: { countyCode }, select: { date: true }, orderBy: { date: 'asc' } });
  if (!first) throw new Error('the county holds no attendance records: nothing to backtest against');
  const start = terms.find((t) => t.endsOn >= first.date)?.startsOn ?? first.date;
  const last = dayNo(today) - 1;
  const days: number[] = [];
  for (const t of terms) {
    for (let n = Math.max(dayNo(t.startsOn), dayNo(start)); n <= Math.min(dayNo(t.endsOn), last); n++) if (isSchoolDay(dateOf(n))) days.push(n);
  }
  if (days.length === 0) throw new Error('no school day between the first attendance record and today');
  return { days, from: dateOf(days[0] as number), to: dateOf(days[days.length - 1] as number) };
}

/** One pupil over the period: the school years on the roll and the dropouts. */
export interface PupilTrace {
  childId: string;
  /** School years in which the pupil was on the roll (grades 1–9) on an evaluation day. */
  years: number[];
  /** Dropouts within the period: index of the first evaluation day on or after the event, and its school year. */
  dropouts: Array<{ at: number; year: number }>;
}

export interface Outcome {
  pupilYears: number;
  positives: number;
  flagged: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
  leadTimes: number[];
  medianLead: number | null;
}

export interface RealOutcome extends Outcome {
  perRule: Record<string, { flagged: number; truePositives: number }>;
  /** Each positive pupil-year: its (first) dropout's evaluation-day index, and the lead time when it is a true positive. */
  positiveYears: Array<{ childId: string; year: number; at: number; lead: number | null }>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The q-quantile (lower), or null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

function outcome(pupilYears: number, positives: number, flagged: number, leadTimes: number[]): Outcome {
  return {
    pupilYears,
    positives,
    flagged,
    truePositives: leadTimes.length,
    precision: flagged === 0 ? null : leadTimes.length / flagged,
    recall: positives === 0 ? null : leadTimes.length / positives,
    leadTimes,
    medianLead: median(leadTimes),
  };
}

/** Evaluation days since the start of the term (the first evaluation day after a gap of more than a week) of day index `at`. */
export function daysIntoTerm(period: Period, at: number): number {
  let i = Math.min(at, period.days.length - 1);
  while (i > 0 && (period.days[i] as number) - (period.days[i - 1] as number) <= 7) i--;
  return at - i;
}

/** Index of the first evaluation day ≥ n. */
function indexOf(days: readonly number[], n: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tallies pupil-years: call add() once per pupil with its flagged evaluation days (ascending). */
class Scorer {
  pupilYears = 0;
  positives = 0;
  flagged = 0;
  readonly leadTimes: number[] = [];
  readonly perRule = new Map<string, { flagged: number; truePositives: number }>();
  readonly positiveYears: Array<{ childId: string; year: number; at: number; lead: number | null }> = [];

  constructor(readonly window: number) {}

  add(trace: PupilTrace, flaggedDays: ReadonlyArray<{ at: number; year: number; rules?: readonly string[] }>): void {
    const years = new Set(trace.years);
    for (const d of trace.dropouts) years.add(d.year);
    this.pupilYears += years.size;
    for (const year of years) {
      const flags = flaggedDays.filter((f) => f.year === year);
      const drops = trace.dropouts.filter((d) => d.year === year);
      if (flags.length > 0) this.flagged++;
      if (drops.length > 0) this.positives++;
      let lead: number | null = null;
      let hitAt = drops[0]?.at ?? -1;
      let hitRules = new Set<string>();
      for (const d of drops) {
        const inWindow = flags.filter((f) => f.at < d.at && f.at >= d.at - this.window);
        if (inWindow.length === 0) continue;
        lead = d.at - (inWindow[0] as { at: number }).at;
        hitAt = d.at;
        hitRules = new Set(inWindow.flatMap((f) => f.rules ?? []));
        break;
      }
      if (lead !== null) this.leadTimes.push(lead);
      if (drops.length > 0) this.positiveYears.push({ childId: trace.childId, year, at: hitAt, lead });
      for (const rule of new Set(flags.flatMap((f) => f.rules ?? []))) {
        const x = this.perRule.get(rule) ?? { flagged: 0, truePositives: 0 };
        x.flagged++;
        if (hitRules.has(rule)) x.truePositives++;
        this.perRule.set(rule, x);
      }
    }
  }

  result(): RealOutcome {
    return {
      ...outcome(this.pupilYears, this.positives, this.flagged, this.leadTimes),
      perRule: Object.fromEntries([...this.perRule].sort((a, b) => a[0].localeCompare(b[0]))),
      positiveYears: this.positiveYears,
    };
  }
}

// ───────────────────────────── features of candidate days (for tuning) ─────────────────────────────

/** The windows (school days) ABSENCE_RATE is tuned over. */
export const WINDOWS = [5, 10, 15, 20, 30, 40] as const;

/** One evaluation day of a pupil on which some warning of the grid could fire (≥ 2 unexcused days this term, or an overdue suspension). */
export interface CandidateDay {
  at: number;
  year: number;
  /** Longest run of consecutive unexcused school days this term so far. */
  streak: number;
  /** Unexcused days among the last w school days this term, for each w of WINDOWS. */
  recent: number[];
  /** School days past the due-back date of an overdue suspension, or -1. */
  overdue: number;
  /** A context rule holds (over-age, support, transition). */
  context: boolean;
}

/** A probe that fires a warning whenever any rules of the grid could, to read which context rules hold. */
const PROBE: RiskRules = { absenceStreakDays: 1, recentAbsenceDays: 1, recentWindowDays: 10_000, contextRelief: 0, overdueSchoolDays: 0 };

const schoolDays = new Map<number, boolean>();
function isDay(n: number): boolean {
  let v = schoolDays.get(n);
  if (v === undefined) schoolDays.set(n, (v = isSchoolDay(dateOf(n))));
  return v;
}

/**
 * The features of a pupil-day that the warning rules read (the same
 * arithmetic as evaluateRisk), or null when no rules of the grid can fire:
 * every rules object of grid() needs ≥ 2 unexcused days this term or an
 * overdue suspension. The report checks that scoring features and running
 * evaluateRisk give the same figures.
 */
export function candidateDay(f: RiskFacts, date: Date, at: number, year: number): CandidateDay | null {
  const today = dayNo(date);
  let overdue = -1;
  if (f.status === 'SUSPENDED' && f.suspension?.dueBackOn && f.suspension.dueBackOn < date) {
    overdue = 0;
    for (let n = dayNo(f.suspension.dueBackOn) + 1; n <= today; n++) if (isDay(n)) overdue++;
  }
  let streak = 0;
  const recent: number[] = WINDOWS.map(() => 0);
  if (f.status === 'ENROLLED') {
    const termStart = termStartOf(date);
    const from = f.onRollSince && f.onRollSince > termStart ? dayNo(f.onRollSince) : dayNo(termStart);
    const excused = new Set(f.excusedDays.map(dayNo));
    const unexcused = new Set<number>();
    for (const x of f.unexcusedDays) {
      const n = dayNo(x);
      if (n >= from && n <= today && isDay(n) && !excused.has(n)) unexcused.add(n);
    }
    if (unexcused.size < 2) return null;
    const days: number[] = [];
    for (let n = from; n <= today; n++) if (isDay(n)) days.push(n);
    let run = 0;
    for (const n of days) {
      run = unexcused.has(n) ? run + 1 : 0;
      if (run > streak) streak = run;
    }
    WINDOWS.forEach((w, i) => {
      let k = 0;
      for (let j = Math.max(0, days.length - w); j < days.length; j++) if (unexcused.has(days[j] as number)) k++;
      recent[i] = k;
    });
  } else if (overdue < 0) return null;
  const context = evaluateRisk(f, date, PROBE).some((x) => !WARNING_RULES.includes(x.rule));
  return { at, year, streak, recent, overdue, context };
}

/** True when the rules fire on a candidate day (the conditions of evaluateRisk's warnings). */
export function firesOn(c: CandidateDay, r: Readonly<RiskRules>, w = windowIndex(r)): boolean {
  if (c.overdue >= 0 && c.overdue >= r.overdueSchoolDays) return true;
  if (c.streak > 0 && c.streak >= r.absenceStreakDays) return true;
  const k = c.recent[w] as number;
  return k > 0 && k >= Math.max(1, r.recentAbsenceDays - (c.context ? r.contextRelief : 0));
}

function windowIndex(r: Readonly<RiskRules>): number {
  const w = WINDOWS.indexOf(r.recentWindowDays as (typeof WINDOWS)[number]);
  if (w < 0) throw new Error(`recentWindowDays ${r.recentWindowDays} is not one of the tuned windows ${WINDOWS.join(', ')}`);
  return w;
}

/** A pupil-year's candidate days summarised: a rules object flags it iff it fires on the day of one of these maxima. */
interface YearSummary {
  year: number;
  maxStreak: number;
  maxOverdue: number;
  /** Per window: the most unexcused days on a day with / without a context rule. */
  maxRecentWith: number[];
  maxRecentWithout: number[];
}

export interface CountyFeatures {
  period: Period;
  /** Pupils with at least one candidate day or dropout. */
  active: Array<{ trace: PupilTrace; candidates: CandidateDay[]; years: YearSummary[] }>;
  /** Pupil-years and positive pupil-years of the others (never flagged by any rules of the grid). */
  quiet: { pupilYears: number; positives: number };
}

function summarise(trace: PupilTrace, candidates: readonly CandidateDay[]): YearSummary[] {
  const years = new Set(trace.years);
  for (const d of trace.dropouts) years.add(d.year);
  return [...years].map((year) => {
    const s: YearSummary = { year, maxStreak: 0, maxOverdue: -1, maxRecentWith: WINDOWS.map(() => 0), maxRecentWithout: WINDOWS.map(() => 0) };
    for (const c of candidates) {
      if (c.year !== year) continue;
      s.maxStreak = Math.max(s.maxStreak, c.streak);
      s.maxOverdue = Math.max(s.maxOverdue, c.overdue);
      const into = c.context ? s.maxRecentWith : s.maxRecentWithout;
      c.recent.forEach((k, i) => (into[i] = Math.max(into[i] as number, k)));
    }
    return s;
  });
}

/**
 * Scores rules of the grid on features (fast). Equivalent to the Scorer over
 * evaluateRisk's flags for rules of the grid: a pupil-year is flagged iff
 * some candidate day fires, iff one of its maxima fires (each condition is a
 * threshold on one number); true positives and lead times scan the window.
 */
export function scoreFeatures(features: CountyFeatures, rules: Readonly<RiskRules>, window = DEFAULT_WINDOW): Outcome {
  const w = windowIndex(rules);
  let pupilYears = features.quiet.pupilYears;
  let positives = features.quiet.positives;
  let flagged = 0;
  const leads: number[] = [];
  const need = rules.recentAbsenceDays;
  const needWith = Math.max(1, rules.recentAbsenceDays - rules.contextRelief);
  for (const p of features.active) {
    pupilYears += p.years.length;
    for (const y of p.years) {
      const fires =
        (y.maxOverdue >= 0 && y.maxOverdue >= rules.overdueSchoolDays) ||
        (y.maxStreak > 0 && y.maxStreak >= rules.absenceStreakDays) ||
        ((y.maxRecentWithout[w] as number) > 0 && (y.maxRecentWithout[w] as number) >= need) ||
        ((y.maxRecentWith[w] as number) > 0 && (y.maxRecentWith[w] as number) >= needWith);
      if (fires) flagged++;
      const drops = p.trace.dropouts.filter((d) => d.year === y.year);
      if (drops.length === 0) continue;
      positives++;
      if (!fires) continue;
      for (const d of drops) {
        const first = p.candidates.find((c) => c.year === y.year && c.at < d.at && c.at >= d.at - window && firesOn(c, rules, w));
        if (first) {
          leads.push(d.at - first.at);
          break;
        }
      }
    }
  }
  return outcome(pupilYears, positives, flagged, leads);
}

// ───────────────────────────── the walk ─────────────────────────────

/**
 * One pass over the pupils of a county: for every evaluation day on the roll,
 * the facts of riskFactsOn; the flags of evaluateRisk under each rules object
 * of `rulesList` (scored per pupil-year), and, with `features`, the candidate
 * days for tuning.
 */
export async function backtest(
  db: Database,
  countyCode: string,
  period: Period,
  rulesList: ReadonlyArray<Readonly<RiskRules>>,
  opts: { window?: number; features?: boolean; batchSize?: number; onDay?: (childId: string, date: Date, flags: RiskFlag[][]) => void } = {},
): Promise<{ outcomes: RealOutcome[]; features: CountyFeatures | null }> {
  const window = opts.window ?? DEFAULT_WINDOW;
  const batchSize = opts.batchSize ?? 500;
  const scorers = rulesList.map(() => new Scorer(window));
  const active: CountyFeatures['active'] = [];
  const quiet = new Scorer(window);
  let after: string | null = null;
  for (;;) {
    const batch: Array<{ id: string; birthDate: Date; countyCode: string }> = await db.prisma.child.findMany({
      where: { countyCode, ...(after ? { id: { gt: after } } : {}) },
      select: RISK_CANDIDATE_SELECT,
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (batch.length === 0) break;
    after = (batch.at(-1) as { id: string }).id;
    const histories = await loadRiskHistories(db.prisma, countyCode, batch.map((c) => c.id), period.from, period.to);
    for (const child of batch) {
      const h = histories.get(child.id) as RiskHistory;
      if (h.events.length === 0) continue; // never on a roll before the period's end
      const trace: PupilTrace = { childId: child.id, years: [], dropouts: [] };
      for (const e of effectiveEvents(h.events)) {
        if (e.type !== 'DROPOUT' || e.grade === null || e.grade < 1 || e.grade > 9 || e.occurredOn < period.from || e.occurredOn > period.to) continue;
        trace.dropouts.push({ at: indexOf(period.days, dayNo(e.occurredOn)), year: schoolYearOf(e.occurredOn) });
      }
      const flagged: Array<Array<{ at: number; year: number; rules: string[] }>> = rulesList.map(() => []);
      const candidates: CandidateDay[] = [];
      period.days.forEach((n, at) => {
        const date = dateOf(n);
        const r = riskFactsOn(child, h, date);
        if (!r) return;
        const year = schoolYearOf(date);
        if (trace.years[trace.years.length - 1] !== year) trace.years.push(year);
        const all = rulesList.map((rules, i) => {
          const flags = evaluateRisk(r.facts, date, rules);
          if (flags.length > 0) (flagged[i] as unknown[]).push({ at, year, rules: [...new Set(flags.map((f) => f.rule))] });
          return flags;
        });
        opts.onDay?.(child.id, date, all);
        if (opts.features) {
          const c = candidateDay(r.facts, date, at, year);
          if (c) candidates.push(c);
        }
      });
      scorers.forEach((s, i) => s.add(trace, flagged[i] as Array<{ at: number; year: number; rules: string[] }>));
      if (opts.features) {
        if (candidates.length > 0 || trace.dropouts.length > 0) active.push({ trace, candidates, years: summarise(trace, candidates) });
        else quiet.add(trace, []);
      }
    }
    if (batch.length < batchSize) break;
  }
  return {
    outcomes: scorers.map((s) => s.result()),
    features: opts.features ? { period, active, quiet: { pupilYears: quiet.pupilYears, positives: quiet.positives } } : null,
  };
}

// ───────────────────────────── tuning ─────────────────────────────

/**
 * The grid of thresholds tuned over. Every warning rule stays on (each is a
 * signal the plan asks schools to act on: R2.1, R2.4); the tuning sets how
 * much of it makes a warning. Every rules object in it needs ≥ 2 unexcused
 * days (or an overdue suspension) to fire, which countyFeatures relies on.
 */
export function grid(): RiskRules[] {
  const out: RiskRules[] = [];
  for (const absenceStreakDays of [2, 3, 4, 5, 6, 8, 10, 15]) {
    for (const recentWindowDays of WINDOWS) {
      for (let recentAbsenceDays = 2; recentAbsenceDays <= Math.min(12, recentWindowDays); recentAbsenceDays++) {
        for (const contextRelief of recentAbsenceDays >= 3 ? [0, 1] : [0]) {
          for (const overdueSchoolDays of [0, 5, 10, 20, 40]) out.push({ absenceStreakDays, recentAbsenceDays, recentWindowDays, contextRelief, overdueSchoolDays });
        }
      }
    }
  }
  return out;
}

function lexGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
  return false;
}

const f1 = (o: Outcome): number => {
  const p = o.precision ?? 0;
  const r = o.recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** How close an outcome comes to the goal on its weakest criterion (≥ 1: the goal is met). */
export function goalScore(o: Outcome): number {
  return Math.min((o.precision ?? 0) / GOAL.precision, (o.recall ?? 0) / GOAL.recall, (o.medianLead ?? 0) / GOAL.medianLead);
}

export interface Tuned {
  rules: RiskRules;
  outcome: Outcome;
  tried: number;
  /** Grid points meeting the whole goal on the tuning county. */
  meetingGoal: number;
  /** For each minimum median lead time: the best rules reaching it (by F1, then min(precision / 0.5, recall / 0.5)). */
  tradeOff: Array<{ minLead: number; rules: RiskRules | null; outcome: Outcome | null }>;
}

/**
 * Picks the rules of the grid that come closest to the goal on ONE county:
 * the largest goalScore (the weakest of precision / 0.5, recall / 0.5 and
 * median lead / 10), then the largest F1, then the longest median lead, then
 * the first in grid order.
 */
export function tune(features: CountyFeatures, minLeads: readonly number[] = [], window = DEFAULT_WINDOW): Tuned {
  const scored = grid().map((rules) => ({ rules, outcome: scoreFeatures(features, rules, window) }));
  let best: { rules: RiskRules; outcome: Outcome; key: number[] } | null = null;
  let meetingGoal = 0;
  for (const x of scored) {
    const key = [goalScore(x.outcome), f1(x.outcome), x.outcome.medianLead ?? 0];
    if ((key[0] as number) >= 1) meetingGoal++;
    if (best === null || lexGreater(key, best.key)) best = { ...x, key };
  }
  if (!best) throw new Error('empty grid');
  const tradeOff = minLeads.map((minLead) => {
    let b: { rules: RiskRules; outcome: Outcome; key: number[] } | null = null;
    for (const x of scored) {
      if ((x.outcome.medianLead ?? -1) < minLead) continue;
      const key = [f1(x.outcome), Math.min((x.outcome.precision ?? 0) / GOAL.precision, (x.outcome.recall ?? 0) / GOAL.recall), x.outcome.medianLead ?? 0];
      if (b === null || lexGreater(key, b.key)) b = { ...x, key };
    }
    return { minLead, rules: b?.rules ?? null, outcome: b?.outcome ?? null };
  });
  return { rules: best.rules, outcome: best.outcome, tried: scored.length, meetingGoal, tradeOff };
}
