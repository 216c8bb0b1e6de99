import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import type { IdentifierSealer } from '../../src/lib/crypto';
import { createLogger } from '../../src/logger';
import { startServer, type HubServer } from '../../src/server';
import { TEST_COUNTY } from './factories';

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface TestServer {
  server: HubServer;
  url: string;
  /** POSTs a typed document (or raw query text) over real HTTP. */
  gql<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral port over the given test database. */
export async function startTestServer(
  db: Database,
  sealer: IdentifierSealer,
  env: Record<string, string> = {},
  now = () => new Date('2026-11-16T08:00:00Z'),
): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    COUNTY_CODE: TEST_COUNTY,
    ID_ENCRYPTION_KEY: '0'.repeat(64),
    ID_HMAC_KEY: '1'.repeat(64),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const server = await startServer({ config, db, sealer, logger: createLogger('silent'), now });
  return {
    server,
    url: server.url,
    async gql(doc, variables, headers = {}) {
      const query = typeof doc === 'string' ? doc : print(doc);
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    close: () => server.close(),
  };
}
