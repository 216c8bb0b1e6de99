import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { backupPgliteDir, backupPostgres, BackupError } from '../src/db/backup';

/**
 * `npm run backup -- <file>` (issue 10 item 3): the database into one file,
 * consistent while the hub serves.
 *   PostgreSQL (DATABASE_URL): pg_dump --format=custom, one snapshot, as the
 *     owner (MIGRATION_DATABASE_URL when set: the runtime role may not read
 *     every table).
 *   Embedded (DATA_DIR): through the running hub's backup socket, or, when no
 *     hub runs, from the data directory itself.
 * The file holds ciphertext ID numbers and no key; it is written aside and
 * renamed when complete, mode 0600, and never over an existing file.
 * Exit 0 when written, 1 otherwise.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new BackupError('usage: npm run backup -- <file>');
  const target = path.resolve(file);
  if (existsSync(target)) throw new BackupError(`${target} exists: a backup never overwrites one (name each by its date)`);
  const config = loadConfig();
  const started = Date.now();
  let how: string;
  if (config.DATABASE_URL !== undefined) {
    await backupPostgres(config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL, target, config.PG_BIN_DIR);
    how = 'PostgreSQL, pg_dump --format=custom (one snapshot)';
  } else {
    const via = await backupPgliteDir(config.DATA_DIR, target);
    how = via === 'hub' ? 'embedded database, through the running hub' : 'embedded database, directly (no hub running)';
  }
  const size = statSync(target).size;
  process.stdout.write(`backup written: ${target} (${(size / 1024 / 1024).toFixed(1)} MB, ${how}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n` +
    'it holds no key: keep ID_ENCRYPTION_KEY/ID_HMAC_KEY (and DATA_DIR\'s key files) safe elsewhere, or the ID numbers in it cannot be read\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`backup failed: ${e instanceof BackupError || e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
