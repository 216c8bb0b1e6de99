import type { ScopedRepository } from './access/repository';
import type { IdentifierSealer } from './lib/crypto';
import { schoolYearOf, termOf, termStartOf } from './lib/school-year';
import { createLoaders, type Loaders } from './modules/loaders';

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

/** Per request: who asks (later: viewer, purpose), the scoped data access, loaders, audit buffer. */
export interface Context {
  requestId: string;
  repo: ScopedRepository;
  loaders: Loaders;
  sealer: IdentifierSealer;
  calendar: Calendar;
}

export function createContext(p: { requestId: string; repo: ScopedRepository; sealer: IdentifierSealer; now: Date }): Context {
  const calendar = calendarOf(p.now);
  return { requestId: p.requestId, repo: p.repo, sealer: p.sealer, calendar, loaders: createLoaders(p.repo, calendar) };
}
