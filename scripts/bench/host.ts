import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { AuditWriter } from '../../src/audit/writer';
import type { AccessRecord } from '../../src/audit/chain';
import { auditPlugin } from '../../src/audit/plugin';
import { applyShield } from '../../src/access/shield';
import { buildSlice } from '../../src/access/slices';
import { cellsFor } from '../../src/access/viewer';
import { loadKeyStore } from '../../src/access/auth';
import { loadConfig } from '../../src/config';
import { openPostgres, type Database } from '../../src/db/client';
import { buildFullSchema } from '../../src/graphql/schema';
import { IdentifierSealer } from '../../src/lib/crypto';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/server';
import { startBareServer } from './bare';
import { startFloorServer } from './floor';
import { failStart, serveParent } from './ipc';
import type { HostSpec } from './types';

/**
 * One server under test, in its own process (forked by scripts/bench/hosts.ts
 * for bench-read and bench-peer) so that autocannon's load generation does not
 * share the server's event loop: the hub, bare (and its breakdown variants)
 * or the floor. Reports {type: 'ready', url, token?} over IPC; answers
 * {type: 'cpu'} with its CPU time and SQL statement count so far; {type: 'stop'}
 * closes the server and exits (scripts/bench/ipc.ts). PostGraphile has its own
 * host, scripts/bench/postgraphile-host.ts.
 */

/** An access-log writer that writes nothing (breakdown variant hub-noaudit). */
class NoopAuditWriter extends AuditWriter {
  override append(_record: AccessRecord): Promise<void> {
    return Promise.resolve();
  }
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as HostSpec;
  const config = loadConfig(spec.env);
  const now = new Date(spec.now);
  const clock = () => now;
  const sealer = new IdentifierSealer(config.idEncryptionKey, config.idHmacKey);
  const logger = createLogger(config.LOG_LEVEL);
  const dbOpts = {
    url: config.DATABASE_URL as string,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
    preparedStatements: config.DB_PREPARED_STATEMENTS,
    applicationName: `bench-${spec.kind}`,
  };
  let db: Database | undefined;
  let close: () => Promise<void>;
  let url: string;
  let token: string | null = null;

  if (spec.kind === 'postgraphile') {
    throw new Error('PostGraphile runs in scripts/bench/postgraphile-host.ts');
  } else if (spec.kind === 'floor') {
    const floor = await startFloorServer({
      url: dbOpts.url,
      poolSize: dbOpts.poolSize,
      countyCode: config.COUNTY_CODE,
      calendar: spec.calendar,
      statementTimeoutMs: dbOpts.statementTimeoutMs,
    });
    url = floor.url;
    close = () => floor.close();
  } else if (spec.kind === 'hub' || spec.kind === 'hub-noaudit') {
    db = openPostgres({
      ...dbOpts,
      // Read replicas as in production (src/db/index.ts openDatabase); none unless DATABASE_READ_URLS is set (bench:scale).
      readUrls: config.DATABASE_READ_URLS,
      maxReplicaLagMs: config.READ_REPLICA_MAX_LAG_MS,
      replicaCheckMs: config.READ_REPLICA_CHECK_MS,
      onIdleError: (e) => logger.warn({ err: e.message }, 'idle database connection lost'),
    });
    const keys = await loadKeyStore(config);
    if (!keys.sign) throw new Error('the bench key set has no private key');
    // The home county's bureau (COUNTY_CODE): a hub serving several counties (COUNTY_CODES) needs the token to name one.
    token = await keys.sign({ sub: 'bench-bureau', agency_kind: 'EDUCATION_BUREAU', county_code: config.COUNTY_CODE }, 6 * 3600);
    const hub = await startServer({
      config,
      db,
      sealer,
      logger,
      keys,
      now: clock,
      ...(spec.kind === 'hub-noaudit' ? { audit: new NoopAuditWriter(db) } : {}),
    });
    url = hub.url;
    close = () => hub.close();
  } else {
    db = openPostgres(dbOpts);
    const full = buildFullSchema();
    const slice = () => buildSlice(full, cellsFor({ agency: 'EDUCATION_BUREAU', grants: null }));
    const bare = await startBareServer({
      config,
      db,
      sealer,
      now: clock,
      ...(spec.kind === 'bare+slice' ? { schema: slice() } : {}),
      ...(spec.kind === 'bare+shield' ? { schema: applyShield(slice()), purpose: 'ENROLLMENT_MANAGEMENT' as const } : {}),
      ...(spec.kind === 'bare+audit' ? { plugins: [auditPlugin(new AuditWriter(db), logger)], purpose: 'ENROLLMENT_MANAGEMENT' as const } : {}),
      ...(spec.kind === 'bare-nocc' ? { plugins: [ApolloServerPluginCacheControlDisabled()] } : {}),
    });
    url = bare.url;
    close = () => bare.close();
  }

  serveParent({
    url,
    token,
    async close() {
      await close().catch(() => undefined);
      await db?.close().catch(() => undefined);
    },
  });
}

main().catch(failStart);
