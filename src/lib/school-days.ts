/**
 * School days: Monday to Friday. (A county calendar of holidays can replace
 * this one function; everything that counts school days calls it.)
 */
export function isSchoolDay(d: Date): boolean {
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

/** School days in [from, to], both included. */
export function schoolDaysBetween(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isSchoolDay(d)) out.push(d);
  return out;
}

/** The school day before d. */
export function previousSchoolDay(d: Date): Date {
  let p = addDays(d, -1);
  while (!isSchoolDay(p)) p = addDays(p, -1);
  return p;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
