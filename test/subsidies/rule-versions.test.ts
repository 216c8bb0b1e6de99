import {
  EligibilityDocument,
  EligibilityDryRunDocument,
  PublishCivilAffairsRuleVersionDocument,
  PublishEducationRuleVersionDocument,
  SubsidyProgrammesDocument,
} from '../generated/graphql';
import { PROGRAMMES } from '../../src/seed/subsidy-rules';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { argOf, codeOf, pupil, seedProgrammes } from './helpers';

// plan R4.3: rules are versioned with validity dates; a draft is dry-run over the caller's scope
// (who gains, who loses) before the programme's owner publishes it.
const TWO = PROGRAMMES.find((p) => p.code === 'TWO_EXEMPTIONS_ONE_SUBSIDY')!;
/** The 两免一补 rule without the boarding condition. */
const noBoarding = JSON.stringify({ all: (TWO.rule as { all: unknown[] }).all.filter((c) => JSON.stringify(c).indexOf('boarding.') < 0) });
/** The 两免一补 rule for left-behind children only (boarding kept). */
const leftBehindOnly = JSON.stringify({
  all: [...(TWO.rule as { all: unknown[] }).all.slice(0, 3), { fact: 'child.isLeftBehind', op: 'eq', value: true }],
});

describe('rule versions: dry run and publication (plan R4.3)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let bureau: Client;
  let civil: Client;
  let township2: Client;
  let poorBoarder: { id: string };
  let poorDayPupil: { id: string };
  let leftBehindBoarder: { id: string };
  let otherTownship: { id: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = (await s.village(1, 1)).code;
    const v2 = (await s.village(2, 1)).code;
    const a = await s.school(1, { boardingBeds: 50 });
    const b = await s.school(2, { boardingBeds: 50 });
    await seedProgrammes(db);
    poorBoarder = await pupil(s, { villageCode: v1, schoolId: a.id, registeredPoor: true, boarding: 'ASSIGNED' });
    poorDayPupil = await pupil(s, { villageCode: v1, schoolId: a.id, registeredPoor: true });
    leftBehindBoarder = await pupil(s, { villageCode: v1, schoolId: a.id, leftBehind: true, boarding: 'ASSIGNED' });
    otherTownship = await pupil(s, { villageCode: v2, schoolId: b.id, minimumLiving: true });
    await pupil(s, { villageCode: v1, schoolId: a.id }); // in no group: never eligible
    api = await startTestServer(db, testSealer);
    bureau = await api.as('EDUCATION_BUREAU', 'SUBSIDY_REVIEW');
    civil = await api.as('CIVIL_AFFAIRS', 'SUBSIDY_REVIEW');
    township2 = await api.as({ agency: 'TOWNSHIP', township: '431124102000' }, 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('dry run: dropping the boarding condition gains the poor day pupils, loses nobody', async () => {
    const r = await bureau.gql(EligibilityDryRunDocument, { programmeCode: TWO.code, rule: noBoarding, validFrom: '2026-12-01' });
    expect(r.errors).toBeUndefined();
    const d = r.data!.eligibilityDryRun;
    expect(d).toMatchObject({ comparedWithVersion: 1, evaluatedOn: '2026-12-01', lostCount: 0, evaluatedCount: 5 });
    expect(d.gained.map((g) => g.child?.id).sort()).toEqual([poorDayPupil.id, otherTownship.id].sort());
    expect(d.gainedCount).toBe(2);
    // Nothing was stored.
    expect(await db.prisma.subsidyRuleVersion.count({ where: { programme: { code: TWO.code } } })).toBe(1);
  });

  it('dry run: narrowing to left-behind boarders loses the poor boarder and gains the left-behind one, with the reasons under the draft', async () => {
    const r = await bureau.gql(EligibilityDryRunDocument, { programmeCode: TWO.code, rule: leftBehindOnly, validFrom: '2026-12-01' });
    const d = r.data!.eligibilityDryRun;
    expect(d.lost.map((x) => x.child?.id)).toEqual([poorBoarder.id]);
    expect(d.gained.map((x) => x.child?.id)).toEqual([leftBehindBoarder.id]);
    expect(d.lost[0]!.reasons.find((x) => x.decisive)).toMatchObject({ path: 'rule.all[3]', fact: 'child.isLeftBehind', value: 'false', met: false });
  });

  it('dry run within the caller\u2019s row scope only (township 2 sees its own pupil)', async () => {
    const r = await township2.gql(EligibilityDryRunDocument, { programmeCode: TWO.code, rule: noBoarding, validFrom: '2026-12-01' });
    expect(r.data?.eligibilityDryRun).toMatchObject({ evaluatedCount: 1, gainedCount: 1, gained: [{ child: { id: otherTownship.id } }] });
  });

  it('a draft with an unknown fact or operator is BAD_USER_INPUT naming the JSON path', async () => {
    const bad = JSON.stringify({ all: [{ fact: 'enrollment.status', op: 'eq', value: 'ENROLLED' }, { any: [{ fact: 'household.isRich', op: 'eq', value: true }] }] });
    const r = await bureau.gql(EligibilityDryRunDocument, { programmeCode: TWO.code, rule: bad, validFrom: '2026-12-01' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(argOf(r)).toBe('rule.all[1].any[0].fact');
    const op = await bureau.gql(PublishEducationRuleVersionDocument, {
      input: { programmeCode: TWO.code, rule: JSON.stringify({ fact: 'child.age', op: 'between', value: 6 }), validFrom: '2027-03-01' },
    });
    expect(argOf(op)).toBe('input.rule.op');
  });

  it('the owner publishes the next version: the previous one closes the day before; eligibility follows the date asked', async () => {
    const r = await bureau.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-03-01', baseVersion: 1 } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.publishEducationRuleVersion).toMatchObject({ version: 2, validFrom: '2027-03-01', validTo: null });
    const p = await bureau.gql(SubsidyProgrammesDocument, {});
    const versions = p.data?.subsidyProgrammes.find((x) => x.code === TWO.code)?.ruleVersions;
    expect(versions?.map((v) => [v.version, v.validFrom, v.validTo])).toEqual([
      [2, '2027-03-01', null],
      [1, '2023-09-01', '2027-02-28'],
    ]);
    const before = await bureau.gql(EligibilityDocument, { childId: poorDayPupil.id, programmeCode: TWO.code, on: '2027-02-28' });
    expect(before.data?.eligibility).toMatchObject({ ruleVersion: 1, eligible: false });
    const after = await bureau.gql(EligibilityDocument, { childId: poorDayPupil.id, programmeCode: TWO.code, on: '2027-03-01' });
    expect(after.data?.eligibility).toMatchObject({ ruleVersion: 2, eligible: true });
    // The access record of the write.
    const log = await db.prisma.accessLog.findFirst({ where: { operationName: 'PublishEducationRuleVersion' } });
    expect(log?.outcome).toBe('WRITE');
  });

  it('refuses a stale base version (CONFLICT), a day in the past or not after the latest version (BAD_USER_INPUT)', async () => {
    const stale = await bureau.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-09-01', baseVersion: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const past = await bureau.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2026-11-01' } });
    expect(argOf(past)).toBe('input.validFrom');
    const early = await bureau.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-02-01' } });
    expect(argOf(early)).toBe('input.validFrom');
    expect(await db.prisma.subsidyRuleVersion.count({ where: { programme: { code: TWO.code } } })).toBe(2);
  });

  it('only the programme\u2019s owner publishes: civil affairs cannot touch an education programme, nor call the education family\u2019s mutation', async () => {
    const own = await civil.gql(PublishCivilAffairsRuleVersionDocument, {
      input: { programmeCode: 'CIVIL_AFFAIRS_EDUCATION_AID', rule: JSON.stringify({ all: [{ fact: 'household.minimumLiving', op: 'eq', value: true }, { fact: 'child.age', op: 'lte', value: 15 }] }), validFrom: '2027-01-01' },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.publishCivilAffairsRuleVersion.version).toBe(2);
    const foreign = await civil.gql(PublishCivilAffairsRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-09-01' } });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const outOfSlice = await civil.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-09-01' } });
    expect(codeOf(outOfSlice)).toBe('GRAPHQL_VALIDATION_FAILED');
    const township = await township2.gql(PublishEducationRuleVersionDocument, { input: { programmeCode: TWO.code, rule: noBoarding, validFrom: '2027-09-01' } });
    expect(codeOf(township)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await db.prisma.subsidyRuleVersion.count({ where: { programme: { code: TWO.code } } })).toBe(2);
  });
});
