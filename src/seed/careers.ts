import type { DropoutCause, EnrollmentStatus, StatusEventType } from '../generated/prisma/enums';
import { sealStudentNumber } from '../modules/enrollment/student-number';
import { dayOf, inTerm, isoDate, isoTimestamp, isSchoolDay, nthSchoolDay, schoolDayOnOrAfter, yearOf } from './calendar';
import type { ChildModel, DropoutEpisode, GenContext, Stint } from './context';
import { classTeacher, type SchoolInfo } from './model';
import { weighted } from './prng';
import { dropoutHazard, NO_SHOW_SHARE } from './risk-model';
import { CAUSE_NOTES, DROPOUT_CAUSES, GRADE_NAMES, SUPPORT_NOTES, SUPPORT_PLANS, SUSPEND_REASONS } from './vocabulary';

/**
 * A child's school history (学籍, plan R2.1) as StatusEvents whose replay
 * gives Enrollment.status, its leave and absence ledger for the current term
 * (plan R2.4) and one-to-one learning support (plan R3.1).
 *
 * Rates per school year 2023–2026 (only up to today): dropout 0.5 % in
 * primary and 1.5 % in junior grades on average, raised or lowered by the
 * pupil-year's risk factors (risk-model.ts: grade transitions, over-age, a
 * parent leaving to work, a family move; ×1.5 for registered-poor children;
 * targets T1 ≤ 0.6 %, T2 ≤ 1.8 %), on a school day (a fifth of them just
 * after a holiday: the pupil did not come back), suspension 0.4 %, transfer
 * within the township 2 %, transfer out of the county 0.4 %; besides, ~0.6 %
 * of registered-poor children drop out this term and stay out (plan T3 is
 * missed on purpose). A suspension is resumed on its due date (65 %), late
 * (20 %) or never: registered as a dropout weeks after its due date (15 %);
 * one still overdue today is planted (OVERDUE_SUSPENSION). The attendance
 * ledger with each dropout's lead-up is attendance.ts.
 */

const EVIDENCE: Record<StatusEventType, string> = {
  ENROL: 'RX', TRANSFER_IN: 'ZR', TRANSFER_OUT: 'ZC', SUSPEND: 'XX', RESUME: 'FX', DROPOUT: 'CX', RETURN: 'FH', GRADUATE: 'BY', DECEASE: 'SW', CORRECTION: 'GZ',
};

const PLACEMENT_BY_GRADE = {
  severe: weighted<'HOME_TEACHING' | 'SPECIAL_SCHOOL' | 'DEFERRED'>([['HOME_TEACHING', 60], ['SPECIAL_SCHOOL', 30], ['DEFERRED', 10]]),
  moderate: weighted<'SPECIAL_SCHOOL' | 'REGULAR_CLASS' | 'HOME_TEACHING' | 'DEFERRED'>([['SPECIAL_SCHOOL', 50], ['REGULAR_CLASS', 30], ['HOME_TEACHING', 15], ['DEFERRED', 5]]),
  mild: weighted<'REGULAR_CLASS' | 'SPECIAL_SCHOOL'>([['REGULAR_CLASS', 85], ['SPECIAL_SCHOOL', 15]]),
};

interface PendingEvent {
  type: StatusEventType;
  school: SchoolInfo;
  grade: number;
  day: number;
  reason: string;
  cause?: DropoutCause;
  dueBackOn?: number;
}

