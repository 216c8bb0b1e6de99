import { verifyChain } from '../src/audit/writer';
import { ConfigError, loadConfig } from '../src/config';
import { isMigrated } from '../src/db';
import { BackupError, backupKindOf, restorePgliteDir, restorePostgres, rowCounts } from '../src/db/backup';
import { openPglite, openPostgres, type Database } from '../src/db/client';
import path from 'node:path';

/**
 * `npm run restore -- <file>` (issue 10 item 3): a backup into an EMPTY
 * database, then checked: rows per table and the access log's hash chain.
 *   PostgreSQL: into the database of MIGRATION_DATABASE_URL (else
 *     DATABASE_URL), which must have no tables; then `npm run db:roles -- --apply`.
 *   Embedded: into DATA_DIR/pgdata, which must not exist; refused while a hub runs there.
 * Never replaces data: a non-empty target is refused and nothing changes.
 * Exit 0 when restored and the chain verifies, 2 when restored but the chain does not, 1 on failure.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) throw new BackupError('usage: npm run restore -- <file>');
  const source = path.resolve(file);
  const kind = backupKindOf(source);
  const config = loadConfig();
  let db: Database;
  if (config.DATABASE_URL !== undefined) {
    if (kind !== 'postgres') throw new BackupError(`${source} is a backup of an embedded database: restore it with DATABASE_URL unset (into DATA_DIR)`);
    const url = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
    db = openPostgres({ url, poolSize: 2, statementTimeoutMs: 600_000 });
    await restorePostgres(db, url, source, config.PG_BIN_DIR);
  } else {
    if (kind !== 'pglite') throw new BackupError(`${source} is a pg_dump of a PostgreSQL server: restore it with DATABASE_URL set`);
    await restorePgliteDir(config.DATA_DIR, source);
    db = await openPglite(config.DATA_DIR);
  }
  try {
    const counts = await rowCounts(db);
    const chain = await verifyChain(db);
    process.stdout.write(`restored ${source}\n${Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `  ${t}: ${n}`).join('\n')}\n`);
    process.stdout.write(`access log: ${chain.ok ? `intact, ${chain.checked} records` : `BROKEN at record ${chain.firstBrokenId}: ${chain.reason}`}\n`);
    if (!(await isMigrated(db))) process.stdout.write('the backup is older than this build: its migrations are applied at the next start\n');
    if (config.DATABASE_URL !== undefined) process.stdout.write('next: npm run db:roles -- --apply (the restore carries no grants)\n');
    if (!chain.ok) process.exitCode = 2;
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`restore failed: ${e instanceof BackupError || e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
