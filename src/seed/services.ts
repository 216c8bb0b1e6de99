import type { EnrollmentStatus } from '../generated/prisma/enums';
import { dayOf, isoDate, isoTimestamp, yearOf } from './calendar';
import type { BoardingCandidate, ChildModel, GenContext, GrantSubject, HouseholdModel, PlantedKind, Programme } from './context';
import { creditCode, mobilePhone } from './id-numbers';
import { classTeacher } from './model';
import { weighted } from './prng';
import { evaluateRule, type RuleFacts } from './subsidy-rules';
import { COUNSELLING_NOTES, EMPLOYERS, HOME_TEACHING_CONTENT, personName, VISIT_NEXT_STEPS } from './vocabulary';

/**
 * Department services around each child: dropout casework with the 七长
 * (plan R1.2, R1.3, R1.4), disability records and placements (R2.5, R6.4),
 * migrant enrollment (R6.3), care of left-behind and in-distress children
 * (R6.1, R6.2), the township census (R2.2), the poverty roll (R2.3),
 * subsidies (R4.2, R4.3), boarding (R5.2, R6.1) and the planted facts.
 */

/** Records a planted fact (PlantedFact row) and counts it. */
export function plant(ctx: GenContext, kind: PlantedKind, childId: string | null, detail: Record<string, unknown>): void {
  ctx.writer.add('PlantedFact', { id: ctx.rng.uuid(), countyCode: ctx.cc, kind, childId, detail });
  ctx.planted[kind]++;
}

const GRADE_CN = ['', '一', '二', '三', '四'];

/** 残疾人证 record, placement history (one active at most) and home-teaching visits. */
export function writeDisability(ctx: GenContext, c: ChildModel): void {
  const d = c.disability;
  if (!d) return;
  const { rng, today, schoolYear: Y, county, cc } = ctx;
  const cert = c.idNumber + d.categoryDigit + String(d.grade); // 残疾人证号: ID number + category + grade
  ctx.writer.add('DisabilityRecord', {
    id: rng.uuid(), countyCode: cc, childId: c.id, category: d.category, grade: d.grade,
    certificateCipher: ctx.sealer.seal(cert), certificateHash: ctx.sealer.index(cert),
    assessment: `经${county.name}残联组织评定:${d.categoryName}${GRADE_CN[d.grade] ?? ''}级`,
    assessedOn: isoDate(Math.max(c.birthDay + 3 * 365, today - rng.int(200, 1500))),
  });
  const proposedBy = county.name + '残疾人联合会';
  const assignedBy = county.name + '教育局';
  if (d.placement === null) {
    plant(ctx, 'DISABLED_UNPLACED', c.id, { age: c.age, category: d.category, disabilityGrade: d.grade, townshipCode: c.hh.village.township.code });
    return;
  }
  if (d.placement === 'DEFERRED') {
    ctx.writer.add('Placement', {
      id: rng.uuid(), countyCode: cc, childId: c.id, type: 'DEFERRED', status: 'ASSIGNED', schoolId: null, responsibleTeacher: null,
      plan: '一人一案:暂缓入学,残联安排康复训练,每学期评估', visitsPerMonth: null, deferReason: '病情需康复治疗,经县残疾人教育专家委员会评估暂缓入学',
      reviewOn: isoDate(today + rng.int(30, 200)), proposedBy, assignedBy, startsOn: isoDate(dayOf(Y, 9, 1)), endsOn: null,
    });
    return;
  }
  const school = c.school;
  if (!school) return;
  const teacher = classTeacher(school, c.grade ?? school.minGrade, c.classNo);
  let startsOn = c.entryDay;
  const priorEnd = dayOf(Y, 7, 5);
  if (d.placement !== 'HOME_TEACHING' && c.entryDay < priorEnd - 300 && rng.chance(0.1)) {
    ctx.writer.add('Placement', {
      id: rng.uuid(), countyCode: cc, childId: c.id, type: 'HOME_TEACHING', status: 'ENDED', schoolId: school.id, responsibleTeacher: teacher,
      plan: '送教上门:每月2次,康复与基础学习', visitsPerMonth: 2, deferReason: null, reviewOn: null, proposedBy, assignedBy,
      startsOn: isoDate(c.entryDay), endsOn: isoDate(priorEnd),
    });
    startsOn = dayOf(Y, 9, 1);
  }
  const visits = d.placement === 'HOME_TEACHING' ? rng.int(2, 4) : null;
  const plan =
    d.placement === 'REGULAR_CLASS' ? '一人一案:随班就读,资源教师每周个别化辅导2次,作业分层'
      : d.placement === 'SPECIAL_SCHOOL' ? '一人一案:特殊教育学校就读,个别化教育计划(IEP)'
        : `一人一案:送教上门,每月${visits}次,每次2至3小时`;
  const placementId = rng.uuid();
  ctx.writer.add('Placement', {
    id: placementId, countyCode: cc, childId: c.id, type: d.placement, status: 'ASSIGNED', schoolId: school.id, responsibleTeacher: teacher,
    plan, visitsPerMonth: visits, deferReason: null, reviewOn: isoDate(dayOf(Y + 1, 7, 1)), proposedBy, assignedBy,
    startsOn: isoDate(startsOn), endsOn: null,
  });
  if (visits === null) return;
  const first = Math.max(ctx.term.startsOn, startsOn);
  for (let month = first; month < today; month += 30) {
    for (let i = 0; i < visits; i++) {
      const day = month + Math.floor(((i + rng.float()) * 28) / visits);
      if (day >= today) break;
      ctx.writer.add('HomeTeachingVisit', {
        id: rng.uuid(), countyCode: cc, placementId, teacherName: teacher, visitedOn: isoDate(day),
        hours: (rng.int(4, 7) / 2).toFixed(1), content: rng.pick(HOME_TEACHING_CONTENT),
      });
    }
  }
}

