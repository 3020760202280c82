/**
 * Private to `generateEnterprise`: its seeded pseudo-random source. No
 * `Math.random`: one mulberry32 stream drives every choice, so the same seed
 * gives the same set as long as the choices are drawn in the same order.
 *
 * @module
 */

/** A seeded stream of random numbers. */
export interface SeededRandom {
  /** The next float in [0, 1). */
  rand: () => number;
  /** The next integer in [0, n), drawn from one `rand()`. */
  pick: (n: number) => number;
}

/**
 * A seeded random source on mulberry32.
 *
 * @param seed - The seed (taken as an unsigned 32-bit integer).
 * @returns `rand` and `pick`, drawing from one shared stream.
 */
export function seededRandom(seed: number): SeededRandom {
  const rand = mulberry32(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  return { rand, pick };
}

/**
 * mulberry32: a small, fast, seedable 32-bit PRNG returning floats in [0, 1)
 * (the benches and the validate fixture test draw from it too).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
