import { createHash } from 'node:crypto';
import { GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { documentCost, limitRules } from '../graphql/limits';
import { buildFullSchema } from '../graphql/schema';
import { checkGrants } from './partners';
import { rateLimiterFor, type BucketLimit, type RateLimiter } from './rate-limit';
import { buildSlice } from './slices';
import { cellsFor, isAgency, type Grant, type Viewer } from './viewer';

/**
 * Partner contract (issue 6 item 3): a partner client runs trusted documents
 * only. A trusted document is one GraphQL operation with the fragments it
 * uses, registered for one client (`npm run partner -- trust`) after it
 * validated against that client's slice, and named by the SHA-256 of its exact
 * text. Requests name it, never send it:
 *
 *   POST /graphql  {"documentId": "sha256:<hex>", "variables": {…}}
 *     (GraphQL-over-HTTP, Appendix A "Persisted Documents"), or Apollo's
 *   {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}, "variables": {…}}
 *
 * Query text from a partner token is refused even when its hash is trusted:
 * one path only, and no text a partner wrote ever reaches the parser. An
 * unknown hash and another client's hash get the same answer. Then the
 * client's token bucket pays the operation's cost (rate limit), all before
 * execution. Department tokens are not affected.
 */

/** A refusal before execution: HTTP status, error code and message (server.ts turns it into the GraphQL-shaped body). */
export class PartnerRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Registration refused: one line per document that failed, naming it and why. */
export class TrustError extends Error {}

const HEX64 = /^[0-9a-f]{64}$/;

/** Lowercase hex SHA-256 of a document's UTF-8 bytes: its identity. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface CheckedDocument {
  hash: string;
  operationName: string;
  document: DocumentNode;
}

/**
 * Checks one document for a slice: it parses, holds exactly one named query
 * (and only the fragments it may use), and validates against the slice with
 * the request limits. Returns the errors as text, or the checked document.
 */
export function checkDocument(schema: GraphQLSchema, text: string, config: Config): CheckedDocument | { errors: string[] } {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: config.MAX_TOKENS });
  } catch (e) {
    return { errors: [e instanceof GraphQLError ? e.message : 'syntax error'] };
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return { errors: [`a trusted document holds exactly one operation (found ${operations.length})`] };
  const op = operations[0] as OperationDefinitionNode;
  if (!op.name) return { errors: ['the operation needs a name (it is how logs and the access log call it)'] };
  if (op.operation !== 'query') return { errors: [`${op.name.value}: partner clients run queries only (not a ${op.operation})`] };
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(config)]);
  if (errors.length > 0) return { errors: errors.map((e) => `${op.name?.value}: ${e.message}`) };
  return { hash: documentHash(text), operationName: op.name.value, document };
}

/** The slice a registered client is served (its agency's matrix row ∩ its grants), for validating its documents. */
export async function clientSlice(db: Database, clientId: string, full: GraphQLSchema = buildFullSchema()): Promise<GraphQLSchema> {
  const c = await db.prisma.partnerClient.findUnique({ where: { id: clientId } });
  if (!c) throw new TrustError(`--client ${clientId}: no such partner client (npm run partner -- add)`);
  if (!isAgency(c.onBehalfOf)) throw new TrustError(`--client ${clientId}: acts for ${c.onBehalfOf}, which is not an agency`);
  const grants = checkGrants(c.onBehalfOf, c.grants as unknown as Grant[]);
  return buildSlice(full, cellsFor({ agency: c.onBehalfOf, grants }));
}

export interface TrustedEntry {
  hash: string;
  operationName: string;
  /** false: it was trusted already. */
  added: boolean;
}

/**
 * Trusts documents for a client, all or none: each text must check against
 * the client's slice, and a given hash ("sha256:<hex>" or "<hex>", as in a
 * persisted-documents manifest) must be the hash of its text.
 */
export async function trustDocuments(db: Database, config: Config, clientId: string, docs: ReadonlyArray<{ text: string; hash?: string; source?: string }>): Promise<TrustedEntry[]> {
  const schema = await clientSlice(db, clientId);
  const problems: string[] = [];
  const checked: Array<CheckedDocument & { text: string }> = [];
  for (const d of docs) {
    const where = d.source ? `${d.source}: ` : '';
    const r = checkDocument(schema, d.text, config);
    if ('errors' in r) {
      problems.push(...r.errors.map((e) => `${where}${e}`));
      continue;
    }
    if (d.hash !== undefined && d.hash.replace(/^sha256:/, '') !== r.hash) {
      problems.push(`${where}${r.operationName}: the manifest says ${d.hash} but the text hashes to sha256:${r.hash}`);
      continue;
    }
    checked.push({ ...r, text: d.text });
  }
  if (problems.length > 0) throw new TrustError(`not trusted (nothing was registered):\n  ${problems.join('\n  ')}`);
  const out: TrustedEntry[] = [];
  await db.prisma.$transaction(async (tx) => {
    for (const c of checked) {
      const existing = await tx.trustedDocument.findUnique({ where: { clientId_hash: { clientId, hash: c.hash } } });
      if (!existing) await tx.trustedDocument.create({ data: { clientId, hash: c.hash, operationName: c.operationName, document: c.text } });
      out.push({ hash: c.hash, operationName: c.operationName, added: !existing });
    }
  });
  return out;
}

