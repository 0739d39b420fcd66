/**
 * @module worker/serve — the worker side of the transport: hosts one engine (`createBouncer` or
 * the caller's own factory) and exposes {@link EngineApi} through comlink. The user's worker module
 * is the composition root, so it decides what gets bundled into the worker.
 */
import { expose, type Endpoint } from 'comlink';
import { createConversation } from '../engine/conversation.js';
import { BouncerError } from '../errors.js';
import type { Bouncer, ScanOptions } from '../types.js';
import { FORWARDED, wire, type EngineApi, type ScannerInfo, type WorkerBouncerOptions } from './protocol.js';

/** Builds the bouncer inside the worker from the options the client sent. */
export type BouncerFactory = (options: WorkerBouncerOptions | undefined) => Bouncer | Promise<Bouncer>;

function infos(b: Bouncer): ScannerInfo[] {
  return b.scanners.list().map(({ scanner: s, enabled, threshold }) => ({
    id: s.id,
    kind: s.kind,
    category: s.category,
    severity: s.severity,
    description: s.description,
    threshold: s.threshold,
    options: JSON.parse(JSON.stringify(s.options ?? {})) as Record<string, unknown>,
    ...(s.models === undefined ? {} : { models: s.models.map((m) => ({ id: m.id })) }),
    enabled,
    effectiveThreshold: threshold,
  }));
}

/**
 * The engine API over one bouncer (exported for tests and custom transports; {@link serveBouncer}
 * exposes it).
 */
export function engineApi(create: BouncerFactory): EngineApi {
  let bouncer: Promise<Bouncer> | undefined;
  let current: Bouncer | undefined;
  const running = new Map<number, AbortController>();
  const built = async (): Promise<Bouncer> => {
    if (bouncer === undefined) throw new BouncerError('CLOSED', 'the worker has no bouncer yet (init was not called)');
    return bouncer;
  };
  return {
    init: (options) =>
      wire(async () => {
        bouncer ??= Promise.resolve().then(() => create(options));
        current = await bouncer;
        return infos(current);
      }),
    scan: (req) =>
      wire(async () => {
        const b = await built();
        const control = new AbortController();
        running.set(req.id, control);
        try {
          const conversation = req.conversation === undefined ? undefined : createConversation(req.conversation);
          const opts: ScanOptions = { ...req.options, signal: control.signal, ...(conversation === undefined ? {} : { conversation }) };
          const report = req.direction === 'input' ? await b.scanInput(req.text, opts) : await b.scanOutput(req.prompt, req.text, opts);
          return conversation === undefined ? { report } : { report, placeholders: conversation.placeholders.entries() };
        } finally {
          running.delete(req.id);
        }
      }),
    abort(id) {
      running.get(id)?.abort();
    },
    registry(op) {
      // Synchronous on purpose: the client sends registry changes only after init resolved, and
      // comlink delivers messages in order, so every later scan sees the change.
      const b = current;
      if (b === undefined) return { ok: false, error: { name: 'BouncerError', code: 'CLOSED', message: 'the worker has no bouncer yet' } };
      if (op.op === 'unregister') return { ok: true, value: b.scanners.unregister(op.id) };
      if (b.scanners.get(op.id) === undefined) return { ok: true, value: false };
      b.scanners[op.op](op.id);
      return { ok: true, value: true };
    },
    call: (path, args) =>
      wire(async () => {
        const b = await built();
        const [head, name, ...rest] = path.split('.');
        if (!(FORWARDED as readonly string[]).includes(head ?? '') || rest.length > 0) throw new BouncerError('INVALID_INPUT', `"${path}" cannot be called through the worker`);
        const owner: unknown = name === undefined ? b : (b as unknown as Record<string, unknown>)[head as string];
        const fn = (owner as Record<string, unknown> | undefined)?.[name ?? (head as string)];
        if (typeof fn !== 'function') throw new BouncerError('INVALID_INPUT', `the worker's bouncer has no ${path}()`);
        return (await (fn as (...a: unknown[]) => unknown).apply(owner, [...args])) as unknown;
      }),
    ready: () => wire(async () => (await built()).ready()),
    ping: () => Date.now(),
    close: () =>
      wire(async () => {
        for (const c of running.values()) c.abort();
        if (bouncer !== undefined) await (await bouncer).close();
      }),
  };
}

/**
 * Serve a bouncer from this worker. Call it once, at the top of your worker module.
 *
 * @example
 * ```ts
 * // bouncer.worker.ts — your composition root: only what it imports is bundled into the worker
 * import { createBouncer } from 'prompt-bouncer';
 * import { serveBouncer } from 'prompt-bouncer/worker';
 * import { recommended } from 'prompt-bouncer/presets';
 * serveBouncer((options) => createBouncer({ ...options, scanners: recommended() }));
 * // main.ts
 * const bouncer = await createBouncer({
 *   runtime: 'worker',
 *   worker: () => new Worker(new URL('./bouncer.worker.ts', import.meta.url), { type: 'module' }),
 * });
 * ```
 */
export function serveBouncer(create: BouncerFactory, endpoint: Endpoint = globalThis as unknown as Endpoint): void {
  expose(engineApi(create), endpoint);
}
