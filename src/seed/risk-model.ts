import { dayOf } from './calendar';
import type { ChildModel } from './context';

/**
 * The demo county's model of how children come to drop out (issue 12):
 * documented risk factors raise a pupil-year's dropout hazard, and a
 * dropout's school record shows a lead-up drawn with noise; the same
 * factors also give many children who do NOT drop out the same signals
 * (signals common, dropouts rare). Everything here is generator-side: the
 * hub's early-warning rules (src/modules/targets/risk-rules.ts) see only
 * the school records it produces, never these causes.
 *
 * Risk factors of a pupil-year, with the relative risk (RR) they put on the
 * dropout hazard (orders of magnitude from the dropout literature: grade
 * transitions, over-age, family disruption and migration of parents,
 * poverty; the exact values are this model's assumptions):
 *   grade 7 (小升初, the primary → junior step)         RR 1.7
 *   grade 9 (初三: work at 15–16, leaving before 中考)  RR 1.4
 *   grade 6 (last primary year)                          RR 1.2
 *   over-age: started a year late / two years late       RR 1.4 / 2.0
 *   a parent left to work away (half-year before or during the year)  RR 1.8
 *   a family move: a transfer of school within the last school year   RR 1.6
 *   registered-poor household (建档立卡)                RR 1.5 (as before)
 * The hazard of a level is divided by the level's mean RR (without poverty,
 * which kept its ×1.5 of before) so that the county stays near its rates:
 * 0.5 % a year in primary and 1.5 % in junior grades (targets T1 ≤ 0.6 %,
 * T2 ≤ 1.8 %).
 *
 * Lead-up of a dropout in the attendance ledger (plan R2.4), for dropouts
 * within the ledger's two terms (attendance.ts):
 *   RISING  (75 % of dropouts during a term): unexcused absences rise over
 *           15–45 school days (per-day chance from 5 % to 35–70 %, some
 *           covered by a sick note), then 2–8 consecutive unexcused days,
 *           then the dropout is registered; the guardian is refused or
 *           unreachable more and more often on follow-up.
 *   SUDDEN  (25 %): 1–4 unexcused days and the dropout (found work, married,
 *           left with the family): nothing to see weeks before.
 *   NO_SHOW (dropouts in the first school days of a term, 20 % of all):
 *           did not come back after the holiday; half of them had a rising
 *           lead-up in the last weeks before the holiday.
 *   SUSPENSION: a suspension (休学) not resumed by its due date, registered
 *           as a dropout 5–40 days after it (15 % of suspensions).
 * Noise, among children who do NOT drop out:
 *   transient disengagement spells, 8–30 school days of absences peaking at
 *   15–60 % a day (30 % of them with a run of 2–4 days), then recovery:
 *   per term 1.2 % of primary and 3 % of junior pupils, times the same
 *   factors' RR for spells (SPELL_RR); lateness after a holiday (1–3
 *   unexcused days after the term start or the National Day week, 3 % of
 *   pupils each time); suspensions resumed late (20 %); and every ordinary
 *   single-day absence. The follow-up with the guardian (plan R2.4) is
 *   refused or unanswered more and more often along a lead-up (35 % → 80 %),
 *   20 % of the time otherwise; no rule reads it yet.
 */

/** Dropout hazard per school year before risk factors (primary, junior). */
export const DROPOUT_BASE = { primary: 0.005, junior: 0.015 } as const;
/**
 * Divides the hazard so that each level's mean lands near its base rate (calibrated on seed 20261129,
 * 30,000 children: 0.47–0.55 % a year in primary and 1.4–1.8 % in junior grades, school years 2023–2025).
 */
export const DROPOUT_NORM = { primary: 1.28, junior: 1.6 } as const;

export const RR = {
  grade7: 1.7,
  grade9: 1.4,
  grade6: 1.2,
  lateOneYear: 1.4,
  lateTwoYears: 2.0,
  parentLeft: 1.8,
  moved: 1.6,
  poor: 1.5,
} as const;

/** Relative risks of a transient absence spell (the same factors, milder). */
export const SPELL_RR = { transition: 1.5, overAge: 1.5, parentLeft: 1.7, moved: 1.5 } as const;
/** Chance of a transient spell per pupil-term before factors (primary, junior). */
export const SPELL_BASE = { primary: 0.012, junior: 0.03 } as const;
/** Chance of coming back 1–3 days late after a holiday, per pupil and holiday. */
export const LATE_RETURN = 0.03;

/** Share of dropouts during a term that had no-show at a term start / after National Day. */
export const NO_SHOW_SHARE = 0.2;
/** Share of in-term dropouts with a rising lead-up (the rest are sudden). */
export const RISING_SHARE = 0.75;

/** A living parent guardian left to work away between `from` and `to` (day numbers). */
export function parentLeftBetween(c: ChildModel, from: number, to: number): boolean {
  for (const p of c.hh.persons) {
    if (p.guardian && p.worksAway && !p.deceased && p.awaySince !== null && p.awaySince >= from && p.awaySince < to) return true;
  }
  return false;
}

/** The child changed school within the county between `from` and `to`. */
export function movedBetween(c: ChildModel, from: number, to: number): boolean {
  return c.moves.some((d) => d >= from && d < to);
}

/** RR of the dropout hazard in school year y at grade g (without poverty). */
export function dropoutRisk(c: ChildModel, y: number, g: number): number {
  let rr = g === 7 ? RR.grade7 : g === 9 ? RR.grade9 : g === 6 ? RR.grade6 : 1;
  if (c.delay === 1) rr *= RR.lateOneYear;
  else if (c.delay >= 2) rr *= RR.lateTwoYears;
  if (parentLeftBetween(c, dayOf(y, 3, 1), dayOf(y + 1, 7, 1))) rr *= RR.parentLeft;
  if (movedBetween(c, dayOf(y - 1, 9, 1), dayOf(y, 9, 1))) rr *= RR.moved;
  return rr;
}

/** Dropout chance of the pupil-year (grade g in school year y). */
export function dropoutHazard(c: ChildModel, y: number, g: number): number {
  const junior = g >= 7;
  const base = junior ? DROPOUT_BASE.junior / DROPOUT_NORM.junior : DROPOUT_BASE.primary / DROPOUT_NORM.primary;
  return base * dropoutRisk(c, y, g) * (c.hh.poor ? RR.poor : 1);
}

/** Chance of a transient absence spell in a term starting on `termStart`, at grade g. */
export function spellChance(c: ChildModel, termStart: number, term: 1 | 2, g: number): number {
  let p = g >= 7 ? SPELL_BASE.junior : SPELL_BASE.primary;
  if ((g === 7 && term === 1) || (g === 6 && term === 2) || g === 9) p *= SPELL_RR.transition;
  if (c.delay >= 1) p *= SPELL_RR.overAge;
  if (parentLeftBetween(c, termStart - 180, termStart + 120)) p *= SPELL_RR.parentLeft;
  if (movedBetween(c, termStart - 365, termStart + 120)) p *= SPELL_RR.moved;
  return p;
}
