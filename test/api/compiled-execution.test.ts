import { createTestDatabase, dataStatements, type TestDatabase } from '../support/db';
import { mintToken } from '../support/tokens';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Execution is compiled per document (graphql-jit, src/graphql/jit.ts); what
 * graphql-js decides before execution stays as graphql-js decides it (issue 9):
 * the operation chosen, variable defaults and coercion, and their answers.
 */
describe('compiled execution keeps graphql-js semantics', () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    const school = await s.school(1);
    for (let i = 0; i < 3; i++) await s.child({ villageCode: v.code, schoolId: school.id });
    api = await startTestServer(db, testSealer);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a non-null variable with a default may be omitted (the default applies)', async () => {
    const r = await api.gql('query Q($first: Int! = 2) { children(first: $first) { edges { node { id } } } }', {});
    expect(r.errors).toBeUndefined();
    expect((r.data as { children: { edges: unknown[] } }).children.edges).toHaveLength(2);
  });

  it('an explicit null for a non-null variable is refused as bad input (400), not run', async () => {
    const r = await api.gql('query Q($first: Int! = 2) { children(first: $first) { edges { node { id } } } }', { first: null });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.data ?? null).toBeNull();
  });

  it('a variable of the wrong type is refused as bad input naming the variable', async () => {
    const r = await api.gql('query Q($first: Int!) { children(first: $first) { edges { node { id } } } }', { first: 'many' });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/\$first/);
  });

  it('an operation name that names no operation runs nothing (OPERATION_RESOLUTION_FAILURE), even for a one-operation document', async () => {
    const token = await mintToken({ agency: 'EDUCATION_BUREAU' });
    db.statements.length = 0;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'DROPOUT_CASEWORK' },
      body: JSON.stringify({ query: 'mutation RunMonitoring { runMonitoring { overdueSuspensions } }', operationName: 'NoSuchOperation' }),
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }>; data?: unknown };
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(body.data ?? null).toBeNull();
    // The mutation did not run: no statement but the access record of the refusal.
    expect(dataStatements(db)).toEqual([]);
  });
});
