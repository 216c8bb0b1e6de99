import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadKeyStore, type KeyStore } from './access/auth';
import { shieldPrecheck } from './access/shield';
import { SliceRegistry, type Slice } from './access/slice-registry';
import { PartnerGate } from './access/trusted-documents';
import type { Viewer } from './access/viewer';
import { checkpointsRoute } from './audit/checkpoints.route';
import { auditPlugin } from './audit/plugin';
import { AuditWriter } from './audit/writer';
import type { Config } from './config';
import type { Context } from './context';
import type { Database } from './db/client';
import { formatError, isDatabaseUnavailable, loggableError } from './errors';
import { OutboxBus } from './events/outbox-bus';
import { exportHandler } from './exports';
import { jitGateway } from './graphql/jit';
import { costPlugin, limitRules } from './graphql/limits';
import { buildFullSchema } from './graphql/schema';
import { requestAccess } from './http/access';
import { legacyJsonStatusPlugin } from './http/compliance';
import { serveConsole } from './http/console';
import { serveGraphiQL } from './http/graphiql';
import { graphqlRoute } from './http/graphql';
import { healthzRoute, metricsRoute, readyzRoute } from './http/health';
import { jwksRoute, oauthTokenRoute } from './http/oauth';
import { contextFactory, newAuditBuffer } from './http/request-context';
import { requestLogPlugin, trackRequest } from './http/request-log';
import { databaseUnavailable, HttpError, pickRequestId, sendJson, type RouteHandler } from './http/respond';
import { startSubscriptions } from './http/subscriptions';
import { KeySettler } from './http/unsettled-keys';
import * as idempotency from './idempotency';
import { importHandler, ImportHttpError } from './imports/http';
import type { IdentifierSealer } from './lib/crypto';
import type { Logger } from './logger';
import { Metrics } from './metrics';
import { accessReportRoute } from './modules/audit';
import { runMonitoring } from './modules/casework';
import { WebhookDispatcher, webhookSealer } from './webhooks';

/**
 * The HTTP app: which route answers which path, and the hub's lifecycle
 * (start, drain, stop). The request path reads top-down:
 *   http (src/http/: one small handler per route, the access step turning a
 *   token into a viewer and purpose, the request context)
 *   → the viewer's Apollo slice (src/access/slice-registry.ts; purpose, cost,
 *     audit plugins) → modules (resolvers, services)
 *   → the scoped repository (src/access/repository.ts) → db (src/db/).
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

/** One Apollo Server per slice, with the hub's limits and plugins, executing through graphql-jit. */
function apolloFor(config: Config, writer: AuditWriter, logger: Logger, metrics: Metrics) {
  return ({ shielded, unguarded }: Slice) =>
    new ApolloServer<Context>({
      // Compiled execution (src/graphql/jit.ts); Apollo still parses, validates and runs the plugins.
      // A document every guarded field of which the shield allows for this viewer and purpose runs unwrapped.
      gateway: jitGateway(shielded, { unguarded: { schema: unguarded, applies: shieldPrecheck(shielded) } }),
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
      // Cache control hooks every field and nothing here is cacheable (person data): off, and responses say no-store themselves.
      plugins: [ApolloServerPluginCacheControlDisabled(), costPlugin(config.MAX_COST), auditPlugin(writer, logger), metrics.plugin(), requestLogPlugin(metrics), legacyJsonStatusPlugin()],
      formatError: (formatted, error) => formatError(formatted, error, (e) => logger.error({ err: loggableError(e) }, 'internal error in GraphQL execution')),
    });
}

