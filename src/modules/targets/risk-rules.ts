import type { EnrollmentStatus, SupportCause } from '../../generated/prisma/enums';
import { isSchoolDay } from '../../lib/school-days';
import { ageOn31Aug, schoolYearOf, termOf, termStartOf } from '../../lib/school-year';
import { iso } from './history';

/**
 * Early warning (辍学预警, plan R2.4, R3.1): transparent rules, each flag with
 * the facts behind it, so a teacher can check it against the ledger.
 *
 * PROTECTED GROUPS ARE NEVER A RISK INPUT. Poverty (建档立卡, 低保, 特困),
 * disability, left-behind or in-distress status, orphanhood, migrant status,
 * ethnicity and gender decide who gets SUPPORT (plan R4, R6), never who is
 * SUSPECTED: flagging children for who they are rather than for what happens
 * at school would single them out and teach the rules to see poverty instead
 * of absence. `RiskFacts` therefore has no field for any of them, so no rule
 * can read one (test/targets/risk-flags.test.ts flips every one of them and
 * checks that no child's flags change).
 *
 * Two kinds of rule. WARNING rules put a pupil on the list: what happens at
 * school right now (unexcused absence, a suspension not resumed). CONTEXT
 * rules (over-age, one-to-one support, a transition year) are shown beside a
 * warning, never alone: each of them holds for a tenth or more of the pupils
 * of its grade, nearly all of whom stay in school, so alone they would bury
 * the few pupils who are drifting away (measured: `npm run report:early-warning`).
 *
 * The thresholds (EARLY_WARNING_RULES) are tuned on one generated county and
 * measured on another by scripts/early-warning-report.ts; see the README.
 */

export type RiskRule = 'ABSENCE_STREAK' | 'ABSENCE_RATE' | 'SUSPENSION_OVERDUE' | 'OVER_AGE' | 'LEARNING_SUPPORT' | 'TRANSITION';

/** Rules that put a pupil on the list by themselves. */
export const WARNING_RULES: readonly RiskRule[] = ['ABSENCE_STREAK', 'ABSENCE_RATE', 'SUSPENSION_OVERDUE'];
/** Rules shown only beside a warning. */
export const CONTEXT_RULES: readonly RiskRule[] = ['OVER_AGE', 'LEARNING_SUPPORT', 'TRANSITION'];

/** OVER_AGE: age on 31 August above grade + this (a pupil starts grade 1 at 6, so grade + 5 is on time; two years late is still tolerated). */
export const OVER_AGE_MARGIN = 7;

/** The thresholds of the warning rules. */
export interface RiskRules {
  /** ABSENCE_STREAK (plan R2.4): at least this many consecutive school days absent without leave this term. */
  absenceStreakDays: number;
  /** ABSENCE_RATE (plan R2.4): at least `recentAbsenceDays` days absent without leave among the last `recentWindowDays` school days this term. */
  recentAbsenceDays: number;
  recentWindowDays: number;
  /** With a context rule holding (over-age, support, transition), ABSENCE_RATE needs this many fewer days (0: context never lowers it). */
  contextRelief: number;
  /** SUSPENSION_OVERDUE (plan R2.1): suspended and at least this many school days past the due-back date (0: any day past it). */
  overdueSchoolDays: number;
}

/**
 * The thresholds in force: tuned on the demo county of seed 20261129
 * (20,000 children) by `npm run report:early-warning`, which measures them
 * on the county of seed 20261130 (figures in the README). Re-run the report
 * after changing the generator or the rules: it says when these differ from
 * what the tuning picks. (ABSENCE_STREAK_DAYS in the config is the
 * casework's same-day suspected-dropout alert, plan R2.4, not this list's.)
 */
export const EARLY_WARNING_RULES: Readonly<RiskRules> = Object.freeze({
  absenceStreakDays: 5,
  recentAbsenceDays: 8,
  recentWindowDays: 30,
  contextRelief: 1,
  overdueSchoolDays: 0,
});

