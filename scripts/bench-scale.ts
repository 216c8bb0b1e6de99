/**
 * Measurements behind docs/scale.md (issue 11): not a test. Run against the
 * services of scripts/ci-services.sh:
 *
 *   bash scripts/ci-services.sh up /tmp/hub-svc && source /tmp/hub-svc/env
 *   npx tsx scripts/bench-scale.ts [--storage-db postgresql://…/hub_bench_100000] [--n 2000]
 *   bash scripts/ci-services.sh down /tmp/hub-svc
 *
 * It measures, on this machine:
 *  1. one indexed read by primary key, sequentially (latency) and from 10
 *     clients (throughput): PostgreSQL directly, through pgbouncer in
 *     transaction mode, and on the streaming replica;
 *  2. replication: how long after a commit the replica has replayed it
 *     (single commits, and the end of a burst of 2,000);
 *  3. the costs read-your-writes adds: the WAL position after a write, a mark
 *     in Redis (raise) and the look-up on every read (get);
 *  4. a partner rate-limit take: this process's buckets vs the shared bucket in Redis;
 *  5. with --storage-db: bytes per child of a generated county, per table.
 * Writes bench-results/scale-<time>.json and prints a summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { LocalRateLimiter, RedisRateLimiter } from '../src/access/rate-limit';
import { parseLsn, RedisWriteMarks } from '../src/db/replicas';
import { closeSharedRedis, sharedRedis } from '../src/lib/redis';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = Number(arg('--n') ?? 2000);
const need = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is unset: bash scripts/ci-services.sh up DIR && source DIR/env`);
  return v;
};
const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

function stats(samplesUs: number[]) {
  const s = [...samplesUs].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
  return { n: s.length, p50Us: at(0.5), p90Us: at(0.9), p99Us: at(0.99) };
}

async function timed(n: number, f: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await f(i);
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return out;
}

async function throughput(clients: number, seconds: number, f: (i: number) => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; Date.now() < until; i += clients) {
        await f(i);
        done++;
      }
    }),
  );
  return Math.round(done / seconds);
}

async function main(): Promise<void> {
  const primaryServer = need('CI_REPLICA_PRIMARY_URL');
  const name = `hub_bench_scale_${process.pid}`;
  const admin = new pg.Client({ connectionString: primaryServer });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const urls = {
    direct: withDb(primaryServer, name),
    pgbouncer: withDb(need('CI_PGBOUNCER_URL'), name),
    replica: withDb(need('CI_READ_REPLICA_URL'), name),
  };
  const result: Record<string, unknown> = {
    kind: 'bench-scale',
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), loadAverage1m: os.loadavg()[0], node: process.version },
  };
  try {
    const direct = new pg.Pool({ connectionString: urls.direct, max: 10 });
    await direct.query('CREATE TABLE probe (id int PRIMARY KEY, county char(6) NOT NULL, payload text NOT NULL)');
    await direct.query("INSERT INTO probe SELECT g, '431124', repeat('x', 200) FROM generate_series(1, 100000) g");
    await direct.query('ANALYZE probe');
    const lsn = async (c: pg.Pool, sql: string) => parseLsn(((await c.query(sql)).rows[0] as { l: string }).l);
    const replica = new pg.Pool({ connectionString: urls.replica, max: 10 });
    for (let t0 = Date.now(); ; ) {
      try {
        const target = await lsn(direct, 'SELECT pg_current_wal_insert_lsn()::text AS l');
        if ((await lsn(replica, 'SELECT pg_last_wal_replay_lsn()::text AS l')) >= target) break;
      } catch {
        /* the new database is not on the replica yet */
      }
      if (Date.now() - t0 > 30000) throw new Error('the replica did not catch up');
      await new Promise((r) => setTimeout(r, 50));
    }
    const bouncer = new pg.Pool({ connectionString: urls.pgbouncer, max: 10 });

    // 1. one indexed read
    const read = (p: pg.Pool) => (i: number) => p.query('SELECT id, county, payload FROM probe WHERE id = $1', [(i * 7919) % 100000 + 1]);
    const reads: Record<string, unknown> = {};
    for (const [k, p] of Object.entries({ direct, pgbouncer: bouncer, replica })) {
      await timed(200, read(p)); // warm-up
      reads[k] = { sequential: stats(await timed(N, read(p))), rpsWith10Clients: await throughput(10, 3, read(p)) };
    }
    result['indexedRead'] = reads;

    // 2. replication delay after a commit
    const delays: number[] = [];
    for (let i = 0; i < 200; i++) {
      await direct.query('UPDATE probe SET payload = $2 WHERE id = $1', [i + 1, `y${i}`]);
      const target = await lsn(direct, 'SELECT pg_current_wal_insert_lsn()::text AS l');
      const t = process.hrtime.bigint();
      while ((await lsn(replica, 'SELECT pg_last_wal_replay_lsn()::text AS l')) < target) {
        /* poll */
      }
      delays.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    const burstT0 = Date.now();
    await Promise.all(Array.from({ length: 10 }, (_, c) => (async () => {
      for (let i = c; i < 2000; i += 10) await direct.query('UPDATE probe SET payload = $2 WHERE id = $1', [i + 1, `z${i}`]);
    })()));
    const burstEnd = await lsn(direct, 'SELECT pg_current_wal_insert_lsn()::text AS l');
    const burstCommitMs = Date.now() - burstT0;
    const tb = Date.now();
    while ((await lsn(replica, 'SELECT pg_last_wal_replay_lsn()::text AS l')) < burstEnd) await new Promise((r) => setTimeout(r, 1));
    result['replication'] = { afterOneCommit: stats(delays), burst: { commits: 2000, clients: 10, commitMs: burstCommitMs, replayedMsAfterLastCommit: Date.now() - tb } };

    // 3. read-your-writes costs
    const redisUrl = need('CI_REDIS_URL');
    const marks = new RedisWriteMarks(sharedRedis(redisUrl), `bench-${process.pid}:`);
    result['readYourWrites'] = {
      walPositionAfterWrite: stats(await timed(N, () => direct.query('SELECT pg_current_wal_insert_lsn()::text AS l'))),
      redisRaise: stats(await timed(N, (i) => marks.raise(`subject-${i % 100}`, BigInt(i), 5000))),
      redisGet: stats(await timed(N, (i) => marks.get(`subject-${i % 100}`))),
    };

    // 4. rate-limit take
    const limit = { capacity: 1e9, refillPerSecond: 1000 };
    const local = new LocalRateLimiter();
    const shared = new RedisRateLimiter(sharedRedis(redisUrl), `bench-${process.pid}:`, local, () => undefined);
    await timed(200, () => shared.take('warm', 1, limit));
    result['rateLimitTake'] = {
      local: stats(await timed(N, () => local.take('c', 1, limit))),
      redis: stats(await timed(N, () => shared.take('c', 1, limit))),
      redisTakesPerSecondWith10Callers: await throughput(10, 3, () => shared.take('c', 1, limit)),
    };
    await Promise.all([direct.end(), replica.end(), bouncer.end()]);

    // 5. storage per child of a generated county
    const storageDb = arg('--storage-db');
    if (storageDb) {
      const c = new pg.Client({ connectionString: storageDb });
      await c.connect();
      const children = Number((await c.query('SELECT count(*)::int AS n FROM "Child"')).rows[0].n);
      const tables = (await c.query(
        'SELECT relname AS t, n_live_tup::bigint AS rows, pg_total_relation_size(relid)::bigint AS bytes FROM pg_stat_user_tables ORDER BY 3 DESC',
      )).rows as Array<{ t: string; rows: string; bytes: string }>;
      const total = tables.reduce((n, t) => n + Number(t.bytes), 0);
      const log = tables.find((t) => t.t === 'AccessLog');
      await c.end();
      result['storage'] = {
        database: new URL(storageDb).pathname.slice(1),
        children,
        totalBytes: total,
        bytesPerChildWithoutAccessLog: Math.round((total - Number(log?.bytes ?? 0)) / children),
        accessLog: log ? { rows: Number(log.rows), bytesPerRecord: Math.round(Number(log.bytes) / Math.max(1, Number(log.rows))) } : null,
        tables: tables.slice(0, 15).map((t) => ({ table: t.t, rows: Number(t.rows), bytes: Number(t.bytes) })),
      };
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await closeSharedRedis();
  }
  const dir = path.resolve(__dirname, '../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `scale-${String(result['at']).replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-scale failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
