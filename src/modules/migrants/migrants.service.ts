import type { ScopedRepository } from '../../access/repository';
import { rowScopeKindOf } from '../../access/viewer';
import type { Context } from '../../context';
import { mutate, type Work } from '../unit-of-work';
import { badInput, HubError, notFound } from '../../errors';
import type { MigrantStatus, Prisma, PrismaClient, School } from '../../generated/prisma/client';
import { birthDateOf, idNumberProblem } from '../../lib/id-number';
import { isoDate } from '../../lib/school-days';
import { ageOn31Aug, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN, schoolYearOf } from '../../lib/school-year';
import { assertUuid } from '../../lib/validate';
import { enrolChild } from '../enrollment';
import { gradesTaught, lockSchool, placesAt, type Places } from './capacity';
import type { AssignMigrantPlaceInput, EnrolMigrantChildInput, MigrantApplicationInput, NewMigrantChildInput, RejectMigrantApplicationInput, ResidencePermitInput } from './migrants.inputs';

/**
 * Migrant workers' children (随迁子女, plan R6.3): they enrol where they live,
 * on the basis of a residence permit (居住证), mainly in public schools, with
 * simple paperwork and no fee different from local pupils.
 *
 *   applyForMigrantPlace   the bureau or a school takes the application   → APPLIED
 *   assignMigrantPlace     the bureau assigns a public school with a place → ASSIGNED
 *   enrolMigrantChild      the assigned school enrols the child           → ENROLLED (+ ENROL status event)
 *   rejectMigrantApplication  the bureau refuses, with the reason         → REJECTED
 *
 * While APPLIED, `assignedSchoolId` is the school applied to (if any), so that
 * school sees its applicant (row scope: "applying to the school"); from
 * ASSIGNED on it is the school assigned. The residence permit is checked at
 * application and again on the day of enrolment.
 */

const OPEN: MigrantStatus[] = ['APPLIED', 'ASSIGNED'];

// ── validation ──

function text(field: string, v: string | null | undefined, max: number): string {
  const t = v?.trim() ?? '';
  if (t === '') throw badInput(field, 'must not be empty');
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t;
}

function checkGrade(field: string, grade: number): number {
  if (!Number.isInteger(grade) || grade < 1 || grade > 9) throw badInput(field, 'must be a grade of compulsory education, 1–9');
  return grade;
}

interface CheckedPermit {
  number: string;
  issuedBy: string;
  validFrom: Date;
  validTo: Date;
}

/** plan R6.3: the residence permit, valid on `on`. `at` is the input path (e.g. input.permit). */
function checkPermit(at: string, p: ResidencePermitInput, on: Date): CheckedPermit {
  const number = p.number.trim().toUpperCase();
  if (!/^[0-9A-Z]{6,30}$/.test(number)) throw badInput(`${at}.number`, 'must be 6–30 letters and digits');
  const issuedBy = text(`${at}.issuedBy`, p.issuedBy, 100);
  if (p.validTo < p.validFrom) throw badInput(`${at}.validTo`, 'must not be before validFrom');
  const problem = permitProblem(p, on);
  if (problem) throw badInput(`${at}.${problem.bound}`, problem.reason);
  return { number, issuedBy, validFrom: p.validFrom, validTo: p.validTo };
}

/** Why a permit is not valid on the day, and which bound fails; null when it is valid. */
function permitProblem(p: { validFrom: Date | null; validTo: Date | null }, on: Date): { bound: 'validFrom' | 'validTo'; reason: string } | null {
  if (p.validTo === null || p.validTo < on) {
    return { bound: 'validTo', reason: `the residence permit (居住证) ${p.validTo ? `expired on ${isoDate(p.validTo)}` : 'has no end date'}; it must be valid on ${isoDate(on)}` };
  }
  if (p.validFrom === null || p.validFrom > on) {
    return { bound: 'validFrom', reason: `the residence permit (居住证) is valid only from ${p.validFrom ? isoDate(p.validFrom) : '?'}; it must be valid on ${isoDate(on)}` };
  }
  return null;
}

function checkHukouOrigin(ctx: Context, input: MigrantApplicationInput): string {
  const code = input.hukouOriginCode.trim();
  if (!/^[1-8][0-9]{5}$/.test(code)) throw badInput('input.hukouOriginCode', 'must be a 6-digit GB/T 2260 county code');
  // plan R6.3: a migrant child's household is registered elsewhere; a local child enrols as a local pupil.
  if (code === ctx.repo.scope.countyCode) {
    throw badInput('input.hukouOriginCode', 'is this county: a child registered here enrols as a local pupil, not as a migrant child (随迁子女)');
  }
  const place = text('input.hukouOrigin', input.hukouOrigin, 100);
  return `${place}（${code}）`;
}

