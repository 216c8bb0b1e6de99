import {
  AddCensusEntriesDocument,
  CensusLedgerDocument,
  CensusReviewQueueDocument,
  CensusRoundsDocument,
  OpenCensusRoundDocument,
  ReviewCensusMatchDocument,
  SubmitCensusRoundDocument,
  type CensusEntryInput,
} from '../generated/graphql';
import { maskIdentifier } from '../../src/lib/id-number';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';

type Errs = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (r: Errs) => r.errors?.[0]?.extensions?.['code'];
const argOf = (r: Errs) => r.errors?.[0]?.extensions?.['argument'];

// plan R2.2: each township surveys its school-age children every year (摸底), matched to the school register.
describe('census (摸底, plan R2.2)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let t1 = '';
  let t2 = '';
  let v11 = '';
  let v12 = '';
  let v21 = '';
  let schoolA: { id: string; code: string };
  let township1: Client;
  let township2: Client;
  let school: Client;
  let bureau: Client;
  let roundId = '';
  const kids: Record<string, { id: string; idNumber: string }> = {};
  const entryIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    v11 = (await s.village(1, 1)).code;
    v12 = (await s.village(1, 2)).code;
    v21 = (await s.village(2, 1)).code;
    t1 = (await s.township(1)).code;
    t2 = (await s.township(2)).code;
    schoolA = await s.school(1);
    const mk = async (key: string, p: Parameters<Scenario['child']>[0]) => {
      const made = await s.child(p);
      kids[key] = { id: made.child.id, idNumber: made.idNumber };
    };
    await mk('enrolled', { villageCode: v11, schoolId: schoolA.id, birthDate: '2016-03-01', name: '在校生' });
    await mk('notEnrolled', { villageCode: v11, status: 'NOT_ENROLLED', birthDate: '2017-04-02', name: '未入学' });
    await mk('candidate09', { villageCode: v11, schoolId: schoolA.id, birthDate: '2015-05-05', name: '李四' });
    await mk('candidate07', { villageCode: v21, schoolId: null, birthDate: '2014-06-06', name: '张三' });
    api = await startTestServer(db, testSealer); // clock 2026-11-16: census year 2026
    township1 = await api.as({ agency: 'TOWNSHIP', township: t1 }, 'CENSUS');
    township2 = await api.as({ agency: 'TOWNSHIP', township: t2 }, 'CENSUS');
    school = await api.as({ agency: 'SCHOOL', school: schoolA.code }, 'ENROLLMENT_MANAGEMENT');
    bureau = await api.as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
  }, 240_000); // generous: the setup is many small writes and a server start, slow on a loaded machine
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const unknownId = makeIdNumber(TEST_COUNTY, '2013-07-07', 901);
  const valid = (): CensusEntryInput => ({ name: '王五', idNumber: makeIdNumber(TEST_COUNTY, '2015-01-01', 777), birthDate: '2015-01-01', villageCode: v11 });

  it('a township opens its annual round; again while open returns it; another township and a school are refused', async () => {
    const r = await township1.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2026 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.openCensusRound).toMatchObject({ year: 2026, status: 'OPEN', townshipCode: t1, township: { code: t1 } });
    roundId = r.data!.openCensusRound.id;
    expect((await township1.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2026 })).data?.openCensusRound.id).toBe(roundId);
    expect(codeOf(await township2.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2027 }))).toBe('FORBIDDEN');
    expect(codeOf(await school.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2027 }))).toBe('FORBIDDEN');
    expect(argOf(await township1.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2031 }))).toBe('year');
    // The disabled persons' federation has no census in its slice at all.
    const dpf = await api.as('DISABLED_PERSONS_FEDERATION', 'PLACEMENT');
    expect(codeOf(await dpf.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2026 }))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    [{ idNumber: '431124201501010010' }, 'entries[1].idNumber', 'check digit'],
    [{ birthDate: '2015-01-02' }, 'entries[1].birthDate', 'does not agree'],
    [{ idNumber: null, gender: 'MALE', birthDate: '2021-01-01' }, 'entries[1].birthDate', 'outside compulsory-school age'],
    [{ idNumber: null, gender: 'MALE', birthDate: '2010-08-31' }, 'entries[1].birthDate', 'age 16'],
    [{ villageCode: 'v21' }, 'entries[1].villageCode', 'not a village'],
    [{ gender: 'FEMALE' }, 'entries[1].gender', 'does not agree'],
    [{ idNumber: null }, 'entries[1].gender', 'give the gender'],
    [{ name: ' ' }, 'entries[1].name', 'required'],
  ] as const)('refuses a bad row with its index and reason, and records nothing (%j → %s)', async (over, argument, reason) => {
    const bad = { ...valid(), ...over, ...(over && 'villageCode' in over ? { villageCode: v21 } : {}) } as CensusEntryInput;
    const r = await township1.gql(AddCensusEntriesDocument, { roundId, entries: [{ ...valid(), idNumber: makeIdNumber(TEST_COUNTY, '2015-01-01', 779) }, bad] });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(argOf(r)).toBe(argument);
    expect(r.errors?.[0]?.message).toContain(reason);
    expect(await db.prisma.censusEntry.count()).toBe(0);
    expect(await db.prisma.child.count({ where: { name: '王五' } })).toBe(0);
  });

  it('names every bad row at once (all or nothing), the first as the argument', async () => {
    const r = await township1.gql(AddCensusEntriesDocument, {
      roundId,
      entries: [valid(), { ...valid(), idNumber: '431124201501010010' }, valid(), { ...valid(), idNumber: null, gender: 'MALE', birthDate: '2022-02-02' }],
    });
    expect(argOf(r)).toBe('entries[1].idNumber');
    expect(r.errors?.[0]?.message).toContain('entries[2].idNumber: appears twice');
    expect(r.errors?.[0]?.message).toContain('entries[3].birthDate');
    expect(await db.prisma.censusEntry.count()).toBe(0);
  });

  it('matches by ID number, by name + birth date (+ village), and registers children the hub does not know', async () => {
    const r = await township1.gql(AddCensusEntriesDocument, {
      roundId,
      entries: [
        { name: '在校生', idNumber: kids['enrolled']!.idNumber, birthDate: '2016-03-01', villageCode: v11, inSchool: true },
        { name: '未入学', idNumber: kids['notEnrolled']!.idNumber, birthDate: '2017-04-02', villageCode: v11, inSchool: false },
        { name: '李四', gender: 'MALE', birthDate: '2015-05-05', villageCode: v11 },
        { name: '张三', gender: 'MALE', birthDate: '2014-06-06', villageCode: v12 },
        { name: '赵六', idNumber: unknownId, birthDate: '2013-07-07', villageCode: v12, inSchool: false, suspectedDisabled: true, note: '新迁入' },
      ],
    });
    expect(r.errors).toBeUndefined();
    const p = r.data!.addCensusEntries;
    expect({ matchedById: p.matchedById, probable: p.probable, childrenRegistered: p.childrenRegistered, suspectedDropouts: p.suspectedDropouts }).toEqual({
      matchedById: 2,
      probable: 2,
      childrenRegistered: 1,
      suspectedDropouts: 2,
    });
    const [e0, e1, e2, e3, e4] = p.entries;
    entryIds.push(...p.entries.map((e) => e.id));
    expect(e0).toMatchObject({ match: 'MATCHED_BY_ID', matchConfidence: 1, child: { id: kids['enrolled']!.id }, enrollmentStatus: 'ENROLLED', onSchoolRoll: true, age: 10 });
    // A township reads ID numbers masked (access-policy "Masked").
    expect(e0?.idNumber).toBe(maskIdentifier(kids['enrolled']!.idNumber));
    expect(e1).toMatchObject({ match: 'MATCHED_BY_ID', child: { id: kids['notEnrolled']!.id }, enrollmentStatus: 'NOT_ENROLLED', onSchoolRoll: false });
    expect(e2).toMatchObject({ match: 'PROBABLE', matchConfidence: 0.9, child: { id: kids['candidate09']!.id }, onSchoolRoll: null });
    expect(e3).toMatchObject({ match: 'PROBABLE', matchConfidence: 0.7 });
    expect(e3?.child).toBeNull(); // the proposed child lives in township 2: outside township 1's row scope
    expect(e4).toMatchObject({ match: 'UNMATCHED', enrollmentStatus: 'NOT_ENROLLED', onSchoolRoll: false, suspectedDisabled: true, note: '新迁入', village: { code: v12 } });
    const created = await db.prisma.child.findFirstOrThrow({ where: { id: e4!.child!.id }, include: { enrollment: true } });
    expect(created).toMatchObject({ name: '赵六', gender: 'MALE', villageCode: v12 });
    expect(created.enrollment?.status).toBe('NOT_ENROLLED');
    expect(testSealer.open(created.idNumberCipher!)).toBe(unknownId);
    // The suspected-dropout ledger: school-age children on no school roll, one entry per census entry.
    const ledger = await db.prisma.suspectedDropout.findMany({ where: { source: 'CENSUS_NOT_ENROLLED' }, orderBy: { childId: 'asc' } });
    expect(ledger.map((l) => [l.sourceRef, l.childId, l.status]).sort()).toEqual(
      [
        [e1!.id, kids['notEnrolled']!.id, 'OPEN'],
        [e4!.id, created.id, 'OPEN'],
      ].sort(),
    );
    expect(await db.prisma.outboxEvent.count({ where: { type: 'SUSPECTED_DROPOUT' } })).toBe(2);
    // The write's own access record (in its transaction) names the children it touched.
    const log = await db.prisma.accessLog.findFirstOrThrow({ where: { operationName: 'AddCensusEntries', outcome: 'WRITE' }, orderBy: { id: 'desc' } });
    expect(log.childIds).toEqual(expect.arrayContaining([kids['enrolled']!.id, kids['notEnrolled']!.id, created.id]));
  });

  it('refuses an ID number already recorded in the round', async () => {
    const r = await township1.gql(AddCensusEntriesDocument, { roundId, entries: [{ name: '在校生', idNumber: kids['enrolled']!.idNumber, birthDate: '2016-03-01', villageCode: v11 }] });
    expect(argOf(r)).toBe('entries[0].idNumber');
    expect(r.errors?.[0]?.message).toContain('already recorded in this round');
  });

  it('the review queue holds the probable matches; the round cannot be submitted before they are reviewed', async () => {
    const q = await township1.gql(CensusReviewQueueDocument, {});
    expect(q.errors).toBeUndefined();
    expect(q.data?.censusReviewQueue.map((e) => e.id).sort()).toEqual([entryIds[2], entryIds[3]].sort());
    const sub = await township1.gql(SubmitCensusRoundDocument, { roundId });
    expect(codeOf(sub)).toBe('CONFLICT');
    expect(sub.errors?.[0]?.message).toContain('2 probable matches');
  });

  it('confirming links the child; rejecting registers another child and puts it on the ledger; a review is done once', async () => {
    const ok = await township1.gql(ReviewCensusMatchDocument, { entryId: entryIds[2]!, confirm: true });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.reviewCensusMatch).toMatchObject({ match: 'CONFIRMED', matchConfidence: 1, child: { id: kids['candidate09']!.id }, onSchoolRoll: true });
    const no = await township1.gql(ReviewCensusMatchDocument, { entryId: entryIds[3]!, confirm: false });
    expect(no.errors).toBeUndefined();
    const rejected = no.data!.reviewCensusMatch;
    expect(rejected).toMatchObject({ match: 'REJECTED', enrollmentStatus: 'NOT_ENROLLED', onSchoolRoll: false, child: { name: '张三' } });
    expect(rejected.child?.id).not.toBe(kids['candidate07']!.id);
    expect(await db.prisma.suspectedDropout.count({ where: { source: 'CENSUS_NOT_ENROLLED', sourceRef: entryIds[3]! } })).toBe(1);
    expect(codeOf(await township1.gql(ReviewCensusMatchDocument, { entryId: entryIds[3]!, confirm: true }))).toBe('CONFLICT');
    expect(codeOf(await township2.gql(ReviewCensusMatchDocument, { entryId: entryIds[2]!, confirm: false }))).toBe('FORBIDDEN');
  });

  it('the ledger (台账): every entry with its match and whether the child is on a school roll; off-roll only on request', async () => {
    const all = await township1.gql(CensusLedgerDocument, {});
    expect(all.errors).toBeUndefined();
    expect(all.data?.censusLedger.map((e) => e.id).sort()).toEqual([...entryIds].sort());
    const off = await township1.gql(CensusLedgerDocument, { onlyOffRoll: true });
    expect(off.data?.censusLedger.map((e) => e.id).sort()).toEqual([entryIds[1], entryIds[3], entryIds[4]].sort());
    const page = await township1.gql(CensusLedgerDocument, { first: 2 });
    const next = await township1.gql(CensusLedgerDocument, { first: 10, after: page.data!.censusLedger[1]!.id });
    expect([...page.data!.censusLedger, ...next.data!.censusLedger].map((e) => e.id)).toEqual(all.data!.censusLedger.map((e) => e.id));
    const rounds = await township1.gql(CensusRoundsDocument, { year: 2026 });
    expect(rounds.data?.censusRounds[0]?.summary).toEqual({ entries: 5, matchedById: 2, probable: 0, confirmed: 1, registeredFromCensus: 2, onNoSchoolRoll: 3 });
    // The bureau reads full ID numbers; another township sees none of township 1's entries; a school only its pupils'.
    const b = await bureau.gql(CensusLedgerDocument, { townshipCode: t1 });
    expect(b.data?.censusLedger.find((e) => e.id === entryIds[0])?.idNumber).toBe(kids['enrolled']!.idNumber);
    expect((await township2.gql(CensusLedgerDocument, { townshipCode: t1 })).data?.censusLedger).toEqual([]);
    const mine = await school.gql(CensusLedgerDocument, { townshipCode: t1 });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.censusLedger.map((e) => e.id).sort()).toEqual([entryIds[0], entryIds[2]].sort());
  });

  it('submission freezes the round (plan S2): no more entries, reviews or reopening', async () => {
    const r = await township1.gql(SubmitCensusRoundDocument, { roundId });
    expect(r.errors).toBeUndefined();
    expect(r.data?.submitCensusRound.status).toBe('SUBMITTED');
    expect(codeOf(await township1.gql(AddCensusEntriesDocument, { roundId, entries: [valid()] }))).toBe('CONFLICT');
    expect(codeOf(await township1.gql(OpenCensusRoundDocument, { townshipCode: t1, year: 2026 }))).toBe('CONFLICT');
    expect(codeOf(await township1.gql(SubmitCensusRoundDocument, { roundId }))).toBe('CONFLICT');
    expect(await db.prisma.outboxEvent.count({ where: { type: 'CENSUS_SUBMITTED' } })).toBe(1);
  });

  it('the bureau may act for any township; a matched child whose dropout case is open goes on the ledger as CONFIRMED with that case', async () => {
    const open = await bureau.gql(OpenCensusRoundDocument, { townshipCode: t2, year: 2026 });
    expect(open.errors).toBeUndefined();
    const dropped = await s.child({ villageCode: v21, schoolId: schoolA.id, status: 'DROPPED_OUT', birthDate: '2012-02-02', name: '辍学生' });
    const kase = await db.prisma.dropoutCase.create({
      data: { countyCode: TEST_COUNTY, childId: dropped.child.id, detectedOn: new Date('2026-10-01'), source: 'SCHOOL_REPORT', cause: 'WORK', firstVisitDueOn: new Date('2026-10-08') },
    });
    const r = await bureau.gql(AddCensusEntriesDocument, {
      roundId: open.data!.openCensusRound.id,
      entries: [{ name: '辍学生', idNumber: dropped.idNumber, birthDate: '2012-02-02', villageCode: v21 }],
    });
    expect(r.errors).toBeUndefined();
    const row = await db.prisma.suspectedDropout.findFirstOrThrow({ where: { sourceRef: r.data!.addCensusEntries.entries[0]!.id } });
    expect(row).toMatchObject({ status: 'CONFIRMED', caseId: kase.id, childId: dropped.child.id });
  });
});
