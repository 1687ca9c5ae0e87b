/**
 * Seeded pseudo-random numbers. Every demo takes an `Rng` as an argument so that the same seed
 * gives the same run, in the unit tests and in the page.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal sample (Box–Muller). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** A fresh 32-bit seed drawn from this stream, for seeding tfjs ops or child generators. */
  seed(): number;
}

/** mulberry32: small, fast, and good enough for demos; state is one 32-bit integer. */
export function createRng(seed: number): Rng {
  let state = (Math.floor(seed) >>> 0) || 0x9e3779b9;
  let spare: number | null = null;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n: number) {
      return Math.floor(next() * n);
    },
    seed() {
      return Math.floor(next() * 4294967296) >>> 0;
    },
  };
}

/** Fisher–Yates shuffle of 0..n-1 driven by `rng`. */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
