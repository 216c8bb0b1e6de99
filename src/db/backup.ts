import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './client';

/**
 * Backup and restore of both databases (issue 10 item 3). A backup file
 * holds the database only, as stored: ID numbers stay sealed (AES-256-GCM),
 * and no key is in it (ID_ENCRYPTION_KEY/ID_HMAC_KEY, token and checkpoint
 * keys live in the environment or under DATA_DIR, outside the database).
 * Keep the keys apart from the backups; a backup without its keys has no
 * readable ID number, and the keys without the backup have no data.
 *
 * PostgreSQL: `pg_dump --format=custom`, one snapshot (REPEATABLE READ), so it
 * is consistent while the hub serves; `pg_restore --single-transaction` into
 * an empty database, objects owned by whoever restores (the owner), no
 * grants: run `npm run db:roles -- --apply` after.
 *
 * PGlite: the embedded database lives inside the hub's process, and a second
 * process must not open its data directory. So while the hub runs, the backup
 * is asked of the hub itself, over a Unix socket under DATA_DIR (only the
 * hub's OS user can connect: mode 0600, as the data directory itself): the
 * hub checkpoints and dumps its data directory (PGlite's dumpDataDir, taken
 * between two statements under PGlite's own lock: a crash-consistent copy in
 * which every committed transaction is whole). When the hub is not running the
 * command opens the data directory itself. Restore refuses while the hub runs.
 *
 * Files are written aside and renamed when complete (never a half backup
 * under the real name), mode 0600.
 */
export class BackupError extends Error {}

export type BackupKind = 'postgres' | 'pglite';

/** The kind of a backup file, from its first bytes: pg_dump's custom format, or PGlite's gzipped tarball. */
export function backupKindOf(file: string): BackupKind {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupError(`${file} is not a backup of this hub (neither pg_dump's custom format nor a PGlite data directory)`);
}

/** Rows per table of the public schema (a restore is checked against its source with it); a partitioned table's rows are counted on the parent. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.raw.query<{ t: string }>(`SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`);
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = (await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t.replace(/"/g, '""')}"`))[0]?.n ?? 0;
  return out;
}

// ── PostgreSQL ────────────────────────────────────────────────────────────

/** A PostgreSQL client tool: PG_BIN_DIR, the PATH, then the newest /usr/lib/postgresql/<major>/bin. */
export function findPgTool(name: 'pg_dump' | 'pg_restore', binDir?: string): string {
  const candidates: string[] = [];
  if (binDir) candidates.push(path.join(binDir, name));
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, name));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const major of readdirSync(debian).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, major, 'bin', name));
  }
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) {
    throw new BackupError(
      `${name} was not found (PG_BIN_DIR, PATH, /usr/lib/postgresql/*/bin): install PostgreSQL's client tools of the server's major version or newer ` +
        `(Debian: apt-get install postgresql-client-15), or set PG_BIN_DIR to the folder that has ${name}`,
    );
  }
  return found;
}

/** The connection for libpq's tools, through the environment: a password never shows in the process list. */
export function pgEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE', 'PGSSLMODE', 'PGAPPNAME', 'PGSERVICE']) delete env[k];
  const host = u.searchParams.get('host') ?? u.hostname.replace(/^\[|\]$/g, '');
  if (host) env['PGHOST'] = decodeURIComponent(host);
  if (u.port) env['PGPORT'] = u.port;
  if (u.username) env['PGUSER'] = decodeURIComponent(u.username);
  if (u.password) env['PGPASSWORD'] = decodeURIComponent(u.password);
  env['PGDATABASE'] = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env['PGSSLMODE'] = sslmode;
  env['PGAPPNAME'] = 'kongchuo-hub-backup';
  return env;
}

function runWithUrl(tool: string, url: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'], env: pgEnv(url) });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (e) => reject(new BackupError(`${path.basename(tool)} could not run: ${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${path.basename(tool)} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`))));
  });
}

/** The major version of a client tool (pg_dump must be at least the server's). */
export function toolMajor(tool: string): number {
  const out = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  const m = /(\d+)(?:\.\d+)?/.exec(out.stdout ?? '');
  return m ? Number(m[1]) : 0;
}

