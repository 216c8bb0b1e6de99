import {
  CaseLegalActionsDocument,
  LaborFindingsDocument,
  RecordLaborFindingDocument,
  RecordLegalActionDocument,
  SchoolAgeCheckDocument,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { startTestServer, type Client, type TestServer } from '../support/server';

// plan R1.4: HR & social security and the judiciary act on their findings.
describe('labor findings and legal actions (plan R1.4, R2.6)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let villageCode = '';
  let schoolId = '';
  let hrss: Client;
  let judiciary: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    schoolId = (await s.school(1)).id;
    api = await startTestServer(db, testSealer);
    hrss = await api.as('HUMAN_RESOURCES_SOCIAL_SECURITY', 'LABOR_INSPECTION');
    judiciary = await api.as('JUDICIARY', 'LEGAL_AID');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the lookup answers only "school age? in school?" — by ID number or by name and birth date', async () => {
    const pupil = await s.child({ villageCode, schoolId, birthDate: '2013-04-04', name: '刘在校' });
    const out = await s.child({ villageCode, schoolId: null, birthDate: '2012-06-06', name: '陈失学' });
    const r1 = await hrss.gql(SchoolAgeCheckDocument, { idNumber: pupil.idNumber });
    expect(r1.data?.schoolAgeCheck).toEqual({ found: true, compulsorySchoolAge: true, inSchool: true });
    const r2 = await hrss.gql(SchoolAgeCheckDocument, { name: '陈失学', birthDate: '2012-06-06' });
    expect(r2.data?.schoolAgeCheck).toEqual({ found: true, compulsorySchoolAge: true, inSchool: false });
    const adult = makeIdNumber('431124', '2001-01-01', 11);
    const r3 = await hrss.gql(SchoolAgeCheckDocument, { idNumber: adult });
    expect(r3.data?.schoolAgeCheck).toEqual({ found: false, compulsorySchoolAge: false, inSchool: false });
    const bad = await hrss.gql(SchoolAgeCheckDocument, { idNumber: '431124201204040000' });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'idNumber' });
    // Nothing else about the child is in the HR & social security slice.
    const leak = await hrss.gql(`{ schoolAgeCheck(idNumber: "${pupil.idNumber}") { found name } }`);
    expect(leak.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(out.child.id).toBeDefined();
  });

  it('a finding about a child out of school puts him on the suspected-dropout ledger; the child then appears in its list', async () => {
    const out = await s.child({ villageCode, schoolId: null, birthDate: '2011-09-09', name: '王打工' });
    const r = await hrss.gql(RecordLaborFindingDocument, {
      input: { employerName: '某某电子厂', employerCreditCode: '91431124MA4L12345X', foundOn: '2026-11-12', action: 'FINE', fineCents: 2000000, childIdNumber: out.idNumber },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.recordLaborFinding.suspectedDropout).toBe(true);
    expect(await db.prisma.suspectedDropout.count({ where: { childId: out.child.id, source: 'LABOR_FINDING' } })).toBe(1);
    const list = await hrss.gql(LaborFindingsDocument, { first: 50 });
    expect(list.data?.laborFindings.map((f) => f.child?.name)).toContain('王打工');
  });

  it.each([
    [{ action: 'FINE', fineCents: null }, 'input.fineCents'],
    [{ employerCreditCode: '123' }, 'input.employerCreditCode'],
    [{ foundOn: '2027-01-01' }, 'input.foundOn'],
    [{ childIdNumber: '123456789012345678' }, 'input.childIdNumber'],
  ])('names the field of a bad finding (%j)', async (over, field) => {
    const c = await s.child({ villageCode, schoolId: null, birthDate: '2011-09-10' });
    const r = await hrss.gql(RecordLaborFindingDocument, {
      input: { employerName: '某厂', foundOn: '2026-11-12', action: 'ORDER', childIdNumber: c.idNumber, ...over } as never,
    });
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: field });
  });

  it('the judiciary records legal action on an escalated case only; the bureau reads it from the case', async () => {
    const { child } = await s.child({ villageCode, schoolId: null });
    const escalated = await db.prisma.dropoutCase.create({ data: { countyCode: '431124', childId: child.id, detectedOn: new Date('2026-10-01'), source: 'SCHOOL_REPORT', cause: 'WORK', status: 'LEGAL_ACTION', firstVisitDueOn: new Date('2026-10-08') } });
    const { child: other } = await s.child({ villageCode, schoolId: null });
    const open = await db.prisma.dropoutCase.create({ data: { countyCode: '431124', childId: other.id, detectedOn: new Date('2026-10-01'), source: 'SCHOOL_REPORT', cause: 'WORK', status: 'PERSUADING', firstVisitDueOn: new Date('2026-10-08') } });
    const ok = await judiciary.gql(RecordLegalActionDocument, { input: { caseId: escalated.id, kind: 'WRITTEN_ORDER', takenOn: '2026-11-10', description: '向监护人送达督促复学通知书' } });
    expect(ok.errors).toBeUndefined();
    const no = await judiciary.gql(RecordLegalActionDocument, { input: { caseId: open.id, kind: 'WRITTEN_ORDER', takenOn: '2026-11-10', description: '送达督促复学通知书' } });
    expect(no.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND'); // not escalated: outside the judiciary's slice of cases
    const bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
    const seen = await bureau.gql(CaseLegalActionsDocument, { first: 100 });
    expect(seen.data?.dropoutCases.find((c) => c.id === escalated.id)?.legalActions.map((a) => a.kind)).toEqual(['WRITTEN_ORDER']);
  });
});