/** 随迁子女 enrollment on a residence permit, charged exactly the local fee (plan R6.3). */
export function writeMigrantEnrollment(ctx: GenContext, c: ChildModel): void {
  const origin = c.hh.migrantOrigin;
  const school = c.school;
  if (!origin || !school || c.status === 'NOT_ENROLLED') return;
  const { rng, today, cc, county } = ctx;
  const validFrom = (c.arrivalDay ?? c.entryDay) - rng.int(30, 200);
  const years = Math.max(1, Math.ceil((today - validFrom + 1) / 365));
  const permit = `${cc}${String(yearOf(validFrom)).slice(2)}${String(++ctx.counters.permit).padStart(8, '0')}`;
  ctx.writer.add('MigrantEnrollment', {
    id: rng.uuid(), countyCode: cc, childId: c.id, hukouOrigin: origin.name, permitCipher: ctx.sealer.seal(permit), permitHash: ctx.sealer.index(permit),
    permitIssuedBy: county.name + '公安局', permitValidFrom: isoDate(validFrom), permitValidTo: isoDate(validFrom + years * 365),
    appliedOn: isoDate(c.entryDay - rng.int(10, 45)), requestedGrade: c.entryGrade, assignedSchoolId: school.id, status: 'ENROLLED',
    feeChargedCents: school.feeCents, rejectReason: null,
  });
}

const CASE_SOURCE = weighted<string>([['SCHOOL_REPORT', 65], ['ABSENCE_ALERT', 20], ['CENSUS', 8], ['CROSS_CHECK', 7]]);

