import { ChildrenDeepDocument } from '../generated/graphql';
import { createTestDatabase, dataStatements, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/** Setting up a migrated database and ten agency slices can take a while on a loaded machine. */
const SETUP_TIMEOUT_MS = 120_000;

/**
 * Request limits (architecture.md "Limits", src/graphql/limits.ts,
 * src/config.ts): depth 7, 10 aliases, 10 directives, 1,000 tokens, cost
 * 2,000, `first` 1–100, body 100 KB; no field suggestions; no stack traces.
 */

interface Raw {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  headers: Headers;
  text: string;
}
const codes = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.map((e) => e.extensions?.['code']);
const STACK = /stacktrace|\n\s+at\s|\s+at\s+\S+\s\(|\.ts:\d+|\.js:\d+|node_modules/;

describe('request limits', () => {
  let db: TestDatabase;
  let api: TestServer;
  let auth: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    for (let t = 1; t <= 2; t++) {
      const v = await s.village(t, 1);
      const school = await s.school(t);
      for (let i = 0; i < 3; i++) await s.child({ villageCode: v.code, schoolId: school.id });
    }
    api = await startTestServer(db, testSealer);
    auth = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** POSTs a query as the education bureau; every answer, good or bad, is free of stack traces. */
  async function send(query: string, variables?: Record<string, unknown>): Promise<Raw> {
    const r = (await post(api.url, { query, variables }, auth)) as Raw;
    expect(r.text).not.toMatch(STACK);
    return r;
  }

  function expectRefused(r: Raw, code: string, message: RegExp) {
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual([code]);
    expect(r.errors?.[0]?.message).toMatch(message);
    expect(r.data ?? null).toBeNull();
  }

  describe('depth (MAX_DEPTH 7)', () => {
    // children1 > edges2 > node3 > household4 > children5 > household6 > registrationNumber7
    const depth7 = '{ children(first: 2) { edges { node { household { children { household { registrationNumber } } } } } } }';
    const depth8 = '{ children(first: 2) { edges { node { household { children { household { members { name } } } } } } } }';
    // Reference data only: townships1 > schools2 > township3 > schools4 > township5 > schools6 > township7 > name8
    const refDepth8 = '{ townships { schools { township { schools { township { schools { township { name } } } } } } } }';

    it('accepts depth 7 (ChildrenDeep shape)', async () => {
      const r = await send(depth7);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it.each([
      ['person data', depth8],
      ['reference data', refDepth8],
      ['depth hidden in fragments', 'query { children(first: 2) { ...E } } fragment E on ChildConnection { edges { node { ...N } } } fragment N on Child { household { children { household { members { name } } } } }'],
    ])('refuses depth 8 (%s) at validation, before any execution', async (_name, query) => {
      db.statements.length = 0;
      const r = await send(query);
      expectRefused(r, 'GRAPHQL_VALIDATION_FAILED', /depth/i);
      expect(dataStatements(db)).toEqual([]);
    });
  });

  describe('aliases (MAX_ALIASES 10)', () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: townships { code }`).join(' ')} }`;

    it('accepts 10 aliases', async () => {
      const r = await send(aliased(10));
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it('refuses 11 aliases', async () => {
      expectRefused(await send(aliased(11)), 'GRAPHQL_VALIDATION_FAILED', /alias/i);
    });

    it('refuses 11 aliases of a person-data list before any SQL runs', async () => {
      db.statements.length = 0;
      const q = `{ ${Array.from({ length: 11 }, (_, i) => `c${i}: children(first: 100) { totalCount }`).join(' ')} }`;
      expectRefused(await send(q), 'GRAPHQL_VALIDATION_FAILED', /alias/i);
      expect(dataStatements(db)).toEqual([]);
    });
  });

  describe('directives (MAX_DIRECTIVES 10)', () => {
    const directed = (n: number) => `{ townships { ${Array.from({ length: n }, () => 'code @include(if: true)').join(' ')} } }`;

    it('accepts 10 directives', async () => {
      const r = await send(directed(10));
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it('refuses 11 directives', async () => {
      expectRefused(await send(directed(11)), 'GRAPHQL_VALIDATION_FAILED', /directive/i);
    });
  });

  describe('tokens (MAX_TOKENS 1000)', () => {
    it('accepts a document of fewer than 1000 tokens', async () => {
      // 4 + 95 × 2 spread tokens + 95 × 8 fragment tokens = 954 tokens (distinct fragments, so that
      // graphql-js's own overlap budget for hundreds of identical fields does not interfere).
      const n = 95;
      const spreads = Array.from({ length: n }, (_, i) => `...F${i}`).join(' ');
      const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Township { code name }`).join('\n');
      const r = await send(`{ townships { ${spreads} } }\n${fragments}`);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it('refuses more than 1000 tokens with a 400-class answer, not 500', async () => {
      const r = await send(`{ townships { ${'code '.repeat(1100)} } }`);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(r.errors?.[0]?.message).toMatch(/token/i);
      expect(r.data ?? null).toBeNull();
    });

    it('counts tokens in comments-free but whitespace-heavy documents the same way', async () => {
      const r = await send(`{${' '.repeat(50000)}townships { ${Array.from({ length: 1100 }, () => 'code').join('\n')} } }`);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    });
  });

  describe('cost (MAX_COST 2000)', () => {
    // 28 relation objects per child: 1 + 100 × (2 + 28) = 3001.
    const heavy = `query Heavy($first: Int!) { children(first: $first) { edges { node {
      household { members { name } children { id } village { name } }
      guardians { person { name } }
      enrollment { school { township { name } } events { type } }
      subsidyGrants { programme { code } }
      disabilityRecord { category }
      placement { school { name } homeTeachingVisits { hours } }
      boardingAssignment { school { name } }
      careArrangement { surrogates { name } }
      migrantEnrollment { assignedSchool { name } }
      dropoutCases { responsibleHeads { parent } visits { outcome } }
      township { name }
      village { name }
      attendanceSummary { since }
    } } } }`;

    it('refuses children(first: 100) with ~28 relations with BAD_USER_INPUT, before any SQL runs', async () => {
      db.statements.length = 0;
      const r = await send(heavy, { first: 100 });
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
      expect(r.errors?.[0]?.message).toMatch(/cost \d+ exceeds the limit of 2000/);
      expect(r.data ?? null).toBeNull();
      expect(dataStatements(db)).toEqual([]);
    });

    it('accepts the same shape with a small page', async () => {
      const r = await send(heavy, { first: 10 });
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });

    it('accepts children(first: 100) of ChildrenDeep.graphql', async () => {
      const r = await api.gql(ChildrenDeepDocument, { first: 100 });
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.data?.children.edges).toHaveLength(6);
    });

    it('counts a page size given by a variable\'s default value (no variables sent) like a literal', async () => {
      const body = 'edges { node { household { members { name } children { id } village { name } } guardians { person { name } } enrollment { school { township { name } } events { type } } subsidyGrants { programme { code } } disabilityRecord { category } placement { school { name } homeTeachingVisits { hours } } boardingAssignment { school { name } } careArrangement { surrogates { name } } migrantEnrollment { assignedSchool { name } } dropoutCases { responsibleHeads { parent } visits { outcome } } township { name } village { name } attendanceSummary { since } } }';
      for (const q of [`{ children(first: 100) { ${body} } }`, `query Q($n: Int = 100) { children(first: $n) { ${body} } }`]) {
        db.statements.length = 0;
        const r = await send(q);
        expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
        expect(r.data ?? null).toBeNull();
        expect(dataStatements(db)).toEqual([]);
      }
    });
  });

  describe('page size: first 1–100', () => {
    it.each([0, -1, 101, 1000, 2147483647])('refuses first: %d with BAD_USER_INPUT naming first', async (first) => {
      const r = await send('query Page($first: Int!) { children(first: $first) { edges { node { id name } } } }', { first });
      expect(r.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(r.data ?? null).toBeNull();
    });

    it('requires first on the children list', async () => {
      const r = await send('{ children { edges { node { id } } } }');
      expectRefused(r, 'GRAPHQL_VALIDATION_FAILED', /first/);
    });

    it('accepts first: 1 and first: 100', async () => {
      for (const first of [1, 100]) {
        const r = await send('query Page($first: Int!) { children(first: $first) { edges { node { id } } } }', { first });
        expect(r.errors).toBeUndefined();
      }
    });
  });

  describe('field suggestions are hidden', () => {
    it.each([
      ['a misspelt root field', '{ townshps { code } }'],
      ['a misspelt nested field', '{ children(first: 1) { edges { node { nam } } } }'],
      ['a misspelt argument', '{ children(frist: 1) { totalCount } }'],
      ['a misspelt enum literal', '{ children(first: 1, filter: { status: ENROLED }) { totalCount } }'],
      ['a misspelt input field literal', '{ children(first: 1, filter: { townshipCod: "431124101000" }) { totalCount } }'],
      ['a misspelt type', 'query Q($f: ChildFiltr) { children(first: 1, filter: $f) { totalCount } }'],
    ])('%s: no "Did you mean"', async (_name, query) => {
      const r = await send(query);
      expect(r.status).toBe(400);
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(r.text).not.toMatch(/did you mean/i);
      expect(r.text).not.toMatch(/townships|townshipCode|ENROLLED|ChildFilter\b.*\?/);
    });

    it.each([
      ['a misspelt input field in variables', { f: { townshipCod: '431124101000' } }],
      ['a misspelt enum value in variables', { f: { status: 'ENROLED' } }],
    ])('%s: no "Did you mean"', async (_name, variables) => {
      const r = await send('query Q($f: ChildFilter) { children(first: 1, filter: $f) { totalCount } }', variables);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.text).not.toMatch(/did you mean/i);
    });
  });

  describe('body size (BODY_LIMIT_BYTES 100 KB)', () => {
    const big = JSON.stringify({ query: `{ townships { code } } #${'x'.repeat(110 * 1024)}` });

    it('refuses a body over the limit announced by Content-Length with 413', async () => {
      const r = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: big });
      expect(r.status).toBe(413);
      const text = await r.text();
      expect(text).not.toMatch(STACK);
      expect((JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a chunked body (no Content-Length) that grows past the limit with 413', async () => {
      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 16 * 1024) controller.enqueue(bytes.slice(i, i + 16 * 1024));
          controller.close();
        },
      });
      const r = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: stream, duplex: 'half' } as RequestInit);
      expect(r.status).toBe(413);
      expect(await r.text()).not.toMatch(STACK);
    });

    it('accepts a body just under the limit', async () => {
      const query = `{ townships { code } } #${'x'.repeat(90 * 1024)}`;
      const r = await send(query);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    });
  });

  describe('no stack traces in any error body', () => {
    it.each([
      ['a syntax error', '{ townships { code '],
      ['an unknown operation name', 'query A { townships { code } }'],
      ['a bad id', '{ child(id: "not-an-id") { name } }'],
      ['a bad cursor', '{ children(first: 1, after: "zzz") { totalCount } }'],
      ['a wrong variable type', 'query Q($n: Int!) { children(first: $n) { totalCount } }'],
      ['an empty query', ''],
    ])('%s', async (_name, query) => {
      const r = (await post(api.url, { query, operationName: query.startsWith('query A') ? 'B' : undefined, variables: { n: 'many' } }, auth)) as Raw;
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(r.text).not.toMatch(STACK);
      for (const e of r.errors ?? []) expect(Object.keys(e.extensions ?? {}).sort()).not.toContain('stacktrace');
    });

    it('a body that is not JSON, and a body in another charset', async () => {
      for (const [ct, body] of [['application/json', '{"query": '], ['application/json; charset=latin1', '{"query":"{ townships { code } }"}']] as const) {
        const r = await fetch(api.url, { method: 'POST', headers: { ...auth, 'content-type': ct }, body });
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(await r.text()).not.toMatch(STACK);
      }
    });
  });
});
