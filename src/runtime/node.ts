/**
 * @module prompt-bouncer/node — Node-only pieces: `serveBouncerNode` for your own `worker_threads`
 * module, and `nodeWorker` to start one. `createBouncer({ runtime: 'worker' })` uses the package's
 * own worker without either.
 *
 * @example
 * ```ts
 * // bouncer.worker.js
 * import { createBouncer } from 'prompt-bouncer';
 * import { serveBouncerNode } from 'prompt-bouncer/node';
 * serveBouncerNode((options) => createBouncer({ ...options, preset: 'recommended+models' }));
 * // main.js
 * const bouncer = await createBouncer({ runtime: 'worker', workers: 2, worker: new URL('./bouncer.worker.js', import.meta.url) });
 * ```
 */
export { nodeWorker, defaultNodeWorker, serveBouncerNode } from './node-worker.js';
