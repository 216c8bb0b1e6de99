/**
 * Token buckets of cost points (issue 6 "Partner contract": per-client rate
 * limits). Each client's bucket holds up to `capacity` points and gains
 * `refillPerSecond` points a second; an operation takes the points its cost
 * (src/graphql/limits.ts) says. Kept in this process's memory: with several
 * hub instances behind a load balancer each holds its own buckets, so a
 * client gets up to N × its limit (README "Partner apps").
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