/** 劝返复学 cases for every dropout, with 七长, visits, legal action and labour findings (plan R1.2–R1.4). */
export function writeDropoutCases(ctx: GenContext, c: ChildModel): void {
  const { rng, today, county, cc } = ctx;
  for (const ep of c.dropouts) {
    const caseId = rng.uuid();
    const detected = Math.min(ep.day + rng.int(0, 3), today - 1);
    const teacher = classTeacher(ep.school, ep.grade, c.classNo);
    const open = ep.returnDay === null;
    const elapsed = today - ep.day;
    let status: string;
    let level: number;
    let closedOn: number | null = null;
    if (!open) {
      const span = (ep.returnDay as number) - ep.day;
      level = span < 30 ? 0 : span < 60 ? 1 : 2;
      const closing = (ep.returnDay as number) + rng.int(10, 40);
      status = closing < today ? 'CLOSED' : 'RETURNED';
      if (status === 'CLOSED') closedOn = closing;
    } else if (elapsed < 10) {
      status = 'OPEN';
      level = 0;
    } else if (elapsed < 90 || rng.chance(0.5)) {
      status = 'PERSUADING';
      level = elapsed < 30 ? 0 : elapsed < 60 ? 1 : 2;
    } else {
      status = 'LEGAL_ACTION';
      level = 3;
    }
    const source = ep.cause === 'WORK' && rng.chance(0.4) ? 'LABOR_FINDING' : rng.pickWeighted(CASE_SOURCE);
    ctx.writer.add('DropoutCase', {
      id: caseId, countyCode: cc, childId: c.id, detectedOn: isoDate(detected), source, cause: ep.cause, causeNote: null, status,
      countyHeadName: county.headName, bureauHeadName: county.bureauHeadName, townshipHeadName: c.hh.village.township.headName,
      villageHeadName: c.hh.village.headName, principalName: ep.school.principal, teacherName: teacher, parentName: c.hh.primary.name,
      firstVisitDueOn: isoDate(detected + 7), escalationLevel: level,
      escalatedAt: level > 0 ? isoTimestamp(Math.min(ep.day + 30 * level, today - 1), 10) : null,
      returnedOn: open ? null : isoDate(ep.returnDay as number), alternativePlan: null, closedOn: closedOn === null ? null : isoDate(closedOn),
      createdAt: isoTimestamp(detected, 10),
    });
    // Persuasion visits (劝返记录) up to the return or today.
    const until = open ? today - 1 : (ep.returnDay as number);
    const wanted = open ? (status === 'OPEN' ? rng.int(0, 1) : status === 'LEGAL_ACTION' ? rng.int(3, 4) : Math.min(4, 1 + Math.floor(elapsed / 30))) : rng.int(1, 3);
    const days: number[] = [];
    for (let d = detected + rng.int(1, 7); d <= until && days.length < wanted; d += rng.int(7, 21)) days.push(d);
    if (!open && days[days.length - 1] !== until) days.push(until);
    const visitors = [c.hh.village.township.headName, ep.school.principal, teacher, c.hh.village.headName];
    days.forEach((d, i) => {
      const final = i === days.length - 1;
      const outcome = !open && final ? 'RETURNED' : !open && i === days.length - 2 ? 'AGREED_TO_RETURN' : rng.chance(0.6) ? 'REFUSED' : 'NOT_HOME';
      ctx.writer.add('PersuasionVisit', {
        id: rng.uuid(), countyCode: cc, caseId, visitedOn: isoDate(d), visitors: visitors.slice(0, rng.int(2, 4)), outcome,
        notes: outcome === 'RETURNED' ? '学生已返校上课' : outcome === 'REFUSED' ? '家长及学生暂不同意返校' : outcome === 'NOT_HOME' ? '上门未见到学生及监护人' : '监护人同意送孩子返校',
        nextStep: outcome === 'RETURNED' ? null : rng.pick(VISIT_NEXT_STEPS),
        nextVisitOn: outcome === 'RETURNED' ? null : isoDate(final ? d + rng.int(7, 14) : (days[i + 1] as number)),
        recordedBy: teacher, recordedAt: isoTimestamp(d, 18),
      });
    });
    if (status === 'LEGAL_ACTION') {
      // Judiciary (plan R1.4): written order to the guardian, then legal education or a penalty.
      const order = Math.min(ep.day + rng.int(60, 80), today - 1);
      const judiciary = county.name + '司法局';
      ctx.writer.add('LegalAction', {
        id: rng.uuid(), countyCode: cc, caseId, childId: c.id, kind: 'WRITTEN_ORDER', takenOn: isoDate(order),
        description: '向监护人送达《督促复学通知书》,责令限期送适龄子女返校', outcome: '监护人已签收', recordedBy: judiciary,
      });
      if (rng.chance(0.5)) {
        ctx.writer.add('LegalAction', {
          id: rng.uuid(), countyCode: cc, caseId, childId: c.id, kind: rng.chance(0.7) ? 'LEGAL_EDUCATION' : 'ADMINISTRATIVE_PENALTY',
          takenOn: isoDate(Math.min(order + rng.int(7, 20), today - 1)), description: '司法所依据《义务教育法》对监护人开展法治教育', outcome: null, recordedBy: judiciary,
        });
      }
    }
    if (source === 'LABOR_FINDING' || (ep.cause === 'WORK' && rng.chance(0.6))) {
      // HR & social security finds the employer (plan R1.4).
      const action = rng.pickWeighted(LABOR_ACTION);
      const found = Math.min(ep.day + rng.int(15, 60), (ep.returnDay ?? today) - 1);
      ctx.writer.add('LaborViolation', {
        id: rng.uuid(), countyCode: cc, childId: c.id, employerName: county.name + rng.pick(EMPLOYERS), employerCreditCode: creditCode(rng, cc),
        foundOn: isoDate(Math.max(found, detected)), action, fineCents: action === 'FINE' ? rng.int(5, 20) * 100_000 : null,
        notes: '违法招用未满十六周岁的未成年人', recordedBy: county.name + '人力资源和社会保障局劳动保障监察大队',
      });
    }
    if (open) {
      plant(ctx, 'PLANTED_DROPOUT', c.id, {
        droppedOn: isoDate(ep.day), schoolId: ep.school.id, grade: ep.grade, stage: ep.grade <= 6 ? 'PRIMARY' : 'JUNIOR', cause: ep.cause,
        registeredPoor: c.hh.poor, caseId,
      });
    }
  }
}

