/**
 * @module worker/connect — the main-thread side of the transport: a pool of workers, each hosting
 * one engine, behind the same {@link Bouncer} interface as the in-thread engine. Only strings,
 * plain options and plain reports cross. A crashed or hung worker is replaced; the scans it had in
 * flight settle with `WORKER_CRASHED` (never hang, never resolve with another input's report).
 */
import { wrap, releaseProxy, type Endpoint, type Remote } from 'comlink';
import { conversationHandle, conversationState, createConversation } from '../engine/conversation.js';
import { checkScanOptions, checkText, runBatch } from '../engine/validate.js';
import { BouncerError, WorkerError } from '../errors.js';
import type { BatchItem, BatchOptions, Bouncer, Conversation, Scanner, ScannerEntry, ScannerRegistry, ScanOptions, ScanReport } from '../types.js';
import { fromWire, unwire, type EngineApi, type RegistryOp, type ScannerInfo, type ScanReply, type ScanRequest, type WorkerBouncerOptions } from './protocol.js';

/** A started worker, whatever the platform. */
export interface WorkerHandle {
  readonly endpoint: Endpoint;
  /** Stops the worker at once. */
  terminate(): void;
  /** Called once if the worker dies (an uncaught error, `process.exit`, a failed module load). */
  onExit(listener: (reason: string) => void): void;
  /**
   * Whether the worker has work in flight (Node: an idle worker is `unref`ed so it never keeps the
   * process alive; a busy one is `ref`ed so the process waits for its scans).
   */
  setBusy?(busy: boolean): void;
}

/** Starts one worker that serves a bouncer. */
export type SpawnWorker = () => WorkerHandle;

/** Pool settings. */
export interface PoolOptions {
  /** Number of workers (≥ 1). */
  readonly size: number;
  /** Options sent to each worker's factory. */
  readonly options: WorkerBouncerOptions | undefined;
  /** Whole-scan budget in ms (undefined: none). */
  readonly scanTimeoutMs?: number | undefined;
  /** How long a timed-out worker may take to answer a ping before it counts as hung (default 1000). */
  readonly hangCheckMs?: number;
  /** How many scans one worker is given at once in a batch (default 4). */
  readonly perWorkerConcurrency?: number;
}

interface Pending {
  /** The worker died or hung with this scan in flight. */
  readonly lost: (reason: string) => void;
  /** The bouncer closed. */
  readonly reject: (e: unknown) => void;
}

interface Slot {
  readonly handle: WorkerHandle;
  readonly api: Remote<EngineApi>;
  readonly inflight: Map<number, Pending>;
  /** Resolves with the scanners' metadata once the worker built its engine. */
  readonly ready: Promise<ScannerInfo[]>;
  dead: boolean;
  /** A hang check in progress (after a timeout): other scans' timeouts wait for its verdict. */
  checking?: Promise<void> | undefined;
}

const DEFAULT_HANG_CHECK_MS = 1000;

/** Races a promise against a timer; `undefined` when the timer wins. */
function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/**
 * Connect to a pool of workers. Resolves once every worker built its engine (a factory error
 * rejects here, with the worker's error class and code).
 *
 * @example
 * ```ts
 * const bouncer = await connectPool(() => browserWorker(() => new Worker(url, { type: 'module' })), { size: 2, options: {} });
 * ```
 */
