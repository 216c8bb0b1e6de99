import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { Config } from '../config';
import { FIELD_CLASSES, type FieldClass } from './field-classes';
import { isRegionalAgency, REGIONAL_AGENCIES } from './policy';
import { isAgency, sliceKeyOf, type Grant, type Viewer } from './viewer';

/**
 * Identity: bearer JWTs (RFC 9068 access tokens, typ at+jwt) verified with
 * pinned algorithms, issuer, audience, required exp/iat/sub and 30 s of clock
 * tolerance. Keys: a local key set (JWKS_FILE; in development a generated one
 * under DATA_DIR) and/or the government SSO's JWKS_URL, chosen by `kid`.
 * The local set's private key signs development and partner tokens.
 */
export const ALGORITHMS = ['ES256', 'EdDSA'];
export const TOKEN_TYPE = 'at+jwt';
export const CLOCK_TOLERANCE_S = 30;
export const MAX_TOKEN_AGE = '12h';

export class AuthError extends Error {}

export interface KeyStore {
  verifyKey: JWTVerifyGetKey;
  publicJwks: JSONWebKeySet;
  /** Signs a token; undefined when the hub holds no private key (SSO only). */
  sign?: (claims: JWTPayload, ttlSeconds: number) => Promise<string>;
}

interface StoredKeys {
  keys: Array<JWK & { kid: string; alg: string }>;
}

