/**
 * @module testing/random — the one seeded PRNG used by tests, fixtures and benchmarks, so a
 * failure or a figure reproduces.
 */

/**
 * mulberry32: a small, fast, deterministic generator of floats in [0, 1).
 *
 * @example
 * ```ts
 * const rnd = prng(42);
 * rnd(); // same sequence on every run
 * ```
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One element of `xs`, chosen by `rnd` (uniform). Throws on an empty list.
 *
 * @example
 * ```ts
 * pick(prng(1), ['a', 'b', 'c']); // same element on every run
 * ```
 */
export function pick<T>(rnd: () => number, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(rnd() * xs.length)] as T;
}
