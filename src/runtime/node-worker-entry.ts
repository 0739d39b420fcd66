/**
 * @module runtime/node-worker-entry — the package's own `worker_threads` entry: serves
 * `createBouncer` built from the options the parent sent (scanners by preset name).
 */
import { defaultFactory } from '../worker/default-factory.js';
import { serveBouncerNode } from './node-worker.js';

serveBouncerNode(defaultFactory);
