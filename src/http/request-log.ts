import type { ApolloServerPlugin } from '@apollo/server';
import type http from 'node:http';
import type { Viewer } from '../access/viewer';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';

/**
 * One structured log line per HTTP request (issue 6 item 5): request id,
 * method, route, status, duration, operation name, the viewer's agency kind
 * and partner client id. Never the query text, variables, token, IP address,
 * path beyond its route or any name or ID number: what a request read is in
 * the access log, not in the application log.
 *
 * GraphQL fills in the operation and viewer through requestLogPlugin; the
 * request's fields are found from the request, and from the GraphQL context
 * through its audit buffer (bindRequestLog). Not AsyncLocalStorage: on Node 20
 * it hooks every promise, and the data path is promise-heavy (the test suite
 * ran 2.5x slower with it).
 */
interface RequestFields {
  operationName: string | null;
  agencyKind: string | null;
  clientId: string | null;
  /** Codes of the errors answered (HTTP-level refusals, GraphQL errors), in order, without repeats. */
  errorCodes: string[];
}

const byRequest = new WeakMap<http.IncomingMessage, RequestFields>();
const byContext = new WeakMap<object, RequestFields>();

/** Known top-level routes; anything else is logged by its first path segment (or "unmatched" when nothing answered it). */
function routeOf(req: http.IncomingMessage, status: number): string {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (status === 404 && !pathname.startsWith('/graphql')) return 'unmatched';
  if (pathname === '/.well-known/jwks.json') return pathname;
  const first = /^\/([A-Za-z0-9._-]{1,32})/.exec(pathname)?.[1];
  if (!first) return '/';
  if (first === 'graphiql') return pathname.startsWith('/graphiql/assets/') ? '/graphiql/assets' : '/graphiql';
  return `/${first}`;
}

export interface TrackedRequest {
  /** Runs the handler (kept for call sites; the fields are found from the request). */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** The code of an error answered before GraphQL (401, 413, …). */
  refused(code: string): void;
}

/** Starts timing one HTTP request; the log line is written when the response closes. */
export function trackRequest(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, logger: Logger, metrics: Metrics): TrackedRequest {
  const started = process.hrtime.bigint();
  let refusedWith: string | null = null;
  const fields: RequestFields = { operationName: null, agencyKind: null, clientId: null, errorCodes: [] };
  byRequest.set(req, fields);
  res.once('close', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.statusCode;
    const route = routeOf(req, status);
    metrics.observeHttp(route, status, seconds, refusedWith);
    const line = {
      requestId,
      method: req.method ?? 'UNKNOWN',
      route,
      status,
      durationMs: Math.round(seconds * 10000) / 10,
      operationName: fields.operationName,
      agencyKind: fields.agencyKind,
      clientId: fields.clientId,
      ...(fields.errorCodes.length > 0 ? { errorCodes: fields.errorCodes } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  });
  return {
    run: (fn) => fn(),
    refused: (code) => {
      refusedWith = code;
      addCode(fields, code);
    },
  };
}

function addCode(fields: RequestFields, code: string): void {
  if (!fields.errorCodes.includes(code) && fields.errorCodes.length < 8) fields.errorCodes.push(code.slice(0, 40));
}

/** Links a GraphQL request's audit buffer (in its context) to its HTTP request's log line. */
export function bindRequestLog(req: http.IncomingMessage, contextKey: object): void {
  const fields = byRequest.get(req);
  if (fields) byContext.set(contextKey, fields);
}

/** Records the authenticated viewer on the request's log line (agency kind and partner client id only). */
export function noteViewer(req: http.IncomingMessage, viewer: Pick<Viewer, 'kind' | 'clientId'>): void {
  const fields = byRequest.get(req);
  if (fields) setViewer(fields, viewer);
}

function setViewer(fields: RequestFields, viewer: Pick<Viewer, 'kind' | 'clientId'>): void {
  fields.agencyKind = viewer.kind;
  fields.clientId = viewer.clientId;
}

/** Records the viewer and operation of a GraphQL request on its HTTP request's log line. */
export function requestLogPlugin(metrics: Metrics): ApolloServerPlugin<{ viewer: Viewer; audit: object }> {
  return {
    async requestDidStart({ contextValue }) {
      const fields = byContext.get(contextValue.audit);
      if (!fields) return;
      setViewer(fields, contextValue.viewer);
      return {
        async didResolveOperation({ operationName }) {
          fields.operationName = metrics.operationLabel(operationName);
        },
        async willSendResponse({ errors }) {
          for (const e of errors ?? []) addCode(fields, String(e.extensions?.['code'] ?? (isDatabaseUnavailable(e) ? DATABASE_UNAVAILABLE : 'INTERNAL_SERVER_ERROR')));
        },
      };
    },
  };
}