/** Everything a rule may look at: school facts only (see the header). */
export interface RiskFacts {
  birthDate: Date;
  /** Registration on the as-of date. */
  status: EnrollmentStatus;
  grade: number | null;
  /** First day of the current spell on the roll (last ENROL / TRANSFER_IN / RESUME / RETURN), when ENROLLED. */
  onRollSince: Date | null;
  /** The last suspension (休学) still in force, when SUSPENDED. */
  suspension: { on: Date; dueBackOn: Date | null } | null;
  /** Attendance ledger (plan R2.4) of the current term up to the as-of date. */
  unexcusedDays: readonly Date[];
  excusedDays: readonly Date[];
  /** One-to-one support (plan R3.1) in force on the as-of date. */
  activeSupports: ReadonlyArray<{ cause: SupportCause; startedOn: Date }>;
}

export interface RiskFlag {
  rule: RiskRule;
  reason: string;
  since: Date | null;
}

const CAUSE: Record<SupportCause, string> = { LEARNING_DIFFICULTY: 'learning difficulty (学习困难)', WEARY_OF_SCHOOL: 'weary of school (厌学)' };

const DAY_MS = 86_400_000;
const dayNo = (d: Date): number => Math.floor(d.getTime() / DAY_MS);
const dateOf = (n: number): Date => new Date(n * DAY_MS);
const schoolDayCache = new Map<number, boolean>();

/** src/lib/school-days.ts isSchoolDay on a day number (cached: the backtest asks millions of times). */
function schoolDay(n: number): boolean {
  let v = schoolDayCache.get(n);
  if (v === undefined) {
    v = isSchoolDay(dateOf(n));
    if (schoolDayCache.size < 50_000) schoolDayCache.set(n, v);
  }
  return v;
}

