/**
 * @module prompt-bouncer/worker — the worker transport for your own worker module (the composition
 * root that decides what is bundled into the worker): `serveBouncer` inside a Web Worker; in Node
 * use `serveBouncerNode` from `prompt-bouncer/node`. `createBouncer({ runtime: 'worker', worker })`
 * is the other side.
 *
 * @example
 * ```ts
 * // bouncer.worker.ts
 * import { createBouncer } from 'prompt-bouncer';
 * import { serveBouncer } from 'prompt-bouncer/worker';
 * serveBouncer((options) => createBouncer({ ...options, preset: 'recommended+models' }));
 * ```
 */
export { serveBouncer, engineApi, type BouncerFactory } from './serve.js';
export { connectPool, type PoolOptions, type SpawnWorker, type WorkerHandle } from './connect.js';
export { browserWorker, defaultBrowserWorker } from './spawn.js';
export type { EngineApi, ScanReply, ScanRequest, ScannerInfo, WorkerBouncerOptions, Wire, WireError } from './protocol.js';
