import type { KeyStore } from '../access/auth';
import { partnerClaims } from '../access/partners';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { readBody, sendJson, type RouteHandler } from './respond';

/** POST /oauth/token: OAuth 2.0 client credentials (RFC 6749 §4.4) for registered partner apps. */
export function oauthTokenRoute(deps: { db: Database; keys: KeyStore; config: Config }): RouteHandler {
  return async (req, res) => {
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
    const claims = await partnerClaims(deps.db, clientId, secret);
    if (!claims) {
      res.setHeader('WWW-Authenticate', 'Basic realm="kongchuo-hub"');
      return oauthError(401, 'invalid_client', 'client authentication failed');
    }
    if (!deps.keys.sign) return oauthError(503, 'temporarily_unavailable', 'this hub holds no signing key');
    const token = await deps.keys.sign(claims, deps.config.PARTNER_TOKEN_TTL_S);
    return sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: deps.config.PARTNER_TOKEN_TTL_S });
  };
}

/** GET /.well-known/jwks.json: the public keys tokens are verified with. */
export function jwksRoute(keys: KeyStore): RouteHandler {
  return async (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    sendJson(res, 200, keys.publicJwks);
  };
}
