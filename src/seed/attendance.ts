import { dayOf, isoDate, isoTimestamp, schoolYearOf, weekday } from './calendar';
import type { ChildModel, GenContext } from './context';
import { classTeacher, type SchoolInfo } from './model';
import { weighted } from './prng';
import { LATE_RETURN, RISING_SHARE, spellChance } from './risk-model';
import { plant } from './services';
import { FOLLOW_UP_NOTES, LEAVE_REASONS } from './vocabulary';

/**
 * The leave and absence ledger (请假、缺勤登记台账, plan R2.4) of the previous
 * term and the current one up to yesterday, for every child who attended
 * school in them (one row per absent day). What it holds (risk-model.ts):
 *   - ordinary absences: single unexcused days and 1–3 day leaves, always
 *     with a present day around them (2–4 % of child-days);
 *   - each dropout's lead-up (rising absences, a sudden stop, or no show
 *     after a holiday) in the school days before its DROPOUT event;
 *   - noise: transient spells of absence that recover, lateness after a
 *     holiday, and the planted current streaks (quota `streak`).
 * A run of 3+ consecutive unexcused school days (Monday to Friday, the
 * hub's calendar: src/lib/school-days.ts) this term of a pupil enrolled
 * today in grades 1–9 is planted as ABSENCE_STREAK, so the early warning
 * as of today finds exactly the planted streaks.
 */

/** Consecutive unexcused school days that make an ABSENCE_STREAK fact (the hub's ABSENCE_STREAK_DAYS default). */
export const STREAK_DAYS = 3;

export interface PlantedStreak {
  from: number;
  to: number;
  days: number;
  ongoing: boolean;
}

const LEAVE_LENGTH = weighted<number>([[1, 60], [2, 25], [3, 15]]);
const FOLLOW_UP = weighted<string>([['REACHED_WILL_RETURN', 60], ['RETURNED', 20], ['UNREACHABLE', 15], ['REACHED_REFUSED', 5]]);

// Marks and sources of a ledger day (source 0: an ordinary absence).
const PRESENT = 0;
const LEAVE = 1;
const UNEXCUSED = 2;
const NOISE = 1;
const LEAD_UP = 2;
const PLANTED = 3;

function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First day of the hub's term containing `day` (src/lib/school-year.ts termStartOf: 1 September or 1 February). */
function hubTermStart(day: number): number {
  const m = new Date(day * 86_400_000).getUTCMonth() + 1;
  const y = schoolYearOf(day);
  return m >= 9 || m === 1 ? dayOf(y, 9, 1) : dayOf(y + 1, 2, 1);
}