export async function backupPostgres(url: string, file: string, binDir?: string): Promise<void> {
  const pgDump = findPgTool('pg_dump', binDir);
  const tmp = `${file}.partial`;
  try {
    await runWithUrl(pgDump, url, ['--format=custom', '--compress=6', `--file=${tmp}`]);
    chmodSync(tmp, 0o600);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Tables in the target's public schema (a restore goes into an empty database only). */
async function publicTables(db: Database): Promise<number> {
  const rows = await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  return rows[0]?.n ?? 0;
}

export async function restorePostgres(db: Database, url: string, file: string, binDir?: string): Promise<void> {
  if (backupKindOf(file) !== 'postgres') throw new BackupError(`${file} is a backup of an embedded (PGlite) database: restore it with DATABASE_URL unset`);
  if ((await publicTables(db)) > 0) {
    throw new BackupError('the target database is not empty: restore into a new database (createdb …) and point MIGRATION_DATABASE_URL/DATABASE_URL at it; nothing was changed');
  }
  const pgRestore = findPgTool('pg_restore', binDir);
  // Owned by whoever restores (the owner), without the source's grants: db:roles sets those again.
  const database = pgEnv(url)['PGDATABASE'] as string;
  await runWithUrl(pgRestore, url, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database}`, file]);
}

// ── PGlite ────────────────────────────────────────────────────────────────

export const BACKUP_SOCKET = 'hub.sock';
export const HUB_PID_FILE = 'hub.pid';

/** A dump of the embedded database: CHECKPOINT, then the data directory as a gzipped tarball. */
export async function dumpPglite(pglite: PGlite): Promise<Buffer> {
  await pglite.exec('CHECKPOINT');
  const blob = await pglite.dumpDataDir('gzip');
  return Buffer.from(await blob.arrayBuffer());
}

function writeAside(file: string, data: Buffer): void {
  const tmp = `${file}.partial`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

/** The hub's process id when it is running on this DATA_DIR (its pid file names a live process). */
export function runningHub(dataDir: string): number | null {
  const file = path.resolve(dataDir, HUB_PID_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/**
 * Serves backups of the hub's embedded database on DATA_DIR/hub.sock, and
 * marks DATA_DIR with the hub's pid. Protocol: the client sends `BACKUP\n`;
 * the hub answers `OK <bytes>\n` and the dump, or `ERR <message>\n`.
 */
export async function serveBackups(pglite: PGlite, dataDir: string, log?: { warn(o: object, msg: string): void }): Promise<{ close(): Promise<void> }> {
  const sock = path.resolve(dataDir, BACKUP_SOCKET);
  const pidFile = path.resolve(dataDir, HUB_PID_FILE);
  writeFileSync(pidFile, `${process.pid}\n`, { mode: 0o600 });
  if (existsSync(sock)) unlinkSync(sock); // a stale socket of a hub that did not stop cleanly
  const server = net.createServer((conn) => {
    let line = '';
    conn.setTimeout(10_000, () => conn.destroy());
    conn.on('data', (d: Buffer) => {
      line += d.toString('utf8');
      if (!line.includes('\n')) return;
      if (line.trim() !== 'BACKUP') {
        conn.end('ERR unknown request\n');
        return;
      }
      conn.setTimeout(0);
      dumpPglite(pglite).then(
        (dump) => {
          conn.write(`OK ${dump.length}\n`);
          conn.end(dump);
        },
        (e: unknown) => conn.end(`ERR ${e instanceof Error ? e.message : String(e)}\n`),
      );
    });
    conn.on('error', () => undefined);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(sock, () => resolve());
    });
    chmodSync(sock, 0o600);
  } catch (e) {
    log?.warn({ err: e instanceof Error ? e.message : String(e), socket: sock }, 'backup socket not available: npm run backup refuses while the hub runs');
  }
  return {
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(sock, { force: true });
      rmSync(pidFile, { force: true });
    },
  };
}

/** Asks the running hub for a dump over its socket. */
export function backupThroughHub(dataDir: string): Promise<Buffer> {
  const sock = path.resolve(dataDir, BACKUP_SOCKET);
  return new Promise((resolve, reject) => {
    const conn = net.connect(sock);
    const chunks: Buffer[] = [];
    conn.on('connect', () => conn.write('BACKUP\n'));
    conn.on('data', (d: Buffer) => chunks.push(d));
    conn.on('error', (e) => reject(new BackupError(`the hub's backup socket ${sock} did not answer: ${e.message}`)));
    conn.on('end', () => {
      const all = Buffer.concat(chunks);
      const nl = all.indexOf(0x0a);
      const header = all.subarray(0, nl < 0 ? all.length : nl).toString('utf8');
      if (header.startsWith('ERR ')) return reject(new BackupError(`the hub refused the backup: ${header.slice(4)}`));
      const m = /^OK (\d+)$/.exec(header);
      const body = all.subarray(nl + 1);
      if (!m || body.length !== Number(m[1])) return reject(new BackupError('the hub\'s backup came incomplete'));
      resolve(body);
    });
  });
}

/**
 * A backup of the embedded database under dataDir: through the running hub
 * when there is one, else by opening the data directory (no hub can start on
 * it meanwhile: PGlite holds it only in this process; the pid check refuses a
 * hub that has no socket).
 */
export async function backupPgliteDir(dataDir: string, file: string): Promise<'hub' | 'direct'> {
  const pgdata = path.resolve(dataDir, 'pgdata');
  if (!existsSync(pgdata)) throw new BackupError(`no embedded database under ${dataDir} (DATA_DIR)`);
  const pid = runningHub(dataDir);
  if (pid !== null) {
    if (!existsSync(path.resolve(dataDir, BACKUP_SOCKET))) throw new BackupError(`the hub (pid ${pid}) holds the embedded database and has no backup socket: stop it, or back up through it`);
    writeAside(file, await backupThroughHub(dataDir));
    return 'hub';
  }
  const pglite = await PGlite.create(pgdata);
  try {
    writeAside(file, await dumpPglite(pglite));
  } finally {
    await pglite.close();
  }
  return 'direct';
}

/** A backup of an open embedded database (the hub's own, or a test's). */
export async function backupPglite(pglite: PGlite, file: string): Promise<void> {
  writeAside(file, await dumpPglite(pglite));
}

/** Restores a PGlite backup into dataDir/pgdata, which must not exist; refused while a hub runs there. */
export async function restorePgliteDir(dataDir: string, file: string): Promise<void> {
  if (backupKindOf(file) !== 'pglite') throw new BackupError(`${file} is a pg_dump of a PostgreSQL server: restore it with DATABASE_URL set`);
  const pid = runningHub(dataDir);
  if (pid !== null) throw new BackupError(`the hub (pid ${pid}) is running on ${dataDir}: stop it first; nothing was changed`);
  const pgdata = path.resolve(dataDir, 'pgdata');
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
    throw new BackupError(`${pgdata} already holds a database: restore into a new DATA_DIR, or move that one aside; nothing was changed`);
  }
  const pglite = await PGlite.create(pgdata, { loadDataDir: new Blob([readFileSync(file)]) });
  await pglite.close();
}
