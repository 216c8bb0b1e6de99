import { PendingFollowUpsDocument, RecordDailyAbsencesDocument, RecordFollowUpDocument, RecordLeaveDocument, SuspectedDropoutsDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R2.4: leave and absence ledger; same-day follow-up; a streak of unexcused days makes a suspected dropout.
describe('attendance and leave ledger (plan R2.4)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let school: { id: string; code: string };
  let villageCode = '';
  let asSchool: Client;
  // "today" for the server: Wednesday 18 November 2026
  const now = () => new Date('2026-11-18T09:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    school = await s.school(1);
    api = await startTestServer(db, testSealer, { now });
    asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'ENROLLMENT_MANAGEMENT');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });
  const pupil = async () => (await s.child({ villageCode, schoolId: school.id })).child.id;
  const absent = (date: string, ...ids: string[]) =>
    asSchool.gql(RecordDailyAbsencesDocument, { input: { schoolId: school.id, date, entries: ids.map((childId) => ({ childId, kind: 'UNEXCUSED_ABSENCE' as const })) } });

  it('an unexcused absence opens a same-day follow-up; recording it closes it', async () => {
    const id = await pupil();
    const r = await absent('2026-11-18', id);
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordDailyAbsences.followUpsDue).toBe(1);
    const pending = await asSchool.gql(PendingFollowUpsDocument, { schoolId: school.id });
    const entry = pending.data?.pendingFollowUps.find((p) => p.childId === id);
    expect(entry).toBeDefined();
    const e = r.data?.recordDailyAbsences.entries[0];
    const f = await asSchool.gql(RecordFollowUpDocument, { input: { attendanceId: e?.id as string, version: e?.version as number, outcome: 'REACHED_WILL_RETURN', note: '家长电话确认明日返校' } });
    expect(f.data?.recordFollowUp.followUpOutcome).toBe('REACHED_WILL_RETURN');
    const after = await asSchool.gql(PendingFollowUpsDocument, { schoolId: school.id });
    expect(after.data?.pendingFollowUps.some((p) => p.childId === id)).toBe(false);
  });

  it('leave on file turns the absence into excused leave, with no follow-up', async () => {
    const id = await pupil();
    const leave = await asSchool.gql(RecordLeaveDocument, { input: { childId: id, fromDate: '2026-11-18', toDate: '2026-11-20', reason: '家中有事' } });
    expect(leave.errors).toBeUndefined();
    const r = await absent('2026-11-18', id);
    expect(r.data?.recordDailyAbsences.entries[0]?.kind).toBe('EXCUSED_LEAVE');
    expect(r.data?.recordDailyAbsences.followUpsDue).toBe(0);
  });

  it('leave must be recorded before it is taken', async () => {
    const id = await pupil();
    const r = await asSchool.gql(RecordLeaveDocument, { input: { childId: id, fromDate: '2026-11-16', toDate: '2026-11-17', reason: '补假' } });
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.fromDate' });
  });

  it('three consecutive unexcused school days (across a weekend) put the pupil on the suspected ledger once, and notify', async () => {
    const id = await pupil();
    await absent('2026-11-13', id); // Friday
    await absent('2026-11-16', id); // Monday
    const third = await absent('2026-11-17', id); // Tuesday
    expect(third.data?.recordDailyAbsences.newSuspected).toEqual([id]);
    const fourth = await absent('2026-11-18', id);
    expect(fourth.data?.recordDailyAbsences.newSuspected).toEqual([]);
    const ledger = await asSchool.gql(SuspectedDropoutsDocument, { first: 50, status: 'OPEN' });
    const mine = ledger.data?.suspectedDropouts.filter((x) => x.child?.id === id) ?? [];
    expect(mine).toHaveLength(1);
    expect(mine[0]?.source).toBe('ABSENCE_STREAK');
    expect(mine[0]?.sourceRef).toBe(`${id}:2026-11-13`);
    expect(await db.prisma.outboxEvent.count({ where: { childId: id, type: 'SUSPECTED_DROPOUT' } })).toBe(1);
  });

  it('a broken streak does not count', async () => {
    const id = await pupil();
    await absent('2026-11-12', id);
    await absent('2026-11-13', id);
    const r = await absent('2026-11-17', id); // Monday 16th attended
    expect(r.data?.recordDailyAbsences.newSuspected).toEqual([]);
  });

  it.each([
    [{ date: '2026-11-21' }, 'input.date'], // Saturday
    [{ date: '2026-11-19' }, 'input.date'], // future
  ])('refuses a register for a day that is not a past school day (%j)', async (over, field) => {
    const id = await pupil();
    const input = Object.assign({ schoolId: school.id, date: '2026-11-18', entries: [{ childId: id, kind: 'UNEXCUSED_ABSENCE' as const }] }, over);
    const r = await asSchool.gql(RecordDailyAbsencesDocument, { input });
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: field });
  });

  it('refuses the whole register when one entry is not a pupil of the school, naming the entry', async () => {
    const id = await pupil();
    const other = await s.child({ villageCode, schoolId: (await s.school(1)).id });
    const r = await asSchool.gql(RecordDailyAbsencesDocument, {
      input: { schoolId: school.id, date: '2026-11-18', entries: [{ childId: id, kind: 'LATE' }, { childId: other.child.id, kind: 'UNEXCUSED_ABSENCE' }] },
    });
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.entries[1].childId' });
    expect(await db.prisma.attendanceRecord.count({ where: { childId: id } })).toBe(0);
  });
});