/** Decides the child's history and writes its Enrollment, StatusEvents and TransferRequests. */
export function planCareer(ctx: GenContext, c: ChildModel): void {
  const { rng, today, schoolYear: Y, county } = ctx;
  const v = c.hh.village;
  const migrant = c.hh.migrantOrigin !== null;
  const schoolAge = c.age >= 6 && c.age <= 15;

  // Children outside any school: planted never-enrolled, disabled without placement, deferred (plan R2.2, R2.5, R6.4).
  if (c.disability) {
    const d = c.disability;
    if (ctx.quotas.unplaced.take()) d.placement = null;
    else if (d.grade === 1 || d.category === 'MULTIPLE') d.placement = rng.pickWeighted(PLACEMENT_BY_GRADE.severe);
    else if (d.grade === 2) d.placement = rng.pickWeighted(PLACEMENT_BY_GRADE.moderate);
    else d.placement = rng.pickWeighted(PLACEMENT_BY_GRADE.mild);
  } else if (schoolAge && !migrant && v.township.censusSubmitted && ctx.quotas.neverEnrolled.take()) {
    c.neverEnrolled = true;
  }
  if (c.neverEnrolled || (c.disability && (c.disability.placement === null || c.disability.placement === 'DEFERRED'))) {
    c.status = 'NOT_ENROLLED';
    c.statusSince = dayOf(Y, 9, 1);
    ctx.writer.add('Enrollment', {
      id: c.enrollmentId, countyCode: ctx.cc, childId: c.id, schoolId: null, grade: null, className: null, nationalStudentNumberCipher: null, nationalStudentNumberHash: null,
      status: 'NOT_ENROLLED', statusSince: isoDate(c.statusSince), createdAt: ctx.createdAt, updatedAt: ctx.createdAt,
    });
    return;
  }

  // Nominal grade this school year: entry at 6 (a few early at 5), some a year or two late.
  let delay = 0;
  if (c.age >= 7) {
    const r = rng.float();
    delay = r < 0.85 ? 0 : r < 0.98 ? 1 : 2;
  }
  c.delay = delay;
  let G = Math.max(1, c.age - 5 - delay);
  if ((c.disability || migrant) && G > 9) G = 9;
  const S = Y - G + 1; // school year of grade 1
  c.vocational = G >= 10 && rng.chance(0.4);

  const special = c.disability?.placement === 'SPECIAL_SCHOOL' || (c.disability?.placement === 'HOME_TEACHING' && rng.chance(0.5));
  const central = rng.pick(v.primaryChoices);
  // Grades 1–4 of a village without its own primary school mostly go to its 教学点.
  const ownPrimary = v.primaryChoices.some((s) => s.village === v);
  const firstPrimary = special ? county.special : v.teachingPoint && !ownPrimary && !migrant && rng.chance(0.7) ? v.teachingPoint : central;
  let primary = special ? county.special : central;
  const junior = special ? county.special : rng.pick(v.juniorChoices);
  const disruptable = !c.disability && !migrant;
  const canMoveAway = disruptable && !c.hh.leftBehind && !c.hh.inDistress && !c.hh.poor && !c.hh.lowIncome;
  if (disruptable && G <= 10 && ctx.quotas.overdue.take()) c.overdueYear = S <= Y - 1 && rng.chance(0.5) ? Y - 1 : Y;
  // A few registered-poor children drop out this term and are still out, so target T3 (zero) is visibly missed.
  const poorDropout = disruptable && c.hh.poor && G <= 9 && c.overdueYear === null && ctx.quotas.poorDropout.take();

  const events: PendingEvent[] = [];
  let state: EnrollmentStatus = 'NOT_ENROLLED';
  let cur: SchoolInfo = firstPrimary;
  let grade = 1;
  const push = (type: StatusEventType, school: SchoolInfo, g: number, day: number, reason: string, extra: Partial<PendingEvent> = {}): void => {
    events.push({ type, school, grade: g, day, reason, ...extra });
    if (type === 'ENROL' || type === 'TRANSFER_IN') {
      c.entryDay = day;
      c.entryGrade = g;
    }
  };
  const transferRequest = (from: SchoolInfo, to: SchoolInfo, requestedOn: number, decidedOn: number | null, status: 'ACCEPTED' | 'REQUESTED', reason: string): void => {
    ctx.writer.add('TransferRequest', {
      id: rng.uuid(), countyCode: ctx.cc, childId: c.id, fromSchoolId: from.id, toSchoolId: to.id, status,
      requestedOn: isoDate(requestedOn), decidedOn: decidedOn === null ? null : isoDate(decidedOn), reason,
    });
  };
  const otherSchool = (from: SchoolInfo, juniorStage: boolean): SchoolInfo | null => {
    const options = from.township.schools.filter(
      (s) => s !== from && s.kind !== 'TEACHING_POINT' && (juniorStage ? s.maxGrade >= 9 && s.minGrade <= 7 : s.minGrade === 1 && s.maxGrade >= 6) && s.kind !== 'SPECIAL_EDUCATION',
    );
    return options.length > 0 ? rng.pick(options) : null;
  };

  let firstYear = S;
  if (migrant) {
    firstYear = S < Y && !rng.chance(0.3) ? rng.int(S + 1, Y) : S;
    c.arrivalDay = dayOf(firstYear, 9, 1) - rng.int(5, 60);
  }
  for (let y = firstYear; y <= Y; y++) {
    const g = y - S + 1;
    const sep1 = dayOf(y, 9, 1);
    if (y === firstYear) {
      cur = g <= 4 ? firstPrimary : g <= 6 ? primary : junior;
      if (migrant && y > S) push('TRANSFER_IN', cur, g, Math.min(sep1 + rng.int(0, 14), today), `随迁子女,持居住证由${c.hh.migrantOrigin?.name ?? '外县'}转入`);
      else push('ENROL', cur, g, sep1, g === 1 ? '适龄儿童新生入学' : '入学');
      state = 'ENROLLED';
    } else {
      if (g === 5 && cur.kind === 'TEACHING_POINT') {
        const out = dayOf(y, 7, 8);
        transferRequest(cur, primary, out - rng.int(3, 14), out, 'ACCEPTED', '教学点只设一至四年级,转入中心小学');
        push('TRANSFER_OUT', cur, 4, out, `教学点四年级结业,转至${primary.name}`);
        push('TRANSFER_IN', primary, 5, sep1, `由${cur.name}转入五年级`);
        cur = primary;
      }
      if (g === 7 && cur.kind !== 'SPECIAL_EDUCATION') {
        push('GRADUATE', cur, 6, dayOf(y, 7, 5), '小学毕业');
        push('ENROL', junior, 7, sep1, '小学毕业升入初中');
        cur = junior;
      }
      if (g === 10) {
        push('GRADUATE', cur, 9, dayOf(y, 7, 5), '初中毕业,完成义务教育');
        state = 'GRADUATED';
        grade = 9;
        if (!c.vocational) break;
        push('ENROL', county.vocational, 10, sep1, '初中毕业升入中等职业学校');
        cur = county.vocational;
        state = 'ENROLLED';
      }
    }
    grade = g;
    if (y < Y - 3 || g > 9 || !disruptable || state !== 'ENROLLED') continue;

    // One disruption at most per school year (plan R2.1 events).
    const juniorStage = g >= 7;
    const jul1 = dayOf(y + 1, 7, 1);
    if (c.overdueYear === y) {
      // Planted: suspended, due back before today, never resumed (warning rule "overdue suspension").
      let day: number;
      let due: number;
      if (y === Y - 1) {
        day = rng.int(dayOf(Y, 3, 2), dayOf(Y, 6, 15));
        due = rng.int(dayOf(Y, 9, 1), Math.min(dayOf(Y, 11, 15), today - 1));
      } else {
        day = rng.int(dayOf(Y, 9, 7), dayOf(Y, 10, 15));
        due = rng.int(day + 14, Math.max(day + 14, today - 1));
      }
      if (day < today && due < today) {
        push('SUSPEND', cur, g, day, rng.pick(SUSPEND_REASONS), { dueBackOn: due });
        c.suspension = { day, dueBackOn: due };
        state = 'SUSPENDED';
        break;
      }
      continue;
    }
    const causeOf = (): DropoutCause => {
      const cause = rng.pickWeighted(DROPOUT_CAUSES) as DropoutCause;
      if (juniorStage && !c.male && c.age - (Y - y) >= 14 && rng.chance(0.08)) return 'MARRIAGE';
      if (c.hh.poor && rng.chance(0.3)) return 'POVERTY';
      return cause;
    };
    /** Drops out on `day`; returns true when the child is still out (no return before the summer or before today). */
    const dropOut = (day: number, via: DropoutEpisode['via'], cause: DropoutCause, mayReturn: boolean, dueBackOn?: number): boolean => {
      push('DROPOUT', cur, g, day, CAUSE_NOTES[cause] ?? '辍学', { cause });
      let back = day + rng.int(14, Math.max(14, Math.min(150, jul1 - day)));
      while (back > day && !(isSchoolDay(back) && inTerm(back))) back--; // back on a school day
      if (mayReturn && back > day + 7 && back < jul1 && back < today && rng.chance(y < Y ? 0.9 : 0.6)) {
        push('RETURN', cur, g, back, '经"七长"劝返复学');
        c.dropouts.push({ day, returnDay: back, school: cur, grade: g, cause, via, ...(dueBackOn === undefined ? {} : { dueBackOn }) });
        return false;
      }
      c.dropouts.push({ day, returnDay: null, school: cur, grade: g, cause, via, ...(dueBackOn === undefined ? {} : { dueBackOn }) });
      return true;
    };
    if (poorDropout && y === Y) {
      const day = schoolDayOnOrAfter(rng.int(dayOf(Y, 9, 7), Math.max(dayOf(Y, 9, 7), today - 3)));
      if (day < today) {
        const cause: DropoutCause = rng.chance(0.5) ? 'POVERTY' : (rng.pickWeighted(DROPOUT_CAUSES) as DropoutCause);
        dropOut(day, 'TERM', cause, false);
        state = 'DROPPED_OUT';
        break;
      }
    }
    const r = rng.float();
    // Hazard of this pupil-year from its risk factors (risk-model.ts).
    const pDrop = dropoutHazard(c, y, g);
    if (r < pDrop) {
      // On a school day: mostly during a term, a fifth just after a holiday (did not come back: term start, National Day).
      let day: number;
      let via: DropoutEpisode['via'] = 'TERM';
      if (rng.chance(NO_SHOW_SHARE)) {
        const u = rng.float();
        day = nthSchoolDay(u < 0.45 ? dayOf(y, 9, 1) : u < 0.65 ? dayOf(y, 10, 8) : dayOf(y + 1, 3, 1), rng.int(2, 10));
        via = 'NO_SHOW';
      } else {
        do {
          day = rng.int(dayOf(y, 9, 2), dayOf(y + 1, 5, 15));
        } while (!isSchoolDay(day) || !inTerm(day));
      }
      if (day >= today) continue;
      if (dropOut(day, via, causeOf(), true)) {
        state = 'DROPPED_OUT';
        break;
      }
    } else if (r < pDrop + 0.004) {
      const day = schoolDayOnOrAfter(rng.int(dayOf(y, 9, 2), dayOf(y + 1, 3, 1)));
      if (day >= today) continue;
      const due = Math.min(day + rng.int(60, 180), dayOf(y + 1, 6, 30));
      push('SUSPEND', cur, g, day, rng.pick(SUSPEND_REASONS), { dueBackOn: due });
      // At the due date: back on time (65 %), back late (20 %), or never back and registered as a dropout weeks later (15 %).
      const u = rng.float();
      const resumeOn = u < 0.65 ? due : u < 0.85 ? due + rng.int(3, 30) : null;
      let dropOn = resumeOn === null ? Math.min(due + rng.int(5, 40), dayOf(y + 1, 7, 5)) : null;
      while (dropOn !== null && !(isSchoolDay(dropOn) && inTerm(dropOn))) dropOn--; // registered on a school day
      if (resumeOn !== null && resumeOn < today) {
        push('RESUME', cur, g, resumeOn, resumeOn === due ? '休学期满,复学' : '休学逾期,经家访后复学');
      } else if (dropOn !== null && dropOn < today) {
        if (dropOut(dropOn, 'SUSPENSION', causeOf(), true, due)) {
          state = 'DROPPED_OUT';
          break;
        }
      } else {
        c.suspension = { day, dueBackOn: due };
        state = 'SUSPENDED';
        break;
      }
    } else if (r < pDrop + 0.024) {
      const to = otherSchool(cur, juniorStage);
      const day = rng.int(dayOf(y, 9, 2), dayOf(y + 1, 6, 20));
      if (!to || day >= today) continue;
      const arrive = Math.min(day + rng.int(0, 3), today - 1);
      transferRequest(cur, to, day - rng.int(3, 14), day, 'ACCEPTED', '家庭住址变动,申请转学');
      push('TRANSFER_OUT', cur, g, day, `转学至${to.name}`);
      push('TRANSFER_IN', to, g, Math.max(arrive, day), `由${cur.name}转入`);
      c.moves.push(day);
      cur = to;
      if (!juniorStage) primary = to;
    } else if (r < pDrop + 0.028 && canMoveAway) {
      const day = rng.int(dayOf(y, 9, 2), dayOf(y + 1, 6, 20));
      if (day >= today) continue;
      push('TRANSFER_OUT', cur, g, day, '随父母迁居外地,转学出县');
      state = 'TRANSFERRED_OUT';
      break;
    }
  }
  if (state === 'ENROLLED' && grade <= 9 && disruptable && rng.chance(0.002)) {
    const to = otherSchool(cur, grade >= 7);
    if (to) transferRequest(cur, to, today - rng.int(1, 20), null, 'REQUESTED', '随父母工作调动,申请转学');
  }

  const last = events[events.length - 1] as PendingEvent;
  c.stints = stintsOf(events);
  c.status = state;
  c.school = cur;
  c.grade = state === 'GRADUATED' ? 9 : state === 'ENROLLED' ? grade : last.grade;
  c.classNo = rng.int(1, cur.classesPerGrade);
  c.statusSince = last.day;
  c.attendingSince = last.day;
  ctx.writer.add('Enrollment', {
    id: c.enrollmentId, countyCode: ctx.cc, childId: c.id, schoolId: cur.id, grade: c.grade,
    // 全国学籍号: "G" + the ID number, so sealed like it.
    className: `${GRADE_NAMES[c.grade] ?? ''}(${c.classNo})班`, ...sealStudentNumber(ctx.sealer, 'G' + c.idNumber),
    status: state, statusSince: isoDate(c.statusSince), createdAt: ctx.createdAt, updatedAt: ctx.createdAt,
  });
  events.forEach((e, i) => {
    ctx.writer.add('StatusEvent', {
      id: rng.uuid(), countyCode: ctx.cc, enrollmentId: c.enrollmentId, childId: c.id, type: e.type, schoolId: e.school.id,
      grade: e.grade, occurredOn: isoDate(e.day), cause: e.cause ?? null, reason: e.reason,
      evidenceRef: `${EVIDENCE[e.type]}${yearOf(e.day)}${String(++ctx.counters.evidence).padStart(8, '0')}`,
      dueBackOn: e.dueBackOn === undefined ? null : isoDate(e.dueBackOn), recordedBy: e.school.registrar,
      recordedAt: isoTimestamp(e.day, 9, i),
    });
  });
}