/** The flags of one pupil on the as-of date; [] for a child not on the roll in grades 1–9 or without a warning. */
export function evaluateRisk(f: RiskFacts, asOf: Date, rules: Readonly<RiskRules> = EARLY_WARNING_RULES): RiskFlag[] {
  if ((f.status !== 'ENROLLED' && f.status !== 'SUSPENDED') || f.grade === null || f.grade < 1 || f.grade > 9) return [];
  const grade = f.grade;
  // Every warning needs an unexcused day or a suspension: most pupils on most days stop here.
  if (f.unexcusedDays.length === 0 && f.status === 'ENROLLED') return [];
  const warnings: RiskFlag[] = [];
  const today = dayNo(asOf);
  const termStart = termStartOf(asOf);

  // The context rules (shown only beside a warning; one of them may lower the ABSENCE_RATE threshold), read when needed.
  let context: RiskFlag[] | null = null;
  const contextFlags = (): RiskFlag[] => {
    if (context !== null) return context;
    context = [];
    // OVER_AGE: repeated a grade or started late; age on 31 August of the school year above grade + 7.
    const schoolYear = schoolYearOf(asOf);
    const age = ageOn31Aug(f.birthDate, schoolYear);
    if (age > grade + OVER_AGE_MARGIN) {
      context.push({
        rule: 'OVER_AGE',
        reason: `aged ${age} on 31 August ${schoolYear} in grade ${grade}: above grade + ${OVER_AGE_MARGIN} = ${grade + OVER_AGE_MARGIN} (留级或超龄)`,
        since: null,
      });
    }
    // LEARNING_SUPPORT: in one-to-one support for learning difficulty or weariness of school (plan R3.1).
    for (const s of [...f.activeSupports].sort((a, b) => a.startedOn.getTime() - b.startedOn.getTime())) {
      context.push({ rule: 'LEARNING_SUPPORT', reason: `in one-to-one support (一对一帮扶) for ${CAUSE[s.cause]} since ${iso(s.startedOn)}`, since: s.startedOn });
    }
    // TRANSITION: the primary → junior step (小升初: last term of grade 6, first term of grade 7) and the last year of compulsory education (grade 9, 初三).
    const term = termOf(asOf);
    if ((grade === 6 && term === 2) || (grade === 7 && term === 1) || grade === 9) {
      context.push({
        rule: 'TRANSITION',
        reason:
          grade === 6 ? 'grade 6, second term: about to move from primary to junior school (小升初)'
            : grade === 7 ? 'grade 7, first term: just moved from primary to junior school (小升初)'
              : 'grade 9: the last year of compulsory education (初三)',
        since: grade === 9 ? null : termStart,
      });
    }
    return context;
  };

  if (f.status === 'ENROLLED') {
    // plan R2.4: the school days of the current term so far (src/lib/school-days.ts), from the later of the term start and the pupil's (re)joining.
    const from = f.onRollSince && f.onRollSince > termStart ? dayNo(f.onRollSince) : dayNo(termStart);
    const excused = new Set(f.excusedDays.map(dayNo));
    const unexcused = new Set<number>();
    for (const d of f.unexcusedDays) {
      const n = dayNo(d);
      if (n >= from && n <= today && schoolDay(n) && !excused.has(n)) unexcused.add(n);
    }
    if (unexcused.size > 0) {
      const days: number[] = [];
      for (let n = from; n <= today; n++) if (schoolDay(n)) days.push(n);

      // ABSENCE_STREAK: the longest run of consecutive school days absent without leave (a day on leave or present breaks it; the latest of equal runs).
      let best: { from: number; to: number; n: number } | null = null;
      let runFrom = 0;
      let run = 0;
      for (const d of days) {
        if (unexcused.has(d)) {
          if (run === 0) runFrom = d;
          run++;
          if (best === null || run >= best.n) best = { from: runFrom, to: d, n: run };
        } else run = 0;
      }
      if (best !== null && best.n >= rules.absenceStreakDays) {
        warnings.push({
          rule: 'ABSENCE_STREAK',
          reason: `${best.n} consecutive school days absent without leave (连续无故缺勤), ${iso(dateOf(best.from))} to ${iso(dateOf(best.to))}; the threshold is ${rules.absenceStreakDays}`,
          since: dateOf(best.from),
        });
      }

      // ABSENCE_RATE: unexcused absence on at least K of the last W school days (absences rising in the weeks before a dropout).
      const window = days.slice(-rules.recentWindowDays);
      const inWindow = window.filter((d) => unexcused.has(d));
      const lowered = Math.max(1, rules.recentAbsenceDays - rules.contextRelief);
      const need = inWindow.length >= lowered && inWindow.length < rules.recentAbsenceDays && contextFlags().length > 0 ? lowered : rules.recentAbsenceDays;
      if (inWindow.length >= need) {
        const note = need < rules.recentAbsenceDays ? `, lowered by ${rules.recentAbsenceDays - need} for ${contextFlags().map((c) => c.rule).join(', ')}` : '';
        warnings.push({
          rule: 'ABSENCE_RATE',
          reason: `absent without leave on ${inWindow.length} of the last ${window.length} school days (${iso(dateOf(window[0] as number))} to ${iso(asOf)}; 近期无故缺勤, the threshold is ${need} of ${rules.recentWindowDays}${note})`,
          since: dateOf(inWindow[0] as number),
        });
      }
    }
  }

  // SUSPENSION_OVERDUE (plan R2.1): suspended and past the due-back date of the last suspension, by at least the threshold in school days.
  if (f.status === 'SUSPENDED' && f.suspension?.dueBackOn && f.suspension.dueBackOn < asOf) {
    let late = 0;
    for (let n = dayNo(f.suspension.dueBackOn) + 1; n <= today; n++) if (schoolDay(n)) late++;
    if (late >= rules.overdueSchoolDays) {
      warnings.push({
        rule: 'SUSPENSION_OVERDUE',
        reason: `suspended since ${iso(f.suspension.on)}, due back on ${iso(f.suspension.dueBackOn)}, not resumed (休学逾期未复学)${rules.overdueSchoolDays > 0 ? `; ${late} school days late, the threshold is ${rules.overdueSchoolDays}` : ''}`,
        since: f.suspension.dueBackOn,
      });
    }
  }
  return warnings.length === 0 ? [] : [...warnings, ...contextFlags()];
}