/** The GB/T 2260 code kept in `hukouOrigin` by applyForMigrantPlace, if there is one. */
export function hukouOriginCodeOf(hukouOrigin: string): string | null {
  return /（([0-9]{6})）$/.exec(hukouOrigin)?.[1] ?? null;
}

function isSchoolAge(birthDate: Date, schoolYear: number): boolean {
  // This school year or the next (families apply in spring for September).
  return [schoolYear, schoolYear + 1].some((y) => {
    const age = ageOn31Aug(birthDate, y);
    return age >= SCHOOL_AGE_MIN && age <= SCHOOL_AGE_MAX;
  });
}

function teaches(school: Pick<School, 'kind'>, grade: number): boolean {
  const range = gradesTaught(school.kind);
  return range !== null && grade >= range[0] && grade <= range[1];
}

// ── loading ──

async function schoolInCounty(ctx: Context, w: Work, field: string, schoolId: string) {
  assertUuid(field, schoolId);
  const school = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput(field, 'no such school in this county');
  return school;
}

/** The school an application is made to: a school applies to itself; the bureau names one or none. */
async function appliedSchool(ctx: Context, w: Work, schoolId: string | null | undefined) {
  if (ctx.viewer.agency === 'SCHOOL') {
    const own = await w.tx.school.findFirst({ where: { AND: [ctx.repo.scope.school, { code: ctx.viewer.schoolCode ?? '' }] } });
    if (!own) throw new HubError('FORBIDDEN', 'your token names no school of this county');
    if (schoolId != null && schoolId !== own.id) throw new HubError('FORBIDDEN', 'a school takes applications to itself; the education bureau handles the others');
    return own;
  }
  return schoolId == null ? null : schoolInCounty(ctx, w, 'input.schoolId', schoolId);
}

/**
 * The application, within the caller's row scope (else NOT_FOUND, exactly
 * as for an id that does not exist), locked until the transaction ends so
 * that its state and version cannot change under the caller.
 */
async function lockApplication(ctx: Context, w: Work, applicationId: string) {
  assertUuid('input.applicationId', applicationId);
  await w.tx.$queryRawUnsafe('SELECT "id" FROM "MigrantEnrollment" WHERE "id" = $1::uuid FOR UPDATE', applicationId);
  const app = await w.tx.migrantEnrollment.findFirst({
    where: { id: applicationId, countyCode: ctx.repo.scope.countyCode, child: ctx.repo.scope.child },
    include: { assignedSchool: true },
  });
  if (!app) throw notFound('migrant application');
  w.touched(app.childId);
  return app;
}

function checkVersion(app: { version: number }, version: number): void {
  if (version !== app.version) throw new HubError('CONFLICT', `the application changed since you read it (version ${app.version}, you sent ${version}): read it again`);
}

async function newChild(ctx: Context, w: Work, c: NewMigrantChildInput) {
  const at = 'input.newChild';
  const name = text(`${at}.name`, c.name, 50);
  const idNumber = c.idNumber.trim().toUpperCase();
  const problem = idNumberProblem(idNumber);
  if (problem) throw badInput(`${at}.idNumber`, problem);
  if (birthDateOf(idNumber).getTime() !== c.birthDate.getTime()) throw badInput(`${at}.birthDate`, 'does not agree with the ID number');
  // GB 11643: the 17th character is odd for a male, even for a female.
  if ((Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE') !== c.gender) throw badInput(`${at}.gender`, 'does not agree with the ID number');
  if (!/^[0-9]{12}$/.test(c.villageCode)) throw badInput(`${at}.villageCode`, 'must be a 12-digit division code');
  const village = await w.tx.region.findFirst({ where: { code: c.villageCode, level: 'VILLAGE', countyCode: ctx.repo.scope.countyCode } });
  if (!village) throw badInput(`${at}.villageCode`, 'no such village or community in this county: a migrant child applies where the family lives');
  const hash = ctx.sealer.index(idNumber);
  if (await w.tx.child.findUnique({ where: { idNumberHash: hash }, select: { id: true } })) {
    throw new HubError('CONFLICT', `${at}.idNumber: a child with this ID number is already on the county's register: apply with input.childId (the education bureau can)`, { argument: `${at}.idNumber` });
  }
  return w.tx.child.create({
    data: {
      countyCode: ctx.repo.scope.countyCode,
      name,
      gender: c.gender,
      birthDate: c.birthDate,
      villageCode: village.code,
      idNumberCipher: ctx.sealer.seal(idNumber),
      idNumberHash: hash,
      isMigrant: true,
    },
  });
}

async function existingChild(ctx: Context, w: Work, childId: string) {
  assertUuid('input.childId', childId);
  const child = await w.tx.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: childId }] } });
  if (!child) throw notFound('child');
  const enrollment = await w.tx.enrollment.findUnique({ where: { childId }, select: { status: true } });
  if (enrollment && (enrollment.status === 'ENROLLED' || enrollment.status === 'SUSPENDED')) {
    throw new HubError('CONFLICT', `the child is already on a school roll here (${enrollment.status.toLowerCase()}): a migrant place is for a child not yet at school in this county`);
  }
  return child;
}

