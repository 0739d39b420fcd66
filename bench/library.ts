/**
 * @module bench/library — the library the benchmarks time: the compiled package in `dist/` (what
 * users run; `npm run build` first), or the TypeScript sources through tsx with `BENCH_SRC=1`. The
 * tsx transform wraps every function for `keepNames`, which adds measurable per-call overhead, so
 * published latency figures come from `dist/`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public API, typed from the sources. */
export type Library = typeof import('../src/index.js') & typeof import('../src/scanners/index.js') & typeof import('../src/presets/index.js');

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
  // The core entry, the scanner catalogue and the presets, as one namespace.
  if (process.env.BENCH_SRC === '1') return { lib: { ...(await import('../src/index.js')), ...(await import('../src/scanners/index.js')), ...(await import('../src/presets/index.js')) }, build: 'src' };
  const url = new URL('../dist/index.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error('bench: dist/ is missing — run `npm run build` first (or set BENCH_SRC=1 to time the TypeScript sources through tsx)');
  const [core, scanners, presets] = await Promise.all(['index.js', 'scanners/index.js', 'presets/index.js'].map((f) => import(new URL(`../dist/${f}`, import.meta.url).href)));
  return { lib: { ...core, ...scanners, ...presets } as Library, build: 'dist' };
}
