import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKeyStore, type KeyStore } from '../../src/access/auth';
import { loadConfig } from '../../src/config';
import { openPostgres } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { csvFile } from '../imports/files';
import { Scenario, TEST_COUNTY } from '../support/factories';
import { makeIdNumber } from '../support/ids';
import { testConfigEnv } from '../support/tokens';
import { answerOf, faultClusterOr, LoneCluster, postJson, until, within } from './support';

/**
 * Issue 10 item 6: the hub killed (-9) in the middle of an import. The hub is
 * the real one (`node --import tsx src/main.ts`, as `npm start`) in a process
 * of its own over a PostgreSQL cluster of the test's own. An import is one
 * transaction holding its job's advisory lock (src/imports/run.ts): killed,
 * nothing of the file is applied; at the next start the hub finds the job
 * RUNNING with its lock free and marks it FAILED; the same file then imports.
 */
const WHAT = 'the hub killed in the middle of an import (issue 10 item 6)';
const ROOT = path.resolve(__dirname, '../..');
const ROWS = 40_000;

if (faultClusterOr(WHAT)) {
  describe(WHAT, () => {
    let cluster: LoneCluster;
    let hubDbUrl: string;
    let dataDir: string;
    let keys: KeyStore;
    let file: string;
    const hubs: ChildProcess[] = [];

    beforeAll(async () => {
      cluster = await LoneCluster.up();
      hubDbUrl = await cluster.createDatabase('hub_import_faults');
      const db = openPostgres({ url: hubDbUrl, poolSize: 3 });
      try {
        await migrate(db);
        const villageCode = (await new Scenario(db).village(1, 1)).code;
        // A roll large enough to take a few seconds to import: the kill lands in the middle of it.
        const rows: string[][] = [['户编号', '成员姓名', '身份证号', '村代码']];
        for (let i = 0; i < ROWS; i++) {
          const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(i / 900) * 86400000).toISOString().slice(0, 10);
          rows.push([`P-${Math.floor(i / 4)}`, `成员${i}`, makeIdNumber(TEST_COUNTY, day, i % 900), villageCode]);
        }
        file = csvFile(rows, 'utf8');
      } finally {
        await db.close();
      }
      // The hub's token keys (development path: DATA_DIR/dev-jwks.json), made here so the test can sign with them.
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-faults-data-'));
      keys = await loadKeyStore(loadConfig({ ...testConfigEnv, DATA_DIR: dataDir }));
    }, 180_000);

    afterAll(async () => {
      for (const h of hubs) if (h.exitCode === null && h.signalCode === null) h.kill('SIGKILL');
      await cluster?.down();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (file) rmSync(file, { force: true });
    }, 60_000);

    /** The hub as `npm start` runs it, on a port of its own choosing; resolves with its URL once it listens. */
    async function startHub(): Promise<{ child: ChildProcess; base: string; exited: Promise<unknown> }> {
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        ...testConfigEnv,
        NODE_ENV: 'test',
        COUNTY_CODE: TEST_COUNTY,
        DATABASE_URL: hubDbUrl,
        DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        PORT: '0',
        HOST: '127.0.0.1',
      };
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      hubs.push(child);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let out = '';
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the hub did not start in 60 s:\n${out.slice(-2000)}`)), 60_000);
        const onData = (chunk: Buffer) => {
          out += chunk.toString();
          const url = /"msg":"hub listening"/.test(out) ? /"url":"(http:\/\/[^"]+)\/graphql"/.exec(out)?.[1] : undefined;
          if (url) {
            clearTimeout(timer);
            resolve(url);
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`the hub exited (${code ?? signal}) before listening:\n${out.slice(-2000)}`));
        });
      });
      return { child, base, exited };
    }

    const token = () => keys.sign?.({ sub: 'fupin-import', agency_kind: 'POVERTY_ALLEVIATION_OFFICE' }, 600) as Promise<string>;
    const upload = async (base: string) =>
      answerOf(
        await fetch(`${base}/imports/poverty-roll`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await token()}`, 'content-type': 'text/csv', 'x-file-name': encodeURIComponent('建档立卡名单.csv') },
          body: readFileSync(file),
        }),
      );
    const job = async (id: string) =>
      (await cluster.sql<{ status: string; message: string | null; insertedRows: number }>('SELECT "status", "message", "insertedRows" FROM "ImportJob" WHERE "id" = $1', [id], hubDbUrl))[0];
    const entries = async () => Number((await cluster.sql<{ n: string }>('SELECT count(*) AS n FROM "PovertyRollEntry"', [], hubDbUrl))[0]?.n);
    const hubBackends = async () => (await cluster.sql(`SELECT pid FROM pg_stat_activity WHERE datname = 'hub_import_faults' AND application_name LIKE 'kongchuo-hub%'`)).length;

    it('killed mid-import: nothing of the file applied; at the next start its job is FAILED; the same file imports', async () => {
      const first = await startHub();
      const started = await upload(first.base);
      expect(started.status).toBe(202);
      const jobId = (started.body as unknown as { job: { id: string; status: string } }).job.id;
      expect((await job(jobId))?.status).toBe('RUNNING');
      // The import's transaction is at work (rows going in, not yet committed): kill -9 the hub now.
      await until(
        async () => (await cluster.sql(`SELECT 1 FROM pg_stat_activity WHERE datname = 'hub_import_faults' AND state IN ('active', 'idle in transaction') AND query ILIKE '%PovertyRoll%'`)).length > 0,
        5000,
        "the import's statements",
        10,
      );
      first.child.kill('SIGKILL');
      await first.exited;
      // PostgreSQL rolls the transaction back once it sees the connection gone.
      await until(async () => (await hubBackends()) === 0, 15_000, "the killed hub's connections to close");
      expect(await entries()).toBe(0);
      expect((await job(jobId))?.status).toBe('RUNNING');

      const second = await startHub();
      try {
        // At start the hub closes the jobs nobody runs any more.
        const failed = await until(async () => ((await job(jobId))?.status === 'FAILED' ? await job(jobId) : undefined), 10_000, 'the interrupted job marked FAILED');
        expect(failed).toMatchObject({ status: 'FAILED', insertedRows: 0, message: expect.stringContaining('nothing was changed') });
        // Its uploader sees it so over GraphQL.
        const seen = await postJson(`${second.base}/graphql`, { query: 'query Job($id: ID!) { importJob(id: $id) { status insertedRows message } }', variables: { id: jobId } }, { authorization: `Bearer ${await token()}` });
        expect(seen.body?.data?.['importJob']).toMatchObject({ status: 'FAILED', insertedRows: 0 });
        expect(await entries()).toBe(0);

        // The same file again: not a duplicate of the failed job; it imports, whole.
        const again = await upload(second.base);
        expect([200, 202]).toContain(again.status);
        const againId = (again.body as unknown as { job: { id: string } }).job.id;
        const t0 = Date.now();
        const done = await until(async () => ((await job(againId))?.status !== 'RUNNING' ? await job(againId) : undefined), 90_000, 'the second import to finish', 200);
        process.stderr.write(`import of ${ROWS} rows took ${Date.now() - t0} ms\n`);
        expect(done).toMatchObject({ status: 'SUCCEEDED', insertedRows: ROWS });
        expect(await entries()).toBe(ROWS);
      } finally {
        // Stopped as an operator does (SIGTERM: drains, closes the database); afterAll kills what is left.
        second.child.kill('SIGTERM');
        await within(second.exited, 15_000, null);
      }
    }, 150_000);
  });
}