// ── mutations ──

/** plan R6.3: the application, on a valid residence permit, for a child whose household is registered outside the county. */
export function applyForMigrantPlace(ctx: Context, input: MigrantApplicationInput) {
  return mutate(ctx, async (w) => {
    const today = ctx.calendar.today;
    if ((input.childId == null) === (input.newChild == null)) {
      throw badInput('input.childId', 'give either childId (a child the hub knows) or newChild (a child new to the hub), not both');
    }
    const hukouOrigin = checkHukouOrigin(ctx, input);
    const permit = checkPermit('input.permit', input.permit, today); // plan R6.3: enrol on a residence permit valid today
    const grade = checkGrade('input.requestedGrade', input.requestedGrade);
    const school = await appliedSchool(ctx, w, input.schoolId);
    if (school && !teaches(school, grade)) throw badInput('input.requestedGrade', `${school.name} does not teach grade ${grade}`);
    const child = input.newChild != null ? await newChild(ctx, w, input.newChild) : await existingChild(ctx, w, input.childId as string);
    w.touched(child.id);
    if (!isSchoolAge(child.birthDate, ctx.calendar.schoolYear)) {
      throw badInput(input.newChild != null ? 'input.newChild.birthDate' : 'input.childId', `the child is not of compulsory-school age (${SCHOOL_AGE_MIN}–${SCHOOL_AGE_MAX} on 31 August)`);
    }
    const open = await w.tx.migrantEnrollment.findFirst({ where: { childId: child.id, status: { in: OPEN } }, select: { status: true } });
    if (open) throw new HubError('CONFLICT', `the child already has an open application (${open.status.toLowerCase()})`);
    if (!child.isMigrant) {
      const flagged = await w.tx.child.updateMany({ where: { id: child.id, version: child.version }, data: { isMigrant: true, version: { increment: 1 } } });
      if (flagged.count !== 1) throw new HubError('CONFLICT', 'the child\'s record changed at the same time: try again');
    }
    return w.tx.migrantEnrollment.create({
      data: {
        countyCode: ctx.repo.scope.countyCode,
        childId: child.id,
        hukouOrigin,
        permitCipher: ctx.sealer.seal(permit.number),
        permitHash: ctx.sealer.index(permit.number),
        permitIssuedBy: permit.issuedBy,
        permitValidFrom: permit.validFrom,
        permitValidTo: permit.validTo,
        appliedOn: today,
        requestedGrade: grade,
        assignedSchoolId: school?.id ?? null,
        status: 'APPLIED',
      },
    });
  });
}

