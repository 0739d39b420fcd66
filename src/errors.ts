/**
 * @module errors — the one catalogue of error codes. Scanning text never throws; these are for
 * wrong calls, bad configuration and cancelled or oversized work.
 */

/** Every error code prompt-bouncer throws, with what it means. */
export const ERROR_CODES = {
  INVALID_INPUT: 'The text to scan is not a string (or a batch item is malformed).',
  INVALID_OPTIONS: 'An option has the wrong type or is out of range.',
  INPUT_TOO_LONG: "The text is longer than maxInputLength and oversize is 'reject'.",
  DUPLICATE_SCANNER: 'A scanner with this id is already registered.',
  UNKNOWN_SCANNER: 'No scanner with this id is registered.',
  ABORTED: 'The caller aborted the scan through its AbortSignal.',
  CLOSED: 'The bouncer was closed.',
  SCANNER_ERROR: 'A scanner threw while scanning (reported inside the detection, never thrown).',
  SCANNER_TIMEOUT: 'A scanner ran past its time budget (reported inside the detection, never thrown).',
  LOAD_ERROR: 'A lazily loaded resource (tokenizer, phone metadata) failed to load.',
  MODEL_LOAD: 'A model file is missing, corrupt or fails its SHA-256 check, or no ONNX Runtime backend could run it.',
  CLI_USAGE: 'The command line was wrong.',
  NO_STORE: 'bouncer.feedback or bouncer.history was called on a bouncer created without a store option.',
  UNKNOWN_SCAN: 'No scan with this scanId is in the store (never logged, or pruned by retention).',
  STORE_ERROR: 'The store (SQLite database) failed to open, read or write; a failed write changed nothing.',
  STORE_BUSY: 'Another process or connection held the store database locked for longer than busyTimeoutMs.',
  STORE_VERSION: 'The store database was written by a newer prompt-bouncer (its schema version is higher than this library knows).',
  VAULT_DIMENSION: 'An embedding has a different length than the vectors already in the attack vault (another embedder model).',
  FEED_INVALID: 'A threat feed is not a well-formed feed (wrong version, missing fields, malformed entries); nothing was imported.',
  FEED_UNSIGNED: 'A threat feed carries no Ed25519 signature; nothing was imported.',
  FEED_UNTRUSTED_KEY: 'A threat feed is signed with a key that is not in trustedKeys; nothing was imported.',
  FEED_BAD_SIGNATURE: 'A threat feed signature does not verify: the feed was changed after signing (or signed with another key); nothing was imported.',
  FEED_MODEL_MISMATCH: "A threat feed's embeddings come from another embedding model (id or dimension) than this vault's; nothing was imported.",
  FEED_FETCH: 'Fetching a threat feed failed (network error or an HTTP status other than 200 and 304).',
  NO_VAULT: 'bouncer.vault or bouncer.threats was used on a bouncer created without the vault option.',
  SCAN_TIMEOUT: 'A whole scan ran past scanTimeoutMs; it was cancelled (worker mode: a worker that stays busy is replaced).',
  WORKER_CRASHED: 'The worker running this scan died or hung and was replaced; the scan did not finish (no other input\'s report is ever returned).',
  WORKER_UNAVAILABLE: "runtime 'worker' was asked for where no worker can be started, or the options cannot cross to a worker (scanner objects, a custom model source): give a worker module that calls serveBouncer.",
} as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The error class for everything prompt-bouncer throws.
 *
 * @example
 * ```ts
 * try { await bouncer.scanInput(42 as unknown as string); }
 * catch (e) { if (e instanceof BouncerError && e.code === 'INVALID_INPUT') { … } }
 * ```
 */
export class BouncerError extends Error {
  override readonly name: string = 'BouncerError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message ?? ERROR_CODES[code], options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details;
  }

  /** Plain-object form, for crossing worker boundaries and for `--json` output. */
  toJSON(): { name: string; code: ErrorCode; message: string; details?: Readonly<Record<string, unknown>> } {
    return this.details === undefined
      ? { name: this.name, code: this.code, message: this.message }
      : { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}

/** Thrown synchronously by scanner factories and `createBouncer` for bad options. */
export class ConfigError extends BouncerError {
  override readonly name: string = 'ConfigError';
  constructor(message: string, details?: Record<string, unknown>) {
    super('INVALID_OPTIONS', message, details === undefined ? undefined : { details });
  }
}

/**
 * A model could not be loaded: a missing or corrupt file, a hash mismatch, or no backend. Model
 * scanners report it inside their detection (`error.code === 'MODEL_LOAD'`); `bouncer.ready()` throws it.
 */
export class ModelLoadError extends BouncerError {
  override readonly name: string = 'ModelLoadError';
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super('MODEL_LOAD', message, options);
  }
}

/**
 * The store failed: the SQLite database could not be opened, read or written (`STORE_ERROR`), stayed
 * locked by another process (`STORE_BUSY`), or was written by a newer schema (`STORE_VERSION`). A write
 * that fails is rolled back whole.
 */
export class StoreError extends BouncerError {
  override readonly name: string = 'StoreError';
  constructor(code: 'STORE_ERROR' | 'STORE_BUSY' | 'STORE_VERSION', message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(code, message, options);
  }
}

/**
 * The worker transport failed: a worker crashed, hung or could not start. In-flight scans settle
 * with it (code `WORKER_CRASHED`); the pool replaces the worker for later scans.
 */
export class WorkerError extends BouncerError {
  override readonly name: string = 'WorkerError';
  constructor(code: 'WORKER_CRASHED' | 'WORKER_UNAVAILABLE', message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(code, message, options);
  }
}

/** True when `e` is a {@link BouncerError} (also across realms, by shape). */
export function isBouncerError(e: unknown): e is BouncerError {
  return e instanceof BouncerError || (typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code !== undefined && typeof (e as { code: unknown }).code === 'string' && ((e as { code: string }).code in ERROR_CODES));
}
