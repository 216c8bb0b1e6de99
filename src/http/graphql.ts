import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { parse } from 'graphql';
import type http from 'node:http';
import type { SliceRegistry } from '../access/slice-registry';
import { PartnerRequestError, type PartnerGate } from '../access/trusted-documents';
import type { AuditWriter } from '../audit/writer';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Database } from '../db/client';
import * as idempotency from '../idempotency';
import type { RequestAccess } from './access';
import type { ContextRequest } from './request-context';
import { newAuditBuffer } from './request-context';
import { bindRequestLog } from './request-log';
import { HttpError, parseJsonBody, readBody, withTimeout, type RouteHandler } from './respond';

export interface GraphqlRouteDeps {
  config: Config;
  db: Database;
  slices: SliceRegistry;
  partnerGate: PartnerGate;
  writer: AuditWriter;
  access: RequestAccess;
  makeContext: (r: ContextRequest) => Context;
}

/**
 * POST/GET /graphql: token → viewer and purpose (access), the partner
 * contract (trusted documents, rate limit), Idempotency-Key for mutations,
 * then the viewer's own Apollo slice, whose plugins check purpose, cost and
 * limits and write the access record before the answer leaves.
 */
export function graphqlRoute(deps: GraphqlRouteDeps): RouteHandler {
  const { config, db, slices, partnerGate, writer, access } = deps;
  return async (req, res, url, requestId) => {
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
    const audit = newAuditBuffer();
    const context = deps.makeContext({ requestId, viewer, purpose, audit });
    bindRequestLog(req, audit);
    const apollo = await slices.serverFor(viewer);
    let result: HTTPGraphQLResponse;
    try {
      result = await withTimeout(
        apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method, headers, search: url.search, body }, context: async () => context }),
        config.REQUEST_TIMEOUT_MS,
      );
    } catch (e) {
      if (idempotent) await idempotency.release(db, viewer.subject, idemKey).catch(() => undefined);
      throw e;
    }
    if (idempotent && result.body.kind === 'complete') {
      const childIds = [...new Set([...audit.childIds, ...audit.recordedIds])];
      await idempotency.complete(db, viewer.subject, idemKey, result.status ?? 200, result.body.string, childIds);
    }
    return sendGraphQL(res, result);
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
