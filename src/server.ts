import { ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, AuthError, loadKeyStore, type KeyStore } from './access/auth';
import { PURPOSE_CODES, type Purpose } from './access/policy';
import { partnerClaims } from './access/partners';
import { PartnerGate, PartnerRequestError } from './access/trusted-documents';
import { ScopedRepository } from './access/repository';
import { rowScopeFor } from './access/row-scope';
import { SliceRegistry } from './access/slice-registry';
import { purposeAllowed, type Viewer } from './access/viewer';
import { auditPlugin, classesRead } from './audit/plugin';
import { PURPOSE_FREE_CLASSES } from './access/policy';
import { OutboxBus } from './events/outbox-bus';
import { WebhookDispatcher, webhookSealer } from './webhooks';
import { runMonitoring } from './modules/casework';
import { AuditWriter } from './audit/writer';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/client';
import { isMigrated } from './db/migrate';
import { formatError, loggableError } from './errors';
import { importHandler, ImportHttpError } from './imports/http';
import * as idempotency from './idempotency';
import { Metrics } from './metrics';
import { exportHandler } from './exports';
import { legacyJsonStatusPlugin } from './http/compliance';
import { serveGraphiQL } from './http/graphiql';
import { bindRequestLog, noteViewer, requestLogPlugin, trackRequest } from './http/request-log';
import { costPlugin, limitRules } from './graphql/limits';
import { buildFullSchema } from './graphql/schema';
import type { IdentifierSealer } from './lib/crypto';
import type { Logger } from './logger';

/**
 * The HTTP app: routes, limits, health, graceful shutdown. Plain node:http so
 * that each request can be routed to the right Apollo instance and limits
 * apply before any GraphQL work.
 */
export interface HubServer {
  url: string;
  port: number;
  http: http.Server;
  /** Requests being handled now. */
  inFlight(): number;
  /** Stop accepting, finish in-flight requests (up to the grace period), stop Apollo. */
  close(): Promise<void>;
}

