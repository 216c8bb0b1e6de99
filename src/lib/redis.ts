import { Redis } from 'ioredis';

/**
 * One Redis connection per URL per process, for the state hub instances
 * share (issue 11): partner rate-limit buckets (src/access/rate-limit.ts) and
 * each caller's last write, for read-your-writes (src/db/replicas.ts).
 *
 * Fail fast, never wait: no offline queue and no retries per command, so
 * while Redis is away a command fails at once and the caller takes its
 * fallback (its own buckets; the primary for reads); the connection comes
 * back by itself in the background. The socket never keeps the process alive.
 */
const clients = new Map<string, Redis>();

export function sharedRedis(url: string): Redis {
  let c = clients.get(url);
  if (c) return c;
  c = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  // Each caller reports its own fallback; without a listener ioredis prints every reconnect error.
  c.on('error', () => undefined);
  const client = c;
  client.on('connect', () => (client as unknown as { stream?: { unref?: () => void } }).stream?.unref?.());
  clients.set(url, c);
  return c;
}

/**
 * Resolves true once the connection is ready, false at once when it is
 * reconnecting after a loss (Redis is away: take the fallback now), or after
 * `waitMs` while a first connection is still being made.
 */
export async function redisReady(c: Redis, waitMs = 1000): Promise<boolean> {
  if (c.status === 'ready') return true;
  if (c.status !== 'connecting' && c.status !== 'connect' && c.status !== 'wait') return false;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      c.off('ready', onReady);
      c.off('error', onError);
      resolve(ok);
    };
    const onReady = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), waitMs);
    timer.unref();
    c.once('ready', onReady);
    c.once('error', onError);
  });
}

/** Closes every shared connection (tests, shutdown). */
export async function closeSharedRedis(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map((c) => c.quit().catch(() => c.disconnect())));
}
