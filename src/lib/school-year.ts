/**
 * School calendar arithmetic. A school year (学年) starts on 1 September and
 * is named by that year; term 1 runs September–January, term 2 February–August.
 * School age (学龄) is 6–15 on 31 August of the school year (domain.md).
 */
export function schoolYearOf(d: Date): number {
  return d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

export function termOf(d: Date): 1 | 2 {
  const m = d.getUTCMonth();
  return m >= 8 || m === 0 ? 1 : 2;
}

/** First day of the term containing d (1 September or 1 February). */
export function termStartOf(d: Date): Date {
  const y = schoolYearOf(d);
  return termOf(d) === 1 ? new Date(Date.UTC(y, 8, 1)) : new Date(Date.UTC(y + 1, 1, 1));
}

export function cutoffOf(schoolYear: number): Date {
  return new Date(Date.UTC(schoolYear, 7, 31));
}

/** Age in whole years on 31 August of the given school year. */
export function ageOn31Aug(birthDate: Date, schoolYear: number): number {
  const cut = cutoffOf(schoolYear);
  let age = cut.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    cut.getUTCMonth() < birthDate.getUTCMonth() ||
    (cut.getUTCMonth() === birthDate.getUTCMonth() && cut.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Birth-date range [from, to] of children aged min..max on 31 August of schoolYear. */
export function birthRangeForAges(schoolYear: number, min: number, max: number): { from: Date; to: Date } {
  const cut = cutoffOf(schoolYear);
  const to = new Date(Date.UTC(cut.getUTCFullYear() - min, cut.getUTCMonth(), cut.getUTCDate()));
  const fromExclusive = new Date(Date.UTC(cut.getUTCFullYear() - max - 1, cut.getUTCMonth(), cut.getUTCDate()));
  return { from: new Date(fromExclusive.getTime() + 86400000), to };
}

export const SCHOOL_AGE_MIN = 6;
export const SCHOOL_AGE_MAX = 15;