const LABOR_ACTION = weighted<'ORDER' | 'FINE' | 'LICENCE_REVOKED'>([['ORDER', 60], ['FINE', 30], ['LICENCE_REVOKED', 10]]);

const RELATION_CN: Record<string, string> = {
  FATHER: '父亲', MOTHER: '母亲', GRANDFATHER: '祖父', GRANDMOTHER: '祖母', SIBLING: '兄姐', OTHER_RELATIVE: '亲属', OTHER: '其他',
};

/** Care arrangements for left-behind and in-distress children: surrogate parents, family calls, counselling (plan R6.1, R6.2). */
export function writeCare(ctx: GenContext, c: ChildModel): void {
  const { rng, today, schoolYear: Y, cc, term } = ctx;
  const kinds: Array<'LEFT_BEHIND' | 'IN_DISTRESS'> = [];
  if (c.hh.leftBehind) kinds.push('LEFT_BEHIND');
  if (c.hh.inDistress) kinds.push('IN_DISTRESS');
  for (const kind of kinds) {
    const caregiver = c.hh.primary;
    const id = rng.uuid();
    const registeredOn = Math.min(dayOf(rng.int(Y - 2, Y), 9, rng.int(5, 30)), today - 1);
    ctx.writer.add('CareArrangement', {
      id, countyCode: cc, childId: c.id, kind, caregiverName: caregiver.name, caregiverRelation: caregiver.relation,
      caregiverPhone: caregiver.phone, registeredOn: isoDate(registeredOn), endedOn: null,
    });
    const school = c.school && c.status === 'ENROLLED' ? c.school : null;
    if (rng.chance(kind === 'LEFT_BEHIND' ? 0.7 : 0.5)) {
      ctx.writer.add('SurrogateParent', {
        id: rng.uuid(), countyCode: cc, arrangementId: id,
        name: school ? classTeacher(school, c.grade ?? school.minGrade, c.classNo) : c.hh.village.headName,
        phone: mobilePhone(rng), role: school ? '代理家长(班主任)' : '代理家长(村干部)', fromDate: isoDate(registeredOn), toDate: null,
      });
    }
    const start = Math.max(term.startsOn, registeredOn);
    if (start < today) {
      const away = c.hh.persons.filter((p) => p.worksAway && p.guardian);
      const contacts = kind === 'LEFT_BEHIND' ? rng.int(1, 5) : rng.int(0, 3);
      const days = Array.from({ length: contacts }, () => rng.int(start, today - 1)).sort((a, b) => a - b);
      for (const d of days) {
        const parent = away.length > 0 ? rng.pick(away) : caregiver;
        const k = kind === 'IN_DISTRESS' ? 'VISIT' : rng.pickWeighted(CONTACT_KIND);
        ctx.writer.add('CareContact', {
          id: rng.uuid(), countyCode: cc, arrangementId: id, contactedOn: isoDate(d), kind: k,
          withWhom: `${RELATION_CN[parent.relation] ?? ''} ${parent.name}`, minutes: k === 'VISIT' ? rng.int(30, 120) : rng.int(5, 40),
          notes: k === 'PHONE_CALL' ? '学校亲情电话室通话' : k === 'VIDEO_CALL' ? '亲情视频通话' : kind === 'IN_DISTRESS' ? '妇联、村干部入户走访' : '父母返乡探望',
        });
      }
      if (rng.chance(kind === 'LEFT_BEHIND' ? 0.2 : 0.4)) {
        for (let i = rng.int(1, 2); i > 0; i--) {
          ctx.writer.add('CounsellingSession', {
            id: rng.uuid(), countyCode: cc, arrangementId: id, heldOn: isoDate(rng.int(start, today - 1)),
            counsellor: '心理健康教师 ' + personName(rng, rng.chance(0.3), 'parent'), notes: rng.pick(COUNSELLING_NOTES),
          });
        }
      }
    }
  }
}

