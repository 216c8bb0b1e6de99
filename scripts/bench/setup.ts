import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type pg from 'pg';
import { calendarOf } from '../../src/context';
import { DEMO_TODAY } from '../../src/seed/generate-county';
import type { FloorCalendar } from './floor';

/**
 * What the read benchmarks (bench-read, bench-peer) share: the bench county's
 * fixed parameters, the servers' clock and identifier keys, the hub's
 * production environment with a key set of its own, and the child ids the
 * by-id operations rotate over.
 */

export const SEED = 20261129;
export const COUNTY = '431124';
/** The servers' clock: the demo county's "today" (its current term's data), 08:00 UTC. */
export const NOW = new Date(DEMO_TODAY.getTime() + 8 * 3600 * 1000);
/** Identifier keys of the bench databases only (fixed so that a reused database stays readable). */
export const BENCH_ID_ENCRYPTION_KEY = '5a'.repeat(32);
export const BENCH_ID_HMAC_KEY = 'c3'.repeat(32);
/** The purpose the hub's requests state (X-Purpose). */
export const PURPOSE = 'ENROLLMENT_MANAGEMENT';
/** Child ids the by-id operations rotate over. */
export const DETAIL_IDS = 1000;
export const WARMUP_S = 2;
export const ROOT = path.resolve(__dirname, '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench-results');

export const out = (s = ''): void => {
  process.stdout.write(`${s}\n`);
};

/** A file-name-safe UTC timestamp, to the second. */
export function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
}

/** The calendar of NOW, as the floor's statements take it. */
export function benchCalendar(): FloorCalendar {
  const cal = calendarOf(NOW);
  return { schoolYear: cal.schoolYear, term: cal.term, termStart: cal.termStart.toISOString().slice(0, 10) };
}

export interface BenchEnv {
  /** The explicit environment of every server process (loadConfig of the hub; DATABASE_URL and pool size for the others). */
  env: Record<string, string>;
  /** Removes the temporary key directory. */
  cleanup(): void;
}

/**
 * The hub's production environment over the bench database: NODE_ENV=production wants
 * JWKS_FILE, so the bench makes its own ES256 key set in a temporary directory.
 */
export async function makeBenchEnv(databaseUrl: string, kid: string): Promise<BenchEnv> {
  const keyDir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const jwksFile = path.join(keyDir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] }), { mode: 0o600 });
  return {
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      DATA_DIR: keyDir,
      JWKS_FILE: jwksFile,
      ID_ENCRYPTION_KEY: BENCH_ID_ENCRYPTION_KEY,
      ID_HMAC_KEY: BENCH_ID_HMAC_KEY,
      COUNTY_CODE: COUNTY,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      DB_POOL_SIZE: '10',
    },
    cleanup: () => rmSync(keyDir, { recursive: true, force: true }),
  };
}

/** `count` children spread over the county, the same ones on every run (md5 order of the id). */
export async function spreadChildIds(client: pg.Client, count = DETAIL_IDS): Promise<string[]> {
  const r = await client.query<{ id: string }>(`SELECT id FROM "Child" WHERE "countyCode" = $1 ORDER BY md5(id::text) LIMIT ${Number(count)}`, [COUNTY]);
  return r.rows.map((x) => x.id);
}

/** Records in the hub's access log (it grows by one per hub request). */
export async function accessLogCount(client: pg.Client): Promise<number> {
  return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "AccessLog"')).rows[0]?.n ?? 0);
}
