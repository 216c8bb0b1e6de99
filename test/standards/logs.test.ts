import { Writable } from 'node:stream';
import { createLogger, scrubLogObject } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/**
 * Issue 6 item 5: structured JSON logs without personal data. The server's
 * logger writes to memory while requests read a child with a known name and
 * ID number (as a field, in variables, in the query text, in an operation
 * name and a request id); no log line may carry any of them, nor the token,
 * the variables or the query text, and every request gets one JSON line with
 * the agreed fields.
 */

const CHILD_NAME = '李日志';
const PARENT_NAME = `${CHILD_NAME}之父`;

describe('request logs carry no personal data', () => {
  let db: TestDatabase;
  let api: TestServer;
  const lines: string[] = [];
  let childId = '';
  let idNumber = '';
  const tokens: string[] = [];

  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  });

  const requestLines = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === 'request');
  async function settled(count: number) {
    for (let i = 0; i < 200 && requestLines().length < count; i++) await new Promise((r) => setTimeout(r, 10));
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    const school = await s.school(1);
    const household = await s.household(v.code, { minimumLiving: true });
    const c = await s.child({ villageCode: v.code, schoolId: school.id, householdId: household.id, name: CHILD_NAME, birthDate: '2014-06-01', grade: 6 });
    childId = c.child.id;
    idNumber = c.idNumber;
    api = await startTestServer(db, testSealer, { logger: createLogger('debug', sink) });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function call(agency: 'CIVIL_AFFAIRS' | 'HUMAN_RESOURCES_SOCIAL_SECURITY', purpose: string | null, body: unknown, extra: Record<string, string> = {}) {
    const token = await mintToken({ agency });
    tokens.push(token);
    return post(api.url, body, { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': purpose } : {}), ...extra });
  }

  it('logs one JSON line per request with the agreed fields, and nothing personal', async () => {
    const before = requestLines().length;
    // 1. The child's name and ID number in the answer (civil affairs may read both).
    const read = await call('CIVIL_AFFAIRS', 'AID_ELIGIBILITY', { query: 'query ReadChild($id: ID!) { child(id: $id) { name idNumber household { members { name } } } }', variables: { id: childId } }, { 'x-request-id': 'log-test-1' });
    expect(read.status).toBe(200);
    expect(read.text).toContain(CHILD_NAME);
    expect(read.text).toContain(idNumber);
    // 2. The ID number in variables.
    const elig = await call('CIVIL_AFFAIRS', 'AID_ELIGIBILITY', { query: 'query CivilAffairsEligibility($idNumber: String!, $programmeCode: String!) { eligibility(idNumber: $idNumber, programmeCode: $programmeCode) { eligible } }', variables: { idNumber, programmeCode: 'NUTRITION' } });
    expect(elig.status).toBeLessThan(500);
    // 3. The ID number in the query text and in the operation name, and as a request id.
    const hr = await call('HUMAN_RESOURCES_SOCIAL_SECURITY', 'LABOR_INSPECTION', { query: `query Check${idNumber.slice(0, 17)} { schoolAgeCheck(idNumber: "${idNumber}") { found inSchool } }` }, { 'x-request-id': idNumber });
    expect(hr.status).toBe(200);
    // 4. A malformed body holding the name, and a parse error echoing the name.
    const bad = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` }, body: `{"query": "{ children(filter: {name: \\"${CHILD_NAME}\\"}`.slice(0, 60) });
    expect(bad.status).toBe(400);
    const syntax = await call('CIVIL_AFFAIRS', 'AID_ELIGIBILITY', { query: `{ child(id: "${idNumber}" ${CHILD_NAME} }` });
    expect(syntax.status).toBe(400);
    // 5. A bad token, sent with the ID number as X-Purpose.
    const unauth = await post(api.url, { query: '{ __typename }' }, { authorization: 'Bearer not.a.token', 'x-purpose': idNumber });
    expect(unauth.status).toBe(401);
    // 6. A partner app: its client id is logged.
    const partnerToken = await mintToken({ agency: 'PARTNER_APP', clientId: 'log-test-app', onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }] });
    tokens.push(partnerToken);
    const partner = await post(api.url, { query: 'query PartnerPing { __typename }' }, { authorization: `Bearer ${partnerToken}` });
    expect(partner.status).toBeLessThan(500);

    await settled(before + 7);
    const all = lines.join('\n');
    for (const secret of [CHILD_NAME, PARENT_NAME, idNumber, idNumber.slice(0, 17), childId, ...tokens, 'not.a.token', 'NUTRITION', 'schoolAgeCheck', 'idNumber']) {
      expect([secret.slice(0, 24), all.includes(secret)]).toEqual([secret.slice(0, 24), false]);
    }
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    for (const l of lines.map((x) => JSON.parse(x) as Record<string, unknown>)) {
      for (const k of ['ip', 'remoteAddress', 'query', 'variables', 'headers', 'authorization', 'hostname']) expect(l).not.toHaveProperty(k);
    }

    const reqs = requestLines().slice(before);
    expect(reqs).toHaveLength(7);
    for (const r of reqs) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['requestId', 'method', 'route', 'status', 'durationMs', 'operationName', 'agencyKind', 'clientId']));
      expect(typeof r['durationMs']).toBe('number');
      expect(r['method']).toBe('POST');
      expect(r['route']).toBe('/graphql');
    }
    expect(reqs[0]).toMatchObject({ requestId: 'log-test-1', status: 200, operationName: 'ReadChild', agencyKind: 'CIVIL_AFFAIRS', clientId: null, level: 30, service: 'kongchuo-hub' });
    expect(reqs[1]).toMatchObject({ operationName: 'CivilAffairsEligibility', agencyKind: 'CIVIL_AFFAIRS' });
    expect(reqs[2]).toMatchObject({ status: 200, agencyKind: 'HUMAN_RESOURCES_SOCIAL_SECURITY', requestId: '[redacted]' });
    expect(String(reqs[2]?.['operationName'])).toMatch(/^Check/);
    expect(reqs[3]).toMatchObject({ status: 400, errorCodes: ['BAD_REQUEST'], operationName: null, agencyKind: 'CIVIL_AFFAIRS' });
    expect(reqs[4]).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_PARSE_FAILED'] });
    expect(reqs[5]).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'], agencyKind: null, operationName: null });
    expect(reqs[6]).toMatchObject({ agencyKind: 'PARTNER_APP', clientId: 'log-test-app' });
  });

  it('logs other routes by route only (no path or query string)', async () => {
    const before = requestLines().length;
    await fetch(`${api.url.replace(/\/graphql$/, '')}/healthz?who=${encodeURIComponent(CHILD_NAME)}`);
    await fetch(`${api.url.replace(/\/graphql$/, '')}/${idNumber}/x`);
    await settled(before + 2);
    const [health, missing] = requestLines().slice(before);
    expect(health).toMatchObject({ method: 'GET', route: '/healthz', status: 200 });
    expect(missing).toMatchObject({ route: 'unmatched', status: 404 });
    expect(lines.join('\n')).not.toContain(idNumber);
  });

  it('the logger removes personal keys and ID-number-like values wherever a call site puts them', () => {
    const scrubbed = JSON.stringify(
      scrubLogObject({ err: { message: `invalid input syntax for type uuid: "${CHILD_NAME}"`, code: '22P02' }, child: { name: CHILD_NAME, idNumber }, note: `id ${idNumber}, phone 13812345678`, variables: { idNumber } }),
    );
    expect(scrubbed).not.toContain(CHILD_NAME);
    expect(scrubbed).not.toContain(idNumber);
    expect(scrubbed).not.toContain('13812345678');
    expect(scrubbed).toContain('22P02');
    const fromError = JSON.stringify(scrubLogObject({ err: Object.assign(new Error(`duplicate key: ${idNumber}\n{ name: "${CHILD_NAME}" }`), { code: 'P2002' }) }));
    expect(fromError).toContain('P2002');
    expect(fromError).toContain('duplicate key');
    expect(fromError).not.toContain(idNumber);
    expect(fromError).not.toContain(CHILD_NAME);
  });
});