export interface ServerDeps {
  config: Config;
  db: Database;
  sealer: IdentifierSealer;
  logger: Logger;
  /** Token keys; loaded from config when absent. */
  keys?: KeyStore;
  /** Access-log writer; the default writes to db. Tests inject a failing one. */
  audit?: AuditWriter;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startServer(deps: ServerDeps): Promise<HubServer> {
  const { config, db, sealer, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const keys = deps.keys ?? (await loadKeyStore(config));
  const writer = deps.audit ?? new AuditWriter(db);
  const metrics = new Metrics(db);
  const rules = {
    firstVisitDays: config.CASE_FIRST_VISIT_DAYS,
    absenceStreakDays: config.ABSENCE_STREAK_DAYS,
    strikeOffAttendedDays: config.STRIKE_OFF_ATTENDED_DAYS,
  };
  const slices = new SliceRegistry(
    buildFullSchema(),
    (schema) =>
      new ApolloServer<Context>({
        schema,
        // Introspection only in development, and it shows the caller's own slice.
        introspection: config.NODE_ENV !== 'production',
        includeStacktraceInErrorResponses: false,
        hideSchemaDetailsFromClientErrors: true,
        allowBatchedHttpRequests: false,
        csrfPrevention: true,
        // The hub drains and stops its Apollo instances itself (close() below).
        stopOnTerminationSignals: false,
        parseOptions: { maxTokens: config.MAX_TOKENS },
        validationRules: limitRules(config),
        // Cache control hooks every field and nothing here is cacheable (person data):
        // off, and responses say no-store themselves.
        plugins: [ApolloServerPluginCacheControlDisabled(), costPlugin(config.MAX_COST), auditPlugin(writer, logger), metrics.plugin(), requestLogPlugin(metrics), legacyJsonStatusPlugin()],
        formatError: (formatted, error) =>
          formatError(formatted, error, (e) => logger.error({ err: loggableError(e) }, 'internal error in GraphQL execution')),
      }),
  );
  await slices.startAgencies();
  // Partner contract (issue 6): trusted documents only, and per-client rate limits.
  const partnerGate = new PartnerGate(db, config);
  const bus = new OutboxBus(db, logger);
  await bus.start();
  const events = { bus, audit: writer };
  // Ledger exports (issue 6 item 2): every page runs through the caller's own Apollo slice with a context built as for /graphql.
  const exportsRoute = exportHandler({
    slices, logger, now, maxCost: config.MAX_COST, timeoutMs: config.REQUEST_TIMEOUT_MS, authenticate: viewerOf, purposeOf,
    context: ({ viewer, purpose, requestId, audit }) =>
      createContext({ requestId, viewer, purpose, repo: new ScopedRepository(db, rowScopeFor(viewer, config.COUNTY_CODE, now()), audit.childIds), audit, sealer, now: now(), rules }),
  });
  // Spreadsheet uploads (issue 6 item 1): POST /imports/<kind>, status over GraphQL (importJob).
  const imports = importHandler({ db, sealer, countyCode: config.COUNTY_CODE, dataDir: config.DATA_DIR, maxBytes: config.IMPORT_MAX_BYTES, logger, now, authenticate: viewerOf });
  const rethrowImportError = (e: unknown): never => {
    throw e instanceof ImportHttpError ? new HttpError(e.status, e.code, e.message) : e;
  };
  // Partner webhooks (issue 6 item 4): delivered from the outbox by every instance unless switched off.
  const webhooks = config.WEBHOOKS_ENABLED
    ? new WebhookDispatcher({ db, bus, audit: writer, sealer: webhookSealer(config), logger, config, today: now, onOutcome: (outcome) => metrics.webhookDeliveries.inc({ outcome }) })
    : undefined;
  webhooks?.start();

  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    inFlight++;
    const requestId = pickRequestId(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const tracked = trackRequest(req, res, requestId, logger, metrics);
    tracked
      .run(() => handle(req, res, requestId))
      .catch((e: unknown) => {
        if (e instanceof HttpError) {
          tracked.refused(e.code);
          return sendJson(res, e.status, { errors: [{ message: e.message, extensions: { code: e.code } }] });
        }
        tracked.refused('INTERNAL_SERVER_ERROR');
        logger.error({ err: loggableError(e), requestId }, 'unhandled error');
        return sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      })
      .finally(() => {
        inFlight--;
        if (draining && inFlight === 0) drained?.();
      });
  });
  server.requestTimeout = config.REQUEST_TIMEOUT_MS + 5000;
  server.headersTimeout = 10000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub.local');
    if (draining) res.setHeader('Connection', 'close');
    if (url.pathname === '/healthz' && req.method === 'GET') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics' && req.method === 'GET') {
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
      return;
    }
    if (url.pathname === '/readyz' && req.method === 'GET') {
      const ok = !draining && (await db.raw.query('SELECT 1').then(() => isMigrated(db)).catch(() => false));
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
    }
    if (url.pathname === '/.well-known/jwks.json' && req.method === 'GET') {
      res.setHeader('Cache-Control', 'public, max-age=300');
      return sendJson(res, 200, keys.publicJwks);
    }
    if (url.pathname === '/oauth/token') return oauthToken(req, res);
    // GraphiQL, development only (served from the hub's own assets; 404 in production).
    if (config.NODE_ENV !== 'production' && (await serveGraphiQL(req, res, url))) return;
    if (url.pathname === '/exports' || url.pathname.startsWith('/exports/')) return exportsRoute(req, res, url, requestId);
    if (url.pathname.startsWith('/imports/')) return imports.route(req, res, url, requestId).catch(rethrowImportError);
    if (url.pathname === '/graphql') return graphql(req, res, url, requestId);
    throw new HttpError(404, 'NOT_FOUND', 'no such route');
  }

  /** OAuth 2.0 client credentials (RFC 6749 §4.4) for registered partner apps. */
  async function oauthToken(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const oauthError = (status: number, error: string, description: string) => sendJson(res, status, { error, error_description: description });
    if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'use POST');
    const raw = (await readBody(req, 8 * 1024)).toString('utf8');
    const ct = (req.headers['content-type'] ?? '').toLowerCase();
    let params: URLSearchParams;
    if (ct.startsWith('application/x-www-form-urlencoded')) params = new URLSearchParams(raw);
    else if (ct.startsWith('application/json')) {
      try {
        params = new URLSearchParams(JSON.parse(raw) as Record<string, string>);
      } catch {
        return oauthError(400, 'invalid_request', 'body is not valid JSON');
      }
    } else return oauthError(400, 'invalid_request', 'send application/x-www-form-urlencoded');
    if (params.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'only client_credentials is supported');
    let clientId = params.get('client_id');
    let secret = params.get('client_secret');
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.headers.authorization ?? '');
    if (basic) {
      const decoded = Buffer.from(basic[1] as string, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0) {
        clientId = decodeURIComponent(decoded.slice(0, i));
        secret = decodeURIComponent(decoded.slice(i + 1));
      }
    }
    if (!clientId || !secret) return oauthError(401, 'invalid_client', 'client authentication failed');
    const claims = await partnerClaims(db, clientId, secret);
    if (!claims) {
      res.setHeader('WWW-Authenticate', 'Basic realm="kongchuo-hub"');
      return oauthError(401, 'invalid_client', 'client authentication failed');
    }
    if (!keys.sign) return oauthError(503, 'temporarily_unavailable', 'this hub holds no signing key');
    const token = await keys.sign(claims, config.PARTNER_TOKEN_TTL_S);
    return sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: config.PARTNER_TOKEN_TTL_S });
  }

  /** Token → Viewer before anything touches the database; 401 otherwise. */
  async function viewerOf(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer> {
    try {
      const viewer = await authenticate(req.headers.authorization, keys, config);
      noteViewer(req, viewer);
      return viewer;
    } catch (e) {
      if (!(e instanceof AuthError)) throw e;
      // RFC 6750 §3.1: no error code when no token was sent at all.
      res.setHeader('WWW-Authenticate', req.headers.authorization ? 'Bearer realm="kongchuo-hub", error="invalid_token"' : 'Bearer realm="kongchuo-hub"');
      throw new HttpError(401, 'UNAUTHENTICATED', e.message);
    }
  }

  function purposeOf(req: http.IncomingMessage, viewer: Viewer): Purpose | null {
    const h = req.headers['x-purpose'];
    if (h === undefined || h === '') return null;
    const p = Array.isArray(h) ? h.join(',') : h.trim();
    if (!(PURPOSE_CODES as readonly string[]).includes(p)) {
      throw new HttpError(400, 'BAD_USER_INPUT', `X-Purpose: ${p.slice(0, 40)} is not a purpose code (one of ${PURPOSE_CODES.join(', ')})`);
    }
    if (!purposeAllowed(viewer, p)) throw new HttpError(400, 'BAD_USER_INPUT', `X-Purpose: ${p} is not a purpose your agency may state`);
    return p;
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string) {
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.setHeader('Allow', 'GET, POST');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use POST (or GET for queries)');
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const viewer = await viewerOf(req, res);
    const purpose = purposeOf(req, viewer);
    let body: unknown = undefined;
    let raw: Buffer | undefined;
    if (req.method === 'POST') {
      raw = await readBody(req, config.BODY_LIMIT_BYTES);
      body = parseJsonBody(raw, headers.get('content-type'));
    }
    if (viewer.clientId !== null) {
      // Partner contract (issue 6): a partner runs only its trusted documents and pays their cost from its bucket, before any execution.
      try {
        body = (await partnerGate.admit(viewer, req.method, body, slices.schemaFor(viewer))) ?? body;
      } catch (e) {
        if (!(e instanceof PartnerRequestError)) throw e;
        for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
        throw new HttpError(e.status, e.code, e.message);
      }
    }
    const idemKey = headers.get('idempotency-key');
    if (idemKey !== undefined && raw !== undefined && isMutation(body, config.MAX_TOKENS)) {
      if (!idempotency.KEY_RE.test(idemKey)) throw new HttpError(400, 'BAD_USER_INPUT', 'Idempotency-Key: 8–100 characters of A-Z a-z 0-9 . _ : -');
      const claimed = await idempotency.claim(db, viewer.subject, idemKey, idempotency.requestHash(raw, purpose));
      if (claimed.kind === 'conflict') throw new HttpError(409, 'CONFLICT', `Idempotency-Key: ${claimed.reason}`);
      if (claimed.kind === 'replay') {
        if (claimed.childIds.length > 0) {
          await writer.append({ at: new Date(), requestId, subject: viewer.subject, agencyKind: viewer.kind, agencyId: viewer.agencyId, clientId: viewer.clientId, purpose, operationName: null, childIds: claimed.childIds, fieldClasses: [], outcome: 'REPLAY' });
        }
        res.statusCode = claimed.status;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Idempotent-Replayed', 'true');
        res.end(claimed.body);
        return;
      }
    }
    const audit = { childIds: new Set<string>(), fieldClasses: new Set<string>(), operationName: null, recordedIds: new Set<string>(), deniedIds: new Set<string>() };
    const repo = new ScopedRepository(db, rowScopeFor(viewer, config.COUNTY_CODE, now()), audit.childIds);
    const context = createContext({ requestId, viewer, purpose, repo, audit, sealer, now: now(), rules });
    bindRequestLog(req, audit);
    const apollo = await slices.serverFor(viewer);
    let result: HTTPGraphQLResponse;
    try {
      result = await withTimeout(
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
          context: async () => context,
        }),
        config.REQUEST_TIMEOUT_MS,
      );
    } catch (e) {
      if (idemKey !== undefined && raw !== undefined && isMutation(body, config.MAX_TOKENS)) await idempotency.release(db, viewer.subject, idemKey).catch(() => undefined);
      throw e;
    }
    if (idemKey !== undefined && raw !== undefined && isMutation(body, config.MAX_TOKENS) && result.body.kind === 'complete') {
      const childIds = [...new Set([...audit.childIds, ...audit.recordedIds])];
      await idempotency.complete(db, viewer.subject, idemKey, result.status ?? 200, result.body.string, childIds);
    }
    return sendGraphQL(res, result);
  }

  // Subscriptions: graphql-ws on the same path. The token and purpose come in
  // connectionParams; each operation is validated against the caller's slice.
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: config.BODY_LIMIT_BYTES });
  const sockets = new WeakMap<object, { viewer: Viewer; purpose: Purpose | null }>();
  const wsServer = useServer(
    {
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          const viewer = await authenticate(String(params['authorization'] ?? ''), keys, config);
          // Partner contract (issue 6): partners run trusted documents over HTTP only (no subscriptions).
          if (viewer.clientId !== null && !config.partnerRawQueries) return false;
          const p = params['x-purpose'];
          const purpose = typeof p === 'string' && p !== '' ? p : null;
          if (purpose !== null && (!(PURPOSE_CODES as readonly string[]).includes(purpose) || !purposeAllowed(viewer, purpose))) return false;
          sockets.set(ctx.extra.socket, { viewer, purpose: purpose as Purpose | null });
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = sockets.get(ctx.extra.socket);
        if (!state) return [new GraphQLError('not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
        const schema = slices.schemaFor(state.viewer);
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: config.MAX_TOKENS });
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('syntax error')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitRules(config)]);
        if (errors.length > 0) return errors.map((e) => new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const needsPurpose = [...classesRead(schema, document)].some((c) => !PURPOSE_FREE_CLASSES.includes(c));
        if (needsPurpose && state.purpose === null) {
          return [new GraphQLError('this subscription reads protected data: state a purpose (x-purpose in connectionParams)', { extensions: { code: 'PURPOSE_REQUIRED' } })];
        }
        const audit = { childIds: new Set<string>(), fieldClasses: new Set<string>(), operationName: payload.operationName ?? null, recordedIds: new Set<string>(), deniedIds: new Set<string>() };
        const repo = new ScopedRepository(db, rowScopeFor(state.viewer, config.COUNTY_CODE, now()), audit.childIds);
        return {
          schema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue: createContext({ requestId: randomUUID(), viewer: state.viewer, purpose: state.purpose, repo, audit, sealer, now: now(), rules, events }),
        };
      },
    },
    wss,
  );

  // The monitoring checks (overdue suspensions, overdue cases) run every hour, county-wide.
  const monitor = setInterval(() => {
    const viewer: Viewer = { subject: 'system:monitoring', kind: 'EDUCATION_BUREAU', agency: 'EDUCATION_BUREAU', agencyId: null, townshipCode: null, schoolCode: null, clientId: null, grants: null, sliceKey: 'EDUCATION_BUREAU' };
    const audit = { childIds: new Set<string>(), fieldClasses: new Set<string>(['EDUCATION']), operationName: 'scheduledMonitoring', recordedIds: new Set<string>(), deniedIds: new Set<string>() };
    const repo = new ScopedRepository(db, rowScopeFor(viewer, config.COUNTY_CODE, now()), audit.childIds);
    const ctx = createContext({ requestId: randomUUID(), viewer, purpose: 'DROPOUT_CASEWORK', repo, audit, sealer, now: now(), rules, events });
    void idempotency.purgeExpired(db).catch((e: unknown) => logger.warn({ err: loggableError(e) }, 'idempotency purge failed'));
    runMonitoring(ctx)
      .then((r) => logger.info(r, 'monitoring run'))
      .catch((e: unknown) => logger.error({ err: loggableError(e) }, 'monitoring run failed'));
  }, config.MONITOR_INTERVAL_MS);
  monitor.unref();

  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    http: server,
    inFlight: () => inFlight,
    async close() {
      draining = true;
      clearInterval(monitor);
      await webhooks?.close();
      await bus.close();
      await wsServer.dispose();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_MS).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await imports.drain(config.SHUTDOWN_GRACE_MS);
      await slices.stopAll();
    },
  };
}

