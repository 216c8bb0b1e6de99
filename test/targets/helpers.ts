import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client';
import type { DropoutCause, StatusEventType } from '../../src/generated/prisma/enums';
import { replay } from '../../src/modules/enrollment';
import { TEST_COUNTY, type Scenario } from '../support/factories';

/**
 * Pupils with a written history: the status events are inserted as given
 * (recorded in the order listed), and the registration holds what replaying
 * them gives, as the enrollment module would have written it.
 */
export interface Ev {
  type: StatusEventType;
  on: string;
  school?: { id: string } | null;
  grade?: number | null;
  dueBackOn?: string;
  cause?: DropoutCause;
  /** For a CORRECTION: index (in this list) of the event it corrects. */
  corrects?: number;
}

export interface Pupil {
  id: string;
  name: string;
  householdId: string;
  enrollmentId: string;
  eventIds: string[];
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);
let tick = 0;

export async function pupil(
  s: Scenario,
  p: { villageCode: string; events: Ev[]; registeredPoor?: boolean; birthDate?: string; name?: string; householdId?: string },
): Promise<Pupil> {
  const db = s.db;
  const householdId = p.householdId ?? (await s.household(p.villageCode, { registeredPoor: p.registeredPoor ?? false })).id;
  const { child } = await s.child({ villageCode: p.villageCode, schoolId: null, householdId, ...(p.birthDate ? { birthDate: p.birthDate } : {}), ...(p.name ? { name: p.name } : {}) });
  const ids = p.events.map(() => randomUUID());
  const rows = p.events.map((e, i) => ({
    id: ids[i] as string,
    type: e.type,
    schoolId: e.school === undefined ? null : (e.school?.id ?? null),
    grade: e.grade ?? null,
    occurredOn: day(e.on),
    correctsEventId: e.corrects === undefined ? null : (ids[e.corrects] as string),
  }));
  const state = replay(rows);
  const enrollment = await db.prisma.enrollment.create({
    data: {
      countyCode: TEST_COUNTY,
      childId: child.id,
      schoolId: state.schoolId,
      grade: state.grade,
      status: state.status,
      statusSince: state.since ?? day('2026-09-01'),
    },
  });
  for (const [i, r] of rows.entries()) await insertEvent(db, child.id, enrollment.id, r, p.events[i] as Ev);
  return { id: child.id, name: child.name, householdId, enrollmentId: enrollment.id, eventIds: ids };
}

async function insertEvent(
  db: Database,
  childId: string,
  enrollmentId: string,
  r: { id: string; type: StatusEventType; schoolId: string | null; grade: number | null; occurredOn: Date; correctsEventId: string | null },
  e: Ev,
) {
  await db.prisma.statusEvent.create({
    data: {
      ...r,
      countyCode: TEST_COUNTY,
      enrollmentId,
      childId,
      cause: e.cause ?? (e.type === 'DROPOUT' || e.type === 'SUSPEND' ? 'OTHER' : null),
      dueBackOn: e.dueBackOn ? day(e.dueBackOn) : null,
      evidenceRef: `TEST-${e.type}-${++tick}`,
      recordedBy: 'test',
      // Recorded in list order (replay order), each a second after the previous one.
      recordedAt: new Date(Date.UTC(2020, 0, 1) + ++tick * 1000),
    },
  });
}

/** Appends one event to a pupil's history now (recorded after all earlier ones) and rewrites the registration's status. */
export async function appendEvent(db: Database, p: Pupil, e: Ev & { correctsId?: string }): Promise<string> {
  const id = randomUUID();
  const existing = await db.prisma.statusEvent.findMany({ where: { childId: p.id }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
  const r = {
    id,
    type: e.type,
    schoolId: e.school === undefined ? null : (e.school?.id ?? null),
    grade: e.grade ?? null,
    occurredOn: day(e.on),
    correctsEventId: e.correctsId ?? null,
  };
  const state = replay([...existing, r]);
  await db.prisma.statusEvent.create({
    data: {
      ...r,
      countyCode: TEST_COUNTY,
      enrollmentId: p.enrollmentId,
      childId: p.id,
      cause: e.type === 'DROPOUT' ? 'OTHER' : null,
      evidenceRef: `TEST-${e.type}-${++tick}`,
      recordedBy: 'test',
      recordedAt: new Date(),
    },
  });
  await db.prisma.enrollment.update({ where: { id: p.enrollmentId }, data: { status: state.status, schoolId: state.schoolId, grade: state.grade } });
  return id;
}

/** A dropout case of a pupil (the casework module's row, as the generator writes it). */
export async function dropoutCase(
  db: Database,
  childId: string,
  c: { detectedOn: string; status: 'OPEN' | 'PERSUADING' | 'RETURNED' | 'CLOSED' | 'LEGAL_ACTION'; firstVisitDueOn: string; returnedOn?: string; closedOn?: string; visits?: string[] },
) {
  const row = await db.prisma.dropoutCase.create({
    data: {
      countyCode: TEST_COUNTY,
      childId,
      detectedOn: day(c.detectedOn),
      source: 'SCHOOL_REPORT',
      cause: 'OTHER',
      status: c.status,
      firstVisitDueOn: day(c.firstVisitDueOn),
      returnedOn: c.returnedOn ? day(c.returnedOn) : null,
      closedOn: c.closedOn ? day(c.closedOn) : null,
    },
  });
  for (const v of c.visits ?? []) {
    await db.prisma.persuasionVisit.create({ data: { countyCode: TEST_COUNTY, caseId: row.id, visitedOn: day(v), visitors: ['班主任'], outcome: 'REFUSED', recordedBy: 'test' } });
  }
  return row;
}

export const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['code'];
export const argOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['argument'];
