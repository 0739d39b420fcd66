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

/** True when `e` is a {@link BouncerError} (also across realms, by shape). */
export function isBouncerError(e: unknown): e is BouncerError {
  return e instanceof BouncerError || (typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code !== undefined && typeof (e as { code: unknown }).code === 'string' && ((e as { code: string }).code in ERROR_CODES));
}
