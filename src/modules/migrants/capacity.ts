import type { Prisma, SchoolKind } from '../../generated/prisma/client';

/**
 * The capacity rule for migrant children's places (学位, plan R6.3).
 *
 * The hub holds no capacity column, so places are derived from what it does
 * hold, under the national class-size standard (国家标准班额, the "no
 * oversized classes" rule 消除大班额):
 *
 *   limit   = 45 pupils a class in grades 1–6, 50 in grades 7–9
 *   classes = the distinct class names (班级) of the school's pupils of the
 *             grade, or ⌈pupils ÷ limit⌉ when that is more (pupils recorded
 *             without a class name still fill classes)
 *   places  = classes × limit
 *   taken   = pupils of the grade on the roll (ENROLLED or SUSPENDED: a
 *             suspended pupil keeps his place) + migrant applications
 *             ASSIGNED to the school for the grade (held until enrolment)
 *   free    = places − taken
 *
 * A school that has no pupil of a grade runs no class of it, so it has no
 * place in it: the bureau assigns to schools that teach the grade. An
 * assignment is refused with CONFLICT when `free` is 0. Two assignments to
 * the last place serialise on a lock of the school's row (lockSchool) taken
 * before counting, so the second counts the first and gets CONFLICT.
 */
export const CLASS_SIZE_LIMIT = { primary: 45, junior: 50 } as const;

export function classSizeLimit(grade: number): number {
  return grade <= 6 ? CLASS_SIZE_LIMIT.primary : CLASS_SIZE_LIMIT.junior;
}

/** Grades a school of this kind teaches, for a general (non special-education) place. */
export function gradesTaught(kind: SchoolKind): readonly [number, number] | null {
  switch (kind) {
    case 'PRIMARY':
    case 'TEACHING_POINT':
      return [1, 6];
    case 'JUNIOR':
      return [7, 9];
    case 'NINE_YEAR':
      return [1, 9];
    case 'SPECIAL_EDUCATION':
    case 'VOCATIONAL':
      return null;
  }
}

export interface Places {
  schoolId: string;
  grade: number;
  classSizeLimit: number;
  classes: number;
  places: number;
  pupils: number;
  reserved: number;
  free: number;
}

type Reader = Pick<Prisma.TransactionClient, 'enrollment' | 'migrantEnrollment'>;

/**
 * Places of one grade at one school. `exceptApplicationId`: an application
 * being (re)assigned does not hold a place against itself.
 */
export async function placesAt(db: Reader, schoolId: string, grade: number, exceptApplicationId: string | null = null): Promise<Places> {
  const [byClass, reserved] = await Promise.all([
    db.enrollment.groupBy({
      by: ['className'],
      where: { schoolId, grade, status: { in: ['ENROLLED', 'SUSPENDED'] } },
      _count: { _all: true },
    }),
    db.migrantEnrollment.count({
      where: { assignedSchoolId: schoolId, requestedGrade: grade, status: 'ASSIGNED', ...(exceptApplicationId ? { id: { not: exceptApplicationId } } : {}) },
    }),
  ]);
  const limit = classSizeLimit(grade);
  const pupils = byClass.reduce((n, g) => n + g._count._all, 0);
  const named = byClass.filter((g) => g.className !== null && g.className.trim() !== '').length;
  const classes = Math.max(named, Math.ceil(pupils / limit));
  const places = classes * limit;
  return { schoolId, grade, classSizeLimit: limit, classes, places, pupils, reserved, free: Math.max(0, places - pupils - reserved) };
}

/**
 * Locks the school's row until the transaction ends. FOR NO KEY UPDATE, not
 * FOR UPDATE: rows that merely reference the school (an enrolment, a status
 * event) take FOR KEY SHARE on it, which this lock does not block.
 */
export async function lockSchool(tx: Prisma.TransactionClient, schoolId: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT "id" FROM "School" WHERE "id" = $1::uuid FOR NO KEY UPDATE', schoolId);
}
