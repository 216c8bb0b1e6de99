import { randomUUID } from 'node:crypto';
import {
  AppointSurrogateParentDocument,
  CareHistoryDocument,
  CareRegisterDocument,
  EndCareDocument,
  RecordCareContactDocument,
  RecordCounsellingDocument,
  RegisterCareDocument,
  type RegisterCareInput,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';

type Result = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.['code'];
const argOf = (r: Result) => r.errors?.[0]?.extensions?.['argument'];

// plan R6.1: townships register left-behind children (留守儿童普查登记); plan R6.2: surrogate parents (代理家长),
// family phone calls (亲情电话) and counselling (心理辅导). The flags set here are what boarding priority reads.
describe('care of left-behind and in-distress children (plan R6.1, R6.2)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let api: TestServer;
  let v1 = '';
  let v2 = '';
  let schoolA: { id: string; code: string };
  let schoolB: { id: string; code: string };
  let township1: Client;
  let township2: Client;
  let wf: Client;
  let asA: Client;
  let asB: Client;
  let bureau: Client;

  const child = async (villageCode = v1, schoolId: string | null = schoolA.id) => (await s.child({ villageCode, schoolId })).child;
  const input = (c: { id: string; version: number }, over: Partial<RegisterCareInput> = {}): RegisterCareInput => ({
    childId: c.id,
    version: c.version,
    kind: 'LEFT_BEHIND',
    caregiverName: '王奶奶',
    caregiverRelation: 'GRANDMOTHER',
    caregiverPhone: '13807391234',
    registeredOn: '2026-09-05',
    ...over,
  });
  const end = (as: Client, arrangementId: string, version: number, endedOn: string) => as.gql(EndCareDocument, { input: { arrangementId, version, endedOn } });
  async function registered(c?: { id: string; version: number }) {
    const kid = c ?? (await child());
    const r = await township1.gql(RegisterCareDocument, { input: input(kid) });
    expect(r.errors).toBeUndefined();
    return { kid, arrangement: r.data!.registerCare };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    v1 = (await s.village(1, 1)).code;
    v2 = (await s.village(2, 1)).code;
    schoolA = await s.school(1);
    schoolB = await s.school(2);
    api = await startTestServer(db, testSealer);
    township1 = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'CARE');
    township2 = await api.as({ agency: 'TOWNSHIP', township: '431124102000' }, 'CARE');
    wf = await api.as('WOMENS_FEDERATION', 'CARE');
    asA = await api.as({ agency: 'SCHOOL', school: schoolA.code }, 'CARE');
    asB = await api.as({ agency: 'SCHOOL', school: schoolB.code }, 'CARE');
    bureau = await api.as('EDUCATION_BUREAU', 'CARE');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('registerCare (plan R6.1)', () => {
    it('the township registers a left-behind child: the flag is set (versioned), the women\'s federation now sees the child', async () => {
      const kid = await child();
      expect(codeOf(await wf.gql(CareHistoryDocument, { id: kid.id }))).toBe('NOT_FOUND');
      const r = await township1.gql(RegisterCareDocument, { input: input(kid) });
      expect(r.errors).toBeUndefined();
      expect(r.data?.registerCare).toMatchObject({
        kind: 'LEFT_BEHIND',
        caregiverName: '王奶奶',
        caregiverRelation: 'GRANDMOTHER',
        caregiverPhone: '13807391234',
        registeredOn: '2026-09-05',
        endedOn: null,
        version: 1,
        surrogates: [],
        child: { id: kid.id, isLeftBehind: true, inDistress: false, version: kid.version + 1 },
      });
      const seen = await wf.gql(CareHistoryDocument, { id: kid.id });
      expect(seen.errors).toBeUndefined();
      expect(seen.data?.child?.careHistory.map((a) => a.kind)).toEqual(['LEFT_BEHIND']);
      expect((await db.prisma.child.findUniqueOrThrow({ where: { id: kid.id } })).isLeftBehind).toBe(true);
      const log = await db.prisma.accessLog.findMany({ where: { childIds: { has: kid.id }, outcome: 'WRITE' } });
      expect(log).toHaveLength(1);
    });

    it('refuses a stale version and a second registration of the same kind with CONFLICT', async () => {
      const kid = await child();
      const first = await township1.gql(RegisterCareDocument, { input: input(kid) });
      expect(first.errors).toBeUndefined();
      expect(codeOf(await township1.gql(RegisterCareDocument, { input: input(kid) }))).toBe('CONFLICT'); // stale version
      expect(codeOf(await township1.gql(RegisterCareDocument, { input: input({ id: kid.id, version: kid.version + 1 }) }))).toBe('CONFLICT'); // already registered
    });

    it.each([
      [{ caregiverPhone: '12345' }, 'input.caregiverPhone'],
      [{ caregiverName: '  ' }, 'input.caregiverName'],
      [{ registeredOn: '2026-11-17' }, 'input.registeredOn'],
      [{ childId: 'not-an-id' }, 'input.childId'],
    ])('names the field it refuses (%j → %s) and writes nothing', async (over, field) => {
      const kid = await child();
      const r = await township1.gql(RegisterCareDocument, { input: input(kid, over) });
      expect([codeOf(r), argOf(r)]).toEqual(['BAD_USER_INPUT', field]);
      expect(await db.prisma.careArrangement.count({ where: { childId: kid.id } })).toBe(0);
      expect((await db.prisma.child.findUniqueOrThrow({ where: { id: kid.id } })).version).toBe(kid.version);
    });

    it('a township registers the children living in it only; out of its scope looks like not found', async () => {
      const livesT2AtA = await child(v2, schoolA.id); // in township 1's scope (its school), lives in township 2
      expect(codeOf(await township1.gql(RegisterCareDocument, { input: input(livesT2AtA) }))).toBe('FORBIDDEN');
      expect((await township2.gql(RegisterCareDocument, { input: input(livesT2AtA) })).errors).toBeUndefined();
      const livesT1 = await child(v1, schoolA.id);
      expect(codeOf(await township2.gql(RegisterCareDocument, { input: input(livesT1) }))).toBe('NOT_FOUND');
      expect(codeOf(await township2.gql(RegisterCareDocument, { input: input({ id: randomUUID(), version: 1 }) }))).toBe('NOT_FOUND');
    });

    it('schools run the care plan but do not register (FORBIDDEN); the bureau reads care only (not in its slice)', async () => {
      const kid = await child();
      expect(codeOf(await asA.gql(RegisterCareDocument, { input: input(kid) }))).toBe('FORBIDDEN');
      expect(codeOf(await bureau.gql(RegisterCareDocument, { input: input(kid) }))).toBe('GRAPHQL_VALIDATION_FAILED');
      const noPurpose = await api.as({ agency: 'TOWNSHIP', township: '431124101000' });
      expect(codeOf(await noPurpose.gql(RegisterCareDocument, { input: input(kid) }))).toBe('PURPOSE_REQUIRED');
      expect(await db.prisma.careArrangement.count({ where: { childId: kid.id } })).toBe(0);
    });

    it('the women\'s federation registers within its scope: a left-behind child also in distress; an unflagged child is not found', async () => {
      const { kid } = await registered();
      const now = await db.prisma.child.findUniqueOrThrow({ where: { id: kid.id } });
      const r = await wf.gql(RegisterCareDocument, { input: input(now, { kind: 'IN_DISTRESS', caregiverName: '李爷爷', caregiverRelation: 'GRANDFATHER', caregiverPhone: null }) });
      expect(r.errors).toBeUndefined();
      expect(r.data?.registerCare.child).toMatchObject({ isLeftBehind: true, inDistress: true });
      const plain = await child();
      expect(codeOf(await wf.gql(RegisterCareDocument, { input: input(plain) }))).toBe('NOT_FOUND');
    });
  });

  describe('surrogate parents, contact log, counselling (plan R6.2)', () => {
    it('a surrogate parent is a dated role: appointing the next one ends the current one the day before', async () => {
      const { arrangement } = await registered();
      const first = await asA.gql(AppointSurrogateParentDocument, { input: { arrangementId: arrangement.id, version: 1, name: '张老师', phone: '13900001111', role: '班主任', fromDate: '2026-09-10' } });
      expect(first.errors).toBeUndefined();
      expect(first.data?.appointSurrogateParent).toMatchObject({ version: 2, surrogates: [{ name: '张老师', role: '班主任', fromDate: '2026-09-10', toDate: null }] });
      const stale = await township1.gql(AppointSurrogateParentDocument, { input: { arrangementId: arrangement.id, version: 1, name: '刘书记', role: '村支书', fromDate: '2026-10-01' } });
      expect(codeOf(stale)).toBe('CONFLICT');
      const early = await township1.gql(AppointSurrogateParentDocument, { input: { arrangementId: arrangement.id, version: 2, name: '刘书记', role: '村支书', fromDate: '2026-09-10' } });
      expect([codeOf(early), argOf(early)]).toEqual(['BAD_USER_INPUT', 'input.fromDate']);
      const second = await township1.gql(AppointSurrogateParentDocument, { input: { arrangementId: arrangement.id, version: 2, name: '刘书记', role: '村支书', fromDate: '2026-11-01' } });
      expect(second.errors).toBeUndefined();
      expect(second.data?.appointSurrogateParent.surrogates).toEqual([
        expect.objectContaining({ name: '刘书记', fromDate: '2026-11-01', toDate: null }),
        expect.objectContaining({ name: '张老师', fromDate: '2026-09-10', toDate: '2026-10-31' }),
      ]);
    });

    it('records family calls and counselling within the care\'s dates, and shows them in the care history, newest first', async () => {
      const { kid, arrangement } = await registered();
      const call = (contactedOn: string, minutes: number | null = 15) =>
        asA.gql(RecordCareContactDocument, { input: { arrangementId: arrangement.id, contactedOn, kind: 'PHONE_CALL', withWhom: '母亲（广东务工）', minutes, notes: '学校亲情电话室' } });
      expect((await call('2026-10-08')).errors).toBeUndefined();
      expect((await call('2026-11-12', null)).errors).toBeUndefined();
      const before = await call('2026-09-01');
      expect([codeOf(before), argOf(before)]).toEqual(['BAD_USER_INPUT', 'input.contactedOn']);
      const zero = await call('2026-10-09', 0);
      expect([codeOf(zero), argOf(zero)]).toEqual(['BAD_USER_INPUT', 'input.minutes']);
      const visit = await wf.gql(RecordCareContactDocument, { input: { arrangementId: arrangement.id, contactedOn: '2026-10-20', kind: 'VISIT', withWhom: '父亲' } });
      expect(visit.errors).toBeUndefined();
      const session = await asA.gql(RecordCounsellingDocument, { input: { arrangementId: arrangement.id, heldOn: '2026-10-15', counsellor: '心理老师陈', notes: '情绪稳定' } });
      expect(session.errors).toBeUndefined();
      const future = await asA.gql(RecordCounsellingDocument, { input: { arrangementId: arrangement.id, heldOn: '2026-11-20', counsellor: '心理老师陈' } });
      expect([codeOf(future), argOf(future)]).toEqual(['BAD_USER_INPUT', 'input.heldOn']);

      const h = await township1.gql(CareHistoryDocument, { id: kid.id });
      expect(h.errors).toBeUndefined();
      const [a] = h.data!.child!.careHistory;
      expect(a?.contacts.map((c) => [c.contactedOn, c.kind])).toEqual([
        ['2026-11-12', 'PHONE_CALL'],
        ['2026-10-20', 'VISIT'],
        ['2026-10-08', 'PHONE_CALL'],
      ]);
      expect(a?.counsellingSessions).toEqual([expect.objectContaining({ heldOn: '2026-10-15', counsellor: '心理老师陈', notes: '情绪稳定' })]);
    });

    it('an arrangement of a child outside the caller\'s scope is not found', async () => {
      const { arrangement } = await registered();
      const r = await asB.gql(RecordCareContactDocument, { input: { arrangementId: arrangement.id, contactedOn: '2026-10-08', kind: 'PHONE_CALL', withWhom: '母亲' } });
      expect(codeOf(r)).toBe('NOT_FOUND');
      const unknown = await asA.gql(RecordCounsellingDocument, { input: { arrangementId: randomUUID(), heldOn: '2026-10-15', counsellor: '陈' } });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
    });
  });

  describe('the register and the end of care', () => {
    it('the care register lists a township\'s children; another township does not see them', async () => {
      const { arrangement } = await registered();
      const mine = await township1.gql(CareRegisterDocument, { first: 500, kind: 'LEFT_BEHIND' });
      expect(mine.errors).toBeUndefined();
      expect(mine.data?.careRegister.map((a) => a.id)).toContain(arrangement.id);
      const theirs = await township2.gql(CareRegisterDocument, { first: 500 });
      expect(theirs.data?.careRegister.map((a) => a.id)).not.toContain(arrangement.id);
      const bad = await township1.gql(CareRegisterDocument, { first: 0 });
      expect([codeOf(bad), argOf(bad)]).toEqual(['BAD_USER_INPUT', 'first']);
    });

    it('ending the care ends the surrogate\'s role and clears the flag (boarding priority reads it); the history keeps it', async () => {
      const { kid, arrangement } = await registered();
      await asA.gql(AppointSurrogateParentDocument, { input: { arrangementId: arrangement.id, version: 1, name: '张老师', role: '班主任', fromDate: '2026-09-10' } });
      const early = await end(township1, arrangement.id, 2, '2026-09-01');
      expect([codeOf(early), argOf(early)]).toEqual(['BAD_USER_INPUT', 'input.endedOn']);
      expect(codeOf(await end(asA, arrangement.id, 2, '2026-11-10'))).toBe('FORBIDDEN');
      const r = await end(township1, arrangement.id, 2, '2026-11-10');
      expect(r.errors).toBeUndefined();
      expect(r.data?.endCare).toMatchObject({ endedOn: '2026-11-10', version: 3, surrogates: [{ name: '张老师', toDate: '2026-11-10' }] });
      const after = await db.prisma.child.findUniqueOrThrow({ where: { id: kid.id } });
      expect(after.isLeftBehind).toBe(false);
      expect(after.version).toBe(kid.version + 2);
      const h = await township1.gql(CareHistoryDocument, { id: kid.id });
      expect(h.data?.child).toMatchObject({ isLeftBehind: false, careArrangement: null });
      expect(h.data?.child?.careHistory.map((a) => a.endedOn)).toEqual(['2026-11-10']);
      expect(codeOf(await end(township1, arrangement.id, 3, '2026-11-11'))).toBe('CONFLICT');
      const call = await asA.gql(RecordCareContactDocument, { input: { arrangementId: arrangement.id, contactedOn: '2026-11-12', kind: 'PHONE_CALL', withWhom: '母亲' } });
      expect([codeOf(call), argOf(call)]).toEqual(['BAD_USER_INPUT', 'input.contactedOn']);
    });
  });
});