export async function startServer(deps: ServerDeps): Promise<HubServer> {
  const { config, db, sealer, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const keys = deps.keys ?? (await loadKeyStore(config));
  const writer = deps.audit ?? new AuditWriter(db);
  const metrics = new Metrics(db);
  const rules = { firstVisitDays: config.CASE_FIRST_VISIT_DAYS, absenceStreakDays: config.ABSENCE_STREAK_DAYS, strikeOffAttendedDays: config.STRIKE_OFF_ATTENDED_DAYS, readProjection: config.READ_PROJECTION };
  const slices = new SliceRegistry(buildFullSchema(), apolloFor(config, writer, logger, metrics));
  await slices.startAgencies();
  const access = requestAccess(keys, config);
  const makeContext = contextFactory({ config, db, sealer, now, rules });
  // Idempotency records keep answers sealed under a key derived from the identifier keys (src/idempotency.ts).
  idempotency.provideSealer(db, sealer);
  const bus = new OutboxBus(db, logger, config.OUTBOX_POLL_MS);
  await bus.start();
  const events = { bus, audit: writer };

  // Partner webhooks (issue 6 item 4): delivered from the outbox by every instance unless switched off.
  const webhooks = config.WEBHOOKS_ENABLED
    ? new WebhookDispatcher({ db, bus, audit: writer, sealer: webhookSealer(config), logger, config, today: now, onOutcome: (outcome) => metrics.webhookDeliveries.inc({ outcome }) })
    : undefined;
  webhooks?.start();

  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  // ── routes ──
  // Idempotency-Keys whose mutation ended without a storable answer (the database went away): settled once it is back.
  const settler = new KeySettler(db, logger);
  const graphql = graphqlRoute({ config, db, slices, partnerGate: new PartnerGate(db, config), writer, access, makeContext, settler });
  // Ledger exports (issue 6 item 2): every page runs through the caller's own Apollo slice with a context built as for /graphql.
  const exportsRoute = exportHandler({
    slices, logger, now, maxCost: config.MAX_COST, timeoutMs: config.REQUEST_TIMEOUT_MS, authenticate: access.viewerOf, purposeOf: access.purposeOf,
    context: ({ viewer, purpose, requestId, audit }) => makeContext({ requestId, viewer, purpose, audit }),
  });
  // Spreadsheet uploads (issue 6 item 1): POST /imports/<kind>, status over GraphQL (importJob).
  const imports = importHandler({ db, sealer, counties: config.counties, dataDir: config.DATA_DIR, maxBytes: config.IMPORT_MAX_BYTES, logger, now, authenticate: access.viewerOf });
  const importsRoute: RouteHandler = (req, res, url, requestId) =>
    imports.route(req, res, url, requestId).catch((e: unknown) => {
      throw e instanceof ImportHttpError ? new HttpError(e.status, e.code, e.message) : e;
    });
  const exact: Record<string, { method?: string; handle: RouteHandler }> = {
    '/healthz': { method: 'GET', handle: healthzRoute },
    '/readyz': { method: 'GET', handle: readyzRoute(db, () => draining) },
    '/metrics': { method: 'GET', handle: metricsRoute(metrics) },
    '/.well-known/jwks.json': { method: 'GET', handle: jwksRoute(keys) },
    '/oauth/token': { handle: oauthTokenRoute({ db, keys, config }) },
    '/graphql': { handle: graphql },
    '/exports': { handle: exportsRoute },
    // Issue 10: the access log's signed checkpoints, for supervision to keep outside the hub.
    '/audit/checkpoints': { method: 'GET', handle: checkpointsRoute({ db, config, authenticate: access.viewerOf, writer }) },
    // Issue 10: the guardian's access report, /reports/access/<childId>.pdf|.xlsx, through the caller's own slice as /exports does.
    '/reports': {
      handle: accessReportRoute({
        slices, authenticate: access.viewerOf, purposeOf: access.purposeOf, timeoutMs: config.REQUEST_TIMEOUT_MS, fontFile: config.REPORT_FONT_FILE,
        context: ({ viewer, purpose, requestId, audit }) => makeContext({ requestId, viewer, purpose, audit }),
      }),
    },
  };

  async function route(req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub.local');
    if (draining) res.setHeader('Connection', 'close');
    const hit = exact[url.pathname];
    const matches = hit !== undefined && (hit.method === undefined || hit.method === req.method);
    if (matches && url.pathname !== '/graphql') return hit.handle(req, res, url, requestId);
    if (await serveConsole(req, res, url, { config, db, keys })) return;
    // GraphiQL, development only (served from the hub's own assets; 404 in production); it also answers a browser's GET /graphql.
    if (config.NODE_ENV !== 'production' && (await serveGraphiQL(req, res, url))) return;
    if (matches) return hit.handle(req, res, url, requestId);
    if (url.pathname.startsWith('/exports/')) return exportsRoute(req, res, url, requestId);
    if (url.pathname.startsWith('/imports/')) return importsRoute(req, res, url, requestId);
    if (url.pathname.startsWith('/reports/')) return (exact['/reports'] as { handle: RouteHandler }).handle(req, res, url, requestId);
    throw new HttpError(404, 'NOT_FOUND', 'no such route');
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    const requestId = pickRequestId(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const tracked = trackRequest(req, res, requestId, logger, metrics);
    tracked
      .run(() => route(req, res, requestId))
      .catch((caught: unknown) => {
        // The database away (restart, failover, crash), whichever route met it: a 503 with Retry-After the client may retry, no driver text.
        const e = !(caught instanceof HttpError) && isDatabaseUnavailable(caught) ? databaseUnavailable() : caught;
        if (e instanceof HttpError) {
          tracked.refused(e.code);
          if (!res.headersSent) for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
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
  // Idle keep-alive connections are kept longer than clients keep theirs (undici 4 s, load balancers ~60 s):
  // a client never sends on a socket the hub is closing at that moment (seen as ECONNRESET under load).
  server.keepAliveTimeout = 65_000;

  const subscriptions = startSubscriptions(server, { config, keys, slices, events, makeContext });

  // The monitoring checks (overdue suspensions, overdue cases) run every hour, county-wide, for each county served (one after the other).
  const monitor = setInterval(() => {
    void idempotency.purgeExpired(db).catch((e: unknown) => logger.warn({ err: loggableError(e) }, 'idempotency purge failed'));
    void (async () => {
      for (const countyCode of config.counties) {
        const viewer: Viewer = { subject: 'system:monitoring', kind: 'EDUCATION_BUREAU', agency: 'EDUCATION_BUREAU', agencyId: null, countyCode, regionCode: null, townshipCode: null, schoolCode: null, clientId: null, grants: null, sliceKey: 'EDUCATION_BUREAU' };
        const ctx = makeContext({ requestId: randomUUID(), viewer, purpose: 'DROPOUT_CASEWORK', audit: newAuditBuffer('scheduledMonitoring', ['EDUCATION']), events });
        await runMonitoring(ctx)
          .then((r) => logger.info({ ...r, countyCode }, 'monitoring run'))
          .catch((e: unknown) => logger.error({ err: loggableError(e), countyCode }, 'monitoring run failed'));
      }
    })();
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
      await subscriptions.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (drained = resolve)), new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_MS).unref())]);
      }
      server.closeAllConnections();
      await closed;
      await imports.drain(config.SHUTDOWN_GRACE_MS);
      await settler.drain(config.SHUTDOWN_GRACE_MS);
      await slices.stopAll();
    },
  };
}