/** Loads (or in development creates) the key set. */
export async function loadKeyStore(config: Config): Promise<KeyStore> {
  let stored: StoredKeys | undefined;
  if (config.JWKS_FILE) {
    stored = JSON.parse(readFileSync(config.JWKS_FILE, 'utf8')) as StoredKeys;
  } else if (config.NODE_ENV !== 'production') {
    const file = path.resolve(config.DATA_DIR, 'dev-jwks.json');
    if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKeys;
    else {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const jwk = await exportJWK(privateKey);
      stored = { keys: [{ ...jwk, kid: `dev-${Date.now().toString(36)}`, alg: 'ES256', use: 'sig' }] };
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    }
  }
  const publicKeys = (stored?.keys ?? []).filter((k) => k.kty !== 'oct').map(publicPart);
  const publicJwks: JSONWebKeySet = { keys: publicKeys };
  const local = createLocalJWKSet(publicJwks);
  const remote = config.JWKS_URL ? createRemoteJWKSet(new URL(config.JWKS_URL)) : undefined;
  const localKids = new Set(publicKeys.map((k) => k.kid));
  const verifyKey: JWTVerifyGetKey = (header, token) => {
    if (header.kid !== undefined && localKids.has(header.kid)) return local(header, token);
    if (remote) return remote(header, token);
    return local(header, token);
  };
  const signer = stored?.keys.find((k) => k.d !== undefined);
  let sign: KeyStore['sign'];
  if (signer) {
    const key = await importJWK(signer, signer.alg);
    sign = (claims, ttl) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: signer.alg, kid: signer.kid, typ: TOKEN_TYPE })
        .setIssuer(config.JWT_ISSUER)
        .setAudience(config.JWT_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttl}s`)
        .sign(key);
  }
  return { verifyKey, publicJwks, ...(sign ? { sign } : {}) };
}

function publicPart(k: JWK & { kid: string; alg: string }): JWK & { kid: string } {
  const pick = (names: string[]) => Object.fromEntries(names.filter((n) => (k as Record<string, unknown>)[n] !== undefined).map((n) => [n, (k as Record<string, unknown>)[n]]));
  return { ...pick(['kty', 'crv', 'x', 'y', 'n', 'e', 'kid', 'alg']), use: 'sig' } as JWK & { kid: string };
}

/**
 * Tokens already verified, per key store: the exact token string (signature
 * included) → its viewer, until the token's own expiry or maximum age. An
 * ES256 verification costs more than the rest of a small request; a client
 * sends the same token for its whole life. A cached token is re-checked for
 * exp and maximum age on every use; the cache is bounded (oldest evicted).
 */
const VERIFIED_MAX = 10_000;
const MAX_TOKEN_AGE_S = 12 * 3600;
const verified = new WeakMap<KeyStore, Map<string, { viewer: Viewer; notAfterMs: number }>>();

function verifiedOf(keys: KeyStore): Map<string, { viewer: Viewer; notAfterMs: number }> {
  let m = verified.get(keys);
  if (!m) verified.set(keys, (m = new Map()));
  return m;
}

/** Verifies a bearer token and turns its claims into a Viewer. Throws AuthError on anything wrong. */
export async function authenticate(authorization: string | undefined, keys: KeyStore, config: Config): Promise<Viewer> {
  const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) throw new AuthError('a bearer token is required');
  const token = m[1] as string;
  const cache = verifiedOf(keys);
  const hit = cache.get(token);
  if (hit) {
    if (Date.now() < hit.notAfterMs) return { ...hit.viewer };
    cache.delete(token);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys.verifyKey, {
      algorithms: ALGORITHMS,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      typ: TOKEN_TYPE,
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_S,
      // No token lives longer than a working day, whatever its exp says; an iat in the future is refused.
      maxTokenAge: MAX_TOKEN_AGE,
    }));
  } catch (e) {
    if (e instanceof joseErrors.JOSEError) throw new AuthError('the token is invalid or expired');
    throw e;
  }
  const viewer = placeViewer(viewerFromClaims(payload), config.counties);
  // Valid until exp or iat + maximum age (with the same tolerance jwtVerify allows), whichever comes first.
  const notAfterS = Math.min(payload.exp as number, (payload.iat as number) + MAX_TOKEN_AGE_S) + CLOCK_TOLERANCE_S;
  if (cache.size >= VERIFIED_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(token, { viewer, notAfterMs: notAfterS * 1000 });
  return { ...viewer };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : null);

/** Claims → Viewer. A missing scope claim gives an empty scope (the row scope code treats null as "no rows"). */
export function viewerFromClaims(p: JWTPayload): Viewer {
  const kind = p['agency_kind'];
  const subject = str(p.sub);
  if (!subject) throw new AuthError('the token has no subject');
  if (kind === 'PARTNER_APP') {
    const clientId = str(p['client_id']);
    const onBehalf = p['on_behalf_of'];
    if (!clientId || !isAgency(onBehalf)) throw new AuthError('a partner token needs client_id and on_behalf_of');
    const grants = parseGrants(p['grants']);
    return {
      subject,
      kind: 'PARTNER_APP',
      agency: onBehalf,
      agencyId: str(p['agency_id']),
      countyCode: str(p['county_code']),
      regionCode: null,
      townshipCode: str(p['township_code']),
      schoolCode: str(p['school_code']),
      clientId,
      grants,
      sliceKey: sliceKeyOf(onBehalf, clientId, grants),
    };
  }
  if (!isAgency(kind)) throw new AuthError('the token names no known agency kind');
  return {
    subject,
    kind,
    agency: kind,
    agencyId: str(p['agency_id']),
    countyCode: str(p['county_code']),
    regionCode: str(p['region_code']),
    townshipCode: str(p['township_code']),
    schoolCode: str(p['school_code']),
    clientId: null,
    grants: null,
    sliceKey: kind,
  };
}

/**
 * Where the viewer works (issue 11: one hub, many counties): a county
 * agency's (or partner's) county comes from the token's county_code, which
 * must be a county this hub serves; with one county served a token without
 * it is that county's. A township code must lie in that county. The city and
 * the province name their division in region_code (431100, 430000) and get
 * no county: their row scope holds no child. Anything else is refused.
 */
export function placeViewer(v: Viewer, counties: readonly string[]): Viewer {
  if (isRegionalAgency(v.agency)) {
    if (v.kind === 'PARTNER_APP') throw new AuthError('a partner app acts for a county agency, not for a city or province');
    const { digits } = REGIONAL_AGENCIES[v.agency];
    const code = v.regionCode;
    if (code === null || !new RegExp(`^[0-9]{${digits}}0{${6 - digits}}$`).test(code) || /^0+$/.test(code.slice(0, digits)) || (digits === 4 && code.endsWith('0000'))) {
      throw new AuthError(`a ${v.agency} token needs region_code, the ${digits === 4 ? 'city' : 'province'}'s 6-digit division code ending in ${'0'.repeat(6 - digits)}`);
    }
    if (v.countyCode !== null || v.townshipCode !== null || v.schoolCode !== null) throw new AuthError(`a ${v.agency} token names no county, township or school`);
    return v;
  }
  if (v.regionCode !== null) throw new AuthError('region_code is for the city and province education departments only');
  let countyCode = v.countyCode;
  if (countyCode === null) {
    if (counties.length !== 1) throw new AuthError('the token names no county (county_code), and this hub serves several');
    countyCode = counties[0] as string;
  } else if (!counties.includes(countyCode)) throw new AuthError('the token names a county (county_code) this hub does not serve');
  if (v.townshipCode !== null && !v.townshipCode.startsWith(countyCode)) throw new AuthError('the token\'s township_code is not in its county (county_code)');
  return { ...v, countyCode };
}

function parseGrants(v: unknown): Grant[] {
  if (!Array.isArray(v)) return [];
  const out: Grant[] = [];
  for (const g of v as unknown[]) {
    if (typeof g !== 'object' || g === null) continue;
    const cls = (g as Record<string, unknown>)['class'];
    const access = (g as Record<string, unknown>)['access'];
    // The access log is never granted to partners, whatever a token says.
    if (cls !== 'AUDIT' && (FIELD_CLASSES as readonly string[]).includes(cls as string) && (access === 'R' || access === 'M')) {
      out.push({ class: cls as FieldClass, access });
    }
  }
  return out;
}
