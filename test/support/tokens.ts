import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeyStore, type KeyStore } from '../../src/access/auth';
import { isRegionalAgency, regionAbove, type Agency } from '../../src/access/policy';
import type { Grant } from '../../src/access/viewer';
import { loadConfig, type Config } from '../../src/config';

/** Personas: one token per agency kind, minted with jose at test time. */
export interface Persona {
  agency: Agency | 'PARTNER_APP';
  /** county_code (issue 11); unset: none in the token (a hub serving one county takes its own). */
  county?: string;
  /** region_code of the city or province; unset for them: the test county's city 431100 or province 430000. */
  region?: string;
  township?: string;
  school?: string;
  onBehalfOf?: Agency;
  clientId?: string;
  grants?: Grant[];
  subject?: string;
}

export const testConfigEnv = {
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  COUNTY_CODE: '431124',
  ID_ENCRYPTION_KEY: '0'.repeat(64),
  ID_HMAC_KEY: '1'.repeat(64),
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  // The access tests send query text with partner tokens (every document, every persona);
  // the partner contract itself (trusted documents only) is tested with this off.
  PARTNER_RAW_QUERIES: 'true',
};

let shared: Promise<{ keys: KeyStore; config: Config }> | undefined;

/** A key set generated once per test process (the development path of loadKeyStore). */
export function testKeys(): Promise<{ keys: KeyStore; config: Config }> {
  shared ??= (async () => {
    const config = loadConfig({ ...testConfigEnv, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'hub-keys-')) });
    return { keys: await loadKeyStore(config), config };
  })();
  return shared;
}

export async function mintToken(p: Persona, ttlSeconds = 600): Promise<string> {
  const { keys } = await testKeys();
  if (!keys.sign) throw new Error('test key store cannot sign');
  const claims: Record<string, unknown> = { sub: p.subject ?? `user-${p.agency.toLowerCase()}`, agency_kind: p.agency };
  if (p.county) claims['county_code'] = p.county;
  if (p.agency !== 'PARTNER_APP' && isRegionalAgency(p.agency)) {
    claims['region_code'] = p.region ?? regionAbove(p.agency, testConfigEnv.COUNTY_CODE);
  } else if (p.region) claims['region_code'] = p.region;
  if (p.township) claims['township_code'] = p.township;
  if (p.school) claims['school_code'] = p.school;
  if (p.agency === 'PARTNER_APP') {
    claims['client_id'] = p.clientId ?? 'test-client';
    claims['on_behalf_of'] = p.onBehalfOf;
    claims['grants'] = p.grants ?? [];
  }
  return keys.sign(claims, ttlSeconds);
}
