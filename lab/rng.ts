// Seeded randomness for the agents (mulberry32 over a 32-bit state derived from the seed): the same
// scenario and seed give the same draws, hence the same txs.
export class Rng {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p >= 1 ? true : p <= 0 ? false : this.next() < p;
  }

  /** A 32-bit seed for a child stream (one per world), so that adding a world does not shift another's draws. */
  fork(label: number): Rng {
    return new Rng((Math.imul(this.s ^ (label + 1), 0x85ebca6b) ^ (label * 0xc2b2ae35)) >>> 0);
  }
}
