import type { Redis } from 'ioredis';
import { redisReady, sharedRedis } from '../lib/redis';

/**
 * Token buckets of cost points (issue 6 "Partner contract": per-client rate
 * limits). Each client's bucket holds up to `capacity` points and gains
 * `refillPerSecond` points a second; an operation takes the points its cost
 * (src/graphql/limits.ts) says.
 *
 * Where the buckets live (issue 11): with REDIS_URL, in Redis, one bucket per
 * client for all hub instances (RedisRateLimiter: one atomic script per
 * request, on Redis's clock), so N instances give a partner its limit once.
 * Without it, in this process's memory (one instance; development). Why Redis
 * and not PostgreSQL: a bucket changes on every partner request, reads
 * included; in PostgreSQL that is a row update on the primary per read (WAL,
 * replication, vacuum) and a new table the least-privilege role must be
 * granted, for state that is worth nothing after a minute. Redis down: each
 * process falls back to its own buckets (the limit holds per instance, up to
 * N times in all) and says so once per outage; requests are not refused for it.
 */
export interface BucketLimit {
  capacity: number;
  refillPerSecond: number;
}

export type TakeResult =
  | { ok: true; remaining: number }
  /** retryAfterSeconds: whole seconds until the bucket holds `cost` (null when cost exceeds the capacity: never). */
  | { ok: false; remaining: number; retryAfterSeconds: number | null };

export class TokenBuckets {
  private readonly buckets = new Map<string, { points: number; atMs: number }>();

  /** Takes `cost` points from `key`'s bucket at time `nowMs` (a monotonic clock), or says how long to wait. */
  take(key: string, cost: number, limit: BucketLimit, nowMs: number): TakeResult {
    const b = this.buckets.get(key) ?? { points: limit.capacity, atMs: nowMs };
    const elapsedS = Math.max(0, nowMs - b.atMs) / 1000;
    const points = Math.min(limit.capacity, b.points + elapsedS * limit.refillPerSecond);
    if (cost <= points) {
      this.buckets.set(key, { points: points - cost, atMs: nowMs });
      return { ok: true, remaining: Math.floor(points - cost) };
    }
    this.buckets.set(key, { points, atMs: nowMs });
    if (cost > limit.capacity) return { ok: false, remaining: Math.floor(points), retryAfterSeconds: null };
    return { ok: false, remaining: Math.floor(points), retryAfterSeconds: Math.max(1, Math.ceil((cost - points) / limit.refillPerSecond)) };
  }
}

/** Where buckets are kept: this process (LocalRateLimiter) or Redis, shared by every instance (RedisRateLimiter). */
export interface RateLimiter {
  take(key: string, cost: number, limit: BucketLimit): Promise<TakeResult>;
}

/** This process's buckets, on a monotonic clock. */
export class LocalRateLimiter implements RateLimiter {
  private readonly buckets = new TokenBuckets();
  constructor(private readonly clock: () => number = () => performance.now()) {}
  take(key: string, cost: number, limit: BucketLimit): Promise<TakeResult> {
    return Promise.resolve(this.buckets.take(key, cost, limit, this.clock()));
  }
}

/*
 * The same bucket arithmetic as TokenBuckets.take, atomically in Redis, on
 * Redis's clock (one clock for every instance). The bucket is a hash
 * {p: points, t: ms}; it expires once it would be full again (a missing
 * bucket is a full one). Returns {taken 0|1, points as text}.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cost, cap, rate = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'p', 't')
local points, at = tonumber(b[1]), tonumber(b[2])
if points == nil or at == nil then points = cap; at = now end
points = math.min(cap, points + math.max(0, now - at) / 1000 * rate)
local taken = 0
if cost <= points then points = points - cost; taken = 1 end
redis.call('HSET', KEYS[1], 'p', string.format('%.17g', points), 't', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(cap / rate * 1000) + 60000)
return {taken, string.format('%.17g', points)}`;

/** Buckets in Redis, shared by every hub instance; this process's own while Redis is away. */
export class RedisRateLimiter implements RateLimiter {
  private sha: string | undefined;
  private down = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly fallback: RateLimiter = new LocalRateLimiter(),
    /** Told when Redis goes away (the error) and when it is back (null). */
    private readonly onFallback: (e: Error | null) => void = reportFallback,
  ) {}

  async take(key: string, cost: number, limit: BucketLimit): Promise<TakeResult> {
    let reply: [number, string];
    try {
      if (!(await redisReady(this.redis))) throw new Error(`Redis is not connected (${this.redis.status})`);
      reply = await this.run(`${this.prefix}rl:${key}`, cost, limit);
    } catch (e) {
      if (!this.down) {
        this.down = true;
        this.onFallback(e instanceof Error ? e : new Error(String(e)));
      }
      return this.fallback.take(key, cost, limit);
    }
    if (this.down) {
      this.down = false;
      this.onFallback(null);
    }
    const points = Number(reply[1]);
    if (reply[0] === 1) return { ok: true, remaining: Math.floor(points) };
    if (cost > limit.capacity) return { ok: false, remaining: Math.floor(points), retryAfterSeconds: null };
    return { ok: false, remaining: Math.floor(points), retryAfterSeconds: Math.max(1, Math.ceil((cost - points) / limit.refillPerSecond)) };
  }

  private async run(bucket: string, cost: number, limit: BucketLimit): Promise<[number, string]> {
    const args = [String(cost), String(limit.capacity), String(limit.refillPerSecond)];
    if (this.sha !== undefined) {
      try {
        return (await this.redis.evalsha(this.sha, 1, bucket, ...args)) as [number, string];
      } catch (e) {
        if (!String((e as Error).message).includes('NOSCRIPT')) throw e;
      }
    }
    this.sha = (await this.redis.script('LOAD', TAKE_SCRIPT)) as string;
    return (await this.redis.evalsha(this.sha, 1, bucket, ...args)) as [number, string];
  }
}

function reportFallback(e: Error | null): void {
  if (e) process.emitWarning(`partner rate limits: Redis unreachable (${e.message}); each hub instance counts on its own until it is back`, 'RateLimitFallback');
  else process.emitWarning('partner rate limits: Redis is back; buckets are shared again', 'RateLimitFallback');
}

/** The configured limiter: shared through Redis when REDIS_URL is set, else this process's. */
export function rateLimiterFor(config: { REDIS_URL?: string | undefined; REDIS_KEY_PREFIX: string }, clock?: () => number): RateLimiter {
  const local = new LocalRateLimiter(clock);
  if (config.REDIS_URL === undefined) return local;
  return new RedisRateLimiter(sharedRedis(config.REDIS_URL), config.REDIS_KEY_PREFIX, local);
}
