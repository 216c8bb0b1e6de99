import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { viewerFromClaims } from '../../src/access/auth';
import { ScopedRepository } from '../../src/access/repository';
import { countyScope } from '../../src/access/row-scope';
import type { Config } from '../../src/config';
import { createContext, type AuditBuffer, type Context } from '../../src/context';
import type { Database } from '../../src/db/client';
import { formatError } from '../../src/errors';
import { costPlugin, limitRules } from '../../src/graphql/limits';
import { buildFullSchema } from '../../src/graphql/schema';
import type { IdentifierSealer } from '../../src/lib/crypto';

/**
 * "Bare": the hub's full type-graphql schema (all resolvers, DataLoaders and
 * the ScopedRepository with a county-wide row scope) behind a plain
 * ApolloServer on node:http, WITHOUT what the access layer adds per request:
 * no token verification, no per-agency schema slice, no graphql-shield, no
 * X-Purpose handling, no audit plugin / access-log write. The request limits
 * (depth, aliases, directives, token count, cost) and error formatting are
 * the hub's, so that hub vs bare isolates access control + audit.
 *
 * The viewer is a fixed EDUCATION_BUREAU viewer (county-wide), built from
 * claims the way a token would give it.
 */
export interface BareServer {
  url: string;
  close(): Promise<void>;
}

export interface BareOptions {
  config: Config;
  db: Database;
  sealer: IdentifierSealer;
  now: () => Date;
  /** Schema to serve instead of the full one (breakdown variants: slice, slice + shield). */
  schema?: GraphQLSchema;
  /** Extra Apollo plugins (breakdown variant: the audit plugin). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Purpose put in the context (the audit plugin and shield want one). */
  purpose?: Context['purpose'];
}

export async function startBareServer(o: BareOptions): Promise<BareServer> {
  const { config, db, sealer } = o;
  const apollo = new ApolloServer<Context>({
    schema: o.schema ?? buildFullSchema(),
    introspection: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.MAX_TOKENS },
    validationRules: limitRules(config),
    plugins: [ApolloServerPluginCacheControlDisabled(), costPlugin(config.MAX_COST), ...(o.plugins ?? [])],
    formatError: (formatted, error) => formatError(formatted, error, (e) => process.stderr.write(`bare: internal error ${String(e)}\n`)),
  });
  await apollo.start();
  const viewer = viewerFromClaims({ sub: 'bench-bare', agency_kind: 'EDUCATION_BUREAU' });
  const scope = countyScope(config.COUNTY_CODE);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://bare.local');
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body: unknown = req.method === 'POST' ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const audit: AuditBuffer = { childIds: new Set<string>(), fieldClasses: new Set<string>(), operationName: null, recordedIds: new Set<string>(), deniedIds: new Set<string>() };
    const repo = new ScopedRepository(db, scope, audit.childIds);
    const context = createContext({ requestId: randomUUID(), viewer, purpose: o.purpose ?? null, repo, audit, sealer, now: o.now() });
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
      context: async () => context,
    });
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
      }
      res.end(JSON.stringify({ errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
