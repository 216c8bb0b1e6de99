import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { plantCanaries, rawClient, shows, type CanaryWorld, type RawResult } from '../support/canaries';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Referrals (转介, issue 10 item 4), in the access-contract style: a school
 * refers one child to the women's federation (BASIC, CONTACT, for CARE), a
 * township refers a child with one of its cases to the judiciary (BASIC,
 * EDUCATION, for LEGAL_AID). Before, during, after expiry, after revocation;
 * only the classes referred; other children never; every referral and every
 * read under it in the access log.
 */
// The test servers' clock is 2026-11-16 (test/support/server.ts).
const LATER = new Date('2026-12-17T08:00:00Z'); // the day after the first referral's last day

describe('referrals: one child, some classes, for a while, beyond the receiver’s row scope (issue 10 item 4)', () => {
  let db: TestDatabase;
  let world: CanaryWorld;
  let api: TestServer;
  let later: TestServer;
  const codes = (r: RawResult) => (r.errors ?? []).map((e) => e.extensions?.['code']);

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await plantCanaries(db);
    api = await startTestServer(db, testSealer, { env: { WEBHOOKS_ENABLED: 'false' } });
    later = await startTestServer(db, testSealer, { env: { WEBHOOKS_ENABLED: 'false' }, now: () => LATER });
  });
  afterAll(async () => {
    await api?.close();
    await later?.close();
    await db?.drop();
  });

  const schoolA = () => rawClient(api.url, { agency: 'SCHOOL', school: world.schools.A.code, subject: 'teacher-a' }, 'CARE');
  const womens = (url = api.url, purpose: string | null = 'CARE') => rawClient(url, { agency: 'WOMENS_FEDERATION', subject: 'wf-clerk' }, purpose);
  const refer = (input: Record<string, unknown>) =>
    `mutation { referChild(input: ${JSON.stringify(JSON.stringify(input)).slice(1, -1).replace(/\\"/g, '"').replace(/"([a-zA-Z]+)":/g, '$1:').replace(/"(WOMENS_FEDERATION|JUDICIARY|CIVIL_AFFAIRS)"/g, '$1')}) { id version active classes purpose expiresOn } }`;
  const READ = (id: string) => `{ referredChild(referralId: "${id}") { id name guardians { relation person { name phone } } } }`;

  let referralId = '';
  let version = 1;
  const plain = () => world.byKey['plainT1']!;

  it('before: the women’s federation does not see the child at all', async () => {
    const wf = await womens();
    const lookup = await wf(`{ child(id: "${plain().id}") { id name } }`);
    expect(codes(lookup)).toEqual(['NOT_FOUND']);
    const list = await wf('{ children(first: 100) { edges { node { id } } } }');
    expect(shows(list.text, plain())).toBe(false);
    const unknown = await wf(READ('00000000-0000-4000-8000-000000000000'));
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('a referral is checked: at most 90 days, classes the receiver reads and the referrer too, a purpose of the receiver, a child in the referrer’s scope', async () => {
    const s = await schoolA();
    const base = { childId: plain().id, toAgency: 'WOMENS_FEDERATION', purpose: 'CARE', classes: ['BASIC', 'CONTACT'], reason: '父母外出，需关爱帮扶评估', expiresOn: '2026-12-16' };
    const bad = async (patch: Record<string, unknown>, argument: string) => {
      const r = await s(refer({ ...base, ...patch }));
      expect({ patch, codes: codes(r), argument: r.errors?.[0]?.extensions?.['argument'] }).toEqual({ patch, codes: ['BAD_USER_INPUT'], argument });
    };
    await bad({ expiresOn: '2027-03-01' }, 'input.expiresOn');
    await bad({ expiresOn: '2026-11-01' }, 'input.expiresOn');
    await bad({ classes: ['BASIC', 'IDENTIFIERS'] }, 'input.classes'); // the women's federation reads no ID numbers
    await bad({ classes: ['AUDIT'] }, 'input.classes');
    await bad({ classes: [] }, 'input.classes');
    await bad({ purpose: 'AID_ELIGIBILITY' }, 'input.purpose');
    await bad({ toAgency: 'CIVIL_AFFAIRS', purpose: 'AID_ELIGIBILITY', classes: ['ECONOMIC_DETAIL'] }, 'input.classes'); // the school cannot see it to pass it on
    // A child outside the school's scope: as if it did not exist.
    const outside = await s(refer({ ...base, childId: world.byKey['plainT2']!.id }));
    expect(codes(outside)).toEqual(['NOT_FOUND']);
    expect(await db.prisma.referral.count()).toBe(0);
    // Civil affairs may not refer: the mutation is not in its slice.
    const ca = await rawClient(api.url, { agency: 'CIVIL_AFFAIRS' }, 'AID_ELIGIBILITY');
    expect(codes(await ca(refer(base)))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('during: the receiver reads that child, the classes referred, with the referral’s purpose; the referral and the read are in the access log', async () => {
    const s = await schoolA();
    const made = await s(refer({ childId: plain().id, toAgency: 'WOMENS_FEDERATION', purpose: 'CARE', classes: ['BASIC', 'CONTACT'], reason: '父母外出，需关爱帮扶评估', expiresOn: '2026-12-16' }));
    expect(made.errors).toBeUndefined();
    const r = (made.data as { referChild: { id: string; version: number; active: boolean; classes: string[] } }).referChild;
    expect(r).toMatchObject({ active: true, classes: ['BASIC', 'CONTACT'] });
    referralId = r.id;
    version = r.version;
    const making = await db.raw.query<{ childIds: string[]; outcome: string; agencyKind: string }>(`SELECT "childIds"::text[] AS "childIds", outcome, "agencyKind"::text AS "agencyKind" FROM "AccessLog" WHERE outcome = 'WRITE' ORDER BY id DESC LIMIT 1`);
    expect(making[0]).toMatchObject({ childIds: [plain().id], agencyKind: 'SCHOOL' });

    const wf = await womens();
    const read = await wf(READ(referralId));
    expect(read.errors).toBeUndefined();
    expect((read.data as { referredChild: { id: string; name: string; guardians: unknown[] } }).referredChild).toMatchObject({ id: plain().id, name: plain().name });
    expect((read.data as { referredChild: { guardians: unknown[] } }).referredChild.guardians.length).toBeGreaterThan(0);
    const rec = await db.raw.query<{ operationName: string; childIds: string[]; purpose: string; fieldClasses: string[] }>(
      `SELECT "operationName", "childIds"::text[] AS "childIds", purpose, "fieldClasses" FROM "AccessLog" WHERE "agencyKind" = 'WOMENS_FEDERATION' ORDER BY id DESC LIMIT 1`,
    );
    expect(rec[0]).toMatchObject({ operationName: `referral:${referralId}`, childIds: [plain().id], purpose: 'CARE' });
    expect(rec[0]?.fieldClasses.sort()).toEqual(['BASIC', 'CONTACT']);
  });

  it('only the classes referred: a request that also reads another class gets FORBIDDEN and no data', async () => {
    const wf = await womens();
    const r = await wf(`{ referredChild(referralId: "${referralId}") { id name careArrangement { kind } } }`);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.text).not.toContain(plain().name);
    // ECONOMIC: the women's federation reads it in general, but it was not referred.
    const economic = await wf(`{ referredChild(referralId: "${referralId}") { id household { minimumLiving } } }`);
    expect(codes(economic)).toEqual(['FORBIDDEN']);
    expect(economic.data).toEqual({ referredChild: null });
  });

  it('other children never: lists and lookups of the receiver are unchanged; the referral reaches no other child', async () => {
    const wf = await womens();
    const list = await wf('{ children(first: 100) { edges { node { id } } } }');
    expect(shows(list.text, plain())).toBe(false);
    for (const c of world.canaries.filter((x) => !x.leftBehind && !x.inDistress)) {
      const r = await wf(`{ child(id: "${c.id}") { id name } }`);
      expect({ key: c.key, codes: codes(r) }).toEqual({ key: c.key, codes: ['NOT_FOUND'] });
    }
  });

  it('the referral’s purpose only; and nobody else receives it', async () => {
    const noPurpose = await (await womens(api.url, null))(READ(referralId));
    expect(codes(noPurpose)).toEqual(['PURPOSE_REQUIRED']);
    const dpf = await rawClient(api.url, { agency: 'DISABLED_PERSONS_FEDERATION' }, 'PLACEMENT');
    expect(codes(await dpf(READ(referralId)))).toEqual(['NOT_FOUND']);
  });

  it('after expiry: as if it never was (and the attempt is logged)', async () => {
    const wf = await womens(later.url);
    const r = await wf(READ(referralId));
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.text).not.toContain(plain().name);
    const rec = await db.raw.query<{ outcome: string; childIds: string[] }>(`SELECT outcome, "childIds"::text[] AS "childIds" FROM "AccessLog" WHERE "agencyKind" = 'WOMENS_FEDERATION' ORDER BY id DESC LIMIT 1`);
    expect(rec[0]).toMatchObject({ outcome: 'DENIED:NOT_FOUND', childIds: [plain().id] });
  });

  it('after revocation: only the referring school (or the bureau) revokes; then the receiver reads nothing', async () => {
    const other = await rawClient(api.url, { agency: 'SCHOOL', school: world.schools.B.code }, 'CARE');
    const revoke = (v: number) => `mutation { revokeReferral(input: { id: "${referralId}", version: ${v} }) { id active revokedAt } }`;
    expect(codes(await other(revoke(version)))).toEqual(['NOT_FOUND']);
    const s = await schoolA();
    const done = await s(revoke(version));
    expect(done.errors).toBeUndefined();
    expect((done.data as { revokeReferral: { active: boolean } }).revokeReferral.active).toBe(false);
    expect(codes(await s(revoke(version + 1)))).toEqual(['CONFLICT']);
    const wf = await womens();
    expect(codes(await wf(READ(referralId)))).toEqual(['NOT_FOUND']);
    const incoming = await wf('{ referrals(direction: INCOMING, first: 10) { id } }');
    expect(incoming.data).toEqual({ referrals: [] });
  });

  it('a case referred with its child: the judiciary reads that child and that case (not escalated), and not the child’s other cases', async () => {
    const c = world.byKey['caseNotEscalated']!;
    const township = await rawClient(api.url, { agency: 'TOWNSHIP', township: world.townshipCode(1) }, 'DROPOUT_CASEWORK');
    const caseId = c.caseIds[0]!.id;
    const made = await township(refer({ childId: c.id, caseId, toAgency: 'JUDICIARY', purpose: 'LEGAL_AID', classes: ['BASIC', 'EDUCATION'], reason: '劝返无效，请求法律援助', expiresOn: '2026-12-31' }));
    expect(made.errors).toBeUndefined();
    const id = (made.data as { referChild: { id: string } }).referChild.id;
    const judiciary = await rawClient(api.url, { agency: 'JUDICIARY' }, 'LEGAL_AID');
    const before = await judiciary(`{ child(id: "${c.id}") { id } }`);
    expect(codes(before)).toEqual(['NOT_FOUND']);
    const r = await judiciary(`{ referredChild(referralId: "${id}") { id name dropoutCases { id status } } }`);
    expect(r.errors).toBeUndefined();
    const cases = (r.data as { referredChild: { dropoutCases: Array<{ id: string }> } }).referredChild.dropoutCases;
    expect(cases.map((k) => k.id)).toEqual([caseId]);
    // Lists stay as they were.
    const list = await judiciary('{ children(first: 100) { edges { node { id } } } }');
    expect(shows(list.text, c)).toBe(false);
  });
});
