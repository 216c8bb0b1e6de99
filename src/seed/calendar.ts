/**
 * Calendar arithmetic for the demo county on whole UTC days ("day numbers",
 * days since 1970-01-01): school years, terms and school days.
 * A school year Y starts on 1 September Y; term 1 runs to mid-January,
 * term 2 from March to early July. School days are Monday–Friday outside
 * the National Day week (1–7 October) and the terms' edges.
 */

const MS_PER_DAY = 86_400_000;
const dateCache = new Map<number, string>();

/** Day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Day number of a Date (its UTC calendar day). */
export function dayOfDate(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** 'YYYY-MM-DD' of a day number (cached: the generator formats millions of dates). */
export function isoDate(day: number): string {
  let s = dateCache.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (dateCache.size < 100_000) dateCache.set(day, s);
  }
  return s;
}

/** ISO timestamp of a day number plus a China-time clock (UTC+8) hour and minute. */
export function isoTimestamp(day: number, hourCst: number, minute = 0): string {
  return new Date(day * MS_PER_DAY + ((hourCst - 8) * 60 + minute) * 60_000).toISOString();
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The school year a day belongs to (1 September starts a new one). */
export function schoolYearOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

export interface TermDates {
  schoolYear: number;
  term: 1 | 2;
  startsOn: number;
  endsOn: number;
}

/** Dates of a term of a school year. */
export function termDates(schoolYear: number, term: 1 | 2): TermDates {
  return term === 1
    ? { schoolYear, term, startsOn: dayOf(schoolYear, 9, 1), endsOn: dayOf(schoolYear + 1, 1, 16) }
    : { schoolYear, term, startsOn: dayOf(schoolYear + 1, 3, 1), endsOn: dayOf(schoolYear + 1, 7, 5) };
}

/** The term containing a day, or the latest term started before it (between terms). */
export function currentTerm(day: number): TermDates {
  const y = schoolYearOf(day);
  const t2 = termDates(y, 2);
  return day >= t2.startsOn ? t2 : termDates(y, 1);
}

/** True when pupils attend on that day. */
export function isSchoolDay(day: number): boolean {
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return false;
  const d = new Date(day * MS_PER_DAY);
  return !(d.getUTCMonth() === 9 && d.getUTCDate() <= 7); // National Day week
}

/** True when the day falls within one of its school year's two terms (not in the winter or summer holidays). */
export function inTerm(day: number): boolean {
  const y = schoolYearOf(day);
  const t1 = termDates(y, 1);
  const t2 = termDates(y, 2);
  return (day >= t1.startsOn && day <= t1.endsOn) || (day >= t2.startsOn && day <= t2.endsOn);
}

/** The first school day in a term on or after `day` (a day in the holidays moves to the next term's first school day). */
export function schoolDayOnOrAfter(day: number): number {
  let d = day;
  for (let i = 0; i < 400 && !(isSchoolDay(d) && inTerm(d)); i++) d++;
  return d;
}

/** The n-th (0-based) school day on or after `day`. */
export function nthSchoolDay(day: number, n: number): number {
  let d = schoolDayOnOrAfter(day);
  for (let i = 0; i < n; i++) d = schoolDayOnOrAfter(d + 1);
  return d;
}

/** School days of [from, to] inclusive, in order. */
export function schoolDaysBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d++) if (isSchoolDay(d)) out.push(d);
  return out;
}

/** Adds calendar months to a day number (clamping the day of month). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayOf(y, m + 1, Math.min(d.getUTCDate(), last));
}

/** 'YYYYMMDD' of a day number (the birth-date part of an ID number). */
export function compactDate(day: number): string {
  const s = isoDate(day);
  return s.slice(0, 4) + s.slice(5, 7) + s.slice(8, 10);
}