/** Withdraws one trusted document; true when there was one. Takes effect with the next request. */
export async function untrustDocument(db: Database, clientId: string, hash: string): Promise<boolean> {
  const h = hash.replace(/^sha256:/, '');
  const r = await db.prisma.trustedDocument.deleteMany({ where: { clientId, hash: h } });
  return r.count > 0;
}

export async function listTrusted(db: Database, clientId?: string) {
  return db.prisma.trustedDocument.findMany({
    where: clientId === undefined ? {} : { clientId },
    orderBy: [{ clientId: 'asc' }, { operationName: 'asc' }, { createdAt: 'asc' }],
    select: { clientId: true, hash: true, operationName: true, createdAt: true },
  });
}

/** Sets (or with null, removes) a client's rate-limit override. */
export async function setRateLimit(db: Database, clientId: string, limit: BucketLimit | null): Promise<void> {
  if (limit === null) {
    await db.prisma.partnerRateLimit.deleteMany({ where: { clientId } });
    return;
  }
  if (!Number.isInteger(limit.capacity) || limit.capacity < 1) throw new TrustError('--capacity: a whole number of points ≥ 1');
  if (!Number.isInteger(limit.refillPerSecond) || limit.refillPerSecond < 1) throw new TrustError('--refill: a whole number of points per second ≥ 1');
  if (!(await db.prisma.partnerClient.findUnique({ where: { id: clientId } }))) throw new TrustError(`--client ${clientId}: no such partner client`);
  await db.prisma.partnerRateLimit.upsert({
    where: { clientId },
    create: { clientId, ...limit },
    update: { ...limit, updatedAt: new Date() },
  });
}

/** What the gate hands on to Apollo: the trusted text in place of the client's request. */
export interface AdmittedBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName: string;
}

const OVERRIDE_TTL_MS = 30_000;
const PARSED_MAX = 1000;

/**
 * The request-time side: resolves a partner request to its trusted document
 * and charges the client's bucket. One PostgreSQL lookup per request (so a
 * withdrawn document stops at once); parsed documents and rate-limit
 * overrides (30 s) are cached.
 */
