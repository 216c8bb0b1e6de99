import type { ScopedRepository } from './access/repository';
import type { Purpose } from './access/policy';
import type { Viewer } from './access/viewer';
import type { AuditWriter } from './audit/writer';
import type { OutboxBus } from './events/outbox-bus';
import type { IdentifierSealer } from './lib/crypto';
import { calendarOf, type Calendar } from './lib/calendar';
import { createLoaders, type Loaders } from './modules/loaders';

export { calendarOf, type Calendar } from './lib/calendar';

/** What one request read, for its access-log record. */
export interface AuditBuffer {
  childIds: Set<string>;
  fieldClasses: Set<string>;
  operationName: string | null;
  /** Children already covered by an access record written inside a mutation's transaction. */
  recordedIds: Set<string>;
  /** Ids looked up and answered NOT_FOUND (outside scope or nonexistent). */
  deniedIds: Set<string>;
  /** The referral this request read under (issue 10 item 4): its access record names it. */
  referralId?: string;
}

/** The outbox bus and audit writer, for subscriptions. */
export interface EventDeps {
  bus: OutboxBus;
  audit: AuditWriter;
}

/** Rule settings the services read (from config). */
export interface Rules {
  firstVisitDays: number;
  absenceStreakDays: number;
  strikeOffAttendedDays: number;
  /** Statements read only the columns a selection reads (src/graphql/projection.ts); false reads whole rows. */
  readProjection: boolean;
}

export const DEFAULT_RULES: Rules = { firstVisitDays: 7, absenceStreakDays: 3, strikeOffAttendedDays: 10, readProjection: true };

/**
 * Per request: who asks and why, the scoped data access, loaders, and the audit buffer.
 *
 * Layering (issue 9): http (src/server.ts, src/http/) builds the Context;
 * modules (src/modules/) read it; below them the loaders
 * (src/modules/loaders.ts → src/modules/<area>/<area>.loaders.ts), the scoped
 * repository (src/access/repository.ts) and the database (src/db/) import
 * nothing from this file, the resolvers or the services.
 */
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
