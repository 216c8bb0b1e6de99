import { randomUUID } from 'node:crypto';
import { EligibilityDocument, EligibilityFactsDocument, SubsidyProgrammesDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { argOf, codeOf, pupil, seedProgrammes } from './helpers';

// plan R4.1–R4.3: is a child eligible for a programme, and why; by hub id, or by ID number for
// agencies that read ID numbers in full (civil affairs); out of scope looks exactly like not found.
describe('eligibility (plan R4.1–R4.3)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let bureau: Client;
  let civil: Client;
  let poverty: Client;
  let township1: Client;
  let township2: Client;
  let poorBoarder: Awaited<ReturnType<typeof pupil>>;
  let richBoarder: Awaited<ReturnType<typeof pupil>>;
  let lowIncome: Awaited<ReturnType<typeof pupil>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    const v1 = (await s.village(1, 1)).code;
    await s.village(2, 1);
    const school = await s.school(1, { boardingBeds: 50 });
    await seedProgrammes(db);
    poorBoarder = await pupil(s, { villageCode: v1, schoolId: school.id, registeredPoor: true, boarding: 'ASSIGNED', grade: 7 });
    richBoarder = await pupil(s, { villageCode: v1, schoolId: school.id, boarding: 'ASSIGNED' });
    lowIncome = await pupil(s, { villageCode: v1, schoolId: school.id, minimumLiving: true, grade: 3 });
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'SUBSIDY_REVIEW');
    civil = await api.as('CIVIL_AFFAIRS', 'AID_ELIGIBILITY');
    poverty = await api.as('POVERTY_ALLEVIATION_OFFICE', 'AID_ELIGIBILITY');
    township1 = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'DROPOUT_CASEWORK');
    township2 = await api.as({ agency: 'TOWNSHIP', township: '431124102000' }, 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a registered-poor boarder is eligible for 两免一补, with one reason per condition of rule version 1', async () => {
    const r = await bureau.gql(EligibilityDocument, { childId: poorBoarder.id, programmeCode: 'TWO_EXEMPTIONS_ONE_SUBSIDY' });
    expect(r.errors).toBeUndefined();
    const e = r.data!.eligibility;
    expect(e).toMatchObject({ eligible: true, ruleVersion: 1, evaluatedOn: '2026-11-16', schoolYear: 2026, term: 1, child: { id: poorBoarder.id }, programme: { code: 'TWO_EXEMPTIONS_ONE_SUBSIDY' } });
    expect(e.reasons.map((x) => [x.path, x.fact, x.value, x.met])).toEqual([
      ['rule.all[0]', 'enrollment.status', '"ENROLLED"', true],
      ['rule.all[1]', 'enrollment.grade', '7', true],
      ['rule.all[2]', 'boarding.status', '"ASSIGNED"', true],
      ['rule.all[3].any[0]', 'household.registeredPoor', 'true', true],
      ['rule.all[3].any[1]', 'household.minimumLiving', 'false', false],
      ['rule.all[3].any[2]', 'household.extremePoverty', 'false', false],
      ['rule.all[3].any[3]', 'child.isOrphan', 'false', false],
      ['rule.all[3].any[4]', 'child.hasDisability', 'false', false],
    ]);
    expect(e.reasons.every((x) => !x.withheld && x.factDescription.length > 0)).toBe(true);
  });

  it('a boarder of a household in no priority group is not: the failed "any" is the decisive reason', async () => {
    const r = await bureau.gql(EligibilityDocument, { childId: richBoarder.id, programmeCode: 'TWO_EXEMPTIONS_ONE_SUBSIDY' });
    expect(r.data?.eligibility.eligible).toBe(false);
    expect(r.data?.eligibility.reasons.filter((x) => x.decisive).map((x) => x.path)).toEqual([
      'rule.all[3].any[0]', 'rule.all[3].any[1]', 'rule.all[3].any[2]', 'rule.all[3].any[3]', 'rule.all[3].any[4]',
    ]);
  });

  it('civil affairs looks a child up by ID number (IDENTIFIERS read in full) and gets the same answer as by id', async () => {
    const byNumber = await civil.gql(EligibilityDocument, { idNumber: lowIncome.idNumber, programmeCode: 'CIVIL_AFFAIRS_EDUCATION_AID' });
    expect(byNumber.errors).toBeUndefined();
    expect(byNumber.data?.eligibility).toMatchObject({ eligible: true, child: { id: lowIncome.id } });
    const byId = await civil.gql(EligibilityDocument, { childId: lowIncome.id, programmeCode: 'CIVIL_AFFAIRS_EDUCATION_AID' });
    expect(byId.data).toEqual(byNumber.data);
    // The access record names the child, the purpose, and that an identifier was used.
    const log = await db.prisma.accessLog.findFirst({ where: { childIds: { has: lowIncome.id }, agencyKind: 'CIVIL_AFFAIRS' }, orderBy: { id: 'asc' } });
    expect(log).toMatchObject({ purpose: 'AID_ELIGIBILITY', outcome: 'OK', operationName: 'Eligibility' });
    expect(log?.fieldClasses).toEqual(expect.arrayContaining(['WELFARE', 'IDENTIFIERS', 'ECONOMIC']));
  });

  it('a lower-case x check character is accepted like the upper-case one', async () => {
    const seq = Array.from({ length: 999 }, (_, i) => i + 1).find((n) => makeIdNumber('431124', '2014-06-06', n).endsWith('X'))!;
    const withX = await pupil(s, { villageCode: '431124101201', schoolId: null, birthDate: '2014-06-06', idNumber: makeIdNumber('431124', '2014-06-06', seq) });
    const r = await civil.gql(EligibilityDocument, { idNumber: withX.idNumber.toLowerCase(), programmeCode: 'NUTRITION' });
    expect(r.data?.eligibility.child.id).toBe(withX.id);
  });

  it('agencies that see ID numbers only masked may not look up by ID number (FORBIDDEN), but may by id', async () => {
    const r = await township1.gql(EligibilityDocument, { idNumber: poorBoarder.idNumber, programmeCode: 'TWO_EXEMPTIONS_ONE_SUBSIDY' });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data ?? null).toBeNull();
    const ok = await township1.gql(EligibilityDocument, { childId: poorBoarder.id, programmeCode: 'TWO_EXEMPTIONS_ONE_SUBSIDY' });
    expect(ok.data?.eligibility.eligible).toBe(true);
  });

  it('a malformed ID number is BAD_USER_INPUT naming idNumber', async () => {
    for (const bad of ['4311241', poorBoarder.idNumber.slice(0, 17) + (poorBoarder.idNumber.endsWith('0') ? '1' : '0'), '431124201302301234']) {
      const r = await civil.gql(EligibilityDocument, { idNumber: bad, programmeCode: 'NUTRITION' });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(argOf(r)).toBe('idNumber');
    }
  });

  it('an unknown ID number and an out-of-scope one answer exactly alike (NOT_FOUND), as do unknown and out-of-scope ids', async () => {
    // The poverty-alleviation office sees children of registered-poor households only.
    const unknownNumber = makeIdNumber('431124', '2015-01-01', 997);
    const unknown = await poverty.gql(EligibilityDocument, { idNumber: unknownNumber, programmeCode: 'NUTRITION' });
    const outside = await poverty.gql(EligibilityDocument, { idNumber: richBoarder.idNumber, programmeCode: 'NUTRITION' });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(JSON.stringify(outside.errors)).toBe(JSON.stringify(unknown.errors));
    expect(outside.data).toEqual(unknown.data);
    const inside = await poverty.gql(EligibilityDocument, { idNumber: poorBoarder.idNumber, programmeCode: 'NUTRITION' });
    expect(inside.data?.eligibility.child.id).toBe(poorBoarder.id);
    // By id: township 2 does not see township 1's pupils.
    const a = await township2.gql(EligibilityDocument, { childId: randomUUID(), programmeCode: 'NUTRITION' });
    const b = await township2.gql(EligibilityDocument, { childId: poorBoarder.id, programmeCode: 'NUTRITION' });
    expect(codeOf(a)).toBe('NOT_FOUND');
    expect(JSON.stringify(b.errors)).toBe(JSON.stringify(a.errors));
    // Both lookups are logged as denials.
    const denials = await db.prisma.accessLog.count({ where: { agencyKind: 'TOWNSHIP', outcome: { startsWith: 'DENIED' }, operationName: 'Eligibility' } });
    expect(denials).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [{}, 'childId'],
    [{ childId: 'CHILD', idNumber: 'NUMBER' }, 'childId'],
    [{ childId: 'not-a-uuid' }, 'childId'],
    [{ childId: 'CHILD', programmeCode: 'NO_SUCH_PROGRAMME' }, 'programmeCode'],
  ])('names the argument when the question is malformed (%j → %s)', async (over, argument) => {
    const vars = { programmeCode: 'NUTRITION', ...over } as Record<string, string>;
    if (vars['childId'] === 'CHILD') vars['childId'] = poorBoarder.id;
    if (vars['idNumber'] === 'NUMBER') vars['idNumber'] = poorBoarder.idNumber;
    const r = await civil.gql(EligibilityDocument, vars as never);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(argOf(r)).toBe(argument);
  });

  it('the poverty-alleviation office sees the economic facts but not care or disability ones: those are withheld, the verdict stands', async () => {
    const r = await poverty.gql(EligibilityDocument, { childId: poorBoarder.id, programmeCode: 'TWO_EXEMPTIONS_ONE_SUBSIDY' });
    expect(r.errors).toBeUndefined();
    const byFact = Object.fromEntries(r.data!.eligibility.reasons.map((x) => [x.fact, x]));
    expect(byFact['household.registeredPoor']).toMatchObject({ value: 'true', met: true, withheld: false });
    expect(byFact['child.isOrphan']).toMatchObject({ value: null, met: null, decisive: null, withheld: true });
    expect(byFact['child.hasDisability']).toMatchObject({ value: null, met: null, withheld: true });
    expect(r.data!.eligibility.eligible).toBe(true);
  });

  it('a purpose is required (WELFARE is not purpose-free)', async () => {
    const noPurpose = await api.as('CIVIL_AFFAIRS');
    const r = await noPurpose.gql(EligibilityDocument, { childId: lowIncome.id, programmeCode: 'NUTRITION' });
    expect(codeOf(r)).toBe('PURPOSE_REQUIRED');
  });

  it('lists the programmes with their rule versions, and the fact vocabulary, as reference data', async () => {
    const p = await township1.gql(SubsidyProgrammesDocument, {});
    expect(p.data?.subsidyProgrammes.map((x) => x.code)).toEqual(expect.arrayContaining(['NUTRITION', 'TWO_EXEMPTIONS_ONE_SUBSIDY', 'CIVIL_AFFAIRS_EDUCATION_AID']));
    const nutrition = p.data?.subsidyProgrammes.find((x) => x.code === 'NUTRITION');
    expect(nutrition?.ruleVersions).toEqual([{ version: 1, rule: expect.stringContaining('school.rural'), validFrom: '2023-09-01', validTo: null }]);
    const f = await township1.gql(EligibilityFactsDocument, {});
    const names = f.data?.eligibilityFacts.map((x) => x.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['household.registeredPoor', 'child.isOrphan', 'enrollment.status', 'enrollment.level', 'boarding.thisTerm', 'disability.grade', 'child.age']));
    expect(f.data?.eligibilityFacts.find((x) => x.name === 'disability.grade')).toMatchObject({ type: 'number', fieldClass: 'DISABILITY', operators: expect.arrayContaining(['gte', 'exists']) });
  });
});