/** plan R6.3: the education bureau assigns a public school that teaches the grade and has a free place (see ./capacity.ts). */
export function assignMigrantPlace(ctx: Context, input: AssignMigrantPlaceInput) {
  return mutate(ctx, async (w) => {
    if (ctx.viewer.agency !== 'EDUCATION_BUREAU') throw new HubError('FORBIDDEN', 'places for migrant children are assigned by the education bureau (plan R6.3)');
    const app = await lockApplication(ctx, w, input.applicationId);
    checkVersion(app, input.version);
    if (!OPEN.includes(app.status)) throw new HubError('CONFLICT', `the application is ${app.status.toLowerCase()}: only an open application is assigned a place`);
    const school = await schoolInCounty(ctx, w, 'input.schoolId', input.schoolId);
    // plan R6.3: mainly in public schools — the hub assigns public schools only.
    if (!school.isPublic) throw badInput('input.schoolId', 'must be a public school (公办学校): migrant children are placed in public schools (plan R6.3)');
    if (!teaches(school, app.requestedGrade)) throw badInput('input.schoolId', `${school.name} does not teach grade ${app.requestedGrade}`);
    await lockSchool(w.tx, school.id);
    const p = await placesAt(w.tx, school.id, app.requestedGrade, app.id);
    if (p.free <= 0) {
      // plan R6.3 capacity rule (./capacity.ts): classes × class-size limit, less pupils and assigned places.
      throw new HubError('CONFLICT', `no place left in grade ${p.grade} at ${school.name}: ${p.pupils + p.reserved} of ${p.places} places taken (${p.classes} classes × ${p.classSizeLimit})`);
    }
    const updated = await w.tx.migrantEnrollment.updateMany({
      where: { id: app.id, version: app.version },
      data: { status: 'ASSIGNED', assignedSchoolId: school.id, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the application changed at the same time: read it again');
    return w.tx.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } });
  });
}

/**
 * plan R6.3: the assigned school enrols the child. The residence permit must
 * be valid on the day (a renewed one may be given); the fee may not exceed
 * what the school charges local pupils of the grade that school year
 * (SchoolFee; none on file = free, as compulsory schooling is). Then the
 * child is enrolled through the status-event path (enrolChild: ENROL event,
 * plan R2.1) in the same transaction as the application's change.
 */
export function enrolMigrantChild(ctx: Context, input: EnrolMigrantChildInput) {
  return mutate(ctx, async (w) => {
    const app = await lockApplication(ctx, w, input.applicationId);
    checkVersion(app, input.version);
    if (app.status !== 'ASSIGNED' || app.assignedSchool === null) {
      throw new HubError('CONFLICT', `the application is ${app.status.toLowerCase()}: only a child assigned a place can be enrolled`);
    }
    const school = app.assignedSchool;
    if (ctx.viewer.agency !== 'SCHOOL' || ctx.viewer.schoolCode !== school.code) {
      throw new HubError('FORBIDDEN', 'the school assigned to the child enrols it');
    }
    if (input.date > ctx.calendar.today) throw badInput('input.date', 'must not be in the future');
    // plan R6.3: the permit again, on the day of enrolment; a renewed one replaces it.
    const renewed = input.renewedPermit != null ? checkPermit('input.renewedPermit', input.renewedPermit, input.date) : null;
    const stale = renewed === null ? permitProblem({ validFrom: app.permitValidFrom, validTo: app.permitValidTo }, input.date) : null;
    if (stale) throw badInput('input.renewedPermit', `${stale.reason}: give the renewed permit`);
    // plan R6.3: no fee different from local students — never more than the school's local fee for the grade and year.
    const fee = input.feeChargedCents;
    if (!Number.isInteger(fee) || fee < 0) throw badInput('input.feeChargedCents', 'must be a whole number of fen, 0 or more');
    const schoolYear = schoolYearOf(input.date);
    const local = await w.tx.schoolFee.findUnique({ where: { schoolId_schoolYear_grade: { schoolId: school.id, schoolYear, grade: app.requestedGrade } } });
    const localCents = local?.feeCents ?? 0;
    if (fee > localCents) {
      throw badInput(
        'input.feeChargedCents',
        `${yuan(fee)} is more than the ${yuan(localCents)} local pupils of grade ${app.requestedGrade} pay at ${school.name} in ${schoolYear}–${schoolYear + 1}${local ? '' : ' (no fee on file: compulsory schooling is free)'}: no fee different from local students (plan R6.3)`,
      );
    }
    // plan R2.1: the enrolment is an ENROL status event, recorded by the enrollment module's own service.
    const enrolled = await enrolChild(joinTransaction(ctx, w), {
      childId: app.childId,
      schoolId: school.id,
      grade: app.requestedGrade,
      className: input.className ?? null,
      date: input.date,
      evidenceRef: `随迁子女入学申请 ${app.id}`,
      version: null,
    });
    if (enrolled.event === null) throw new Error('enrolChild recorded no event');
    const updated = await w.tx.migrantEnrollment.updateMany({
      where: { id: app.id, version: app.version, status: 'ASSIGNED' },
      data: {
        status: 'ENROLLED',
        feeChargedCents: fee,
        version: { increment: 1 },
        ...(renewed
          ? {
              permitCipher: ctx.sealer.seal(renewed.number),
              permitHash: ctx.sealer.index(renewed.number),
              permitIssuedBy: renewed.issuedBy,
              permitValidFrom: renewed.validFrom,
              permitValidTo: renewed.validTo,
            }
          : {}),
      },
    });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the application changed at the same time: read it again');
    const application = await w.tx.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } });
    return { application, enrollment: enrolled.enrollment, event: enrolled.event };
  });
}

