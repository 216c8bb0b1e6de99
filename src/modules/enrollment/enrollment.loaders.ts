import DataLoader from 'dataloader';
import type { ScopedRepository } from '../../access/repository';
import type { Calendar } from '../../lib/calendar';
import { manyBy, oneBy } from '../../lib/loaders';

/** This term's absence counts of one child (the AttendanceSummary GraphQL object has these fields). */
export interface AttendanceSummary {
  since: Date;
  unexcusedDays: number;
  excusedDays: number;
  lateDays: number;
  lastAbsence: Date | null;
}

export function createEnrollmentLoaders(repo: ScopedRepository, calendar: Calendar) {
  return {
    enrollmentByChild: oneBy((ids: readonly string[]) => repo.enrollmentsByChildren(ids), (e) => e.childId),
    eventsByEnrollment: manyBy((ids: readonly string[]) => repo.statusEventsByEnrollments(ids), (e) => e.enrollmentId),
    /** Current-term attendance summary per child: one GROUP BY for the whole batch. */
    attendanceByChild: new DataLoader<string, AttendanceSummary>(async (ids) => {
      const rows = await repo.attendanceCounts(ids, calendar.termStart);
      const out = new Map<string, AttendanceSummary>();
      for (const id of ids) {
        out.set(id, { since: calendar.termStart, unexcusedDays: 0, excusedDays: 0, lateDays: 0, lastAbsence: null });
      }
      for (const r of rows) {
        const s = out.get(r.childId);
        if (!s) continue;
        const n = r._count._all;
        if (r.kind === 'UNEXCUSED_ABSENCE') s.unexcusedDays = n;
        else if (r.kind === 'EXCUSED_LEAVE') s.excusedDays = n;
        else s.lateDays = n;
        const last = r._max.date;
        if (r.kind !== 'LATE' && last && (!s.lastAbsence || last > s.lastAbsence)) s.lastAbsence = last;
      }
      return ids.map((id) => out.get(id) as AttendanceSummary);
    }),
  };
}