const CONTACT_KIND = weighted<'PHONE_CALL' | 'VIDEO_CALL' | 'VISIT'>([['PHONE_CALL', 60], ['VIDEO_CALL', 35], ['VISIT', 5]]);

const CENSUS_NOTE: Partial<Record<EnrollmentStatus, string>> = {
  DROPPED_OUT: '已辍学在家', SUSPENDED: '休学中', NOT_ENROLLED: '未入学', GRADUATED: '初中已毕业',
};

/** The township's 2026 census (摸底, plan R2.2): every school-age child living there, plus planted unknown children. */
export function writeCensus(ctx: GenContext, c: ChildModel): void {
  if (c.age < 6 || c.age > 15 || c.status === 'TRANSFERRED_OUT') return;
  const { rng, cc } = ctx;
  const v = c.hh.village;
  ctx.writer.add('CensusEntry', {
    id: rng.uuid(), countyCode: cc, roundId: v.township.censusRoundId, name: c.name, idNumberCipher: c.idCipher, idNumberHash: c.idHash,
    gender: c.male ? 'MALE' : 'FEMALE', birthDate: isoDate(c.birthDay), villageCode: v.code, childId: c.id, match: 'MATCHED_BY_ID',
    matchConfidence: 1, inSchool: c.status === 'ENROLLED' || c.status === 'GRADUATED', suspectedDisabled: c.disability !== null,
    note: CENSUS_NOTE[c.status] ?? null,
  });
  if (!v.township.censusSubmitted || !ctx.quotas.censusOnly.take()) return;
  // Planted: a school-age child found by the census whom the hub does not know.
  const age = rng.int(6, 15);
  const male = rng.chance(0.52);
  const [idNumber, birthDay] = ctx.ids.allocateNear(cc, dayOf(yearOf(ctx.ageDay) - age - 1, 9, 1) + rng.int(0, 364), male);
  const inSchool = rng.chance(0.4);
  const entryId = rng.uuid();
  ctx.writer.add('CensusEntry', {
    id: entryId, countyCode: cc, roundId: v.township.censusRoundId, name: personName(rng, male, 'child'), idNumberCipher: ctx.sealer.seal(idNumber),
    idNumberHash: ctx.sealer.index(idNumber), gender: male ? 'MALE' : 'FEMALE', birthDate: isoDate(birthDay), villageCode: v.code, childId: null,
    match: 'UNMATCHED', matchConfidence: null, inSchool, suspectedDisabled: false, note: inSchool ? '自述在县外学校就读' : '新迁入,尚未入学',
  });
  plant(ctx, 'CENSUS_ONLY', null, {
    censusEntryId: entryId, roundId: v.township.censusRoundId, townshipCode: v.township.code, villageCode: v.code, birthDate: isoDate(birthDay), inSchool,
  });
}

