import { loadKeyStore } from './access/auth';
import { loadCheckpointKeys, provideCheckpointKeys } from './audit/checkpoint-keys';
import { Checkpointer } from './audit/checkpoints';
import { ConfigError, loadConfig, type Config } from './config';
import { loggableError } from './errors';
import { migrate, openDatabase, openMigrationDatabase } from './db';
import { ensureAllMonthlyPartitions, schedulePartitionMaintenance } from './db/partitions';
import { serveBackups } from './db/backup';
import { checkIdentifierKeys, IdentifierKeyMismatch } from './db/key-check';
import { tryNext } from './demo-hints';
import { IdentifierSealer } from './lib/crypto';
import { createLogger } from './logger';
import { generateCounty, isCountyEmpty } from './seed/generate-county';
import { startServer } from './server';

/** `npm start`: configure, migrate, seed the demo county on first start, serve, shut down cleanly. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(
    config,
    (e) => logger.warn({ err: loggableError(e) }, 'idle database connection lost'),
    undefined,
    (e) => logger.warn({ err: loggableError(e) }, 'connection lost during a read: sent once more'),
  );
  // Migrations and the demo seed run as the owner (MIGRATION_DATABASE_URL) when it is set; the hub serves as a role that owns nothing.
  const owner = openMigrationDatabase(config) ?? db;
  const sealer = new IdentifierSealer(config.idEncryptionKey, config.idHmacKey);
  // The keys must be the ones the database was sealed with (a restore without them, a DATA_DIR moved
  // without dev-keys.json): checked before anything is sealed, migrations' data steps included.
  try {
    await checkIdentifierKeys(owner, sealer);
  } catch (e) {
    if (!(e instanceof IdentifierKeyMismatch)) throw e;
    logger.fatal({ reason: e.message }, 'identifier keys do not match the database: not starting');
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  // With the keys: a migration's data step seals what an earlier version stored plain (src/db/data-steps.ts).
  const applied = await migrate(owner, undefined, { sealer });
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  // Monthly partitions (issue 11 item 5): this month's and the next ones', created by the owner, now and daily.
  const partitions = await ensureAllMonthlyPartitions(owner);
  if (partitions.created.length > 0) logger.info(partitions, 'partitions created');
  const keys = await loadKeyStore(config);
  // Access-log checkpoints (issue 10): the key is required in production, so a missing one stops start-up here.
  const checkpointKeys = await loadCheckpointKeys(config);
  provideCheckpointKeys(db, Promise.resolve(checkpointKeys));

  if (config.SEED_DEMO && (await isCountyEmpty(db))) {
    logger.info({ children: config.DEMO_CHILDREN, seed: config.DEMO_SEED }, 'empty database: generating the demo county');
    const summary = await generateCounty(owner, {
      children: config.DEMO_CHILDREN,
      seed: config.DEMO_SEED,
      countyCode: config.COUNTY_CODE,
      sealer,
    });
    logger.info({ elapsedMs: summary.elapsedMs }, 'demo county generated');
  }

  if (owner !== db) await owner.close();

  const server = await startServer({ config, db, sealer, logger, keys });
  const checkpointer = new Checkpointer({
    db, keys: checkpointKeys, countyCode: config.COUNTY_CODE, dataDir: config.DATA_DIR,
    every: config.AUDIT_CHECKPOINT_EVERY, minutes: config.AUDIT_CHECKPOINT_MINUTES, log: logger,
  });
  checkpointer.start();
  const partitionMaintenance = schedulePartitionMaintenance(
    async () => {
      const o = openMigrationDatabase(config);
      try {
        const r = await ensureAllMonthlyPartitions(o ?? db);
        if (r.created.length > 0) logger.info(r, 'partitions created');
      } finally {
        await o?.close();
      }
    },
    (e) => logger.error({ err: loggableError(e) }, 'creating the coming months\' partitions failed: rows of a month without one go to the DEFAULT partition; retried tomorrow'),
  );
  // The embedded database lives in this process: `npm run backup` asks it for a consistent dump over DATA_DIR/hub.sock.
  const backups = db.pglite ? await serveBackups(db.pglite, config.DATA_DIR, logger) : undefined;
  logger.info({ url: server.url, database: db.kind }, 'hub listening');
  if (config.NODE_ENV !== 'production') process.stdout.write(await tryNext(server.url, db, keys));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await server.close();
    // A last checkpoint of what was written before the stop.
    await checkpointer.close();
    await partitionMaintenance.close();
    await backups?.close();
    await db.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`start-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
