import { schoolYearOf, termOf, termStartOf } from './school-year';

/** The school calendar as of the request (one clock per request, injectable in tests). */
export interface Calendar {
  today: Date;
  schoolYear: number;
  term: 1 | 2;
  termStart: Date;
}

export function calendarOf(now: Date): Calendar {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { today, schoolYear: schoolYearOf(today), term: termOf(today), termStart: termStartOf(today) };
}
