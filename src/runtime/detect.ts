/**
 * @module runtime/detect — the one check for "are we in Node (or Deno, Bun)?", shared by the model
 * host (which onnxruntime-web build to load), the worker transport (worker_threads or Web Workers)
 * and the store (a file VFS or IndexedDB/OPFS). No Node imports: safe to load in a browser.
 */

/**
 * True in Node, Deno and Bun (where `node:` modules exist), also inside `worker_threads`; false in
 * browser pages and Web Workers.
 *
 * @example
 * ```ts
 * isNodeLike(); // true under Node, also inside worker_threads
 * ```
 */
export function isNodeLike(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' && typeof (globalThis as { window?: unknown }).window === 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'undefined';
}
