import type { Purpose } from '../access/policy';
import { ScopedRepository } from '../access/repository';
import { rowScopeFor } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import type { Config } from '../config';
import { createContext, type AuditBuffer, type Context, type EventDeps, type Rules } from '../context';
import type { Database } from '../db/client';
import type { IdentifierSealer } from '../lib/crypto';

/** A fresh access-log buffer for one request (or one subscription operation). */
export function newAuditBuffer(operationName: string | null = null, fieldClasses: Iterable<string> = []): AuditBuffer {
  return { childIds: new Set(), fieldClasses: new Set(fieldClasses), operationName, recordedIds: new Set(), deniedIds: new Set() };
}

export interface ContextRequest {
  requestId: string;
  viewer: Viewer;
  purpose: Purpose | null;
  audit: AuditBuffer;
  /** Subscriptions and scheduled jobs get the outbox bus and writer. */
  events?: EventDeps;
}

/**
 * How every route builds the GraphQL context of a request: the viewer's row
 * scope (on the request clock) in a scoped repository that notes each child
 * read into the request's access-log buffer. One place, so /graphql, /exports,
 * subscriptions and the scheduled monitoring read through the same chokepoint.
 */
export function contextFactory(deps: { config: Config; db: Database; sealer: IdentifierSealer; now: () => Date; rules: Rules }): (r: ContextRequest) => Context {
  return ({ requestId, viewer, purpose, audit, events }) => {
    const now = deps.now();
    const repo = new ScopedRepository(deps.db, rowScopeFor(viewer, now), audit.childIds, deps.db.reader(viewer.subject));
    return createContext({ requestId, viewer, purpose, repo, audit, sealer: deps.sealer, now, rules: deps.rules, ...(events ? { events } : {}) });
  };
}
