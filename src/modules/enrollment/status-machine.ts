import type { EnrollmentStatus, StatusEventType } from '../../generated/prisma/enums';

/**
 * The 学籍 state machine (plan R2.1): which event may follow which status and
 * the status it produces. The current status is never stored on its own: it
 * is what replaying the events gives. A CORRECTION event removes the event it
 * names from the replay (plan S2: a mistake is corrected by a compensating
 * record, never by rewriting history).
 */
export const TRANSITIONS: Record<EnrollmentStatus, Partial<Record<StatusEventType, EnrollmentStatus>>> = {
  NOT_ENROLLED: { ENROL: 'ENROLLED', TRANSFER_IN: 'ENROLLED' },
  ENROLLED: { TRANSFER_OUT: 'TRANSFERRED_OUT', SUSPEND: 'SUSPENDED', DROPOUT: 'DROPPED_OUT', GRADUATE: 'GRADUATED', DECEASE: 'DECEASED' },
  TRANSFERRED_OUT: { TRANSFER_IN: 'ENROLLED' },
  SUSPENDED: { RESUME: 'ENROLLED', DROPOUT: 'DROPPED_OUT', DECEASE: 'DECEASED' },
  DROPPED_OUT: { RETURN: 'ENROLLED', DECEASE: 'DECEASED' },
  GRADUATED: { ENROL: 'ENROLLED' },
  DECEASED: {},
};

export interface ReplayEvent {
  id: string;
  type: StatusEventType;
  schoolId: string | null;
  grade: number | null;
  occurredOn: Date;
  correctsEventId: string | null;
}

export interface ReplayState {
  status: EnrollmentStatus;
  schoolId: string | null;
  grade: number | null;
  since: Date | null;
}

export class TransitionError extends Error {
  constructor(
    readonly from: EnrollmentStatus,
    readonly type: StatusEventType,
  ) {
    super(`${type} cannot follow ${from}`);
  }
}

/** The state produced by events in recorded order, corrected events left out. Throws TransitionError on an impossible sequence. */
export function replay(events: readonly ReplayEvent[]): ReplayState {
  const corrected = new Set(events.filter((e) => e.type === 'CORRECTION').map((e) => e.correctsEventId));
  let s: ReplayState = { status: 'NOT_ENROLLED', schoolId: null, grade: null, since: null };
  for (const e of events) {
    if (e.type === 'CORRECTION' || corrected.has(e.id)) continue;
    s = apply(s, e);
  }
  return s;
}

/** One step of the machine. */
export function apply(s: ReplayState, e: Omit<ReplayEvent, 'id' | 'correctsEventId'>): ReplayState {
  const next = TRANSITIONS[s.status][e.type];
  if (next === undefined) throw new TransitionError(s.status, e.type);
  const placesChild = e.type === 'ENROL' || e.type === 'TRANSFER_IN' || e.type === 'RETURN' || e.type === 'RESUME';
  return {
    status: next,
    schoolId: placesChild && e.schoolId !== null ? e.schoolId : s.schoolId,
    grade: e.grade ?? s.grade,
    since: e.occurredOn,
  };
}

export function canFollow(status: EnrollmentStatus, type: StatusEventType): boolean {
  return TRANSITIONS[status][type] !== undefined;
}
