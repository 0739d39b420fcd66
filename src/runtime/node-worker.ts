/**
 * @module runtime/node-worker — the transport in Node: `worker_threads` workers speaking comlink.
 * `nodeWorker` starts one (the package's own entry or your module), `serveBouncerNode` is what your
 * worker module calls.
 */
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, parentPort } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Endpoint } from 'comlink';
import { WorkerError } from '../errors.js';
import type { WorkerHandle } from '../worker/connect.js';
import { serveBouncer, type BouncerFactory } from '../worker/serve.js';

function moduleUrl(module: string | URL): URL {
  if (module instanceof URL) return module;
  return /^file:/i.test(module) ? new URL(module) : pathToFileURL(resolvePath(module));
}

/**
 * Start a `worker_threads` worker running `module` (which calls {@link serveBouncerNode}).
 *
 * @example
 * ```ts
 * const handle = nodeWorker(new URL('./bouncer.worker.js', import.meta.url));
 * ```
 */
export function nodeWorker(module: string | URL): WorkerHandle {
  const url = moduleUrl(module);
  let worker: Worker;
  const tsTwin = url.pathname.endsWith('.js') && !existsSync(fileURLToPath(url)) ? new URL(url.href.replace(/\.js$/, '.ts')) : url;
  if (tsTwin.pathname.endsWith('.ts') && existsSync(fileURLToPath(tsTwin))) {
    // From the TypeScript sources (tests, `tsx` scripts) the emitted .js is not there: register
    // tsx in the worker, then import the .ts twin. The published package always has the .js.
    const ts = tsTwin.href;
    worker = new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(ts)}); });`, { eval: true });
  } else {
    if (!existsSync(fileURLToPath(url))) throw new WorkerError('WORKER_UNAVAILABLE', `worker module not found: ${fileURLToPath(url)}`);
    // Inherit the parent's flags (loaders, --conditions…) except those that only make sense for
    // the parent's own entry (`node --input-type=module -e …`).
    worker = new Worker(url, { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) });
  }
  // An idle pool never keeps the process alive; `setBusy` refs it while scans are in flight.
  worker.unref();
  let exited = false;
  let lastError = '';
  const listeners: Array<(reason: string) => void> = [];
  const exit = (reason: string): void => {
    if (exited) return;
    exited = true;
    for (const l of listeners) l(reason);
  };
  worker.on('error', (e: Error) => {
    lastError = e.message;
  });
  worker.on('exit', (code: number) => exit(lastError !== '' ? `worker error: ${lastError}` : `worker exited with code ${code}`));
  return {
    endpoint: nodeEndpoint(worker) as Endpoint,
    terminate: () => {
      void worker.terminate();
    },
    onExit: (l) => {
      listeners.push(l);
    },
    setBusy: (busy) => {
      if (busy) worker.ref();
      else worker.unref();
    },
  };
}

/** The package's own Node worker (builds `createBouncer` from the options and `preset`). */
export function defaultNodeWorker(): WorkerHandle {
  return nodeWorker(new URL('./node-worker-entry.js', import.meta.url));
}

/**
 * Serve a bouncer from this `worker_threads` worker. Call it once, at the top of your worker module.
 *
 * @example
 * ```ts
 * // bouncer.worker.js
 * import { createBouncer } from 'prompt-bouncer';
 * import { serveBouncerNode } from 'prompt-bouncer/node';
 * serveBouncerNode((options) => createBouncer({ ...options, scanners: myScanners() }));
 * ```
 */
export function serveBouncerNode(create: BouncerFactory): void {
  if (parentPort === null) throw new WorkerError('WORKER_UNAVAILABLE', 'serveBouncerNode must run inside a worker_threads worker');
  serveBouncer(create, nodeEndpoint(parentPort) as Endpoint);
}
