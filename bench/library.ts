/**
 * @module bench/library — the library the benchmarks time: the compiled package in `dist/` (what
 * users run; `npm run build` first), or the TypeScript sources through tsx with `BENCH_SRC=1`. The
 * tsx transform wraps every function for `keepNames`, which adds measurable per-call overhead, so
 * published latency figures come from `dist/`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public API, typed from the sources. */
export type Library = typeof import('../src/index.js');

/**
 * Load the library to time, and say which build it is.
 *
 * @example
 * ```ts
 * const { lib, build } = await loadLibrary();
 * const bouncer = await lib.createBouncer({ scanners: lib.promptAttacks() });
 * ```
 */
export async function loadLibrary(): Promise<{ lib: Library; build: 'dist' | 'src' }> {
  if (process.env.BENCH_SRC === '1') return { lib: await import('../src/index.js'), build: 'src' };
  const url = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error('bench: dist/ is missing — run `npm run build` first (or set BENCH_SRC=1 to time the TypeScript sources through tsx)');
  return { lib: (await import(url.href)) as Library, build: 'dist' };
}