/** Writes the child's ledger; returns the planted current streak if any. */
export function writeAttendance(ctx: GenContext, c: ChildModel): PlantedStreak | null {
  const { rng, ledger, today } = ctx;
  const L = ledger.days;
  const n = L.length;
  if (n === 0 || c.stints.length === 0 || c.disability?.placement === 'HOME_TEACHING') {
    for (const ep of c.dropouts) plantLeadUp(ctx, c, ep, ep.via === 'SUSPENSION' ? 'SUSPENSION' : 'SUDDEN', null);
    return null;
  }

  // The stint (school, grade) of each ledger day the child attended; -1 when not at school.
  const stintOf = new Int16Array(n).fill(-1);
  let attended = 0;
  c.stints.forEach((st, k) => {
    for (let i = lowerBound(L, st.from); i < n && (L[i] as number) < st.to; i++) {
      stintOf[i] = k;
      attended++;
    }
  });
  if (attended === 0) {
    for (const ep of c.dropouts) plantLeadUp(ctx, c, ep, ep.via === 'SUSPENSION' ? 'SUSPENSION' : 'SUDDEN', null);
    return null;
  }
  const at = (i: number): boolean => i >= 0 && i < n && (stintOf[i] as number) >= 0;
  const gradeOn = (i: number): number => {
    const st = c.stints[stintOf[i] as number] as ChildModel['stints'][number];
    return st.grade + schoolYearOf(L[i] as number) - schoolYearOf(st.from);
  };

  const marks = new Uint8Array(n);
  const source = new Uint8Array(n);
  const chance = new Float32Array(n); // episodic chance of an unexcused day (spells, lead-ups)
  const progress = new Float32Array(n); // position within a lead-up, 0 → 1
  const leaveOf = new Int32Array(n).fill(-1); // index of the leave's first day
  const force = (i: number, src: number, p = 1): void => {
    if (!at(i)) return;
    marks[i] = UNEXCUSED;
    source[i] = Math.max(source[i] as number, src);
    progress[i] = Math.max(progress[i] as number, p);
  };

  // Dropout lead-ups, in the attended school days before the DROPOUT event.
  for (const ep of c.dropouts) {
    if (ep.via === 'SUSPENSION') {
      plantLeadUp(ctx, c, ep, 'SUSPENSION', null); // suspended, not at school: the signal is the overdue suspension
      continue;
    }
    const iD = lowerBound(L, ep.day);
    let j = iD - 1;
    let first: number | null = null;
    const run = (len: number): void => {
      for (let k = 0; j >= 0 && k < len; j--) {
        if (!at(j)) continue;
        force(j, LEAD_UP, 1);
        first = L[j] as number;
        k++;
      }
    };
    if (ep.via === 'NO_SHOW') {
      // Did not come back after the holiday: every school day from the holiday's end to the dropout.
      const since = lowerBound(L, noShowSince(ep.day));
      for (let i = since; i < iD; i++) {
        force(i, LEAD_UP, 1);
        if (first === null && at(i)) first = L[i] as number;
      }
      j = since - 1;
      if (rng.chance(0.5)) first = rampBefore(j, rng.int(10, 25), rng.range(0.3, 0.55)) ?? first;
      plantLeadUp(ctx, c, ep, 'NO_SHOW', first);
    } else if (rng.chance(RISING_SHARE)) {
      run(rng.int(2, 8));
      first = rampBefore(j, rng.int(15, 45), rng.range(0.35, 0.7)) ?? first;
      plantLeadUp(ctx, c, ep, 'RISING', first);
    } else {
      run(rng.int(1, 4));
      plantLeadUp(ctx, c, ep, 'SUDDEN', first);
    }
  }
  /** Absences rising over `len` attended school days ending at index `end` (inclusive), up to `peak` a day; returns the ramp's first day. */
  function rampBefore(end: number, len: number, peak: number): number | null {
    const idx: number[] = [];
    for (let j = end; j >= 0 && idx.length < len; j--) if (at(j)) idx.push(j);
    idx.reverse();
    idx.forEach((i, k) => {
      const t = (k + 1) / idx.length;
      chance[i] = Math.max(chance[i] as number, 0.05 + (peak - 0.05) * t);
      source[i] = LEAD_UP;
      progress[i] = t;
    });
    return idx.length > 0 ? (L[idx[0] as number] as number) : null;
  }

  // Noise among all pupils: transient spells of absence that recover, and lateness after a holiday.
  ledger.terms.forEach((term, t) => {
    const ts = ledger.termStarts[t] as number;
    const te = t + 1 < ledger.termStarts.length ? (ledger.termStarts[t + 1] as number) : n;
    let first = -1;
    let count = 0;
    for (let i = ts; i < te; i++) {
      if (!at(i)) continue;
      if (first < 0) first = i;
      count++;
    }
    if (first < 0) return;
    const g = gradeOn(first);
    if (g > 9) return;
    const anchors = [first];
    if (term.term === 1) anchors.push(lowerBound(L, dayOf(term.schoolYear, 10, 8)));
    for (const a of anchors) {
      if (a >= te || !at(a) || !rng.chance(LATE_RETURN)) continue;
      const len = rng.int(1, 3);
      for (let i = a; i < a + len && i < te; i++) if (marks[i] === PRESENT) force(i, NOISE);
    }
    if (count < 15 || !rng.chance(spellChance(c, term.startsOn, term.term, g))) return;
    const len = rng.int(8, 30);
    const start = rng.chance(0.3) ? (anchors[rng.int(0, anchors.length - 1)] as number) : rng.int(first, Math.max(first, te - 5));
    const peak = rng.range(0.15, 0.6);
    for (let i = start; i < start + len && i < te; i++) {
      if (!at(i) || source[i] === LEAD_UP) continue;
      const x = (i - start + 0.5) / len;
      chance[i] = Math.max(chance[i] as number, peak * (1 - Math.abs(2 * x - 1)));
      source[i] = NOISE;
    }
    if (rng.chance(0.3)) {
      const mid = start + (len >> 1);
      const run = rng.int(2, 4);
      for (let i = mid; i < mid + run && i < te; i++) if (marks[i] === PRESENT && source[i] !== LEAD_UP) force(i, NOISE);
    }
  });

  // Planted: a run of 3–8 consecutive unexcused school days this term (a suspected dropout, often still going on).
  const school = c.school;
  const curStart = ledger.termStarts[ledger.termStarts.length - 1] as number;
  if (c.status === 'ENROLLED' && school && (c.grade ?? 0) <= 9) {
    const from = Math.max(curStart, lowerBound(L, c.attendingSince));
    const m = n - from;
    if (m >= 15 && ctx.quotas.streak.take()) {
      const len = rng.int(3, 8);
      const ongoing = rng.chance(0.6);
      const start = from + (ongoing ? m - len : rng.int(3, m - len - 3));
      for (let i = start; i < start + len; i++) {
        marks[i] = UNEXCUSED;
        source[i] = PLANTED;
      }
    }
  }

  // Episodic days: an unexcused absence with the day's chance (a sick note now and then).
  for (let i = 0; i < n; i++) {
    const p = chance[i] as number;
    if (p <= 0 || marks[i] !== PRESENT || !at(i) || !rng.chance(p)) continue;
    if (source[i] === LEAD_UP && rng.chance(0.15)) {
      marks[i] = LEAVE;
      leaveOf[i] = i;
    } else marks[i] = UNEXCUSED;
  }

  // Ordinary absences: isolated unexcused days and 1–3 day leaves, always with a present day around them.
  const u = rng.float();
  const pOrdinary = u < 0.7 ? 0.01 : u < 0.95 ? 0.04 : 0.1;
  const free = (i: number): boolean => i < 0 || i >= n || marks[i] === PRESENT;
  for (let i = 1; i < n; i++) {
    if (!at(i) || !rng.chance(pOrdinary)) continue;
    const excused = rng.chance(0.65);
    const len = excused ? rng.pickWeighted(LEAVE_LENGTH) : 1;
    let ok = free(i - 1) && free(i + len);
    for (let j = i; j < i + len && ok; j++) ok = j < n && marks[j] === PRESENT && stintOf[j] === stintOf[i] && (j === i || (L[j] as number) - (L[j - 1] as number) <= 3);
    if (!ok) continue;
    for (let j = i; j < i + len; j++) {
      marks[j] = excused ? LEAVE : UNEXCUSED;
      if (excused) leaveOf[j] = i;
    }
    i += len; // the next day stays a present day
  }

  // The rows.
  const last = L[n - 1] as number;
  let leaveId: string | null = null;
  let leaveReason = '';
  let plantedFirst = true;
  for (let i = 0; i < n; i++) {
    const mark = marks[i] as number;
    if (mark === PRESENT || !at(i)) continue;
    const day = L[i] as number;
    const st = c.stints[stintOf[i] as number] as ChildModel['stints'][number];
    const teacher = classTeacher(st.school, Math.min(st.school.maxGrade, Math.max(st.school.minGrade, gradeOn(i))), c.classNo);
    if (mark === LEAVE) {
      if (leaveOf[i] === i) {
        leaveId = rng.uuid();
        leaveReason = source[i] === LEAD_UP ? '病假:身体不适(家长电话请假)' : rng.pick(LEAVE_REASONS);
        let to = i;
        while (to + 1 < n && leaveOf[to + 1] === i) to++;
        ctx.writer.add('LeaveRequest', {
          id: leaveId, countyCode: ctx.cc, childId: c.id, fromDate: isoDate(day), toDate: isoDate(L[to] as number), reason: leaveReason,
          status: 'APPROVED', approvedBy: teacher, requestedAt: isoTimestamp(day - 1, 19, rng.int(0, 59)),
        });
      }
      record(ctx, c, st.school, day, 'EXCUSED_LEAVE', leaveId, leaveReason, null, teacher);
      continue;
    }
    let outcome: string;
    const src = source[i] as number;
    if (src === PLANTED) {
      outcome = day === last && i > 0 && marks[i - 1] === UNEXCUSED ? 'PENDING' : plantedFirst ? 'UNREACHABLE' : rng.chance(0.5) ? 'UNREACHABLE' : 'REACHED_REFUSED';
      plantedFirst = false;
    } else if (src === LEAD_UP) {
      // The guardian refuses or cannot be reached more and more often as the pupil drifts away.
      outcome = rng.chance(0.35 + 0.45 * (progress[i] as number)) ? (rng.chance(0.5) ? 'UNREACHABLE' : 'REACHED_REFUSED') : 'REACHED_WILL_RETURN';
    } else outcome = rng.pickWeighted(FOLLOW_UP);
    record(ctx, c, st.school, day, 'UNEXCUSED_ABSENCE', null, '未请假缺勤', outcome, teacher);
  }

  // The longest run this term on the hub's calendar (weekdays; a weekday without an unexcused record breaks it).
  if (c.status !== 'ENROLLED' || !school || (c.grade ?? 0) > 9) return null;
  const from = Math.max(hubTermStart(today), c.attendingSince);
  const unexcused = new Set<number>();
  for (let i = lowerBound(L, from); i < n; i++) if (marks[i] === UNEXCUSED && at(i)) unexcused.add(L[i] as number);
  if (unexcused.size < STREAK_DAYS) return null;
  let best: PlantedStreak | null = null;
  let runFrom = -1;
  let runDays = 0;
  for (let d = from; d < today; d++) {
    const wd = weekday(d);
    if (wd === 0 || wd === 6) continue;
    if (unexcused.has(d)) {
      if (runDays === 0) runFrom = d;
      runDays++;
      if (best === null || runDays >= best.days) best = { from: runFrom, to: d, days: runDays, ongoing: false };
    } else runDays = 0;
  }
  if (best === null || best.days < STREAK_DAYS) return null;
  let lastWeekday = today - 1;
  while (weekday(lastWeekday) === 0 || weekday(lastWeekday) === 6) lastWeekday--;
  best.ongoing = best.to === lastWeekday;
  return best;
}