const STINT_START = new Set<StatusEventType>(['ENROL', 'TRANSFER_IN', 'RESUME', 'RETURN']);
const STINT_END = new Set<StatusEventType>(['TRANSFER_OUT', 'SUSPEND', 'DROPOUT', 'GRADUATE']);

/** The stretches at school that the events give (a stint ends the day of the event that ends it). */
function stintsOf(events: readonly PendingEvent[]): Stint[] {
  const out: Stint[] = [];
  let open: Stint | null = null;
  for (const e of events) {
    if (STINT_START.has(e.type)) {
      if (open) open.to = e.day;
      open = { from: e.day, to: Number.POSITIVE_INFINITY, school: e.school, grade: e.grade };
      out.push(open);
    } else if (STINT_END.has(e.type) && open) {
      open.to = e.day;
      open = null;
    }
  }
  return out;
}

/** One-to-one pairing for learning difficulty or weariness (plan R3.1), with dated notes. */
export function writeLearningSupport(ctx: GenContext, c: ChildModel): void {
  const { rng, today, schoolYear: Y } = ctx;
  const school = c.school;
  if (c.status !== 'ENROLLED' || !school || (c.grade ?? 0) < 2 || (c.grade ?? 99) > 9) return;
  const afterDropout = c.dropouts.some((d) => d.cause === 'LEARNING_DIFFICULTY' || d.cause === 'WEARY_OF_SCHOOL');
  if (!afterDropout && !rng.chance(0.03)) return;
  c.learningSupport = true;
  const cause = afterDropout && c.dropouts.some((d) => d.cause === 'WEARY_OF_SCHOOL') ? 'WEARY_OF_SCHOOL' : rng.chance(0.6) ? 'LEARNING_DIFFICULTY' : 'WEARY_OF_SCHOOL';
  const earliest = Math.max(c.attendingSince, dayOf(Y, 3, 1) - 365);
  if (earliest >= today - 10) return;
  const started = rng.int(earliest, today - 10);
  const ended = rng.chance(0.25) ? started + rng.int(60, 200) : null;
  const id = rng.uuid();
  ctx.writer.add('LearningSupport', {
    id, countyCode: ctx.cc, childId: c.id, teacherName: classTeacher(school, c.grade ?? school.minGrade, c.classNo), cause,
    plan: rng.pick(SUPPORT_PLANS[cause]), startedOn: isoDate(started), endedOn: ended !== null && ended < today ? isoDate(ended) : null,
  });
  let day = started;
  for (let k = rng.int(1, 4); k > 0; k--) {
    day += rng.int(7, 30);
    if (day >= today) break;
    ctx.writer.add('LearningSupportNote', { id: rng.uuid(), countyCode: ctx.cc, supportId: id, notedOn: isoDate(day), note: rng.pick(SUPPORT_NOTES) });
  }
}
