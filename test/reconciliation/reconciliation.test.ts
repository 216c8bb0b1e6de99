import {
  CensusDiscrepanciesDocument,
  DisabilityDiscrepanciesDocument,
  PovertyRollDiscrepanciesDocument,
  ReconciliationRunsDocument,
  ResolveCensusDiscrepancyDocument,
  ResolveDisabilityDiscrepancyDocument,
  ResolveEducationDiscrepancyDocument,
  ResolvePovertyRollDiscrepancyDocument,
  RunReconciliationDocument,
  type ReconciliationKind,
} from '../generated/graphql';
import { schoolDaysBetween } from '../../src/lib/school-days';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';

type Errs = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (r: Errs) => r.errors?.[0]?.extensions?.['code'];

/**
 * The cross-checks on a small hand-made county (test server clock 2026-11-16,
 * school year 2026, term from 2026-09-01): one child per case each check must
 * find, and one beside it that it must not.
 */
describe('cross-checks of registers (比对核查, plan R2.2, R2.3, R2.5, T3, S2)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let bureau: Client;
  let poverty: Client;
  let federation: Client;
  let township1: Client;
  let township2: Client;
  let t1 = '';
  const id: Record<string, string> = {};
  let unknownMemberHash = '';
  let unknownEntryId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    const v11 = (await s.village(1, 1)).code;
    const v21 = (await s.village(2, 1)).code;
    t1 = (await s.township(1)).code;
    const schoolA = await s.school(1);
    const schoolB = await s.school(2);
    const child = async (key: string, p: Parameters<Scenario['child']>[0]) => {
      const made = await s.child({ name: key, ...p });
      id[key] = made.child.id;
      return made;
    };
    await db.prisma.schoolTerm.create({ data: { countyCode: TEST_COUNTY, schoolYear: 2026, term: 1, startsOn: new Date('2026-09-01'), endsOn: new Date('2027-01-16') } });

    // (a) poverty roll (plan R2.3, T3), township 2.
    const poorHh = (await s.household(v21, { registeredPoor: true, poorSinceYear: 2015 })).id;
    const poorOnRoll = await child('poorOnRoll', { villageCode: v21, schoolId: schoolB.id, householdId: poorHh });
    await child('poorNotOnRoll', { villageCode: v21, schoolId: schoolB.id, householdId: (await s.household(v21, { registeredPoor: true })).id, birthDate: '2014-04-04' });
    const poorDropout = await child('poorDropout', { villageCode: v21, schoolId: schoolB.id, householdId: poorHh, status: 'DROPPED_OUT', birthDate: '2013-03-03' });
    await child('poorTooOld', { villageCode: v21, schoolId: null, householdId: poorHh, birthDate: '2009-01-01' }); // 17: not school age, not expected on the roll
    const rollOnly = await child('rollOnly', { villageCode: v21, schoolId: schoolB.id, birthDate: '2015-02-02' });
    const batch = await db.prisma.povertyRollBatch.create({ data: { countyCode: TEST_COUNTY, sourceName: '县乡村振兴局 在校学生名单', contentHash: 'test-batch-1' } });
    const unknownId = makeIdNumber(TEST_COUNTY, '2012-12-12', 555);
    unknownMemberHash = testSealer.index(unknownId).toString('hex');
    for (const [name, idNumber, reg] of [
      ['poorOnRoll', poorOnRoll.idNumber, 'R-1'],
      ['poorDropout', poorDropout.idNumber, 'R-1'],
      ['rollOnly', rollOnly.idNumber, 'R-2'],
      ['不明人员', unknownId, 'R-3'],
    ] as const) {
      await db.prisma.povertyRollEntry.create({
        data: { countyCode: TEST_COUNTY, batchId: batch.id, registrationNumber: reg, memberName: name, idNumberCipher: testSealer.seal(idNumber), idNumberHash: testSealer.index(idNumber), villageCode: v21 },
      });
    }

    // (b) disability register vs school register (plan R2.5), township 2.
    await child('unplaced', { villageCode: v21, schoolId: undefined, status: 'NOT_ENROLLED', hasDisability: true, birthDate: '2017-07-07' });
    await child('deferred', { villageCode: v21, schoolId: undefined, status: 'NOT_ENROLLED', hasDisability: true, birthDate: '2018-08-08' });
    await db.prisma.placement.create({ data: { countyCode: TEST_COUNTY, childId: id['deferred']!, type: 'DEFERRED', status: 'ASSIGNED', deferReason: '康复治疗', reviewOn: new Date('2027-03-01'), startsOn: new Date('2026-09-01') } });
    await child('placedRegular', { villageCode: v21, schoolId: schoolB.id, hasDisability: true });
    await db.prisma.placement.create({ data: { countyCode: TEST_COUNTY, childId: id['placedRegular']!, type: 'REGULAR_CLASS', status: 'ASSIGNED', schoolId: schoolB.id, startsOn: new Date('2026-09-01') } });
    await child('phantom', { villageCode: v21, schoolId: schoolB.id, hasDisability: true, birthDate: '2015-09-09' });
    await child('absentSometimes', { villageCode: v21, schoolId: schoolB.id, hasDisability: true, birthDate: '2015-10-10' });
    const days = schoolDaysBetween(new Date('2026-09-01'), new Date('2026-11-15'));
    await db.prisma.attendanceRecord.createMany({
      data: [
        ...days.map((date) => ({ countyCode: TEST_COUNTY, childId: id['phantom']!, schoolId: schoolB.id, date, kind: 'UNEXCUSED_ABSENCE' as const, recordedBy: 't' })),
        ...days.slice(0, 3).map((date) => ({ countyCode: TEST_COUNTY, childId: id['absentSometimes']!, schoolId: schoolB.id, date, kind: 'EXCUSED_LEAVE' as const, recordedBy: 't' })),
      ],
    });

    // (c) census vs school register (plan R2.2): township 1's submitted 2026 round; township 2's round is still open.
    await child('counted', { villageCode: v11, schoolId: schoolA.id });
    await child('missed', { villageCode: v11, schoolId: schoolA.id, birthDate: '2016-06-06' });
    await child('neverEnrolled', { villageCode: v11, schoolId: undefined, status: 'NOT_ENROLLED', birthDate: '2018-01-01' });
    await child('dropoutWithCase', { villageCode: v11, schoolId: schoolA.id, status: 'DROPPED_OUT', birthDate: '2012-01-01' });
    await db.prisma.dropoutCase.create({
      data: { countyCode: TEST_COUNTY, childId: id['dropoutWithCase']!, detectedOn: new Date('2026-10-01'), source: 'SCHOOL_REPORT', cause: 'WORK', status: 'PERSUADING', firstVisitDueOn: new Date('2026-10-08') },
    });
    const r1 = await db.prisma.censusRound.create({ data: { countyCode: TEST_COUNTY, townshipCode: t1, year: 2026, status: 'SUBMITTED', submittedAt: new Date('2026-10-20') } });
    for (const key of ['counted', 'neverEnrolled', 'dropoutWithCase']) {
      const c = await db.prisma.child.findUniqueOrThrow({ where: { id: id[key]! } });
      await db.prisma.censusEntry.create({
        data: { countyCode: TEST_COUNTY, roundId: r1.id, name: c.name, birthDate: c.birthDate, villageCode: v11, childId: c.id, match: 'MATCHED_BY_ID', matchConfidence: 1, idNumberHash: c.idNumberHash },
      });
    }
    unknownEntryId = (
      await db.prisma.censusEntry.create({ data: { countyCode: TEST_COUNTY, roundId: r1.id, name: '外来儿童', birthDate: new Date('2016-09-09'), villageCode: v11, match: 'UNMATCHED', inSchool: false } })
    ).id;
    const r2 = await db.prisma.censusRound.create({ data: { countyCode: TEST_COUNTY, townshipCode: (await s.township(2)).code, year: 2026 } });
    await db.prisma.censusEntry.create({ data: { countyCode: TEST_COUNTY, roundId: r2.id, name: '未上报', birthDate: new Date('2016-01-01'), villageCode: v21, match: 'UNMATCHED' } });

    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'RECONCILIATION');
    poverty = await api.as('POVERTY_ALLEVIATION_OFFICE', 'RECONCILIATION');
    federation = await api.as('DISABLED_PERSONS_FEDERATION', 'PLACEMENT');
    township1 = await api.as({ agency: 'TOWNSHIP', township: t1 }, 'RECONCILIATION');
    township2 = await api.as({ agency: 'TOWNSHIP', township: (await s.township(2)).code }, 'RECONCILIATION');
  }, 240_000); // generous: the setup is many small writes and a server start, slow on a loaded machine
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const run = async (kind: ReconciliationKind) => {
    const r = await bureau.gql(RunReconciliationDocument, { kind });
    expect(r.errors).toBeUndefined();
    return r.data!.runReconciliation;
  };
  const rows = async (kind: ReconciliationKind) => db.prisma.discrepancy.findMany({ where: { kind }, orderBy: { key: 'asc' } });
  const open = async (kind: ReconciliationKind) => (await rows(kind)).filter((d) => d.status === 'OPEN').map((d) => `${d.type}:${d.childId ? Object.keys(id).find((k) => id[k] === d.childId) : d.key}`).sort();

  it('(a) poverty roll: roll-only members (known or not), poor children missing from the roll, poor dropouts; owners by type', async () => {
    const r = await run('ENROLLMENT_VS_POVERTY_ROLL');
    expect(r).toMatchObject({ found: 4, open: 4, newlyFound: 4, numbersAgree: false });
    expect(await open('ENROLLMENT_VS_POVERTY_ROLL')).toEqual(
      ['NOT_ON_ROLL:poorNotOnRoll', 'POOR_DROPOUT:poorDropout', 'ROLL_ONLY:rollOnly', `ROLL_ONLY:ROLL_ONLY:member:${TEST_COUNTY}:${unknownMemberHash}`].sort(),
    );
    const owners = Object.fromEntries((await rows('ENROLLMENT_VS_POVERTY_ROLL')).map((d) => [d.type, d.ownerAgency]));
    expect(owners).toEqual({ ROLL_ONLY: 'POVERTY_ALLEVIATION_OFFICE', NOT_ON_ROLL: 'POVERTY_ALLEVIATION_OFFICE', POOR_DROPOUT: 'EDUCATION_BUREAU' });
  });

  it('(b) disability: unplaced children and phantom registrations (空挂学籍), not the deferred, the placed or the sometimes absent', async () => {
    const r = await run('DISABILITY_VS_ENROLLMENT');
    expect(r).toMatchObject({ found: 2, open: 2, numbersAgree: false });
    expect(await open('DISABILITY_VS_ENROLLMENT')).toEqual(['PHANTOM_REGISTRATION:phantom', 'UNPLACED:unplaced']);
    const owners = Object.fromEntries((await rows('DISABILITY_VS_ENROLLMENT')).map((d) => [d.type, d.ownerAgency]));
    expect(owners).toEqual({ UNPLACED: 'DISABLED_PERSONS_FEDERATION', PHANTOM_REGISTRATION: 'EDUCATION_BUREAU' });
  });

  it('(c) census: children found on no school roll (known or not) and enrolled children the census missed; open rounds are not compared', async () => {
    const r = await run('CENSUS_VS_ENROLLMENT');
    expect(r).toMatchObject({ found: 3, open: 3, numbersAgree: false });
    expect(await open('CENSUS_VS_ENROLLMENT')).toEqual(['NOT_IN_CENSUS:missed', 'NOT_IN_SCHOOL:neverEnrolled', `NOT_IN_SCHOOL:NOT_IN_SCHOOL:entry:${unknownEntryId}`].sort());
    expect((await rows('CENSUS_VS_ENROLLMENT')).every((d) => d.ownerAgency === 'TOWNSHIP' && d.townshipCode === t1)).toBe(true);
  });

  it('only the education bureau runs the cross-checks (plan S1)', async () => {
    expect(codeOf(await township1.gql(RunReconciliationDocument, { kind: 'CENSUS_VS_ENROLLMENT' }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await poverty.gql(RunReconciliationDocument, { kind: 'CENSUS_VS_ENROLLMENT' }))).toBe('GRAPHQL_VALIDATION_FAILED');
    const school = await api.as({ agency: 'SCHOOL', school: (await db.prisma.school.findFirstOrThrow()).code }, 'ENROLLMENT_MANAGEMENT');
    expect(codeOf(await school.gql(RunReconciliationDocument, { kind: 'CENSUS_VS_ENROLLMENT' }))).toBe('FORBIDDEN');
  });

  it('each owner sees its own kinds: the poverty office its roll rows (even of children outside its row scope), not the disability ones', async () => {
    const p = await poverty.gql(PovertyRollDiscrepanciesDocument, {});
    expect(p.errors).toBeUndefined();
    const list = p.data!.povertyRollDiscrepancies;
    expect(list.map((d) => d.type).sort()).toEqual(['NOT_ON_ROLL', 'POOR_DROPOUT', 'ROLL_ONLY', 'ROLL_ONLY']);
    // The roll-only child's household is not registered poor: the office sees the row (it owns it), not the child record.
    expect(list.find((d) => d.key === `ROLL_ONLY:${id['rollOnly']!}`)?.child).toBeNull();
    expect(list.find((d) => d.type === 'NOT_ON_ROLL')?.child?.id).toBe(id['poorNotOnRoll']);
    expect(codeOf(await poverty.gql(DisabilityDiscrepanciesDocument, {}))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await poverty.gql(CensusDiscrepanciesDocument, {}))).toBe('GRAPHQL_VALIDATION_FAILED');

    const f = await federation.gql(DisabilityDiscrepanciesDocument, { ownerAgency: 'DISABLED_PERSONS_FEDERATION' });
    expect(f.data?.disabilityDiscrepancies.map((d) => d.child?.id)).toEqual([id['unplaced']]);
    // The federation reads ECONOMIC: the roll rows of children in its row scope only (disabled children: none here).
    expect((await federation.gql(PovertyRollDiscrepanciesDocument, {})).data?.povertyRollDiscrepancies).toEqual([]);

    expect((await township1.gql(CensusDiscrepanciesDocument, {})).data?.censusDiscrepancies).toHaveLength(3);
    expect((await township2.gql(CensusDiscrepanciesDocument, {})).data?.censusDiscrepancies).toEqual([]);
    expect(codeOf(await bureau.gql(PovertyRollDiscrepanciesDocument, { type: 'UNPLACED' }))).toBe('BAD_USER_INPUT');
  });

  it('the owner resolves with the version it read; anyone else, or a stale version, is refused', async () => {
    const nor = (await rows('ENROLLMENT_VS_POVERTY_ROLL')).find((d) => d.type === 'NOT_ON_ROLL')!;
    // The bureau reads ECONOMIC but may not write it: the poverty mutation is not in its slice.
    expect(codeOf(await bureau.gql(ResolvePovertyRollDiscrepancyDocument, { id: nor.id, resolution: '已核实', version: nor.version }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await poverty.gql(ResolvePovertyRollDiscrepancyDocument, { id: nor.id, resolution: '已核实', version: nor.version + 1 }))).toBe('CONFLICT');
    const ok = await poverty.gql(ResolvePovertyRollDiscrepancyDocument, { id: nor.id, resolution: '该户2026年补录入名单', version: nor.version });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.resolvePovertyRollDiscrepancy).toMatchObject({ status: 'RESOLVED', resolution: '该户2026年补录入名单', version: nor.version + 1, resolvedBy: 'POVERTY_ALLEVIATION_OFFICE:user-poverty_alleviation_office' });
    expect(codeOf(await poverty.gql(ResolvePovertyRollDiscrepancyDocument, { id: nor.id, resolution: '再次', version: nor.version + 1 }))).toBe('CONFLICT');

    const dropout = (await rows('ENROLLMENT_VS_POVERTY_ROLL')).find((d) => d.type === 'POOR_DROPOUT')!;
    expect(codeOf(await poverty.gql(ResolvePovertyRollDiscrepancyDocument, { id: dropout.id, resolution: 'x 处理', version: dropout.version }))).toBe('BAD_USER_INPUT');
    const edu = await bureau.gql(ResolveEducationDiscrepancyDocument, { id: dropout.id, resolution: '已劝返复学', version: dropout.version });
    expect(edu.data?.resolveEducationDiscrepancy).toMatchObject({ status: 'RESOLVED', type: 'POOR_DROPOUT' });

    const phantom = (await rows('DISABILITY_VS_ENROLLMENT')).find((d) => d.type === 'PHANTOM_REGISTRATION')!;
    expect(codeOf(await federation.gql(ResolveDisabilityDiscrepancyDocument, { id: phantom.id, resolution: '核实', version: phantom.version }))).toBe('BAD_USER_INPUT');

    const missed = (await rows('CENSUS_VS_ENROLLMENT')).find((d) => d.type === 'NOT_IN_CENSUS')!;
    expect(codeOf(await township2.gql(ResolveCensusDiscrepancyDocument, { id: missed.id, resolution: '补登', version: missed.version }))).toBe('NOT_FOUND');
    expect(codeOf(await bureau.gql(ResolveCensusDiscrepancyDocument, { id: missed.id, resolution: '补登', version: missed.version }))).toBe('FORBIDDEN');
    const t = await township1.gql(ResolveCensusDiscrepancyDocument, { id: missed.id, resolution: '已补登摸底台账', version: missed.version });
    expect(t.data?.resolveCensusDiscrepancy.status).toBe('RESOLVED');
    expect(await db.prisma.outboxEvent.count({ where: { type: 'DISCREPANCY_RESOLVED' } })).toBe(3);
  });

  it('re-runs: idempotent; an owner\'s resolution stands; no longer found → resolved by the run; found again → reopened', async () => {
    const before = await rows('ENROLLMENT_VS_POVERTY_ROLL');
    const again = await run('ENROLLMENT_VS_POVERTY_ROLL');
    expect(again).toMatchObject({ found: 4, open: 2, explained: 2, newlyFound: 0, reopened: 0, autoResolved: 0, numbersAgree: false });
    const after = await rows('ENROLLMENT_VS_POVERTY_ROLL');
    expect(after.map(({ lastRunId: _r, ...d }) => d)).toEqual(before.map(({ lastRunId: _r, ...d }) => d));
    expect(new Set(after.map((d) => d.lastRunId))).toEqual(new Set([again.id]));

    // The federation places the unplaced child: the next run resolves the discrepancy by itself.
    const placement = await db.prisma.placement.create({
      data: { countyCode: TEST_COUNTY, childId: id['unplaced']!, type: 'HOME_TEACHING', status: 'ASSIGNED', responsibleTeacher: '送教老师', visitsPerMonth: 2, startsOn: new Date('2026-11-10') },
    });
    const unplaced = (await rows('DISABILITY_VS_ENROLLMENT')).find((d) => d.type === 'UNPLACED')!;
    const second = await run('DISABILITY_VS_ENROLLMENT');
    expect(second).toMatchObject({ found: 1, open: 1, autoResolved: 1 });
    expect(await db.prisma.discrepancy.findUniqueOrThrow({ where: { id: unplaced.id } })).toMatchObject({
      status: 'RESOLVED',
      resolution: `no longer found in run ${second.id}`,
      resolvedBy: 'reconciliation',
      version: unplaced.version + 1,
    });
    // The placement ends: found again, the same discrepancy is reopened.
    await db.prisma.placement.update({ where: { id: placement.id }, data: { status: 'ENDED', endsOn: new Date('2026-11-12') } });
    const third = await run('DISABILITY_VS_ENROLLMENT');
    expect(third).toMatchObject({ found: 2, open: 2, reopened: 1, newlyFound: 0 });
    expect(await db.prisma.discrepancy.findUniqueOrThrow({ where: { id: unplaced.id } })).toMatchObject({ status: 'OPEN', resolution: null, version: unplaced.version + 2, lastRunId: third.id });
    expect(await db.prisma.discrepancy.count({ where: { kind: 'DISABILITY_VS_ENROLLMENT' } })).toBe(2);
  });

  it('the latest runs: counts over the rows each viewer may see; numbersAgree once nothing found is open; supervision sees the numbers only', async () => {
    for (const d of await db.prisma.discrepancy.findMany({ where: { kind: 'ENROLLMENT_VS_POVERTY_ROLL', status: 'OPEN' } })) {
      const r = await poverty.gql(ResolvePovertyRollDiscrepancyDocument, { id: d.id, resolution: '已与户籍核对并更正', version: d.version });
      expect(r.errors).toBeUndefined();
    }
    const rerun = await run('ENROLLMENT_VS_POVERTY_ROLL');
    expect(rerun).toMatchObject({ found: 4, open: 0, explained: 4, numbersAgree: true });

    const supervision = await api.as('SUPERVISION', 'SUPERVISION');
    const sup = await supervision.gql(ReconciliationRunsDocument, {});
    expect(sup.errors).toBeUndefined();
    const byKind = Object.fromEntries(sup.data!.reconciliationRuns.map((r) => [r.kind, r]));
    expect(byKind['ENROLLMENT_VS_POVERTY_ROLL']).toMatchObject({ found: 4, open: 0, numbersAgree: true });
    expect(byKind['DISABILITY_VS_ENROLLMENT']).toMatchObject({ found: 2, open: 2, numbersAgree: false });
    expect(byKind['CENSUS_VS_ENROLLMENT']).toMatchObject({ found: 3, open: 2, explained: 1, numbersAgree: false });
    expect(byKind['CENSUS_VS_ENROLLMENT']?.byType).toEqual([
      { type: 'NOT_IN_SCHOOL', found: 2, open: 2 },
      { type: 'NOT_IN_CENSUS', found: 1, open: 0 },
    ]);
    // A township's counts are its own (AGGREGATE "R (own)").
    const t2 = await township2.gql(ReconciliationRunsDocument, { kind: 'CENSUS_VS_ENROLLMENT' });
    expect(t2.data?.reconciliationRuns[0]).toMatchObject({ found: 0, open: 0, numbersAgree: true, newlyFound: null });
    // A partner app: counts below 5 suppressed.
    const partner = await api.as({ agency: 'PARTNER_APP', onBehalfOf: 'EDUCATION_BUREAU', grants: [{ class: 'AGGREGATE', access: 'R' }] });
    const pr = await partner.gql(ReconciliationRunsDocument, { kind: 'CENSUS_VS_ENROLLMENT' });
    expect(pr.errors).toBeUndefined();
    expect(pr.data?.reconciliationRuns[0]).toMatchObject({ found: null, open: null, numbersAgree: null });
  });
});
