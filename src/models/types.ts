/**
 * @module models/types — what a model is (data), where its bytes come from, and the host that
 * runs it. Scanners see only {@link ModelHost}; they never import onnxruntime.
 */
import type { FeatureSpec } from './features.js';

/** Which ONNX Runtime execution provider ran a model. */
export type ModelBackend = 'webgpu' | 'wasm';

/** A shipped model, by id: the files live in `models/<id>/` (see `models/README.md`). */
export interface ModelRef {
  /** Folder name under `models/`, e.g. `'prompt-attack'`. */
  readonly id: string;
  /** What the model does. */
  readonly task: 'classify' | 'embed';
}

/** `models/<id>/manifest.json`, written by `training/common/ship.py`. */
export interface ModelManifest {
  readonly id: string;
  readonly task: 'classify' | 'embed';
  readonly architecture: string;
  /** One per output. */
  readonly labels: readonly string[];
  /** Default decision threshold on the calibrated probability. */
  readonly threshold: number;
  /** File name → size and SHA-256 (hex); checked on load. */
  readonly files: Readonly<Record<string, { readonly bytes: number; readonly sha256: string }>>;
  readonly sizeBytes: number;
  readonly metrics?: Readonly<Record<string, unknown>>;
}

/**
 * Where model files come from. `read('prompt-attack/model.onnx')` resolves to the bytes. The
 * default reads the package's own `models/` folder (files in Node, `fetch` elsewhere).
 */
export interface ModelSource {
  /** Identifies the source in the per-process cache (e.g. the base URL). */
  readonly key: string;
  read(path: string): Promise<Uint8Array>;
  /** Drops a cached copy of `path` (called when it fails its SHA-256 check, before one re-read). */
  evict?(path: string): Promise<void>;
}

/** How `createBouncer` finds and runs models. */
export interface ModelOptions {
  /** Base URL of a copy of the `models/` folder (e.g. `'/models/'` served by your app). */
  readonly baseUrl?: string;
  /** Bytes supplied directly, by path (`'<id>/model.onnx'`, `'<id>/features.json'`, `'<id>/manifest.json'`). */
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  /** A custom source (Cache API, extension storage, …). Wins over `baseUrl` and `files`. */
  readonly source?: ModelSource;
  /** `'auto'` (default): WebGPU when `navigator.gpu` has an adapter, else WASM. */
  readonly backend?: 'auto' | ModelBackend;
  /** WASM threads (default 1; more only helps when cross-origin isolated or in Node). */
  readonly threads?: number;
  /** Where onnxruntime-web finds its `.wasm`/`.mjs` files, if not next to its own module. */
  readonly wasmPaths?: string;
  /**
   * Start loading the enabled scanners' models (and onnxruntime-web) in the background as soon as
   * `createBouncer` returns, instead of on the first model scan. Default `false`: models load
   * lazily. Worth it when there is idle time between creating the bouncer and the first scan (a
   * server starting up, a page before the user types); the load's CPU work is the same either way.
   * A failed preload is reported by the first scan (which retries), never thrown.
   */
  readonly preload?: boolean;
}

/** What one classification returned. */
export interface ClassifyResult {
  /** Calibrated probability per label (max over windows). */
  readonly scores: readonly number[];
  /** Windows scored (long text is scored in overlapping windows). */
  readonly windows: number;
  /** Span of the highest-scoring window in the raw text (the whole text when it cannot be mapped). */
  readonly span: { readonly start: number; readonly end: number };
  readonly backend: ModelBackend;
  readonly manifest: ModelManifest;
}

/** Options of one classification. */
export interface ClassifyOptions {
  /** Also score each sentence on its own (max with the windows): finds one bad line in a long document. */
  readonly sentences?: boolean;
  readonly signal?: AbortSignal;
}

/** A loaded model. */
export interface LoadedModel {
  readonly manifest: ModelManifest;
  readonly spec: FeatureSpec;
  readonly backend: ModelBackend;
  /** Why WebGPU was not used, when it was asked for (`'auto'` with `navigator.gpu`, or `'webgpu'`). */
  readonly fallbackReason?: string;
}

/** Runs models for scanners. One per bouncer; sessions are shared per process. */
export interface ModelHost {
  /** Loads (once) and returns the model's metadata; rejects with `ModelLoadError`. */
  load(ref: ModelRef): Promise<LoadedModel>;
  classify(ref: ModelRef, text: string, options?: ClassifyOptions): Promise<ClassifyResult>;
  /**
   * Scores feature vectors the caller built itself (one model run each): per-token models such as
   * `pii-names`, whose features depend on a word's neighbours. Returns the calibrated probabilities
   * per vector. Optional: hosts that lack it make such scanners fall back to their rules.
   */
  classifyVectors?(ref: ModelRef, vectors: readonly { readonly ids: Int32Array; readonly values: Float32Array }[], options?: { readonly signal?: AbortSignal }): Promise<number[][]>;
  /** L2-normalised sentence embedding; long text is the re-normalised mean of its window embeddings. */
  embed(ref: ModelRef, text: string): Promise<Float32Array>;
  /** Frees this host's sessions (other hosts on the same source keep theirs). */
  close(): Promise<void>;
}
