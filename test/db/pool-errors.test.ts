import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const serverUrl = process.env.DATABASE_URL;
const ROOT = path.resolve(__dirname, '../..');

/*
 * Regression test. A pg.Pool without an 'error' listener turns a connection
 * that the server closes while idle in the pool (restart, failover,
 * pg_terminate_backend, DROP DATABASE … WITH (FORCE)) into an unhandled
 * EventEmitter 'error': the whole process dies. openPostgres() listens
 * (src/db/client.ts, onIdleError) since this was reported; the pool replaces
 * the connection. Run in a child process, since the failure is the process
 * crashing. PGlite has no connections to lose.
 */
(serverUrl ? test : test.skip)(
  'losing an idle pooled connection does not crash the process, and the pool recovers',
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-pool-'));
    try {
      const script = path.join(dir, 'idle-loss.ts');
      const name = `hub-idle-${randomBytes(4).toString('hex')}`;
      writeFileSync(
        script,
        `import { openPostgres } from ${JSON.stringify(path.join(ROOT, 'src/db/client'))};
(async () => {
  const url = ${JSON.stringify(serverUrl)};
  const db = openPostgres({ url, poolSize: 1, applicationName: ${JSON.stringify(name)} });
  await db.raw.query('SELECT 1'); // leaves one idle connection in the pool
  const admin = openPostgres({ url, poolSize: 1 });
  await admin.raw.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [${JSON.stringify(name)}]);
  await admin.close();
  await new Promise((r) => setTimeout(r, 300));
  console.log(JSON.stringify(await db.raw.query('SELECT 1 AS ok')));
  await db.close();
})();
`,
      );
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
      expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({ status: 0, stdout: '[{"ok":1}]' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
