import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CompactSign, compactVerify, createLocalJWKSet, errors as joseErrors, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';

/**
 * The hub's own key for access-log checkpoints (issue 10 item 1): Ed25519
 * (JWS alg EdDSA), a JWK set of which the first key with a private part signs
 * and every key verifies (rotation: add the new key first, keep the old ones
 * for the checkpoints they signed). AUDIT_SIGNING_KEY_FILE in production; in
 * development a key generated once under DATA_DIR, as the token keys
 * (src/access/auth.ts) and the ID-number keys (src/config.ts) are.
 *
 * This key is not the token key: a checkpoint attests the log, a token
 * grants access, and supervision is given only this public key.
 */
export const CHECKPOINT_ALG = 'EdDSA';
export const CHECKPOINT_TYP = 'access-log-checkpoint+jws';

export interface CheckpointKeys {
  /** Key id of the signing key. */
  kid: string;
  /** The public keys (what supervision keeps to check checkpoints outside the hub). */
  publicJwks: JSONWebKeySet;
  /** Signs a payload (compact JWS). */
  sign(payload: Uint8Array): Promise<string>;
  /** Checks a compact JWS against the key set; throws CheckpointSignatureError when it is not one of ours. */
  verify(jws: string): Promise<{ payload: Uint8Array; kid: string }>;
}

export class CheckpointSignatureError extends Error {}

export interface CheckpointKeyConfig {
  NODE_ENV: string;
  DATA_DIR: string;
  AUDIT_SIGNING_KEY_FILE?: string | undefined;
}

type StoredKey = JWK & { kid: string };

/** Reads the key set (or, outside production, creates the development key). Throws in production without AUDIT_SIGNING_KEY_FILE. */
export async function loadCheckpointKeys(config: CheckpointKeyConfig): Promise<CheckpointKeys> {
  let keys: StoredKey[];
  if (config.AUDIT_SIGNING_KEY_FILE) {
    keys = (JSON.parse(readFileSync(config.AUDIT_SIGNING_KEY_FILE, 'utf8')) as { keys: StoredKey[] }).keys;
  } else if (config.NODE_ENV === 'production') {
    throw new Error('AUDIT_SIGNING_KEY_FILE is required when NODE_ENV=production (the Ed25519 key that signs access-log checkpoints; npm run -s audit:key prints one)');
  } else {
    const file = path.resolve(config.DATA_DIR, 'dev-audit-key.json');
    if (existsSync(file)) keys = (JSON.parse(readFileSync(file, 'utf8')) as { keys: StoredKey[] }).keys;
    else {
      keys = [await newCheckpointKey('dev')];
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ keys }), { mode: 0o600 });
    }
  }
  return checkpointKeysFrom(keys);
}

/** A new Ed25519 key as a private JWK with a kid (for AUDIT_SIGNING_KEY_FILE: `{ "keys": [ … ] }`). */
export async function newCheckpointKey(prefix = 'audit'): Promise<StoredKey> {
  const { privateKey } = await generateKeyPair(CHECKPOINT_ALG, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `${prefix}-${Date.now().toString(36)}`, alg: CHECKPOINT_ALG, use: 'sig' };
}

export async function checkpointKeysFrom(keys: readonly StoredKey[]): Promise<CheckpointKeys> {
  const okp = keys.filter((k) => k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.kid === 'string');
  if (okp.length === 0) throw new Error('the checkpoint key set holds no Ed25519 key');
  const signer = okp.find((k) => typeof k.d === 'string');
  if (!signer) throw new Error('the checkpoint key set holds no private key to sign with');
  const publicJwks: JSONWebKeySet = { keys: okp.map((k) => ({ kty: 'OKP', crv: 'Ed25519', x: k.x as string, kid: k.kid, alg: CHECKPOINT_ALG, use: 'sig' })) };
  const local = createLocalJWKSet(publicJwks);
  const signingKey = await importJWK({ ...signer, alg: CHECKPOINT_ALG }, CHECKPOINT_ALG);
  return {
    kid: signer.kid,
    publicJwks,
    sign: (payload) => new CompactSign(payload).setProtectedHeader({ alg: CHECKPOINT_ALG, kid: signer.kid, typ: CHECKPOINT_TYP }).sign(signingKey),
    async verify(jws) {
      try {
        const { payload, protectedHeader } = await compactVerify(jws, local, { algorithms: [CHECKPOINT_ALG] });
        if (protectedHeader.typ !== CHECKPOINT_TYP) throw new CheckpointSignatureError('not an access-log checkpoint (typ)');
        return { payload, kid: protectedHeader.kid as string };
      } catch (e) {
        if (e instanceof CheckpointSignatureError) throw e;
        if (e instanceof joseErrors.JOSEError) throw new CheckpointSignatureError(e instanceof joseErrors.JWSSignatureVerificationFailed ? 'the signature does not verify with the hub\'s checkpoint key' : `not a checkpoint signed by the hub (${e.code})`);
        throw e;
      }
    },
  };
}

/**
 * The checkpoint keys of the hub serving a database. The HTTP app provides
 * them when it wires the audit routes (and `npm start` when it starts the
 * checkpointer); verifyAccessLog finds them by its database, as a resolver
 * has no config of its own.
 */
const byDatabase = new WeakMap<object, () => Promise<CheckpointKeys>>();

/** Makes the keys known for a database: loaded now (a promise) or on first use (a function). */
export function provideCheckpointKeys(db: object, keys: Promise<CheckpointKeys> | (() => Promise<CheckpointKeys>)): void {
  let loaded: Promise<CheckpointKeys> | undefined = typeof keys === 'function' ? undefined : keys;
  // A failure is reported where the keys are used, never as an unhandled rejection.
  loaded?.catch(() => undefined);
  byDatabase.set(db, () => (loaded ??= (keys as () => Promise<CheckpointKeys>)()));
}

export function checkpointKeysOf(db: object): Promise<CheckpointKeys> | undefined {
  return byDatabase.get(db)?.();
}

export function hasCheckpointKeys(db: object): boolean {
  return byDatabase.has(db);
}
