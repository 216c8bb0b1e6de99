import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { parse } from 'graphql';
import type http from 'node:http';
import type { SliceRegistry } from '../access/slice-registry';
import { PartnerRequestError, type PartnerGate } from '../access/trusted-documents';
import type { AuditWriter } from '../audit/writer';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Database } from '../db/client';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../errors';
import * as idempotency from '../idempotency';
import type { RequestAccess } from './access';
import type { ContextRequest } from './request-context';
import { newAuditBuffer } from './request-context';
import { bindRequestLog } from './request-log';
import { KeySettler } from './unsettled-keys';
import { databaseUnavailable, HttpError, parseJsonBody, readBody, withTimeout, type RouteHandler } from './respond';

export interface GraphqlRouteDeps {
  config: Config;
  db: Database;
  slices: SliceRegistry;
  partnerGate: PartnerGate;
  writer: AuditWriter;
  access: RequestAccess;
  makeContext: (r: ContextRequest) => Context;
  /** Settles Idempotency-Keys whose mutation ended without a storable answer (a database outage, a timeout). */
  settler?: KeySettler;
}

/**
 * POST/GET /graphql: token → viewer and purpose (access), the partner
 * contract (trusted documents, rate limit), Idempotency-Key for mutations,
 * then the viewer's own Apollo slice, whose plugins check purpose, cost and
 * limits and write the access record before the answer leaves.
 */
export function graphqlRoute(deps: GraphqlRouteDeps): RouteHandler {
  const { config, db, slices, partnerGate, writer, access } = deps;
  const settler = deps.settler ?? new KeySettler(db);
  const route: RouteHandler = async (req, res, url, requestId) => {
    if (req.method !== 'POST' && req.method !== 'GET') {
      res.setHeader('Allow', 'GET, POST');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use POST (or GET for queries)');
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const viewer = await access.viewerOf(req, res);
    const purpose = access.purposeOf(req, viewer);
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
        throw new HttpError(e.status, e.code, e.message, e.headers);
      }
    }
    const idemKey = headers.get('idempotency-key');
    const idempotent = idemKey !== undefined && raw !== undefined && isMutation(body, config.MAX_TOKENS);
    if (idempotent && raw !== undefined) {
      if (!idempotency.KEY_RE.test(idemKey)) throw new HttpError(400, 'BAD_USER_INPUT', 'Idempotency-Key: 8–100 characters of A-Z a-z 0-9 . _ : -');
      const claimed = await idempotency.claim(db, viewer.subject, idemKey, idempotency.requestHash(raw, purpose));
      if (claimed.kind === 'conflict') {
        // A first request still running, or not yet settled after a database outage (unsettled-keys.ts): come back later.
        const later = /still running/.test(claimed.reason) ? { 'Retry-After': String(DATABASE_RETRY_AFTER_S) } : undefined;
        throw new HttpError(409, 'CONFLICT', `Idempotency-Key: ${claimed.reason}`, later);
      }
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
    const audit = newAuditBuffer();
    const context = deps.makeContext({ requestId, viewer, purpose, audit });
    bindRequestLog(req, audit);
    const apollo = await slices.serverFor(viewer);
    const startedAt = new Date();
    const unsettled = idempotent && idemKey !== undefined ? { subject: viewer.subject, key: idemKey, requestId, startedAt } : undefined;
    const execution = apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method, headers, search: url.search, body }, context: async () => context });
    let result: HTTPGraphQLResponse;
    try {
      result = await withTimeout(execution, config.REQUEST_TIMEOUT_MS);
    } catch (e) {
      // Timed out (the mutation may still commit) or failed outside execution: the key is settled once the execution is over.
      if (unsettled) {
        void execution.then(
          (late) => (late.body.kind === 'complete' && !unavailableAnswer(late.body.string, () => isMutation(body, config.MAX_TOKENS)) ? settler.storeAnswer(unsettled, late.status ?? 200, late.body.string, recordedChildren(audit)) : settler.settleByRecord(unsettled)),
          () => settler.settleByRecord(unsettled),
        );
      }
      throw e;
    }
    if (result.body.kind === 'complete' && unavailableAnswer(result.body.string, () => isMutation(body, config.MAX_TOKENS))) {
      // The database went away during the request: the whole request fails with 503 and Retry-After, no partial data.
      // An Idempotency-Key is never completed with this answer: it is settled by whether the mutation committed.
      if (unsettled) settler.settleByRecord(unsettled);
      res.setHeader('Cache-Control', 'no-store');
      throw databaseUnavailable();
    }
    if (unsettled && result.body.kind === 'complete') {
      const answer = { status: result.status ?? 200, body: result.body.string, childIds: recordedChildren(audit) };
      try {
        await idempotency.complete(db, unsettled.subject, unsettled.key, answer.status, answer.body, answer.childIds);
      } catch (e) {
        if (!isDatabaseUnavailable(e)) throw e;
        // The answer exists (and its access records are written): send it, and store it for retries when the database is back.
        settler.storeAnswer(unsettled, answer.status, answer.body, answer.childIds);
      }
    }
    return sendGraphQL(res, result);
  };
  // The database away before execution (the token's client, the partner gate, the Idempotency-Key claim): the same 503.
  return (req, res, url, requestId) =>
    route(req, res, url, requestId).catch((e: unknown) => {
      throw !(e instanceof HttpError) && isDatabaseUnavailable(e) ? databaseUnavailable() : e;
    });
}

function recordedChildren(audit: { childIds: Set<string>; recordedIds: Set<string> }): string[] {
  return [...new Set([...audit.childIds, ...audit.recordedIds])];
}

/**
 * The answer reports DATABASE_UNAVAILABLE and keeps nothing worth sending: a
 * query's partial data is dropped (a client cannot tell an outage from a
 * bug in half an answer); a mutation document whose some field returned
 * data committed that field, so that answer is sent as it is (with the
 * failed fields' errors), as for any partial failure.
 */
function unavailableAnswer(text: string, mutation: () => boolean): boolean {
  // `mutation` parses the document again: asked only of an answer that reports the database away.
  // Apollo writes `errors` first (orderExecutionResultFields): an answer without errors is not scanned (ChildrenDeep's are 80 KB).
  if (!text.startsWith('{"errors":') || !text.includes(`"${DATABASE_UNAVAILABLE}"`)) return false;
  let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return false;
  }
  if (!(parsed.errors ?? []).some((e) => e.extensions?.code === DATABASE_UNAVAILABLE)) return false;
  return !(mutation() && parsed.data != null && Object.values(parsed.data).some((v) => v !== null));
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
