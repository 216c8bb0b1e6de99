import path from 'node:path';
import { parse } from 'graphql';
import { registerPartner } from '../../src/access/partners';
import { clientSlice, setRateLimit, trustDocuments } from '../../src/access/trusted-documents';
import { loadConfig } from '../../src/config';
import { documentCost } from '../../src/graphql/limits';
import { careAppManifest } from '../../src/sdk/care-app';
import { documentIdOf, HubPartnerClient, PartnerApiError } from '../../src/sdk/client';
import { PartnerChildrenInCareDocument } from '../../src/sdk/generated/care-app/graphql';
import { DEMO_TODAY, generateCounty } from '../../src/seed/generate-county';
import { runPartnerExample } from '../../scripts/partner-example';
import { documentsFromFiles } from '../../scripts/trusted-document-files';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { testConfigEnv } from '../support/tokens';

// Issue 6 item 3 "Partner contract", done when the example partner client runs in CI against the
// embedded database: a generated county, a registered client with trusted documents, the real
// server, and scripts/partner-example.ts through the typed SDK.
describe('the example partner client (scripts/partner-example.ts) against a generated county', () => {
  let db: TestDatabase;
  let api: TestServer;
  let secret = '';
  let township = '';
  const config = loadConfig({ ...testConfigEnv, PARTNER_RAW_QUERIES: 'false' });
  const root = path.resolve(__dirname, '../..');

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateCounty(db, { children: 400, seed: 20261129, countyCode: TEST_COUNTY, sealer: testSealer });
    // The township with the most left-behind children: the care app is registered for it.
    const rows = await db.raw.query<{ township: string }>(
      `SELECT substr("villageCode", 1, 9) || '000' AS township FROM "Child" WHERE "isLeftBehind" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    township = rows[0]?.township ?? '';
    secret = await registerPartner(db, TEST_COUNTY, {
      id: 'care-app',
      name: '关爱助手',
      onBehalfOf: 'WOMENS_FEDERATION',
      grants: [{ class: 'BASIC', access: 'R' }, { class: 'CARE', access: 'R' }, { class: 'AGGREGATE', access: 'R' }],
      townshipCode: township,
    });
    // As `npm run partner -- trust --client care-app src/sdk/generated/care-app/persisted-documents.json` does.
    await trustDocuments(db, config, 'care-app', documentsFromFiles([path.join(root, 'src/sdk/generated/care-app/persisted-documents.json')]));
    api = await startTestServer(db, testSealer, { env: { PARTNER_RAW_QUERIES: 'false' }, now: () => DEMO_TODAY });
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the .graphql documents register under the same ids as the SDK manifest (one normalisation)', () => {
    const fromGraphql = documentsFromFiles([path.join(root, 'schema/operations/partners/care-app/CareApp.graphql')]).map((d) => d.text);
    expect(fromGraphql.sort()).toEqual(Object.values(careAppManifest).sort());
  });

  it('lists the children in care of its township and the care register, typed, through trusted documents only', async () => {
    expect(township).toMatch(/^431124[0-9]{3}000$/);
    const lines: string[] = [];
    const r = await runPartnerExample({ url: api.url, clientId: 'care-app', clientSecret: secret, print: (l) => lines.push(l) });

    expect(r.children.edges.length).toBeGreaterThan(0);
    expect(r.children.edges.some((e) => e.node.isLeftBehind)).toBe(true);
    const ids = r.children.edges.map((e) => e.node.id);
    const inDb = await db.prisma.child.findMany({ where: { id: { in: ids } }, select: { isLeftBehind: true, inDistress: true, villageCode: true } });
    expect(inDb).toHaveLength(ids.length);
    for (const c of inDb) {
      expect(c.isLeftBehind || c.inDistress).toBe(true); // the women's federation's row scope
      expect(c.villageCode.slice(0, 9)).toBe(township.slice(0, 9)); // the client's township narrowing
    }
    for (const { node } of r.children.edges) {
      expect(typeof node.name).toBe('string');
      expect(Number.isInteger(node.age)).toBe(true);
      expect(typeof node.village.name).toBe('string');
      // Out of the client's grants, so out of the trusted documents and the answer.
      expect(node).not.toHaveProperty('idNumber');
    }
    expect(r.register.length).toBeGreaterThan(0);
    for (const a of r.register) {
      expect(a.kind).toBe('LEFT_BEHIND');
      expect(a.registeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.child) expect(a.child.name.length).toBeGreaterThan(0);
    }
    // Query text and an untrusted id are refused before any execution.
    expect(r.refused.rawQuery).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(r.refused.unknownDocument).toEqual({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(lines.join('\n')).toContain('children in care');
    // The reads were written to the access log under the client.
    const logged = await db.prisma.accessLog.findMany({ where: { clientId: 'care-app' }, select: { operationName: true } });
    expect(logged.map((l) => l.operationName)).toEqual(expect.arrayContaining(['PartnerChildrenInCare', 'PartnerCareRegister']));
  });

  it('an exhausted bucket answers 429 with Retry-After and RATE_LIMITED; the SDK waits it out', async () => {
    const s2 = await registerPartner(db, TEST_COUNTY, {
      id: 'care-app-tight',
      name: 'tight',
      onBehalfOf: 'WOMENS_FEDERATION',
      grants: [{ class: 'BASIC', access: 'R' }, { class: 'CARE', access: 'R' }, { class: 'AGGREGATE', access: 'R' }],
      townshipCode: township,
    });
    await trustDocuments(db, config, 'care-app-tight', documentsFromFiles([path.join(root, 'schema/operations/partners/care-app/CareApp.graphql')]));
    const text = Object.values(careAppManifest).find((t) => t.includes('query PartnerChildrenInCare')) as string;
    const cost = documentCost(await clientSlice(db, 'care-app-tight'), parse(text), 'PartnerChildrenInCare', { first: 5 });
    expect(cost).toBeGreaterThan(5);
    await setRateLimit(db, 'care-app-tight', { capacity: 2 * cost, refillPerSecond: Math.ceil(cost / 3) });

    const documentId = documentIdOf(PartnerChildrenInCareDocument);
    const client = new HubPartnerClient({ url: api.url, clientId: 'care-app-tight', clientSecret: s2, purpose: 'CARE', maxRetries: 0 });
    const statuses: number[] = [];
    let limited: PartnerApiError | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      try {
        statuses.push((await client.send({ documentId, variables: { first: 5 } })).status);
      } catch (e) {
        if (!(e instanceof PartnerApiError)) throw e;
        limited = e;
      }
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited?.retryAfterSeconds).toBeGreaterThanOrEqual(1);

    // The raw answer: HTTP 429, Retry-After in whole seconds, a GraphQL-shaped body.
    const raw = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-purpose': 'CARE', authorization: `Bearer ${await tokenOf('care-app-tight', s2)}` },
      body: JSON.stringify({ documentId, variables: { first: 5 } }),
    });
    expect(raw.status).toBe(429);
    const retryAfter = raw.headers.get('retry-after') ?? '';
    expect(retryAfter).toMatch(/^[1-9][0-9]*$/);
    expect(Number(retryAfter)).toBeLessThanOrEqual(3);
    const body = (await raw.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toMatch(/Retry-After/);

    // The SDK waits Retry-After and tries again.
    const waits: number[] = [];
    const patient = new HubPartnerClient({ url: api.url, clientId: 'care-app-tight', clientSecret: s2, purpose: 'CARE', maxRetries: 3, onRateLimited: (s) => waits.push(s) });
    const data = await patient.execute(PartnerChildrenInCareDocument, { first: 5 });
    expect(waits.length).toBeGreaterThan(0);
    expect(data.children.edges.length).toBeGreaterThan(0);
  }, 30_000);

  async function tokenOf(clientId: string, clientSecret: string): Promise<string> {
    const r = await fetch(api.url.replace('/graphql', '/oauth/token'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
    });
    return ((await r.json()) as { access_token: string }).access_token;
  }
});
