/**
 * @module worker/worker — the package's own browser worker: serves `createBouncer` built from the
 * options the page sent (scanners by preset name).
 */
import { defaultFactory } from './default-factory.js';
import { serveBouncer } from './serve.js';

serveBouncer(defaultFactory);
