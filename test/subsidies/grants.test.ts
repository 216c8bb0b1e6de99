import { randomUUID } from 'node:crypto';
import {
  ApproveCivilAffairsGrantDocument,
  ApproveEducationGrantDocument,
  ChildGrantsDocument,
  MarkEducationGrantPaidDocument,
  ProposeCivilAffairsGrantDocument,
  ProposeDisabilityGrantDocument,
  ProposeEducationGrantDocument,
  StopEducationGrantDocument,
} from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { argOf, codeOf, messageOf, pupil, seedProgrammes } from './helpers';

// plan R4.2, R4.3: grants PROPOSED → APPROVED → PAID, or STOPPED with a reason (from PROPOSED or
// APPROVED; PAID and STOPPED are final), decided by the programme's owner agency under the grant's version.
describe('subsidy grants (plan R4.2, R4.3)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let village = '';
  let schoolId = '';
  let bureau: Client;
  let civil: Client;
  let federation: Client;
  let school: Client;

  const nutrition = (childId: string, term = 1) => ({ input: { childId, programmeCode: 'NUTRITION', schoolYear: 2026, term } });
  const propose = async (childId: string) => {
    const r = await bureau.gql(ProposeEducationGrantDocument, nutrition(childId));
    expect(r.errors).toBeUndefined();
    return r.data!.proposeEducationGrant;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    village = (await s.village(1, 1)).code;
    const sch = await s.school(1, { boardingBeds: 50 });
    schoolId = sch.id;
    await seedProgrammes(db);
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'SUBSIDY_REVIEW');
    civil = await api.as('CIVIL_AFFAIRS', 'SUBSIDY_REVIEW');
    federation = await api.as('DISABLED_PERSONS_FEDERATION', 'SUBSIDY_REVIEW');
    school = await api.as({ agency: 'SCHOOL', school: sch.code }, 'SUBSIDY_REVIEW');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('proposes for an eligible child with the programme\u2019s amount, approves (GRANT_APPROVED in the outbox), pays', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const g = await propose(c.id);
    expect(g).toMatchObject({ status: 'PROPOSED', amountCents: 50000, schoolYear: 2026, term: 1, version: 1, programme: { code: 'NUTRITION' }, child: { id: c.id }, decidedBy: null });
    const a = await bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 1 } });
    expect(a.errors).toBeUndefined();
    expect(a.data?.approveEducationGrant).toMatchObject({ status: 'APPROVED', version: 2, decidedBy: 'user-education_bureau' });
    const events = await db.prisma.outboxEvent.findMany({ where: { childId: c.id } });
    expect(events.map((e) => [e.type, e.townshipCode, e.schoolId])).toEqual([['GRANT_APPROVED', '431124101000', schoolId]]);
    expect(events[0]!.payload).toEqual({ grantId: g.id, programmeCode: 'NUTRITION', schoolYear: 2026, term: 1 });
    const p = await bureau.gql(MarkEducationGrantPaidDocument, { input: { grantId: g.id, version: 2 } });
    expect(p.data?.markEducationGrantPaid).toMatchObject({ status: 'PAID', version: 3 });
    // Paid is final.
    const stop = await bureau.gql(StopEducationGrantDocument, { input: { grantId: g.id, version: 3, reason: '学生转学' } });
    expect(codeOf(stop)).toBe('CONFLICT');
    const again = await bureau.gql(MarkEducationGrantPaidDocument, { input: { grantId: g.id, version: 3 } });
    expect(codeOf(again)).toBe('CONFLICT');
    // The school (WELFARE read) sees the grant on its pupil.
    const seen = await school.gql(ChildGrantsDocument, { id: c.id });
    expect(seen.data?.child?.subsidyGrants.map((x) => x.status)).toEqual(['PAID']);
    // One access record per write, naming the child.
    expect(await db.prisma.accessLog.count({ where: { childIds: { has: c.id }, outcome: 'WRITE' } })).toBe(3);
  });

  it('refuses an ineligible child with the failed conditions (CONFLICT), and writes nothing', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true, status: 'DROPPED_OUT' });
    const r = await bureau.gql(ProposeEducationGrantDocument, nutrition(c.id));
    expect(codeOf(r)).toBe('CONFLICT');
    expect(messageOf(r)).toContain('rule.all[0]: enrollment.status is "DROPPED_OUT", needs eq "ENROLLED"');
    expect(await db.prisma.subsidyGrant.count({ where: { childId: c.id } })).toBe(0);
  });

  it('a second proposal for the same child, programme, year and term is a CONFLICT (also when the first was stopped)', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, minimumLiving: true });
    const g = await propose(c.id);
    expect(codeOf(await bureau.gql(ProposeEducationGrantDocument, nutrition(c.id)))).toBe('CONFLICT');
    const stopped = await bureau.gql(StopEducationGrantDocument, { input: { grantId: g.id, version: 1, reason: '家庭经济状况好转' } });
    expect(stopped.data?.stopEducationGrant).toMatchObject({ status: 'STOPPED', stopReason: '家庭经济状况好转', version: 2 });
    expect(codeOf(await bureau.gql(ProposeEducationGrantDocument, nutrition(c.id)))).toBe('CONFLICT');
    expect(codeOf(await bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 2 } }))).toBe('CONFLICT');
    // Another term is another grant.
    const t2 = await bureau.gql(ProposeEducationGrantDocument, nutrition(c.id, 2));
    expect(t2.data?.proposeEducationGrant.term).toBe(2);
  });

  it('a stale version is a CONFLICT; stopping needs a reason; bad terms and years name the field', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const g = await propose(c.id);
    expect(codeOf(await bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 7 } }))).toBe('CONFLICT');
    const noReason = await bureau.gql(StopEducationGrantDocument, { input: { grantId: g.id, version: 1, reason: ' ' } });
    expect([codeOf(noReason), argOf(noReason)]).toEqual(['BAD_USER_INPUT', 'input.reason']);
    const term = await bureau.gql(ProposeEducationGrantDocument, { input: { childId: c.id, programmeCode: 'NUTRITION', schoolYear: 2026, term: 3 } });
    expect(argOf(term)).toBe('input.term');
    const year = await bureau.gql(ProposeEducationGrantDocument, { input: { childId: c.id, programmeCode: 'NUTRITION', schoolYear: 1999, term: 1 } });
    expect(argOf(year)).toBe('input.schoolYear');
    const code = await bureau.gql(ProposeEducationGrantDocument, { input: { childId: c.id, programmeCode: 'NOPE', schoolYear: 2026, term: 1 } });
    expect(argOf(code)).toBe('input.programmeCode');
    const id = await bureau.gql(ProposeEducationGrantDocument, { input: { childId: 'x', programmeCode: 'NUTRITION', schoolYear: 2026, term: 1 } });
    expect(argOf(id)).toBe('input.childId');
  });

  it('each step by the programme\u2019s owner only: civil affairs decides its own programme, not the education bureau\u2019s', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, minimumLiving: true });
    const own = await civil.gql(ProposeCivilAffairsGrantDocument, { input: { childId: c.id, programmeCode: 'CIVIL_AFFAIRS_EDUCATION_AID', schoolYear: 2026, term: 1 } });
    expect(own.data?.proposeCivilAffairsGrant).toMatchObject({ status: 'PROPOSED', amountCents: 30000 });
    const approved = await civil.gql(ApproveCivilAffairsGrantDocument, { input: { grantId: own.data!.proposeCivilAffairsGrant.id, version: 1 } });
    expect(approved.data?.approveCivilAffairsGrant.status).toBe('APPROVED');
    const foreign = await civil.gql(ProposeCivilAffairsGrantDocument, nutrition(c.id));
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const edu = await propose(c.id);
    expect(codeOf(await civil.gql(ApproveCivilAffairsGrantDocument, { input: { grantId: edu.id, version: 1 } }))).toBe('FORBIDDEN');
    // The other families' mutations are not in the slice at all.
    expect(codeOf(await civil.gql(ApproveEducationGrantDocument, { input: { grantId: edu.id, version: 1 } }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await school.gql(ProposeEducationGrantDocument, nutrition(c.id)))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await bureau.gql(ApproveCivilAffairsGrantDocument, { input: { grantId: edu.id, version: 1 } }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await db.prisma.subsidyGrant.findUniqueOrThrow({ where: { id: edu.id } })).status).toBe('PROPOSED');
  });

  it('a yearly programme is granted in term 1; a child outside the caller\u2019s row scope is NOT_FOUND like an unknown one', async () => {
    const disabled = await pupil(s, { villageCode: village, schoolId, disability: { grade: 2, placement: 'REGULAR_CLASS' } });
    const plain = await pupil(s, { villageCode: village, schoolId });
    const t2 = await federation.gql(ProposeDisabilityGrantDocument, { input: { childId: disabled.id, programmeCode: 'DISABILITY_ALLOWANCE', schoolYear: 2026, term: 2 } });
    expect(argOf(t2)).toBe('input.term');
    const ok = await federation.gql(ProposeDisabilityGrantDocument, { input: { childId: disabled.id, programmeCode: 'DISABILITY_ALLOWANCE', schoolYear: 2026, term: 1 } });
    expect(ok.data?.proposeDisabilityGrant).toMatchObject({ status: 'PROPOSED', amountCents: 100000 });
    // The federation's row scope: children with a disability.
    const outside = await federation.gql(ProposeDisabilityGrantDocument, { input: { childId: plain.id, programmeCode: 'DISABILITY_ALLOWANCE', schoolYear: 2026, term: 1 } });
    const unknown = await federation.gql(ProposeDisabilityGrantDocument, { input: { childId: randomUUID(), programmeCode: 'DISABILITY_ALLOWANCE', schoolYear: 2026, term: 1 } });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(JSON.stringify(outside.errors)).toBe(JSON.stringify(unknown.errors));
  });

  it('approval checks eligibility again: a pupil who dropped out since the proposal is refused', async () => {
    const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
    const g = await propose(c.id);
    await db.prisma.enrollment.update({ where: { childId: c.id }, data: { status: 'DROPPED_OUT' } });
    const r = await bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 1 } });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(messageOf(r)).toContain('enrollment.status');
    expect(await db.prisma.outboxEvent.count({ where: { childId: c.id } })).toBe(0);
  });

  // PGlite serves one connection, so two transactions never overlap there: the race needs the real server.
  const onServer = process.env.DATABASE_URL ? it : it.skip;
  onServer('two simultaneous approvals of the same grant: exactly one succeeds, the other gets CONFLICT (PostgreSQL)', async () => {
    for (let round = 0; round < 3; round++) {
      const c = await pupil(s, { villageCode: village, schoolId, registeredPoor: true });
      const g = await propose(c.id);
      const [a, b] = await Promise.all([
        bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 1 } }),
        bureau.gql(ApproveEducationGrantDocument, { input: { grantId: g.id, version: 1 } }),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? codeOf(r) : r.data?.approveEducationGrant.status)).sort();
      expect(outcomes).toEqual(['APPROVED', 'CONFLICT']);
      expect(await db.prisma.outboxEvent.count({ where: { childId: c.id, type: 'GRANT_APPROVED' } })).toBe(1);
      expect((await db.prisma.subsidyGrant.findUniqueOrThrow({ where: { id: g.id } })).version).toBe(2);
    }
  });
});