/** Plants the answer key of a dropout within the ledger (DROPOUT_LEAD_UP): how it came, and from which day its signals show. */
function plantLeadUp(ctx: GenContext, c: ChildModel, ep: ChildModel['dropouts'][number], leadUp: 'RISING' | 'SUDDEN' | 'NO_SHOW' | 'SUSPENSION', signalsFrom: number | null): void {
  const start = ctx.ledger.days[0];
  if (start === undefined || ep.day < start || ep.day >= ctx.today) return;
  const from = leadUp === 'SUSPENSION' ? (ep.dueBackOn ?? null) : signalsFrom;
  plant(ctx, 'DROPOUT_LEAD_UP', c.id, {
    droppedOn: isoDate(ep.day), schoolId: ep.school.id, grade: ep.grade, leadUp, signalsFrom: from === null ? null : isoDate(from), returned: ep.returnDay !== null,
  });
}

/** The day a no-show pupil stopped coming: the term start or the end of the National Day week before `day`. */
function noShowSince(day: number): number {
  const y = schoolYearOf(day);
  const oct8 = dayOf(y, 10, 8);
  const mar1 = dayOf(y + 1, 3, 1);
  return day >= mar1 ? mar1 : day >= oct8 ? oct8 : dayOf(y, 9, 1);
}

function record(
  ctx: GenContext,
  c: ChildModel,
  school: SchoolInfo,
  day: number,
  kind: 'UNEXCUSED_ABSENCE' | 'EXCUSED_LEAVE',
  leaveId: string | null,
  note: string,
  outcome: string | null,
  teacher: string,
): void {
  const { rng } = ctx;
  const followed = outcome !== null && outcome !== 'PENDING';
  ctx.writer.add('AttendanceRecord', {
    id: rng.uuid(), countyCode: ctx.cc, childId: c.id, schoolId: school.id, date: isoDate(day), kind, leaveRequestId: leaveId, note,
    followUpOutcome: outcome, followedUpAt: followed ? isoTimestamp(day, rng.int(9, 16), rng.int(0, 59)) : null,
    followedUpBy: followed ? teacher : null, followUpNote: outcome === null ? null : rng.pick(FOLLOW_UP_NOTES[outcome] ?? ['']),
    recordedBy: teacher, recordedAt: isoTimestamp(day, 8, 30),
  });
}
