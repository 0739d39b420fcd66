/**
 * @module scanners/secrets/entropy — Shannon entropy and "is this value trivially non-random" checks
 * used by the secret rules to tell generated credentials from words, placeholders and keyboard runs.
 */

/**
 * Shannon entropy of `s` in bits per character (0 for the empty string). Counts UTF-16 code units,
 * which is exact for the ASCII alphabets secrets use.
 *
 * Why: a generated token spreads over its alphabet (36 random base62 chars ≈ 4.7 bits/char, 32 random
 * hex chars ≈ 3.8), while words, placeholders (`xxxx`, `changeme`) and repeated fragments stay low.
 *
 * @example
 * ```ts
 * shannonEntropy('aaaa');      // 0
 * shannonEntropy('abcd');      // 2
 * ```
 */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  // Secrets are ASCII: count in a small typed array, falling back to a Map for anything else.
  const ascii = new Uint32Array(128);
  let other: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) ascii[c] = (ascii[c] as number) + 1;
    else {
      other ??= new Map<number, number>();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  let h = 0;
  for (let c = 0; c < 128; c++) {
    const k = ascii[c] as number;
    if (k === 0) continue;
    const p = k / n;
    h -= p * Math.log2(p);
  }
  if (other !== undefined) {
    for (const k of other.values()) {
      const p = k / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

/**
 * Length of the longest run of characters that repeat (`aaaa`) or step by ±1 (`abcd`, `4321`).
 *
 * Why: placeholders are often typed as `1234567890abcdef` or `xxxxxxxx`; random tokens almost never
 * contain a run longer than 4.
 *
 * @example
 * ```ts
 * longestTrivialRun('ab1234567z'); // 7  ("1234567")
 * ```
 */
export function longestTrivialRun(s: string): number {
  if (s.length === 0) return 0;
  let best = 1;
  let same = 1;
  let step = 1;
  let dir = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    if (d === 1 || d === -1) {
      step = dir === d ? step + 1 : 2;
      dir = d;
    } else {
      step = 1;
      dir = 0;
    }
    best = Math.max(best, same, step);
  }
  return best;
}

/**
 * How many of the classes lower-case letter, upper-case letter, digit and other characters occur.
 *
 * @example
 * ```ts
 * charClassCount('abC1'); // 3
 * ```
 */
export function charClassCount(s: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/**
 * The entropy a random string of this length can be expected to clear, capped at `cap` bits/char.
 * Short strings cannot reach high per-character entropy (16 distinct characters at most give 4
 * bits), so a fixed threshold would reject short genuine tokens.
 *
 * @example
 * ```ts
 * entropyFloor(16); // 2.75
 * entropyFloor(40); // 3
 * ```
 */
export function entropyFloor(length: number, cap = 3): number {
  if (length <= 1) return 0;
  return Math.max(0, Math.min(cap, Math.log2(length) - 1.25));
}

/**
 * True when `value` looks generated rather than typed: entropy above the length-aware floor and no
 * long repeated or sequential run covering a large part of it.
 *
 * @example
 * ```ts
 * looksRandom('ghp0Qk7ZxT2mL9vB4nR8sW1c');  // true
 * looksRandom('xxxxxxxxxxxxxxxxxxxxxxxx');  // false
 * ```
 */
export function looksRandom(value: string, minEntropy = entropyFloor(value.length)): boolean {
  if (value.length === 0) return false;
  if (shannonEntropy(value) < minEntropy) return false;
  const run = longestTrivialRun(value);
  return run < Math.max(6, Math.ceil(value.length / 3));
}