export async function connectPool(spawn: SpawnWorker, pool: PoolOptions): Promise<Bouncer> {
  const hangCheckMs = pool.hangCheckMs ?? DEFAULT_HANG_CHECK_MS;
  const ops: RegistryOp[] = [];
  const slots: Slot[] = [];
  let closed = false;
  let nextId = 1;

  const start = (): Slot => {
    let handle: WorkerHandle;
    try {
      handle = spawn();
    } catch (e) {
      throw new WorkerError('WORKER_UNAVAILABLE', `cannot start a worker: ${(e as Error).message}`, { cause: e });
    }
    const api = wrap<EngineApi>(handle.endpoint);
    let failStart: (e: unknown) => void = () => undefined;
    const died = new Promise<never>((_, reject) => {
      failStart = reject;
    });
    died.catch(() => undefined);
    const slot: Slot = {
      handle,
      api,
      inflight: new Map(),
      // A worker that dies while loading (a bad module, a factory that exits) rejects `ready`
      // instead of leaving it pending forever.
      ready: Promise.race([
        (async () => {
          const infos = unwire(await api.init(pool.options));
          for (const op of ops) await api.registry(op);
          return infos;
        })(),
        died,
      ]),
      dead: false,
    };
    slot.ready.catch(() => undefined);
    handle.onExit((reason) => {
      failStart(new WorkerError('WORKER_CRASHED', `the worker stopped before it was ready: ${reason}`));
      retire(slot, reason);
    });
    return slot;
  };

  /** Settle a dead worker's scans and put a fresh worker in its place (unless closing). */
  const retire = (slot: Slot, reason: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    try {
      slot.handle.terminate();
    } catch {
      // already gone
    }
    slot.api[releaseProxy]();
    // Replace first, so the scans that were in flight can be retried on the new worker.
    const i = slots.indexOf(slot);
    if (i !== -1) {
      if (closed) slots.splice(i, 1);
      else slots[i] = start();
    }
    const lost = [...slot.inflight.values()];
    slot.inflight.clear();
    for (const p of lost) p.lost(reason);
  };

  /** After a timeout: a worker that cannot answer a ping is stuck in a loop — replace it. */
  const checkHung = (slot: Slot): Promise<void> => {
    if (slot.dead) return Promise.resolve();
    slot.checking ??= within(Promise.resolve(slot.api.ping()), hangCheckMs)
      .then(
        (pong) => {
          if (pong === undefined) retire(slot, `no answer to a ping within ${hangCheckMs} ms after a scan timed out`);
        },
        () => retire(slot, 'the ping failed'),
      )
      .finally(() => {
        slot.checking = undefined;
      });
    return slot.checking;
  };

  for (let i = 0; i < pool.size; i++) slots.push(start());
  let infos: ScannerInfo[];
  try {
    infos = await (slots[0] as Slot).ready;
    await Promise.all(slots.map((s) => s.ready));
  } catch (e) {
    closed = true;
    for (const s of [...slots]) retire(s, 'start failed');
    throw e;
  }

  // --- registry mirror: metadata here, scan functions in the workers ---------------------------
  const mirror = infos.map((info) => ({ info, enabled: info.enabled }));
  const remoteScanner = (info: ScannerInfo): Scanner =>
    Object.freeze({
      id: info.id,
      kind: info.kind,
      category: info.category,
      severity: info.severity,
      description: info.description,
      threshold: info.threshold,
      options: info.options,
      ...(info.models === undefined ? {} : { models: info.models as Scanner['models'] }),
      scan(): never {
        throw new WorkerError('WORKER_UNAVAILABLE', `scanner ${info.id} runs in a worker; scan through the bouncer`);
      },
    }) as Scanner;
  const entryOf = (m: (typeof mirror)[number]): ScannerEntry => ({ scanner: remoteScanner(m.info), enabled: m.enabled, threshold: m.info.effectiveThreshold });
  const mustFind = (id: string): (typeof mirror)[number] => {
    const m = mirror.find((x) => x.info.id === id);
    if (m === undefined) throw new BouncerError('UNKNOWN_SCANNER', `no scanner "${id}" is registered`, { details: { id } });
    return m;
  };
  const broadcast = (op: RegistryOp): void => {
    ops.push(op);
    for (const s of slots) if (!s.dead) void Promise.resolve(s.api.registry(op)).catch(() => undefined);
  };
  const scanners: ScannerRegistry = {
    list: () => mirror.map(entryOf),
    get: (id) => {
      const m = mirror.find((x) => x.info.id === id);
      return m === undefined ? undefined : entryOf(m);
    },
    enable: (id) => {
      mustFind(id).enabled = true;
      broadcast({ op: 'enable', id });
    },
    disable: (id) => {
      mustFind(id).enabled = false;
      broadcast({ op: 'disable', id });
    },
    register: () => {
      throw new WorkerError('WORKER_UNAVAILABLE', 'register() cannot send a scanner object to a worker: register it in your worker module (serveBouncer), or use runtime "inline"');
    },
    unregister: (id) => {
      const i = mirror.findIndex((x) => x.info.id === id);
      if (i === -1) return false;
      mirror.splice(i, 1);
      broadcast({ op: 'unregister', id });
      return true;
    },
  };

  // --- scans ------------------------------------------------------------------------------------
  const pick = async (): Promise<Slot> => {
    // Least loaded live worker; a replacement that is still starting is awaited.
    let best: Slot | undefined;
    for (const s of slots) if (!s.dead && (best === undefined || s.inflight.size < best.inflight.size)) best = s;
    if (best === undefined) throw new BouncerError('CLOSED');
    await best.ready;
    return best;
  };

  /**
   * One scan on the least loaded worker. A scan that was in flight on a worker that died or hung is
   * retried once on its replacement (a scan queued behind a stuck one then still gets its answer);
   * lost a second time, it rejects with `WORKER_CRASHED`. The time budget restarts with the retry.
   */
  const send = async (req: Omit<ScanRequest, 'id'>, signal: AbortSignal | undefined, attempt = 0): Promise<ScanReply> => {
    if (closed) throw new BouncerError('CLOSED');
    if (signal?.aborted === true) throw new BouncerError('ABORTED');
    const slot = await pick();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const finish = (): boolean => {
        if (settled) return false;
        settled = true;
        slot.inflight.delete(id);
        if (slot.inflight.size === 0) slot.handle.setBusy?.(false);
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const fail = (e: unknown): void => {
        if (finish()) reject(e);
      };
      const onAbort = (): void => {
        if (!finish()) return;
        void Promise.resolve(slot.api.abort(id)).catch(() => undefined);
        reject(new BouncerError('ABORTED'));
      };
      const lost = (reason: string): void => {
        if (!finish()) return;
        if (attempt === 0 && !closed) resolve(send(req, signal, 1));
        else reject(new WorkerError('WORKER_CRASHED', `the worker running this scan stopped (${reason}) and it was already retried once`, { details: { reason } }));
      };
      slot.inflight.set(id, { lost, reject: fail });
      if (slot.inflight.size === 1) slot.handle.setBusy?.(true);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (pool.scanTimeoutMs !== undefined) {
        const ms = pool.scanTimeoutMs;
        const expire = (): void => {
          // While the worker is under suspicion (another scan timed out on it), wait for the
          // verdict: if it is replaced, this scan is retried there instead of timing out.
          if (slot.checking !== undefined) {
            void slot.checking.then(expire);
            return;
          }
          if (settled) return;
          const hung = checkHung(slot);
          if (!finish()) return;
          void Promise.resolve(slot.api.abort(id)).catch(() => undefined);
          reject(new BouncerError('SCAN_TIMEOUT', `the scan took longer than scanTimeoutMs (${ms} ms) and was cancelled`, { details: { scanTimeoutMs: ms } }));
          void hung;
        };
        timer = setTimeout(expire, ms);
      }
      slot.api.scan({ ...req, id }).then(
        (w) => {
          if (!finish()) return;
          if (w.ok) resolve(w.value);
          else reject(fromWire(w.error));
        },
        (e: unknown) => lost(`the call failed: ${(e as Error)?.message ?? String(e)}`),
      );
    });
  };

  // Scans of one conversation run one after another, so the placeholder table stays in step.
  const queues = new WeakMap<Conversation, Promise<unknown>>();

  const scan = async (direction: 'input' | 'output', text: string, prompt: string, opts: ScanOptions): Promise<ScanReport> => {
    const { signal, conversation, ...plain } = opts;
    if (conversation === undefined) return (await send({ direction, text, prompt, options: plain }, signal)).report;
    const handle = conversationHandle(conversation);
    if (handle === undefined) throw new BouncerError('INVALID_INPUT', 'conversation must come from bouncer.conversation()');
    const run = async (): Promise<ScanReport> => {
      const reply = await send({ direction, text, prompt, options: plain, conversation: conversationState(conversation) }, signal);
      for (const e of reply.placeholders ?? []) handle.placeholders.placeholderFor(e.kind, e.value);
      handle.append({ role: direction === 'input' ? 'user' : 'assistant', content: reply.report.sanitized });
      return reply.report;
    };
    const prev = queues.get(conversation) ?? Promise.resolve();
    const mine = prev.then(run, run);
    queues.set(
      conversation,
      mine.catch(() => undefined),
    );
    return mine;
  };

  /**
   * Everything beside scanning (feedback, history, canaries, vault, threat feeds) runs in the first
   * worker: with a store or vault the pool has exactly one worker, so there is one writer.
   */
  const call = async (path: string, args: readonly unknown[]): Promise<unknown> => {
    if (closed) throw new BouncerError('CLOSED');
    try {
      structuredClone(args);
    } catch {
      throw new BouncerError('INVALID_INPUT', `${path}(): in worker mode arguments must be plain data (functions such as a custom fetch or store cannot cross to the worker)`);
    }
    const slot = await pick();
    return unwire(await slot.api.call(path, args));
  };
  const namespace = <T extends object>(name: string): T =>
    new Proxy({} as T, {
      // Not a thenable: `await bouncer.vault` must not call the worker.
      get: (_, member) => (typeof member === 'string' && member !== 'then' ? (...args: unknown[]) => call(`${name}.${member}`, args) : undefined),
    });

  return {
    feedback: (scanId, feedback) => call('feedback', [scanId, feedback]) as ReturnType<Bouncer['feedback']>,
    history: (query) => call('history', query === undefined ? [] : [query]) as ReturnType<Bouncer['history']>,
    canary: namespace<NonNullable<Bouncer['canary']>>('canary'),
    vault: namespace<NonNullable<Bouncer['vault']>>('vault'),
    threats: namespace<NonNullable<Bouncer['threats']>>('threats'),
    async scanInput(prompt: string, opts?: ScanOptions): Promise<ScanReport> {
      checkText(prompt, 'prompt');
      return scan('input', prompt, prompt, checkScanOptions(opts));
    },
    async scanOutput(prompt: string, response: string, opts?: ScanOptions): Promise<ScanReport> {
      checkText(prompt, 'prompt');
      checkText(response, 'response');
      return scan('output', response, prompt, checkScanOptions(opts));
    },
    async scanBatch(items: readonly BatchItem[], opts?: BatchOptions): Promise<ScanReport[]> {
      return runBatch(items, opts, slots.length * (pool.perWorkerConcurrency ?? 4), (item, so) => scan(item.direction, item.text, item.prompt, so));
    },
    conversation(): Conversation {
      return createConversation();
    },
    scanners,
    async ready(): Promise<void> {
      if (closed) throw new BouncerError('CLOSED');
      await Promise.all(
        slots.map(async (s) => {
          await s.ready;
          unwire(await s.api.ready());
        }),
      );
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all(
        [...slots].map(async (s) => {
          if (!s.dead) await within(Promise.resolve(s.api.close()).catch(() => undefined), hangCheckMs);
          for (const p of s.inflight.values()) p.reject(new BouncerError('CLOSED'));
          s.inflight.clear();
          retire(s, 'closed');
        }),
      );
    },
  };
}
