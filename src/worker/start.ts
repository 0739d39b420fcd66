/**
 * @module worker/start — `createBouncer({ runtime })` in worker mode: decides whether a pool can
 * start here (a browser with `Worker`, Node with `worker_threads`; not workerd, Deno Deploy or a
 * content script without workers) and whether the options can cross to it, then connects.
 */
import { ConfigError, WorkerError } from '../errors.js';
import type { Bouncer, BouncerOptions, WorkerSource } from '../types.js';
import { connectPool, type SpawnWorker } from './connect.js';
import type { WorkerBouncerOptions } from './protocol.js';
import { isNodeLike } from '../runtime/detect.js';

/**
 * The whole-scan budget in worker mode when `scanTimeoutMs` is not set: a worker that silently
 * stops answering (it closed itself, the tab throttled it to death) is detected by this at the
 * latest, so no scan can hang forever. Generous: a 5 MB prompt with every model fits in it.
 */
export const DEFAULT_WORKER_SCAN_TIMEOUT_MS = 120_000;

/** Largest pool `workers` accepts. */
export const MAX_WORKERS = 16;

function hasWebWorker(): boolean {
  return typeof (globalThis as { Worker?: unknown }).Worker === 'function';
}

/** Why the options cannot cross to the default worker, or undefined when they can. */
function notTransferable(o: BouncerOptions): string | undefined {
  if (o.scanners !== undefined && o.worker === undefined) return 'scanner objects cannot be sent to a worker (use `preset`, or a `worker` module that builds them)';
  if (o.vault?.storage !== undefined) return 'a custom vault.storage cannot be sent to a worker (use the store, or build the vault in your worker module)';
  if (o.models?.source !== undefined) return 'a custom models.source cannot be sent to a worker (use models.baseUrl or models.files, or build the source in your worker module)';
  return undefined;
}

/** The options sent to every worker: plain data only, base URLs made absolute. */
function workerOptions(o: BouncerOptions): WorkerBouncerOptions {
  const { scanners: _s, runtime: _r, workers: _w, worker: _k, scanTimeoutMs: _t, ...rest } = o;
  const base = rest.models?.baseUrl;
  const href = (globalThis as { location?: { href?: string } }).location?.href;
  if (base !== undefined && href !== undefined) return { ...rest, models: { ...rest.models, baseUrl: new URL(base, href).href } };
  return rest;
}

async function spawner(source: WorkerSource | undefined): Promise<SpawnWorker | undefined> {
  // Deno and Bun count as Node here: both have worker_threads.
  if (isNodeLike()) {
    const { nodeWorker, defaultNodeWorker } = await import('../runtime/node-worker.js');
    if (source === undefined) return defaultNodeWorker;
    if (typeof source === 'function') throw new ConfigError('in Node, `worker` must be the URL or path of a module that calls serveBouncerNode');
    return () => nodeWorker(source);
  }
  if (!hasWebWorker()) return undefined;
  const { browserWorker, defaultBrowserWorker } = await import('./spawn.js');
  if (source === undefined) return defaultBrowserWorker;
  if (typeof source === 'function') return () => browserWorker(source);
  return () => browserWorker(() => new Worker(source, { type: 'module' }));
}

/**
 * Start a worker pool for `createBouncer`, or return undefined where `runtime: 'auto'` should run
 * in-thread. `runtime: 'worker'` throws `WORKER_UNAVAILABLE` instead of falling back.
 */
export async function startWorkers(o: BouncerOptions, required: boolean): Promise<Bouncer | undefined> {
  const size = o.workers ?? 1;
  if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) throw new ConfigError(`workers must be an integer from 1 to ${MAX_WORKERS}`);
  if (o.scanTimeoutMs !== undefined && !(typeof o.scanTimeoutMs === 'number' && o.scanTimeoutMs > 0 && Number.isFinite(o.scanTimeoutMs))) throw new ConfigError('scanTimeoutMs must be a positive number');
  if (size > 1 && (o.store !== undefined || o.vault !== undefined)) throw new ConfigError('a store or vault needs a single worker (one SQLite writer): set workers to 1');
  const why = notTransferable(o);
  if (why !== undefined) {
    if (required) throw new WorkerError('WORKER_UNAVAILABLE', why);
    return undefined;
  }
  let spawn: SpawnWorker | undefined;
  try {
    spawn = await spawner(o.worker);
  } catch (e) {
    // workerd with nodejs_compat looks like Node but has no worker_threads: 'auto' runs in-thread.
    if (e instanceof ConfigError || required) throw e instanceof ConfigError ? e : new WorkerError('WORKER_UNAVAILABLE', `no worker can start here: ${(e as Error).message}`, { cause: e });
    return undefined;
  }
  if (spawn === undefined) {
    if (required) throw new WorkerError('WORKER_UNAVAILABLE', 'no Worker constructor and no worker_threads in this runtime');
    return undefined;
  }
  try {
    return await connectPool(spawn, { size, options: workerOptions(o), scanTimeoutMs: o.scanTimeoutMs ?? DEFAULT_WORKER_SCAN_TIMEOUT_MS });
  } catch (e) {
    // 'auto' runs in-thread where a worker cannot start (a CSP that forbids workers, a module that
    // fails to load); configuration errors from the worker's factory still throw.
    if (!required && e instanceof WorkerError) return undefined;
    throw e;
  }
}
