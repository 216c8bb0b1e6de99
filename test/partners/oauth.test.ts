import { checkGrants, registerPartner, PartnerError } from '../../src/access/partners';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

// access-policy.md: PARTNER_APP clients get nothing by default; each is registered with explicit
// grants and a row scope, never more than the agency on whose behalf it is registered.
describe('partner apps: registration, client credentials, grants', () => {
  let db: TestDatabase;
  let api: TestServer;
  let secret = '';
  let leftBehindId = '';
  let otherId = '';
  const base = () => api.url.replace('/graphql', '');

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const v2 = await s.village(2, 1);
    const school = await s.school(1);
    leftBehindId = (await s.child({ villageCode: v1.code, schoolId: school.id, isLeftBehind: true, name: '留守甲' })).child.id;
    await s.child({ villageCode: v2.code, schoolId: school.id, isLeftBehind: true, name: '留守乙' });
    otherId = (await s.child({ villageCode: v1.code, schoolId: school.id, name: '普通丙' })).child.id;
    secret = await registerPartner(db, '431124', {
      id: 'care-app',
      name: '关爱助手',
      onBehalfOf: 'WOMENS_FEDERATION',
      grants: [{ class: 'BASIC', access: 'R' }, { class: 'CARE', access: 'R' }],
      townshipCode: '431124101000',
    });
    api = await startTestServer(db, testSealer);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function token(body: string, headers: Record<string, string> = {}) {
    const r = await fetch(`${base()}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  }

  it('exchanges client credentials for a 15-minute bearer token (body or HTTP Basic)', async () => {
    const a = await token(`grant_type=client_credentials&client_id=care-app&client_secret=${secret}`);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const b = await token('grant_type=client_credentials', { authorization: `Basic ${Buffer.from(`care-app:${secret}`).toString('base64')}` });
    expect(b.status).toBe(200);
  });

  it('refuses a wrong secret, an unknown client and other grant types', async () => {
    expect((await token('grant_type=client_credentials&client_id=care-app&client_secret=wrong')).body['error']).toBe('invalid_client');
    expect((await token(`grant_type=client_credentials&client_id=nobody&client_secret=${secret}`)).status).toBe(401);
    expect((await token('grant_type=password&username=a&password=b')).body['error']).toBe('unsupported_grant_type');
  });

  it('a partner token reads only its grants, within its agency and township scope', async () => {
    const t = await token(`grant_type=client_credentials&client_id=care-app&client_secret=${secret}`);
    const auth = { authorization: `Bearer ${t.body['access_token'] as string}`, 'x-purpose': 'CARE' };
    const post = async (query: string) => {
      const r = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query }) });
      return (await r.json()) as { data?: { children?: { edges: Array<{ node: { id: string; name: string } }> } } | null; errors?: Array<{ extensions: { code: string } }> };
    };
    const list = await post('{ children(first: 50) { edges { node { id name isLeftBehind } } } }');
    expect(list.errors).toBeUndefined();
    // Women's federation scope (left-behind/in distress) ∩ the partner's township.
    expect(list.data?.children?.edges.map((e) => e.node.id)).toEqual([leftBehindId]);
    expect(list.data?.children?.edges.map((e) => e.node.id)).not.toContain(otherId);
    // CONTACT is readable by the women's federation but not granted to this client.
    const contact = await post('{ children(first: 5) { edges { node { guardians { person { phone } } } } } }');
    expect(contact.data ?? null).toBeNull();
    expect(contact.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a disabled client gets no token', async () => {
    const s2 = await registerPartner(db, '431124', { id: 'old-app', name: 'old', onBehalfOf: 'CIVIL_AFFAIRS', grants: [] });
    await db.prisma.partnerClient.update({ where: { id: 'old-app' }, data: { active: false } });
    expect((await token(`grant_type=client_credentials&client_id=old-app&client_secret=${s2}`)).status).toBe(401);
  });

  it('refuses grants beyond the agency it acts for', () => {
    expect(() => checkGrants('EDUCATION_BUREAU', [{ class: 'ECONOMIC_DETAIL', access: 'R' }])).toThrow(PartnerError);
    expect(() => checkGrants('TOWNSHIP', [{ class: 'IDENTIFIERS', access: 'R' }])).toThrow(/masked only/);
    expect(checkGrants('TOWNSHIP', [{ class: 'IDENTIFIERS', access: 'M' }])).toEqual([{ class: 'IDENTIFIERS', access: 'M' }]);
    expect(() => checkGrants('SUPERVISION', [{ class: 'AUDIT', access: 'R' }])).toThrow(/never granted/);
  });
});
