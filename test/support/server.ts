import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig } from '../../src/config';
import type { AuditWriter } from '../../src/audit/writer';
import { mintToken, testConfigEnv, testKeys, type Persona } from './tokens';
import type { Database } from '../../src/db/client';
import type { IdentifierSealer } from '../../src/lib/crypto';
import { createLogger, type Logger } from '../../src/logger';
import { startServer, type HubServer } from '../../src/server';
import { TEST_COUNTY } from './factories';

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface Client {
  /** POSTs a typed document (or raw query text) over real HTTP. */
  gql<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
}

export interface TestServer extends Client {
  server: HubServer;
  url: string;
  /** A client that calls as this persona (token minted now), with an optional X-Purpose. */
  as(persona: Persona | Persona['agency'], purpose?: string | null): Promise<Client>;
  close(): Promise<void>;
}

export async function post(url: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  let parsed: { data?: never; errors?: GraphQLResult<unknown>['errors'] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    /* non-JSON answer: leave data and errors undefined */
  }
  return { status: res.status, data: parsed.data, errors: parsed.errors, headers: res.headers, text };
}

/** The real HTTP server on an ephemeral port over the given test database. */
export async function startTestServer(
  db: Database,
  sealer: IdentifierSealer,
  opts: { env?: Record<string, string>; now?: () => Date; audit?: AuditWriter; logger?: Logger } = {},
): Promise<TestServer> {
  const { keys } = await testKeys();
  // Production refuses partner query text (the contract tests' switch), so a production server starts without it.
  const { PARTNER_RAW_QUERIES: raw, ...base } = testConfigEnv;
  const config = loadConfig({ ...base, ...(opts.env?.['NODE_ENV'] === 'production' ? {} : { PARTNER_RAW_QUERIES: raw }), COUNTY_CODE: TEST_COUNTY, ...opts.env });
  const server = await startServer({
    config,
    db,
    sealer,
    keys,
    logger: opts.logger ?? createLogger((process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent'),
    now: opts.now ?? (() => new Date('2026-11-16T08:00:00Z')),
    ...(opts.audit ? { audit: opts.audit } : {}),
  });
  const clientWith = (auth: Record<string, string>): Client => ({
    gql: (doc, variables, headers = {}) =>
      post(server.url, { query: typeof doc === 'string' ? doc : print(doc), variables }, { ...auth, ...headers }),
  });
  const as: TestServer['as'] = async (persona, purpose = null) => {
    const p = typeof persona === 'string' ? { agency: persona } : persona;
    const auth: Record<string, string> = { authorization: `Bearer ${await mintToken(p)}` };
    if (purpose) auth['x-purpose'] = purpose;
    return clientWith(auth);
  };
  // The default client: the education bureau, county-wide, stating a purpose.
  const bureau = await as('EDUCATION_BUREAU', 'ENROLLMENT_MANAGEMENT');
  return { server, url: server.url, as, gql: bureau.gql, close: () => server.close() };
}