/** Poverty-roll entries (plan R2.3): the school-age children of registered-poor households, with planted differences. */
export function writeRollEntries(ctx: GenContext, hh: HouseholdModel, children: ChildModel[]): void {
  if (!hh.poor && !hh.rollOnly) return;
  for (const c of children) {
    if (c.age < 6 || c.age > 15) continue;
    const detail = { householdId: hh.id, registrationNumber: hh.registrationNumber, batchId: ctx.rollBatchId };
    if (hh.poor && ctx.quotas.notOnRoll.take()) {
      plant(ctx, 'POVERTY_HOUSEHOLD_NOT_ON_ROLL', c.id, detail);
      continue;
    }
    ctx.writer.add('PovertyRollEntry', {
      id: ctx.rng.uuid(), countyCode: ctx.cc, batchId: ctx.rollBatchId, registrationNumber: hh.registrationNumber, memberName: c.name,
      idNumberCipher: c.idCipher, idNumberHash: c.idHash, birthDate: isoDate(c.birthDay), villageCode: hh.village.code,
    });
    ctx.rollHash.update(`${hh.registrationNumber}|${c.idHash.toString('hex')}\n`);
    if (hh.rollOnly) plant(ctx, 'POVERTY_ROLL_ONLY', c.id, detail);
  }
}

/** The facts a subsidy rule reads for one child this term (see subsidy-rules.ts). */
export function childFacts(c: ChildModel): Record<string, string | number | boolean | null> {
  const hh = c.hh;
  return {
    'child.hasDisability': c.disability !== null,
    'child.isLeftBehind': hh.leftBehind,
    'child.isOrphan': hh.orphan,
    'child.inDistress': hh.inDistress,
    'child.isMigrant': hh.migrantOrigin !== null,
    'household.registeredPoor': hh.poor,
    'household.minimumLiving': hh.lowIncome,
    'household.extremePoverty': hh.extreme,
    'enrollment.status': c.status,
    'enrollment.grade': c.grade,
    'school.kind': c.school?.kind ?? null,
    'school.rural': c.school ? c.school.rural : null,
    'boarding.status': null,
    'placement.type': c.disability?.placement ?? null,
  };
}

const GRANT_STATUS = weighted<'PAID' | 'APPROVED' | 'PROPOSED'>([['PAID', 55], ['APPROVED', 30], ['PROPOSED', 15]]);
const STATUS_CN: Partial<Record<EnrollmentStatus, string>> = { DROPPED_OUT: '辍学', SUSPENDED: '休学', TRANSFERRED_OUT: '转出' };

/**
 * Grants of one programme for one child this term (plan R4.3): every
 * eligible child gets one, except planted poor children left without; a
 * child who stopped attending this term has a STOPPED grant.
 */
