/**
 * @module runtime/node-worker-entry — the package's own `worker_threads` entry: serves
 * `createBouncer` built from the options the parent sent (scanners by preset name).
 *
 * @entry importing this module serves a bouncer on the current thread's message port.
 */
import { defaultFactory } from '../worker/default-factory.js';
import { serveBouncerNode } from './node-worker.js';

serveBouncerNode(defaultFactory);