/** True when the request body holds a mutation (idempotency applies to writes only). */
function isMutation(body: unknown, maxTokens: number): boolean {
  const q = (body as { query?: unknown } | undefined)?.query;
  if (typeof q !== 'string') return false;
  try {
    return parse(q, { maxTokens }).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
  } catch {
    return false;
  }
}

function pickRequestId(h: string | string[] | undefined): string {
  return typeof h === 'string' && REQUEST_ID_RE.test(h) ? h : randomUUID();
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  const ct = (contentType ?? '').toLowerCase();
  const charset = /charset=([^;]+)/.exec(ct)?.[1]?.trim();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'only UTF-8 request bodies are accepted');
  }
  if (!ct.startsWith('application/json') && !ct.startsWith('application/graphql-response+json')) {
    // Apollo answers non-JSON bodies itself (CSRF prevention needs to see them); pass text through.
    return raw.toString('utf8');
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let s: string;
  try {
    s = text.decode(raw);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid UTF-8');
  }
  try {
    return JSON.parse(s) as unknown;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(503, 'TIMEOUT', `request took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function sendGraphQL(res: http.ServerResponse, r: HTTPGraphQLResponse): Promise<void> {
  res.statusCode = r.status ?? 200;
  for (const [k, v] of r.headers) res.setHeader(k, v);
  res.setHeader('Cache-Control', 'no-store');
  if (r.body.kind === 'complete') {
    res.end(r.body.string);
    return;
  }
  for await (const chunk of r.body.asyncIterator) res.write(chunk);
  res.end();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
