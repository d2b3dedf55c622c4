// A small seeded PRNG (sfc32) for the simulation: deterministic for a given seed string.
import { createHash } from 'node:crypto';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    const h = createHash('sha256').update('marketchain-sim:' + seed).digest();
    this.a = h.readUInt32LE(0); this.b = h.readUInt32LE(4); this.c = h.readUInt32LE(8); this.d = h.readUInt32LE(12);
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() / 4294967296 < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[this.int(xs.length)]!;
  }

  /** bigint in [0, n) for n > 0 (n may exceed 2^53). */
  bigint(n: bigint): bigint {
    if (n <= 0n) return 0n;
    let x = 0n;
    for (let i = 0; i < 4; i++) x = (x << 32n) | BigInt(this.next());
    return x % n;
  }

  /** A fraction of `v`: v·k/1000 for k in [lo, hi] per mille. */
  part(v: bigint, loPermille: number, hiPermille: number): bigint {
    return (v * BigInt(this.range(loPermille, hiPermille))) / 1000n;
  }

  /** Weighted choice over [weight, value] pairs. */
  weighted<T>(xs: readonly (readonly [number, T])[]): T {
    const total = xs.reduce((s, [w]) => s + w, 0);
    let r = this.next() / 4294967296 * total;
    for (const [w, v] of xs) {
      if (r < w) return v;
      r -= w;
    }
    return xs[xs.length - 1]![1];
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.next() & 255;
    return out;
  }
}

/** The seed from SIM_SEED, or a fresh random one. */
export function simSeed(): string {
  return process.env.SIM_SEED && process.env.SIM_SEED.length > 0 ? process.env.SIM_SEED : createHash('sha256').update(String(process.hrtime.bigint()) + Math.random()).digest('hex').slice(0, 16);
}
