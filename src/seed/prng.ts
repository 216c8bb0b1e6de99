/**
 * Seeded pseudo-random numbers for the demo-county generator: xoshiro128**
 * seeded through splitmix32. Same seed => same sequence on every machine
 * (32-bit integer arithmetic only), so generated data is reproducible.
 */

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a 32-bit hash of a string: derives sub-seeds and stable offsets without consuming randomness. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A cumulative-weight table for fast weighted picks. */
export interface Weighted<T> {
  items: T[];
  cumulative: number[];
  total: number;
}

/** Builds a weighted table from [item, weight] pairs. */
export function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): Weighted<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, w] of pairs) {
    total += w;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

/** Deterministic random source (xoshiro128**). */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private uuidSeq: number;

  constructor(seed: number, stream = '') {
    const next = splitmix32((seed | 0) ^ hash32(stream));
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    this.uuidSeq = next() >>> 4;
  }

  /** Next unsigned 32-bit integer. */
  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** Uniform float in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + this.float() * (hi - lo);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One element of a weighted table. */
  pickWeighted<T>(table: Weighted<T>): T {
    const x = this.float() * table.total;
    const cum = table.cumulative;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo] as T;
  }

  /** Approximately normal (sum of three uniforms), mean 0, sd 1. */
  normal(): number {
    return (this.float() + this.float() + this.float() - 1.5) * 2;
  }

  /**
   * A UUID in version-4 layout (version nibble 4, variant 10) whose first 32
   * bits count up from a seed-derived start and whose other 90 bits are
   * random ("COMB" style): unique, reproducible, and appended at the right
   * edge of B-tree indexes, which keeps bulk loads of millions of rows fast.
   */
  uuid(): string {
    const w0 = this.uuidSeq;
    this.uuidSeq = (this.uuidSeq + 1) >>> 0;
    const w1 = this.u32();
    const w2 = (this.u32() & 0x3fffffff) | 0x80000000; // variant 10xx
    const w3 = this.u32();
    const v1 = ((w1 & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    return (
      HEX[w0 >>> 24]! + HEX[(w0 >>> 16) & 255]! + HEX[(w0 >>> 8) & 255]! + HEX[w0 & 255]! + '-' +
      HEX[v1 >>> 24]! + HEX[(v1 >>> 16) & 255]! + '-' + HEX[(v1 >>> 8) & 255]! + HEX[v1 & 255]! + '-' +
      HEX[w2 >>> 24]! + HEX[(w2 >>> 16) & 255]! + '-' + HEX[(w2 >>> 8) & 255]! + HEX[w2 & 255]! +
      HEX[w3 >>> 24]! + HEX[(w3 >>> 16) & 255]! + HEX[(w3 >>> 8) & 255]! + HEX[w3 & 255]!
    );
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
