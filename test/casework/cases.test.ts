import {
  DropoutCaseLedgerDocument,
  RecordDailyAbsencesDocument,
  RecordDropoutDocument,
  RecordPersuasionVisitDocument,
  RecordReturnDocument,
  RunMonitoringDocument,
  SuspectedDropoutsDocument,
  SuspendChildDocument,
  TransitionCaseDocument,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R1.2–R1.3: casework states, visits, escalation, strike-off (销号) only on evidence.
describe('return-to-school casework (plan R1.2, R1.3)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let school: { id: string; code: string };
  let villageCode = '';
  let clock = new Date('2026-11-02T09:00:00Z');
  let api: TestServer;
  let asSchool: Client;
  let asTownship: Client;
  let bureau: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    school = await s.school(1);
    api = await startTestServer(db, testSealer, { now: () => clock });
    asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'DROPOUT_CASEWORK');
    asTownship = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'DROPOUT_CASEWORK');
    bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const version = async (childId: string) => (await db.prisma.enrollment.findUniqueOrThrow({ where: { childId } })).version;
  const caseOf = async (childId: string) => db.prisma.dropoutCase.findFirstOrThrow({ where: { childId } });
  async function dropout(date: string) {
    const id = (await s.child({ villageCode, schoolId: school.id })).child.id;
    const r = await asSchool.gql(RecordDropoutDocument, { input: { childId: id, version: await version(id), date, cause: 'POVERTY', reason: '家庭困难外出', evidenceRef: `辍学报告-${id.slice(0, 4)}` } });
    expect(r.errors).toBeUndefined();
    return id;
  }

  it('the township records a visit: OPEN → PERSUADING; only allowed transitions pass', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const id = await dropout('2026-11-02');
    const c = await caseOf(id);
    const v = await asTownship.gql(RecordPersuasionVisitDocument, { input: { caseId: c.id, visitedOn: '2026-11-02', visitors: ['镇长1', '班主任'], outcome: 'REFUSED', notes: '家长称无钱上学', nextStep: '落实资助' } });
    expect(v.errors).toBeUndefined();
    expect((await caseOf(id)).status).toBe('PERSUADING');
    const bad = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: (await caseOf(id)).version, to: 'CLOSED' } });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const alt = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: (await caseOf(id)).version, to: 'ALTERNATIVE_PLACEMENT' } });
    expect(alt.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.alternativePlan' });
  });

  it('legal action needs a visit first and then hands the case to the judiciary', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const id = await dropout('2026-11-02');
    const c = await caseOf(id);
    const early = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'LEGAL_ACTION' } });
    expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    await asTownship.gql(RecordPersuasionVisitDocument, { input: { caseId: c.id, visitedOn: '2026-11-02', visitors: ['村长1'], outcome: 'REFUSED' } });
    const legal = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: (await caseOf(id)).version, to: 'LEGAL_ACTION' } });
    expect(legal.data?.transitionCase.status).toBe('LEGAL_ACTION');
    const judiciary = await api.as('JUDICIARY', 'LEGAL_AID');
    const seen = await judiciary.gql(DropoutCaseLedgerDocument, { first: 50 });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.dropoutCases.map((x) => x.id)).toEqual([c.id]);
  });

  it('a returned case is struck off only after 10 attended school days (evidence, not a checkbox)', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const id = await dropout('2026-11-02');
    clock = new Date('2026-11-04T09:00:00Z');
    await asSchool.gql(RecordReturnDocument, { input: { childId: id, version: await version(id), date: '2026-11-04', evidenceRef: '复学通知-0101' } });
    const c = await caseOf(id);
    expect(c.status).toBe('RETURNED');
    clock = new Date('2026-11-13T09:00:00Z'); // 8 school days since the return
    const tooEarly = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'CLOSED' } });
    expect(tooEarly.errors?.[0]?.message).toMatch(/attended 8/);
    clock = new Date('2026-11-18T09:00:00Z'); // 11 school days, one of them absent → 10 attended
    await asSchool.gql(RecordDailyAbsencesDocument, { input: { schoolId: school.id, date: '2026-11-16', entries: [{ childId: id, kind: 'UNEXCUSED_ABSENCE' }] } });
    const closed = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'CLOSED' } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.transitionCase.closedOn).toBe('2026-11-18');
  });

  it('an alternative placement is struck off only with the confirming document', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const id = await dropout('2026-11-02');
    let c = await caseOf(id);
    await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'ALTERNATIVE_PLACEMENT', alternativePlan: '县职业中专就读' } });
    c = await caseOf(id);
    const no = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'CLOSED' } });
    expect(no.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.evidenceRef' });
    const yes = await bureau.gql(TransitionCaseDocument, { input: { caseId: c.id, version: c.version, to: 'CLOSED', evidenceRef: '职中录取通知-088' } });
    expect(yes.data?.transitionCase.status).toBe('CLOSED');
  });

  it('monitoring escalates cases with no visit past the deadline one level per period, and suspensions past due', async () => {
    clock = new Date('2026-11-02T09:00:00Z');
    const id = await dropout('2026-11-02'); // first visit due 2026-11-09
    const sus = (await s.child({ villageCode, schoolId: school.id })).child.id;
    await asSchool.gql(SuspendChildDocument, { input: { childId: sus, version: await version(sus), date: '2026-11-02', cause: 'ILLNESS', reason: '病', evidenceRef: '诊断书-7788', dueBackOn: '2026-11-10' } });
    clock = new Date('2026-11-11T09:00:00Z');
    const first = await bureau.gql(RunMonitoringDocument, {});
    expect(first.errors).toBeUndefined();
    expect(first.data?.runMonitoring.overdueSuspensions).toBeGreaterThanOrEqual(1);
    expect((await caseOf(id)).escalationLevel).toBe(1);
    const again = await bureau.gql(RunMonitoringDocument, {});
    expect(again.data?.runMonitoring).toEqual({ overdueSuspensions: 0, escalatedCases: 0 }); // idempotent
    clock = new Date('2026-11-17T09:00:00Z');
    await bureau.gql(RunMonitoringDocument, {});
    expect((await caseOf(id)).escalationLevel).toBe(2);
    const ledger = await bureau.gql(SuspectedDropoutsDocument, { first: 100, status: 'OPEN' });
    expect(ledger.data?.suspectedDropouts.some((x) => x.child?.id === sus && x.source === 'SUSPENSION_OVERDUE')).toBe(true);
  });
});
