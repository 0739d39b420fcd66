/**
 * @module worker/protocol — what crosses between the thin client and the engine in a worker:
 * strings, plain options and plain reports only. Errors travel as `{ name, code, message, details }`
 * and are re-created as the same class on the other side.
 */
import { BouncerError, ConfigError, ERROR_CODES, ModelLoadError, WorkerError, type ErrorCode } from '../errors.js';
import type { ConversationState } from '../engine/conversation.js';
import type { BouncerOptions, Direction, ScanOptions, ScanReport } from '../types.js';

/**
 * The options the default worker rebuilds its bouncer from: everything in {@link BouncerOptions}
 * that is structured-cloneable. Scanners are named by preset instead of passed as objects.
 */
export type WorkerBouncerOptions = Omit<BouncerOptions, 'scanners' | 'runtime' | 'workers' | 'worker' | 'scanTimeoutMs'>;

/** One scan, as sent to a worker. */
export interface ScanRequest {
  /** Unique per client; used to cancel it. */
  readonly id: number;
  readonly direction: Direction;
  readonly text: string;
  readonly prompt: string;
  /** The scan options that are plain data (history, only, systemPrompt, canary, …). */
  readonly options?: Omit<ScanOptions, 'signal' | 'conversation'>;
  /** The conversation's state, when the scan belongs to one; the reply carries it back updated. */
  readonly conversation?: ConversationState;
}

/** What a scan sends back. */
export interface ScanReply {
  readonly report: ScanReport;
  /** Placeholder entries after the scan (only for scans in a conversation). */
  readonly placeholders?: ConversationState['placeholders'];
}

/** Plain metadata of a registered scanner (the `scan` function stays in the worker). */
export interface ScannerInfo {
  readonly id: string;
  readonly kind: 'input' | 'output' | 'both';
  readonly category: string;
  readonly severity: 'low' | 'medium' | 'high' | 'critical';
  readonly description: string;
  readonly threshold: number;
  readonly options: Readonly<Record<string, unknown>>;
  readonly models?: ReadonlyArray<{ readonly id: string }>;
  readonly enabled: boolean;
  readonly effectiveThreshold: number;
}

/** A serialised error. */
export interface WireError {
  readonly name: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Every engine call answers with a result or a serialised error (never a thrown clone, which loses the code). */
export type Wire<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WireError };

/** The bouncer members the worker transport forwards (methods, or namespaces of methods). */
export const FORWARDED = ['feedback', 'history', 'canary', 'vault', 'threats'] as const;

/** Registry changes replayed on every worker, in order. */
export type RegistryOp = { readonly op: 'enable' | 'disable' | 'unregister'; readonly id: string };

/** The API a worker exposes through comlink. */
export interface EngineApi {
  /** Builds the bouncer (once); answers with the scanners' metadata. */
  init(options: WorkerBouncerOptions | undefined): Promise<Wire<ScannerInfo[]>>;
  scan(req: ScanRequest): Promise<Wire<ScanReply>>;
  /** Cancels a scan started by {@link EngineApi.scan}; a no-op when it already finished. */
  abort(id: number): void;
  registry(op: RegistryOp): Wire<boolean>;
  ready(): Promise<Wire<void>>;
  /**
   * Calls one of the bouncer's other methods (`feedback`, `history`, `canary.*`, `vault.*`,
   * `threats.*`: see {@link FORWARDED}) with plain arguments.
   */
  call(path: string, args: readonly unknown[]): Promise<Wire<unknown>>;
  /** Answers at once when the worker's event loop is free (used to tell busy from hung). */
  ping(): number;
  close(): Promise<Wire<void>>;
}

/** Serialise an error for the wire; errors that are not a {@link BouncerError} keep their message. */
export function toWire(e: unknown): WireError {
  if (e instanceof BouncerError) return e.details === undefined ? { name: e.name, code: e.code, message: e.message } : { name: e.name, code: e.code, message: e.message, details: e.details };
  const message = e instanceof Error ? e.message : String(e);
  // A plain Error from user code inside the worker (a custom factory threw): it is a configuration
  // problem from the caller's point of view.
  return { name: 'ConfigError', code: 'INVALID_OPTIONS', message };
}

/** Re-create the error class on this side. */
export function fromWire(w: WireError): BouncerError {
  const code: ErrorCode = w.code in ERROR_CODES ? w.code : 'INVALID_OPTIONS';
  const details = w.details === undefined ? undefined : { ...w.details };
  let e: BouncerError;
  switch (w.name) {
    case 'ConfigError':
      e = new ConfigError(w.message, details);
      break;
    case 'ModelLoadError':
      e = new ModelLoadError(w.message, details === undefined ? undefined : { details });
      break;
    case 'WorkerError':
      e = new WorkerError(code === 'WORKER_UNAVAILABLE' ? code : 'WORKER_CRASHED', w.message, details === undefined ? undefined : { details });
      break;
    default:
      e = new BouncerError(code, w.message, details === undefined ? undefined : { details });
  }
  return e;
}

/** Run `f` and wrap its outcome for the wire. */
export async function wire<T>(f: () => T | Promise<T>): Promise<Wire<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return { ok: false, error: toWire(e) };
  }
}

/** Unwrap a wire result, throwing the re-created error. */
export function unwire<T>(w: Wire<T>): T {
  if (w.ok) return w.value;
  throw fromWire(w.error);
}
