import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * A tiny typed client for partner apps (issue 6 "Partner contract"). It gets
 * an OAuth 2.0 client-credentials token from /oauth/token (and a new one
 * before it expires), and runs trusted documents only: it sends the
 * document's id (`{"documentId": "sha256:…", "variables": …}`), never its
 * text; the generated documents (src/sdk/generated/<app>/) carry nothing
 * else. A 429 is waited out as Retry-After says, up to maxRetries times.
 * Depends on nothing but fetch (Node ≥ 18).
 */
export interface PartnerClientOptions {
  /** The hub's GraphQL endpoint, e.g. http://localhost:4000/graphql (the token endpoint is /oauth/token beside it). */
  url: string;
  clientId: string;
  clientSecret: string;
  /** X-Purpose stated with every request (the partner's agency must be allowed to state it). */
  purpose?: string;
  /** Rate-limited requests are retried after Retry-After this many times (default 2)… */
  maxRetries?: number;
  /** …when Retry-After is at most this many seconds (default 30). */
  maxRetryAfterSeconds?: number;
  /** Called before waiting out a 429. */
  onRateLimited?: (retryAfterSeconds: number) => void;
  fetch?: typeof fetch;
}

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** A refused or failed request: HTTP status, the first error's code, and all errors. */
export class PartnerApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: readonly GraphQLErrorShape[] = [],
    /** Set on 429: seconds until the bucket holds enough points. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export interface RawResponse<T = unknown> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** The id of a generated document ("sha256:<hex>"), from its `__meta__` (client preset, persistedDocuments). */
export function documentIdOf(doc: TypedDocumentNode<unknown, never> | { __meta__?: { hash?: string } }): string {
  const hash = (doc as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string' || !hash.startsWith('sha256:')) throw new Error('this document has no persisted-document hash: generate it with codegen.yml (persistedDocuments)');
  return hash;
}

export class HubPartnerClient {
  private token: { value: string; expiresAtMs: number } | null = null;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: PartnerClientOptions) {
    this.fetch = opts.fetch ?? fetch;
  }

  /** Runs a trusted document; resolves to its typed data, or throws PartnerApiError (any error in the answer counts). */
  async execute<TResult, TVariables>(doc: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    const r = await this.send<TResult>({ documentId: documentIdOf(doc as never), variables });
    if (r.errors && r.errors.length > 0) {
      const first = r.errors[0] as GraphQLErrorShape;
      throw new PartnerApiError(r.status, first.extensions?.code ?? 'UNKNOWN', first.message, r.errors);
    }
    if (r.status !== 200 || r.data == null) throw new PartnerApiError(r.status, 'BAD_RESPONSE', `the hub answered HTTP ${r.status} without data`);
    return r.data;
  }

  /**
   * POSTs any body with the client's token and purpose, retrying 429s as
   * configured; returns the answer as it is (status, headers, data, errors).
   * A 429 left after the retries throws PartnerApiError with retryAfterSeconds.
   */
  async send<T = unknown>(body: Record<string, unknown>): Promise<RawResponse<T>> {
    const maxRetries = this.opts.maxRetries ?? 2;
    for (let attempt = 0; ; attempt++) {
      let r = await this.post<T>(body, await this.bearer());
      if (r.status === 401) {
        this.token = null; // expired or revoked: one new token, one more try
        r = await this.post<T>(body, await this.bearer());
      }
      if (r.status !== 429) return r;
      const retryAfter = Number(r.headers.get('retry-after'));
      const wait = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1;
      const code = r.errors?.[0]?.extensions?.code ?? 'RATE_LIMITED';
      if (attempt >= maxRetries || wait > (this.opts.maxRetryAfterSeconds ?? 30)) {
        throw new PartnerApiError(429, code, r.errors?.[0]?.message ?? 'rate limited', r.errors ?? [], wait);
      }
      this.opts.onRateLimited?.(wait);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  }

  private async post<T>(body: Record<string, unknown>, token: string): Promise<RawResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` };
    if (this.opts.purpose) headers['x-purpose'] = this.opts.purpose;
    const res = await this.fetch(this.opts.url, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await res.text();
    let parsed: { data?: T | null; errors?: GraphQLErrorShape[] } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new PartnerApiError(res.status, 'BAD_RESPONSE', `the hub answered HTTP ${res.status} with a body that is not JSON`);
    }
    return { status: res.status, headers: res.headers, ...parsed };
  }

  /** A client-credentials token (RFC 6749 §4.4), renewed 30 s before it expires. */
  private async bearer(): Promise<string> {
    if (this.token && this.token.expiresAtMs - 30_000 > Date.now()) return this.token.value;
    const tokenUrl = new URL('/oauth/token', this.opts.url);
    const basic = Buffer.from(`${encodeURIComponent(this.opts.clientId)}:${encodeURIComponent(this.opts.clientSecret)}`).toString('base64');
    const res = await this.fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: 'grant_type=client_credentials',
    });
    const answer = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status !== 200 || !answer.access_token) {
      throw new PartnerApiError(res.status, answer.error ?? 'invalid_client', `token endpoint: ${answer.error_description ?? `HTTP ${res.status}`}`);
    }
    this.token = { value: answer.access_token, expiresAtMs: Date.now() + (answer.expires_in ?? 60) * 1000 };
    return this.token.value;
  }
}
