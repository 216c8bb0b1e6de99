import type { EnrollmentStatus, SupportCause } from '../../generated/prisma/enums';
import { isSchoolDay, schoolDaysBetween } from '../../lib/school-days';
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
 */

export type RiskRule = 'ABSENCE_STREAK' | 'ABSENCE_RATE' | 'SUSPENSION_OVERDUE' | 'OVER_AGE' | 'LEARNING_SUPPORT' | 'TRANSITION';

/** ABSENCE_RATE: unexcused absence on at least this share of the school days so far this term (plan R2.4). */
export const ABSENCE_RATE_PERCENT = 10;
/** OVER_AGE: age on 31 August above grade + this (a pupil starts grade 1 at 6, so grade + 5 is on time; two years late is still tolerated). */
export const OVER_AGE_MARGIN = 7;

export interface RiskRules {
  /** ctx.rules.absenceStreakDays (config ABSENCE_STREAK_DAYS). */
  absenceStreakDays: number;
}

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

/** The flags of one pupil on the as-of date; [] for a child not on the roll in grades 1–9. */
export function evaluateRisk(f: RiskFacts, asOf: Date, rules: RiskRules): RiskFlag[] {
  if ((f.status !== 'ENROLLED' && f.status !== 'SUSPENDED') || f.grade === null || f.grade < 1 || f.grade > 9) return [];
  const flags: RiskFlag[] = [];
  const termStart = termStartOf(asOf);
  const term = termOf(asOf);

  if (f.status === 'ENROLLED') {
    // plan R2.4: the school days of the current term so far (weekdays, src/lib/school-days.ts), from the later of the term start and the pupil's (re)joining.
    const from = f.onRollSince && f.onRollSince > termStart ? f.onRollSince : termStart;
    const days = schoolDaysBetween(from, asOf);
    const unexcused = new Set(f.unexcusedDays.filter((d) => d >= from && d <= asOf && isSchoolDay(d)).map(iso));
    const excused = new Set(f.excusedDays.map(iso));

    // ABSENCE_STREAK: the longest run of consecutive school days absent without leave (a day on leave or present breaks it).
    interface Run {
      from: Date;
      to: Date;
      n: number;
    }
    let best: Run | null = null;
    let run: Run | null = null;
    for (const d of days) {
      const k = iso(d);
      if (unexcused.has(k) && !excused.has(k)) {
        const next: Run = run === null ? { from: d, to: d, n: 1 } : { from: run.from, to: d, n: run.n + 1 };
        run = next;
        if (best === null || next.n >= best.n) best = next;
      } else run = null;
    }
    if (best !== null && best.n >= rules.absenceStreakDays) {
      flags.push({
        rule: 'ABSENCE_STREAK',
        reason: `${best.n} consecutive school days absent without leave (连续无故缺勤), ${iso(best.from)} to ${iso(best.to)}; the threshold is ${rules.absenceStreakDays}`,
        since: best.from,
      });
    }

    // ABSENCE_RATE: unexcused days ≥ 10 % of the school days so far (integer arithmetic, no rounding at the threshold).
    const n = unexcused.size;
    if (n > 0 && days.length > 0 && n * 100 >= ABSENCE_RATE_PERCENT * days.length) {
      flags.push({
        rule: 'ABSENCE_RATE',
        reason: `absent without leave on ${n} of ${days.length} school days since ${iso(from)} (${((n * 100) / days.length).toFixed(1)} %, 无故缺勤率 ≥ ${ABSENCE_RATE_PERCENT} %)`,
        since: from,
      });
    }
  }

  // SUSPENSION_OVERDUE: suspended and past the due-back date of the last suspension.
  if (f.status === 'SUSPENDED' && f.suspension?.dueBackOn && f.suspension.dueBackOn < asOf) {
    flags.push({
      rule: 'SUSPENSION_OVERDUE',
      reason: `suspended since ${iso(f.suspension.on)}, due back on ${iso(f.suspension.dueBackOn)}, not resumed (休学逾期未复学)`,
      since: f.suspension.dueBackOn,
    });
  }

  // OVER_AGE: repeated a grade or started late; age on 31 August of the school year above grade + 7.
  const schoolYear = schoolYearOf(asOf);
  const age = ageOn31Aug(f.birthDate, schoolYear);
  if (age > f.grade + OVER_AGE_MARGIN) {
    flags.push({
      rule: 'OVER_AGE',
      reason: `aged ${age} on 31 August ${schoolYear} in grade ${f.grade}: above grade + ${OVER_AGE_MARGIN} = ${f.grade + OVER_AGE_MARGIN} (留级或超龄)`,
      since: null,
    });
  }

  // LEARNING_SUPPORT: in one-to-one support for learning difficulty or weariness of school (plan R3.1).
  for (const s of [...f.activeSupports].sort((a, b) => a.startedOn.getTime() - b.startedOn.getTime())) {
    flags.push({
      rule: 'LEARNING_SUPPORT',
      reason: `in one-to-one support (一对一帮扶) for ${CAUSE[s.cause]} since ${iso(s.startedOn)}`,
      since: s.startedOn,
    });
  }

  // TRANSITION: the primary → junior step (小升初): last term of grade 6, first term of grade 7.
  if ((f.grade === 6 && term === 2) || (f.grade === 7 && term === 1)) {
    flags.push({
      rule: 'TRANSITION',
      reason: f.grade === 6 ? 'grade 6, second term: about to move from primary to junior school (小升初)' : 'grade 7, first term: just moved from primary to junior school (小升初)',
      since: termStart,
    });
  }
  return flags;
}
