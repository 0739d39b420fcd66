/**
 * @module worker/worker — the package's own browser worker: serves `createBouncer` built from the
 * options the page sent (scanners by preset name).
 *
 * @entry importing this module serves a bouncer on the current thread's message port.
 */
import { defaultFactory } from './default-factory.js';
import { serveBouncer } from './serve.js';

serveBouncer(defaultFactory);