export class PartnerGate {
  /** Shared by every hub instance when REDIS_URL is set (src/access/rate-limit.ts). */
  private readonly buckets: RateLimiter;
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly overrides = new Map<string, { limit: BucketLimit | null; untilMs: number }>();

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    /** Monotonic milliseconds; injectable for tests. */
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.buckets = rateLimiterFor(config, clock);
  }

  /**
   * Admits one partner request or throws PartnerRequestError. Returns the
   * body to execute, or null to leave the request as it is (query text
   * while PARTNER_RAW_QUERIES is on: development and tests only).
   */
  async admit(viewer: Pick<Viewer, 'clientId'>, method: string, body: unknown, schema: GraphQLSchema): Promise<AdmittedBody | null> {
    const clientId = viewer.clientId;
    if (clientId === null) return null;
    const rawAllowed = this.config.partnerRawQueries;
    if (method !== 'POST') {
      if (rawAllowed) return null;
      throw new PartnerRequestError(405, 'METHOD_NOT_ALLOWED', 'partner clients POST {"documentId": "sha256:…", "variables": {…}} as application/json', { Allow: 'POST' });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      if (rawAllowed) return null;
      throw new PartnerRequestError(400, 'BAD_REQUEST', 'body: partner clients send a JSON object {"documentId": "sha256:…", "variables": {…}} (content-type: application/json)');
    }
    const b = body as Record<string, unknown>;
    if (b['query'] !== undefined && b['query'] !== null) {
      if (rawAllowed) return null;
      throw new PartnerRequestError(
        403,
        'FORBIDDEN',
        'query: partner clients may not send query text; send documentId "sha256:<hash>" of a document trusted for your client (npm run partner -- trust)',
      );
    }
    const hash = requestedHash(b);
    const row = await this.db.prisma.trustedDocument.findUnique({ where: { clientId_hash: { clientId, hash } }, select: { document: true, operationName: true } });
    if (!row) {
      throw new PartnerRequestError(400, 'PERSISTED_QUERY_NOT_FOUND', `documentId: sha256:${hash} is not a trusted document of your client (npm run partner -- trust)`);
    }
    const opName = b['operationName'];
    if (opName !== undefined && opName !== null && opName !== row.operationName) {
      throw new PartnerRequestError(400, 'BAD_REQUEST', `operationName: the document sha256:${hash.slice(0, 12)}… holds ${row.operationName}, not ${String(opName).slice(0, 60)}`);
    }
    const vars = b['variables'];
    if (vars !== undefined && vars !== null && (typeof vars !== 'object' || Array.isArray(vars))) {
      throw new PartnerRequestError(400, 'BAD_REQUEST', 'variables: must be a JSON object');
    }
    const variables = (vars ?? undefined) as Record<string, unknown> | undefined;
    const document = this.parse(hash, row.document);
    const cost = Math.max(1, documentCost(schema, document, row.operationName, variables));
    const limit = await this.limitOf(clientId);
    const taken = await this.buckets.take(clientId, cost, limit);
    if (!taken.ok) {
      if (taken.retryAfterSeconds === null) {
        throw new PartnerRequestError(400, 'BAD_USER_INPUT', `variables: this operation costs ${cost} points, more than your rate limit's capacity of ${limit.capacity}: ask for fewer items (first)`);
      }
      throw new PartnerRequestError(
        429,
        'RATE_LIMITED',
        `rate limit: this operation costs ${cost} points and your bucket holds ${taken.remaining} (capacity ${limit.capacity}, ${limit.refillPerSecond} points a second); retry after ${taken.retryAfterSeconds} s (Retry-After)`,
        { 'Retry-After': String(taken.retryAfterSeconds) },
      );
    }
    return { query: row.document, operationName: row.operationName, ...(variables ? { variables } : {}) };
  }

  private parse(hash: string, text: string): DocumentNode {
    const cached = this.parsed.get(hash);
    if (cached) return cached;
    // The stored text must still be what its key says (a row edited in the database is not trusted).
    if (documentHash(text) !== hash) throw new PartnerRequestError(400, 'PERSISTED_QUERY_NOT_FOUND', `documentId: sha256:${hash} is not a trusted document of your client`);
    const doc = parse(text);
    if (this.parsed.size >= PARSED_MAX) this.parsed.clear();
    this.parsed.set(hash, doc);
    return doc;
  }

  private async limitOf(clientId: string): Promise<BucketLimit> {
    const now = this.clock();
    let o = this.overrides.get(clientId);
    if (!o || o.untilMs <= now) {
      const row = await this.db.prisma.partnerRateLimit.findUnique({ where: { clientId } });
      o = { limit: row ? { capacity: row.capacity, refillPerSecond: row.refillPerSecond } : null, untilMs: now + OVERRIDE_TTL_MS };
      this.overrides.set(clientId, o);
    }
    return o.limit ?? { capacity: this.config.PARTNER_RATE_CAPACITY, refillPerSecond: this.config.PARTNER_RATE_REFILL_PER_S };
  }
}

/** The hash a request names: top-level documentId "sha256:<hex>" or extensions.persistedQuery.sha256Hash; both must agree. */
function requestedHash(b: Record<string, unknown>): string {
  const fromId = b['documentId'];
  const pq = (b['extensions'] as { persistedQuery?: { sha256Hash?: unknown; version?: unknown } } | undefined)?.persistedQuery;
  let hash: string | undefined;
  if (fromId !== undefined && fromId !== null) {
    const m = typeof fromId === 'string' ? /^sha256:([0-9a-f]{64})$/.exec(fromId) : null;
    if (!m) throw new PartnerRequestError(400, 'BAD_REQUEST', 'documentId: must be "sha256:" followed by 64 lowercase hexadecimal digits');
    hash = m[1];
  }
  if (pq !== undefined && pq !== null) {
    if (typeof pq.sha256Hash !== 'string' || !HEX64.test(pq.sha256Hash)) {
      throw new PartnerRequestError(400, 'BAD_REQUEST', 'extensions.persistedQuery.sha256Hash: must be 64 lowercase hexadecimal digits');
    }
    if (hash !== undefined && hash !== pq.sha256Hash) throw new PartnerRequestError(400, 'BAD_REQUEST', 'documentId and extensions.persistedQuery.sha256Hash name different documents');
    hash = pq.sha256Hash;
  }
  if (hash === undefined) {
    throw new PartnerRequestError(400, 'BAD_REQUEST', 'documentId: required: partner clients run trusted documents only; send {"documentId": "sha256:<hash>", "variables": {…}}');
  }
  return hash;
}
