import {
  AcceptTransferDocument,
  CorrectStatusEventDocument,
  EnrollmentHistoryDocument,
  EnrolChildDocument,
  RecordDropoutDocument,
  RecordReturnDocument,
  RejectTransferDocument,
  RequestTransferDocument,
  ResumeChildDocument,
  SuspendChildDocument,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R2.1: every status change is an appended event with its papers; the status is derived from the events.
describe('school status as events (plan R2.1)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let schoolA: { id: string; code: string };
  let schoolB: { id: string; code: string };
  let villageCode = '';
  let bureau: Client;
  let asA: Client;
  let asB: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    await s.village(2, 1);
    await db.prisma.agency.create({ data: { kind: 'EDUCATION_BUREAU', name: '县教育局', countyCode: '431124', headName: '局长乙' } });
    schoolA = await s.school(1, { principalName: '校长A' });
    schoolB = await s.school(2, { principalName: '校长B' });
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
    asA = await api.as({ agency: 'SCHOOL', school: schoolA.code }, 'ENROLLMENT_MANAGEMENT');
    asB = await api.as({ agency: 'SCHOOL', school: schoolB.code }, 'ENROLLMENT_MANAGEMENT');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const pupil = async () => (await s.child({ villageCode, schoolId: schoolA.id, grade: 5 })).child.id;
  const version = async (childId: string) => (await db.prisma.enrollment.findUniqueOrThrow({ where: { childId } })).version;
  const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['code'];
  const argOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['argument'];

  it('suspends with cause, papers and due-back date, and resumes (plan R2.1 休学/复学)', async () => {
    const id = await pupil();
    const sus = await asA.gql(SuspendChildDocument, {
      input: { childId: id, version: await version(id), date: '2026-10-08', cause: 'ILLNESS', reason: '住院治疗', evidenceRef: '诊断书2026-118', dueBackOn: '2027-01-10' },
    });
    expect(sus.errors).toBeUndefined();
    expect(sus.data?.suspendChild.enrollment.status).toBe('SUSPENDED');
    const res = await asA.gql(ResumeChildDocument, { input: { childId: id, version: await version(id), date: '2026-11-02', evidenceRef: '复学申请-0032' } });
    expect(res.data?.resumeChild.enrollment.status).toBe('ENROLLED');
    const h = await bureau.gql(EnrollmentHistoryDocument, { id });
    expect(h.data?.child?.enrollment?.events.map((e) => e.type)).toEqual(['ENROL', 'SUSPEND', 'RESUME']);
  });

  it('refuses a resumption of a pupil who is not suspended, with CONFLICT and nothing written', async () => {
    const id = await pupil();
    const before = await db.prisma.statusEvent.count({ where: { childId: id } });
    const r = await asA.gql(ResumeChildDocument, { input: { childId: id, version: await version(id), date: '2026-11-02', evidenceRef: '复学申请-0033' } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await db.prisma.statusEvent.count({ where: { childId: id } })).toBe(before);
  });

  it.each([
    [{ evidenceRef: null }, 'input.evidenceRef'],
    [{ evidenceRef: 'x' }, 'input.evidenceRef'],
    [{ cause: null }, 'input.cause'],
    [{ dueBackOn: null }, 'input.dueBackOn'],
    [{ dueBackOn: '2026-10-01' }, 'input.dueBackOn'],
    [{ date: '2027-03-01' }, 'input.date'],
  ])('names the field when a suspension lacks what the plan asks (%j → %s)', async (over, field) => {
    const id = await pupil();
    const input = { childId: id, version: await version(id), date: '2026-10-08', cause: 'ILLNESS', reason: '住院', evidenceRef: '诊断书2026-119', dueBackOn: '2027-01-10', ...over };
    const r = await asA.gql(SuspendChildDocument, { input: input as never });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(argOf(r)).toBe(field);
    expect(await db.prisma.statusEvent.count({ where: { childId: id } })).toBe(1);
  });

  it('a stale version gets CONFLICT (optimistic concurrency)', async () => {
    const id = await pupil();
    const v = await version(id);
    const ok = await asA.gql(SuspendChildDocument, { input: { childId: id, version: v, date: '2026-10-08', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-0001', dueBackOn: '2027-01-10' } });
    expect(ok.errors).toBeUndefined();
    const stale = await asA.gql(ResumeChildDocument, { input: { childId: id, version: v, date: '2026-11-02', evidenceRef: '复学-0001' } });
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('transfer is a two-sided handshake: enrolled at the old school until the new one accepts (plan R2.1 转出/转入)', async () => {
    const id = await pupil();
    const req = await asA.gql(RequestTransferDocument, {
      input: { childId: id, version: await version(id), toSchoolId: schoolB.id, date: '2026-11-03', reason: '随父母迁居', evidenceRef: '转学证明-2026-07' },
    });
    expect(req.errors).toBeUndefined();
    const transferId = req.data?.requestTransfer.transferId as string;
    expect(req.data?.requestTransfer.enrollment.status).toBe('ENROLLED');
    expect(req.data?.requestTransfer.enrollment.school?.id).toBe(schoolA.id);
    // The receiving school sees the incoming pupil (row scope: transferring to it) and only it may accept.
    const byA = await asA.gql(AcceptTransferDocument, { input: { transferId, date: '2026-11-05' } });
    expect(codeOf(byA)).toBe('FORBIDDEN');
    // A dropout cannot be recorded while the transfer is pending.
    const drop = await asA.gql(RecordDropoutDocument, { input: { childId: id, version: await version(id), date: '2026-11-04', cause: 'DISTANCE', reason: '未到校', evidenceRef: '报告-0099' } });
    expect(codeOf(drop)).toBe('CONFLICT');
    const acc = await asB.gql(AcceptTransferDocument, { input: { transferId, date: '2026-11-05', className: '五年级(2)班' } });
    expect(acc.errors).toBeUndefined();
    expect(acc.data?.acceptTransfer.enrollment.school?.id).toBe(schoolB.id);
    const h = await bureau.gql(EnrollmentHistoryDocument, { id });
    expect(h.data?.child?.enrollment?.events.map((e) => e.type)).toEqual(['ENROL', 'TRANSFER_OUT', 'TRANSFER_IN']);
    expect(h.data?.child?.enrollment?.status).toBe('ENROLLED');
    // The old school no longer sees the pupil.
    expect((await asA.gql(EnrollmentHistoryDocument, { id })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('a rejected transfer leaves the pupil where he was', async () => {
    const id = await pupil();
    const req = await asA.gql(RequestTransferDocument, { input: { childId: id, version: await version(id), toSchoolId: schoolB.id, date: '2026-11-03', reason: '迁居', evidenceRef: '转学证明-2026-08' } });
    const rej = await asB.gql(RejectTransferDocument, { input: { transferId: req.data?.requestTransfer.transferId as string, date: '2026-11-04', reason: '学位已满' } });
    expect(rej.errors).toBeUndefined();
    expect(rej.data?.rejectTransfer.enrollment.school?.id).toBe(schoolA.id);
    expect((await db.prisma.transferRequest.findFirstOrThrow({ where: { childId: id } })).status).toBe('REJECTED');
  });

  it('a dropout opens its case with the seven heads and an outbox event; a return sets the case RETURNED (plan R1.2, R2.4)', async () => {
    const id = await pupil();
    const r = await asA.gql(RecordDropoutDocument, { input: { childId: id, version: await version(id), date: '2026-11-09', cause: 'WEARY_OF_SCHOOL', reason: '连续未到校，家访未果', evidenceRef: '辍学报告-2026-031' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordDropout.enrollment.status).toBe('DROPPED_OUT');
    const h = await bureau.gql(EnrollmentHistoryDocument, { id });
    const c = h.data?.child?.dropoutCases[0];
    expect(c?.status).toBe('OPEN');
    expect(c?.firstVisitDueOn).toBe('2026-11-16');
    expect(c?.responsibleHeads).toEqual({ countyHead: '县长甲', bureauHead: '局长乙', townshipHead: '镇长1', villageHead: '村长1', principal: '校长A', teacher: null, parent: expect.stringContaining('之父') });
    const events = await db.prisma.outboxEvent.findMany({ where: { childId: id } });
    expect(events.map((e) => e.type)).toEqual(['DROPOUT_REPORTED']);
    const back = await asA.gql(RecordReturnDocument, { input: { childId: id, version: await version(id), date: '2026-11-13', evidenceRef: '复学通知-0005' } });
    expect(back.data?.recordReturn.enrollment.status).toBe('ENROLLED');
    expect((await db.prisma.dropoutCase.findFirstOrThrow({ where: { childId: id } })).status).toBe('RETURNED');
  });

  it('a school cannot record changes of another school\'s pupil; another township cannot see him', async () => {
    const id = await pupil();
    const r = await asB.gql(SuspendChildDocument, { input: { childId: id, version: await version(id), date: '2026-10-08', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-0002', dueBackOn: '2027-01-10' } });
    expect(codeOf(r)).toBe('NOT_FOUND');
    const township2 = await api.as({ agency: 'TOWNSHIP', township: '431124102000' }, 'CENSUS');
    const t = await township2.gql(SuspendChildDocument, { input: { childId: id, version: 1, date: '2026-10-08', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-0003', dueBackOn: '2027-01-10' } });
    expect(codeOf(t)).toBe('GRAPHQL_VALIDATION_FAILED'); // townships have no status writes in their slice
  });

  it('a wrong event is corrected by a compensating record, never rewritten (plan S2)', async () => {
    const id = await pupil();
    const sus = await asA.gql(SuspendChildDocument, { input: { childId: id, version: await version(id), date: '2026-10-08', cause: 'ILLNESS', reason: '误录', evidenceRef: '诊断书-0004', dueBackOn: '2027-01-10' } });
    const wrong = sus.data?.suspendChild.event?.id as string;
    const fix = await asA.gql(CorrectStatusEventDocument, { input: { eventId: wrong, version: await version(id), reason: '录入错误：该生未休学', evidenceRef: '更正说明-0001' } });
    expect(fix.errors).toBeUndefined();
    expect(fix.data?.correctStatusEvent.enrollment.status).toBe('ENROLLED');
    expect(fix.data?.correctStatusEvent.event?.correctsEventId).toBe(wrong);
    const rows = await db.prisma.statusEvent.findMany({ where: { childId: id }, orderBy: { recordedAt: 'asc' } });
    expect(rows.map((e) => e.type)).toEqual(['ENROL', 'SUSPEND', 'CORRECTION']);
    const again = await asA.gql(CorrectStatusEventDocument, { input: { eventId: wrong, version: await version(id), reason: '再次', evidenceRef: '更正说明-0002' } });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('enrols a child found out of school and writes the access record in the same transaction', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    const r = await bureau.gql(EnrolChildDocument, { input: { childId: child.id, schoolId: schoolA.id, grade: 3, date: '2026-11-10', evidenceRef: '入学登记-0077' } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.enrolChild.enrollment.status).toBe('ENROLLED');
    const log = await db.prisma.accessLog.findMany({ where: { childIds: { has: child.id } } });
    expect(log.map((l) => l.outcome)).toEqual(['WRITE']);
  });

  it('mutations need a purpose like any read of protected data', async () => {
    const id = await pupil();
    const noPurpose = await api.as({ agency: 'SCHOOL', school: schoolA.code });
    const r = await noPurpose.gql(SuspendChildDocument, { input: { childId: id, version: 1, date: '2026-10-08', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-0005', dueBackOn: '2027-01-10' } });
    expect(codeOf(r)).toBe('PURPOSE_REQUIRED');
    expect(await db.prisma.statusEvent.count({ where: { childId: id } })).toBe(1);
  });
});
