/**
 * @module bench/library — the library the benchmarks time: the compiled package in `dist/` (what
 * users run; `npm run build` first), or the TypeScript sources through tsx with `BENCH_SRC=1`. The
 * tsx transform wraps every function for `keepNames`, which adds measurable per-call overhead, so
 * published latency figures come from `dist/`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  return { lib: await loadBuild('dist'), build: 'dist' };
}

/**
 * One compiled build of the library (a `tsc` output folder: `dist/`, or a copy of an older build),
 * as one namespace. `dir` is absolute or relative to the repository root; it must sit inside the
 * repository so its imports resolve to our node_modules.
 *
 * @example
 * ```ts
 * const base = await loadBuild('.ab-base');
 * ```
 */
export async function loadBuild(dir: string): Promise<Library> {
  const abs = resolve(fileURLToPath(new URL('..', import.meta.url)), dir);
  if (!existsSync(join(abs, 'index.js'))) throw new Error(`bench: ${abs}/index.js is missing — run \`npm run build\` first (or set BENCH_SRC=1 to time the TypeScript sources through tsx)`);
  const [core, scanners, presets] = await Promise.all(['index.js', 'scanners/index.js', 'presets/index.js'].map((f) => import(pathToFileURL(join(abs, f)).href)));
  return { ...core, ...scanners, ...presets } as Library;
}
