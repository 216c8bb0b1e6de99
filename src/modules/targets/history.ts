import type { EnrollmentStatus } from '../../generated/prisma/enums';
import { schoolYearOf } from '../../lib/school-year';
import { replay, type ReplayEvent, type ReplayState } from '../enrollment';

/**
 * A registration's state on a past date, from its status events (plan R2.1:
 * the status is never stored on its own, it is what replaying the events
 * gives). Everything the targets, the monthly report and the early warning
 * say about a date goes through these few functions, so they agree.
 *
 * "As now known": a CORRECTION removes the event it names whatever the date
 * of the correction (plan S2), so a figure recomputed today for a past date
 * reflects every correction made since.
 */
export interface HistoryEvent extends ReplayEvent {
  childId: string;
  recordedAt: Date;
  dueBackOn: Date | null;
}

/** Statuses of a pupil on the school's roll (在籍): the denominator of a dropout rate. */
export const ON_ROLL: readonly EnrollmentStatus[] = ['ENROLLED', 'SUSPENDED'];

/** Compulsory education (义务教育): primary grades 1–6 (小学), junior grades 7–9 (初中). */
export type SchoolLevel = 'PRIMARY' | 'JUNIOR';

export function levelOf(grade: number | null): SchoolLevel | null {
  if (grade === null || !Number.isInteger(grade)) return null;
  if (grade >= 1 && grade <= 6) return 'PRIMARY';
  if (grade >= 7 && grade <= 9) return 'JUNIOR';
  return null;
}

export const DAY_MS = 86400000;

export function utcDay(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Events in recorded order, corrections and corrected events left out. */
export function effectiveEvents<E extends ReplayEvent>(events: readonly E[]): E[] {
  const corrected = new Set(events.filter((e) => e.type === 'CORRECTION').map((e) => e.correctsEventId));
  return events.filter((e) => e.type !== 'CORRECTION' && !corrected.has(e.id));
}

export interface StateOn extends ReplayState {
  /** Grade on the date: the grade recorded with the last event, plus one per school year begun since while enrolled (annual promotion, 升级). */
  gradeOn: number | null;
}

/**
 * The registration on date `d` (events on `d` included), or null when the
 * history cannot be replayed (an impossible sequence: fixed by a correction).
 */
export function stateOn(events: readonly HistoryEvent[], d: Date): StateOn | null {
  const upTo = events.filter((e) => e.type === 'CORRECTION' || e.occurredOn <= d);
  let s: ReplayState;
  try {
    s = replay(upTo);
  } catch {
    return null;
  }
  return { ...s, gradeOn: promotedGrade(effectiveEvents(upTo), s.status, d) };
}

/**
 * The grade on date `d`: StatusEvent.grade is the grade at the time of the
 * event; pupils move up one grade on each 1 September while enrolled. A
 * suspended pupil stays in the grade he or she left (休学 keeps the grade).
 */
export function promotedGrade(effective: readonly ReplayEvent[], status: EnrollmentStatus, d: Date): number | null {
  for (let i = effective.length - 1; i >= 0; i--) {
    const e = effective[i] as ReplayEvent;
    if (e.grade === null) continue;
    const years = status === 'ENROLLED' ? schoolYearOf(d) - schoolYearOf(e.occurredOn) : 0;
    return e.grade + Math.max(0, years);
  }
  return null;
}

/** Groups rows by child id, keeping their order. */
export function byChild<T extends { childId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.childId);
    if (list) list.push(r);
    else out.set(r.childId, [r]);
  }
  return out;
}

/** Median of a list of numbers (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Whole days from a to b. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
