import type { ScopedRepository } from './access/repository';
import type { Purpose } from './access/policy';
import type { Viewer } from './access/viewer';
import type { EventDeps } from './modules/events';
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

/** What one request read, for its access-log record. */
export interface AuditBuffer {
  childIds: Set<string>;
  fieldClasses: Set<string>;
  operationName: string | null;
  /** Children already covered by an access record written inside a mutation's transaction. */
  recordedIds: Set<string>;
  /** Ids looked up and answered NOT_FOUND (outside scope or nonexistent). */
  deniedIds: Set<string>;
}

/** Rule settings the services read (from config). */
export interface Rules {
  firstVisitDays: number;
  absenceStreakDays: number;
  strikeOffAttendedDays: number;
}

export const DEFAULT_RULES: Rules = { firstVisitDays: 7, absenceStreakDays: 3, strikeOffAttendedDays: 10 };

/** Per request: who asks and why, the scoped data access, loaders, and the audit buffer. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  purpose: Purpose | null;
  repo: ScopedRepository;
  loaders: Loaders;
  sealer: IdentifierSealer;
  calendar: Calendar;
  audit: AuditBuffer;
  rules: Rules;
  /** The outbox bus and audit writer, for subscriptions. */
  events?: EventDeps;
}

export function createContext(p: {
  requestId: string;
  viewer: Viewer;
  purpose: Purpose | null;
  repo: ScopedRepository;
  audit: AuditBuffer;
  sealer: IdentifierSealer;
  now: Date;
  rules?: Rules;
  events?: EventDeps;
}): Context {
  const calendar = calendarOf(p.now);
  return { ...p, rules: p.rules ?? DEFAULT_RULES, calendar, loaders: createLoaders(p.repo, calendar) };
}
