import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken, testKeys } from '../support/tokens';

/**
 * Issue 6 item 5: GraphiQL in development, served from the hub's own assets
 * (government networks are often offline: no CDN), under a strict CSP, and
 * not at all in production.
 */

/** Any absolute http(s) URL (or protocol-relative one) a page could load from. */
const EXTERNAL_URL = /(?:https?:)?\/\/(?!127\.0\.0\.1|localhost)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe('GraphiQL (development only)', () => {
  let db: TestDatabase;
  let dev: TestServer;
  const base = () => dev.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    db = await createTestDatabase();
    dev = await startTestServer(db, testSealer, { env: { NODE_ENV: 'development' } });
  }, 120_000);
  afterAll(async () => {
    await dev?.close();
    await db?.drop();
  });

  it('serves a page that loads its script and styles from the hub only, under a strict CSP', async () => {
    const r = await fetch(`${base()}/graphiql`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const html = await r.text();
    expect(html).not.toMatch(EXTERNAL_URL);
    expect(html).not.toMatch(/cdn|unpkg|jsdelivr|esm\.sh/i);
    // No inline script: every <script> has a same-origin src; no inline handlers or style blocks.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, inner] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/graphiql\/assets\/[^"]+"/);
      expect(inner?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=|<style\b|\sstyle="/i);
    // The bearer token and purpose are entered on the page (kept in sessionStorage by the script).
    expect(html).toMatch(/id="hub-token"[^>]*type="password"|type="password"[^>]*id="hub-token"/);
    expect(html).toContain('id="hub-purpose"');

    const csp = r.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['style-src']?.[0]).toBe("'self'");
    expect(directives['style-src']?.slice(1).every((s: string) => /^'nonce-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // The nonce differs per response.
    const again = (await fetch(`${base()}/graphiql`)).headers.get('content-security-policy');
    expect(again).not.toBe(csp);
  });

  it('serves the assets the page names with their content types, with no external loads', async () => {
    const html = await (await fetch(`${base()}/graphiql`)).text();
    const refs = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(refs).toEqual(expect.arrayContaining(['/graphiql/assets/graphiql.js', '/graphiql/assets/graphiql.css', '/graphiql/assets/page.css']));
    for (const ref of refs) {
      const r = await fetch(`${base()}${ref}`);
      expect(r.status).toBe(200);
      const body = await r.text();
      if (ref.endsWith('.js')) {
        expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
        expect(body).toContain('sessionStorage');
        expect(body).not.toMatch(/localStorage\.setItem\(["']hub\./);
      } else {
        expect(r.headers.get('content-type')).toBe('text/css; charset=utf-8');
        // Stylesheets load nothing from elsewhere: fonts are inlined.
        expect(body).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
      }
      expect(body).not.toMatch(/(?:cdn\.jsdelivr|unpkg\.com|esm\.sh|fonts\.googleapis|cdnjs)/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      const etag = r.headers.get('etag');
      expect(etag).toBeTruthy();
      expect((await fetch(`${base()}${ref}`, { headers: { 'if-none-match': etag as string } })).status).toBe(304);
    }
    expect((await fetch(`${base()}/graphiql/assets/nope.js`)).status).toBe(404);
  }, 60_000);

  it('answers a browser navigating to /graphql with the page, and GraphQL clients with GraphQL', async () => {
    const page = await fetch(dev.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // A GraphQL GET (query string, GraphQL media types) still goes to GraphQL: no token, 401.
    const gql = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(gql.status).toBe(401);
  });

  it("GraphiQL's own introspection passes the limits and shows the caller's slice", async () => {
    const r = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${await mintToken({ agency: 'WOMENS_FEDERATION' })}` },
      body: JSON.stringify({ query: getIntrospectionQuery({ inputValueDeprecation: true }), operationName: 'IntrospectionQuery' }),
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { data?: { __schema: { types: Array<{ name: string; fields: Array<{ name: string }> | null }> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const child = body.data?.__schema.types.find((t) => t.name === 'Child');
    expect(child).toBeDefined();
    // The women's federation's slice has no ID numbers (README).
    expect(child?.fields?.map((f) => f.name)).not.toContain('idNumber');
  });

  it('is not served in production', async () => {
    const { keys } = await testKeys();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-jwks-'));
    const jwksFile = path.join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify(keys.publicJwks));
    const prodDb = await createTestDatabase();
    const prod = await startTestServer(prodDb, testSealer, { env: { NODE_ENV: 'production', JWKS_FILE: jwksFile } });
    try {
      const prodBase = prod.url.replace(/\/graphql$/, '');
      for (const p of ['/graphiql', '/graphiql/', '/graphiql/assets/graphiql.js', '/graphiql/assets/graphiql.css']) {
        const r = await fetch(`${prodBase}${p}`);
        expect([p, r.status]).toEqual([p, 404]);
        expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      }
      // A browser on /graphql in production gets GraphQL's answer (no token: 401), not a page.
      const r = await fetch(prod.url, { headers: { accept: 'text/html' } });
      expect(r.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    } finally {
      await prod.close();
      await prodDb.drop();
    }
  }, 120_000);
});