/** plan R6.3: the bureau refuses an open application, with the reason the family is told. */
export function rejectMigrantApplication(ctx: Context, input: RejectMigrantApplicationInput) {
  return mutate(ctx, async (w) => {
    if (ctx.viewer.agency !== 'EDUCATION_BUREAU') throw new HubError('FORBIDDEN', 'applications of migrant children are decided by the education bureau (plan R6.3)');
    const app = await lockApplication(ctx, w, input.applicationId);
    checkVersion(app, input.version);
    if (!OPEN.includes(app.status)) throw new HubError('CONFLICT', `the application is already ${app.status.toLowerCase()}`);
    const reason = text('input.reason', input.reason, 500);
    const updated = await w.tx.migrantEnrollment.updateMany({ where: { id: app.id, version: app.version }, data: { status: 'REJECTED', rejectReason: reason, version: { increment: 1 } } });
    if (updated.count !== 1) throw new HubError('CONFLICT', 'the application changed at the same time: read it again');
    return w.tx.migrantEnrollment.findUniqueOrThrow({ where: { id: app.id } });
  });
}

function yuan(cents: number): string {
  return `¥${(cents / 100).toFixed(2)}`;
}

/**
 * A context whose unit of work joins the transaction `w` is in, so that a
 * service written as `mutate(ctx, …)` (here enrolChild) runs inside it: the
 * enrolment and the application's change commit or roll back together.
 * mutate() opens its transaction with ctx.repo.database.prisma.$transaction;
 * on the joined context that call runs its function on the open transaction.
 * The joined mutate still appends its own access record (same transaction).
 */
function joinTransaction(ctx: Context, w: Work): Context {
  const prisma = { $transaction: <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>) => fn(w.tx) } as unknown as PrismaClient;
  const database = { ...ctx.repo.database, prisma };
  const repo = Object.create(ctx.repo, { database: { value: database, enumerable: true } }) as ScopedRepository;
  return { ...ctx, repo };
}

// ── queries ──

/** Applications within the caller's row scope, newest first (a school: those applying or assigned to it, and its pupils'). */
export async function migrantApplications(ctx: Context, f: { first: number; status: MigrantStatus | null; schoolId: string | null }) {
  if (!Number.isInteger(f.first) || f.first < 1 || f.first > 500) throw badInput('first', 'must be between 1 and 500');
  if (f.schoolId !== null) assertUuid('schoolId', f.schoolId);
  const rows = await ctx.repo.database.prisma.migrantEnrollment.findMany({
    where: {
      countyCode: ctx.repo.scope.countyCode,
      child: ctx.repo.scope.child,
      ...(f.status ? { status: f.status } : {}),
      ...(f.schoolId ? { assignedSchoolId: f.schoolId } : {}),
    },
    orderBy: [{ appliedOn: 'desc' }, { id: 'asc' }],
    take: f.first,
  });
  for (const r of rows) ctx.audit.childIds.add(r.childId);
  return rows;
}

/** Places of a grade at a school (./capacity.ts): the bureau for any school, a township for its schools, a school for itself. */
export async function migrantPlaces(ctx: Context, schoolId: string, grade: number): Promise<Places> {
  assertUuid('schoolId', schoolId);
  checkGrade('grade', grade);
  const prisma = ctx.repo.database.prisma;
  const school = await prisma.school.findFirst({ where: { AND: [ctx.repo.scope.school, { id: schoolId }] } });
  if (!school) throw badInput('schoolId', 'no such school in this county');
  const v = ctx.viewer;
  const own =
    v.kind !== 'PARTNER_APP' &&
    (rowScopeKindOf(v) === 'COUNTY' || (rowScopeKindOf(v) === 'TOWNSHIP' && v.townshipCode === school.townshipCode) || (rowScopeKindOf(v) === 'SCHOOL' && v.schoolCode === school.code));
  if (!own) throw new HubError('FORBIDDEN', 'places are shown to the education bureau, and to a township or school for its own schools');
  return placesAt(prisma, school.id, grade);
}