function grantFor(ctx: GenContext, c: GrantSubject, p: Programme, facts: RuleFacts): void {
  const { rng, today, term, cc } = ctx;
  const schoolYear = term.schoolYear;
  const grantTerm = p.def.period === 'YEAR' ? 1 : term.term;
  if (evaluateRule(p.def.rule, facts)) {
    if ((c.poor || c.lowIncome) && ctx.quotas.withoutGrant.take()) {
      plant(ctx, 'ELIGIBLE_WITHOUT_GRANT', c.id, { programmeCode: p.def.code, programmeId: p.id, schoolYear, term: grantTerm });
      return;
    }
    const status = rng.pickWeighted(GRANT_STATUS);
    const created = term.startsOn + rng.int(5, 19);
    const decided = Math.min(term.startsOn + rng.int(20, 60), today - 1);
    ctx.writer.add('SubsidyGrant', {
      id: rng.uuid(), countyCode: cc, childId: c.id, programmeId: p.id, schoolYear, term: grantTerm, amountCents: p.def.amountCents, status,
      decidedBy: status === 'PROPOSED' ? null : p.def.decidedBy, decidedAt: status === 'PROPOSED' ? null : isoTimestamp(decided, 10),
      stopReason: null, createdAt: isoTimestamp(created, 9),
    });
    return;
  }
  const stoppedThisTerm = c.statusSince >= term.startsOn && STATUS_CN[c.status] !== undefined;
  if (stoppedThisTerm && evaluateRule(p.def.rule, { ...facts, 'enrollment.status': 'ENROLLED' })) {
    ctx.writer.add('SubsidyGrant', {
      id: rng.uuid(), countyCode: cc, childId: c.id, programmeId: p.id, schoolYear, term: grantTerm, amountCents: p.def.amountCents, status: 'STOPPED',
      decidedBy: p.def.decidedBy, decidedAt: isoTimestamp(Math.min(c.statusSince + rng.int(1, 5), today - 1), 15),
      stopReason: `学生${STATUS_CN[c.status] ?? ''}(${isoDate(c.statusSince)}),停发`, createdAt: isoTimestamp(term.startsOn + rng.int(5, 19), 9),
    });
  }
}

/** Grants of the programmes that do not depend on boarding, and the child's boarding application. */
export function writeGrantsAndBoarding(ctx: GenContext, c: ChildModel): void {
  const facts = childFacts(c);
  const subject: GrantSubject = { id: c.id, poor: c.hh.poor, lowIncome: c.hh.lowIncome, status: c.status, statusSince: c.statusSince };
  for (const p of ctx.programmes) if (!p.usesBoarding) grantFor(ctx, subject, p, facts);
  const s = c.school;
  if (!s || c.status !== 'ENROLLED' || s.beds === 0 || c.disability?.placement === 'HOME_TEACHING') return;
  if ((c.grade ?? 0) < 4 && s.kind !== 'SPECIAL_EDUCATION') return;
  if (c.hh.distanceKm < 3 && !c.hh.leftBehind) return;
  const candidate: BoardingCandidate = { ...subject, index: c.index, leftBehind: c.hh.leftBehind, distanceKm: c.hh.distanceKm, school: s, facts };
  if (s.kind === 'SPECIAL_EDUCATION' || s.kind === 'VOCATIONAL') ctx.boardingCounty.push(candidate);
  else ctx.boardingLocal.push(candidate);
}

/**
 * Gives each school's beds for the current term in priority order
 * (plan R5.2, R6.1): left-behind first, then registered-poor, then the
 * household's distance to school; the rest are waitlisted. Then grants of
 * the boarding programmes (两免一补 living allowance).
 */
