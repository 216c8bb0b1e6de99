import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { shieldPrecheck } from '../../src/access/shield';
import { SliceRegistry, type Slice } from '../../src/access/slice-registry';
import { viewerFromClaims } from '../../src/access/auth';
import type { Purpose } from '../../src/access/policy';
import { DEFAULT_RULES, type Context } from '../../src/context';
import { formatError } from '../../src/errors';
import { jitGateway } from '../../src/graphql/jit';
import { buildFullSchema } from '../../src/graphql/schema';
import { contextFactory, newAuditBuffer } from '../../src/http/request-context';
import { loadConfig } from '../../src/config';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { testConfigEnv } from '../support/tokens';

/**
 * The second wall (graphql-shield) with compiled execution (issue 9): a
 * document every guarded field of which the shield allows for the request's
 * viewer and purpose runs on the slice without the shield's wrappers; any
 * other runs through the shield, whose rules answer FORBIDDEN or
 * PURPOSE_REQUIRED on the fields concerned. Over HTTP the slices leave the
 * shield nothing to deny, so these requests are driven straight into a
 * slice's Apollo server with a viewer that is not the slice's own (the case
 * the second wall exists for).
 */
describe('shield precheck: the second wall still stands with compiled execution', () => {
  let db: TestDatabase;
  let bureauServer: ApolloServer<Context>;
  let bureauSlice: Slice;
  const makeContext = (agency: string, purpose: Purpose | null) => {
    const viewer = viewerFromClaims({ sub: `precheck-${agency}`, agency_kind: agency });
    return contextFactory({ config: loadConfig({ ...testConfigEnv }), db, sealer: testSealer, now: () => new Date('2026-11-16T08:00:00Z'), rules: DEFAULT_RULES })({
      requestId: `req-${agency}`,
      viewer,
      purpose,
      audit: newAuditBuffer(),
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const registry = new SliceRegistry(buildFullSchema(), (slice) => {
      bureauSlice ??= slice;
      return new ApolloServer<Context>({
        gateway: jitGateway(slice.shielded, { unguarded: { schema: slice.unguarded, applies: shieldPrecheck(slice.shielded) } }),
        formatError: (f, e) => formatError(f, e, () => undefined),
      });
    });
    bureauServer = await registry.serverFor({ agency: 'EDUCATION_BUREAU', grants: null, sliceKey: 'EDUCATION_BUREAU' });
  });
  afterAll(async () => {
    await bureauServer?.stop();
    await db?.drop();
  });

  const LABOR = 'query Labor { laborFindings(first: 5) { id } }';
  const codes = (r: Awaited<ReturnType<ApolloServer<Context>['executeOperation']>>) =>
    r.body.kind === 'single' ? (r.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']) : ['not single'];

  it('the bureau, with a purpose, on its own slice: allowed, runs unwrapped, answers', async () => {
    const check = shieldPrecheck(bureauSlice.shielded);
    expect(check(makeContext('EDUCATION_BUREAU', 'DROPOUT_CASEWORK'), parse(LABOR))).toBe(true);
    const r = await bureauServer.executeOperation({ query: LABOR }, { contextValue: makeContext('EDUCATION_BUREAU', 'DROPOUT_CASEWORK') });
    expect(codes(r)).toEqual([]);
    expect(r.body.kind === 'single' && r.body.singleResult.data).toEqual({ laborFindings: [] });
  });

  it("the women's federation on the bureau's slice (not its own): the shield answers FORBIDDEN, no data", async () => {
    const check = shieldPrecheck(bureauSlice.shielded);
    expect(check(makeContext('WOMENS_FEDERATION', 'CARE'), parse(LABOR))).toBe(false);
    const r = await bureauServer.executeOperation({ query: LABOR }, { contextValue: makeContext('WOMENS_FEDERATION', 'CARE') });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.body.kind === 'single' && r.body.singleResult.data).toBeNull();
  });

  it('the bureau without a purpose reaching execution (the purpose plugin is not in this server): PURPOSE_REQUIRED from the shield', async () => {
    const r = await bureauServer.executeOperation({ query: LABOR }, { contextValue: makeContext('EDUCATION_BUREAU', null) });
    expect(codes(r)).toEqual(['PURPOSE_REQUIRED']);
  });

  it('the decision is per viewer: the same document allowed for one viewer does not open it for the next', async () => {
    const doc = parse(LABOR);
    const check = shieldPrecheck(bureauSlice.shielded);
    expect(check(makeContext('EDUCATION_BUREAU', 'DROPOUT_CASEWORK'), doc)).toBe(true);
    expect(check(makeContext('WOMENS_FEDERATION', 'CARE'), doc)).toBe(false);
    expect(check(makeContext('EDUCATION_BUREAU', null), doc)).toBe(false);
    expect(check(makeContext('EDUCATION_BUREAU', 'DROPOUT_CASEWORK'), doc)).toBe(true);
  });
});
