/**
 * @module worker/spawn — starting browser workers. The literal
 * `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })` stays in the emitted
 * package so Vite, webpack and esbuild consumers get a real worker chunk (stack.md §9).
 */
import type { Endpoint } from 'comlink';
import type { WorkerHandle } from './connect.js';

/** Wrap a Web Worker as a pool handle. */
export function browserWorker(create: () => Worker): WorkerHandle {
  const worker = create();
  let exited = false;
  const listeners: Array<(reason: string) => void> = [];
  const exit = (reason: string): void => {
    if (exited) return;
    exited = true;
    for (const l of listeners) l(reason);
  };
  // An uncaught error (including a module that fails to load) ends a module worker's usefulness:
  // the pool replaces it rather than guessing whether it can go on.
  worker.addEventListener('error', (e: ErrorEvent) => {
    e.preventDefault();
    exit(`worker error: ${e.message || 'failed to load or threw'}`);
  });
  worker.addEventListener('messageerror', () => exit('a message could not be deserialised'));
  return {
    endpoint: worker as unknown as Endpoint,
    terminate: () => {
      worker.terminate();
      exit('terminated');
    },
    onExit: (l) => {
      listeners.push(l);
    },
  };
}

/** The package's own worker (builds `createBouncer` from the options and `preset`). */
export function defaultBrowserWorker(): WorkerHandle {
  return browserWorker(() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
}