export function settleBoarding(ctx: GenContext, candidates: BoardingCandidate[]): void {
  const { rng, term, cc } = ctx;
  const bySchool = new Map<number, BoardingCandidate[]>();
  for (const cand of candidates) {
    const list = bySchool.get(cand.school.index);
    if (list) list.push(cand);
    else bySchool.set(cand.school.index, [cand]);
  }
  for (const index of [...bySchool.keys()].sort((a, b) => a - b)) {
    const list = bySchool.get(index) as BoardingCandidate[];
    list.sort(
      (a, b) =>
        Number(b.leftBehind) - Number(a.leftBehind) || Number(b.poor) - Number(a.poor) || b.distanceKm - a.distanceKm || a.index - b.index,
    );
    for (const cand of list) {
      const s = cand.school;
      const assigned = s.bedsUsed < s.beds;
      const bed = s.bedsUsed;
      if (assigned) s.bedsUsed++;
      ctx.writer.add('BoardingAssignment', {
        id: rng.uuid(), countyCode: cc, childId: cand.id, schoolId: s.id, schoolYear: term.schoolYear, term: term.term,
        bedLabel: assigned ? `${Math.floor(bed / 96) + 1}栋${Math.floor((bed % 96) / 8) + 101}室${(bed % 8) + 1}号床` : null,
        status: assigned ? 'ASSIGNED' : 'WAITLISTED',
        priorityReason: cand.leftBehind ? '留守儿童优先' : cand.poor ? '建档立卡贫困户优先' : `距校${cand.distanceKm}公里`,
        assignedOn: isoDate(term.startsOn + rng.int(0, 5)),
      });
      const facts = { ...cand.facts, 'boarding.status': assigned ? 'ASSIGNED' : 'WAITLISTED' };
      for (const p of ctx.programmes) if (p.usesBoarding) grantFor(ctx, cand, p, facts);
    }
  }
}

const HOUSEHOLD_MEASURES = ['落实"两免一补"', '营养改善计划', '教育扶贫助学金', '结对帮扶责任人每月走访', '防返贫动态监测'];
const CHILD_MEASURES = ['一对一帮扶', '资助政策落实到人', '班主任每月家访', '心理关爱', '学业辅导'];

/** 一家一案、一生一案 (plan R4.2): a plan for every registered-poor household and for its children at risk. */
export function writeSupportPlans(ctx: GenContext, hh: HouseholdModel, children: ChildModel[]): void {
  const { rng, today, schoolYear: Y, cc } = ctx;
  const subset = (items: string[]): string[] => items.filter(() => rng.chance(0.6));
  if (hh.poor) {
    const measures = subset(HOUSEHOLD_MEASURES);
    ctx.writer.add('SupportPlan', {
      id: rng.uuid(), countyCode: cc, householdId: hh.id, childId: null, measures: measures.length > 0 ? measures : [HOUSEHOLD_MEASURES[0] as string],
      responsibleName: personName(rng, rng.chance(0.6), 'parent'), responsibleAgencyKind: 'TOWNSHIP',
      startsOn: isoDate(Math.min(dayOf(Y, 9, rng.int(1, 30)), today - 1)), reviewOn: isoDate(dayOf(Y + 1, 1, 10)),
    });
  }
  if (!hh.poor && !hh.lowIncome) return;
  for (const c of children) {
    if (!(c.dropouts.length > 0 || c.disability || c.learningSupport || rng.chance(0.1))) continue;
    const school = c.school && c.status !== 'NOT_ENROLLED' ? c.school : null;
    const measures = subset(CHILD_MEASURES);
    ctx.writer.add('SupportPlan', {
      id: rng.uuid(), countyCode: cc, householdId: null, childId: c.id, measures: measures.length > 0 ? measures : [CHILD_MEASURES[0] as string],
      responsibleName: school ? classTeacher(school, c.grade ?? school.minGrade, c.classNo) : hh.village.township.headName,
      responsibleAgencyKind: school ? 'SCHOOL' : 'TOWNSHIP',
      startsOn: isoDate(Math.min(dayOf(Y, 9, rng.int(1, 30)), today - 1)), reviewOn: isoDate(dayOf(Y + 1, 1, 10)),
    });
  }
}
