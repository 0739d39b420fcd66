/**
 * @module types — the public contracts of prompt-bouncer: scanners, verdicts, reports, options.
 *
 * Everything a report contains is plain JSON (no classes, Maps or functions) so a report can cross a
 * worker boundary with structured clone and be written to a store unchanged.
 */
import type { PresetName } from './presets/by-name.js';
import type { ModelBackend, ModelHost, ModelOptions, ModelRef } from './models/types.js';
import type { BouncerStoreOptions, FeedbackResult } from './store/attach.js';
import type { FeedbackInput, HistoryQuery, ScanRecord } from './store/types.js';
import type { BouncerCanaryApi } from './canary/canary.js';
import type { BouncerThreatsApi } from './feed/types.js';
import type { BouncerVaultApi, BouncerVaultOptions, VaultReader } from './vault/types.js';

/** How bad a finding is when it is real. The engine maps severities to threat weights. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Which scan direction a scanner applies to. */
export type ScannerKind = 'input' | 'output' | 'both';

/** The direction of one scan: a prompt going to the model, or a response coming back. */
export type Direction = 'input' | 'output';

/** The family a scanner belongs to; also the folder it lives in (`src/scanners/<category>/`). */
export type Category =
  | 'injection'
  | 'indirect'
  | 'jailbreak'
  | 'obfuscation'
  | 'pii'
  | 'secrets'
  | 'toxicity'
  | 'urls'
  | 'code'
  | 'refusal'
  | 'canary'
  | 'policy'
  | 'content'
  | 'vault'
  | 'harmful';

/** Final decision for a scan. */
export type Recommendation = 'allow' | 'inspect' | 'block';

/** JSON value, used for scanner options and metadata that travel inside reports. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * One piece of evidence. `start`/`end` are UTF-16 offsets into the ORIGINAL text that was scanned
 * (the prompt for input scans, the response for output scans), whatever view the scanner read.
 */
export interface Match extends Span {
  /** What was found, e.g. `EMAIL`, `aws-access-key`, `instruction-override`. */
  readonly label: string;
  /**
   * Sanitizers only: the text that replaces `[start, end)` in the sanitized output
   * (`''` removes it). Detectors leave it undefined.
   */
  readonly replacement?: string;
}

/** A character the text view treats as invisible (removed from `normalized`). */
export interface InvisibleChar {
  /** UTF-16 offset in the raw text. */
  readonly index: number;
  /** The code point. */
  readonly codePoint: number;
  /** Why it is invisible. */
  readonly kind: InvisibleKind;
}

/** Classes of invisible characters, from most to least suspicious. */
export type InvisibleKind =
  | 'tag' // U+E0000–E007F: can smuggle ASCII ("ASCII smuggling")
  | 'bidi' // bidirectional overrides/isolates: reorder what a person sees
  | 'zero-width' // ZWSP, ZWNJ, ZWJ, word joiner, BOM…
  | 'variation-selector' // U+FE00–FE0F, U+E0100–E01EF
  | 'control' // C0/C1 controls other than tab, LF, CR (NUL included)
  | 'filler' // Hangul fillers and other blank letters
  | 'format'; // any other Unicode Cf character (soft hyphen…)

/**
 * The text every scanner reads. Built once per scan by the engine (`src/text/view.ts`); every
 * derived field is computed lazily, at most once. Scanners never normalise text themselves.
 */
export interface TextView {
  /** Exactly the text given. */
  readonly raw: string;
  /**
   * NFKC-normalised text with invisible characters (see {@link InvisibleKind}) removed.
   * Line breaks and spacing are kept, so code and layout survive.
   */
  readonly normalized: string;
  /** Invisible characters found in `raw`, in order. */
  readonly invisible: readonly InvisibleChar[];
  /** Map a span of `normalized` back to the span of `raw` it came from. */
  toRaw(start: number, end: number): Span;
  /**
   * What encodings and obfuscations in the text hide (base64, hex, ROT13, leetspeak, homoglyphs,
   * tag characters…): decoded layers, nested up to a bounded depth and total size, each mapped back
   * to the raw span it came from. Computed on first read (cheap prefilters make it near-free on
   * ordinary text). Built by `src/text/decode.ts` — the only place text is decoded.
   */
  readonly decoded: readonly DecodedLayer[];
  /**
   * Per-view memo for derived data several scanners share (for example one pass of every phrase
   * table). `key` is a module-level constant; `compute` runs at most once per view and key. The
   * cache lives and dies with this view, so scanners stay stateless.
   */
  memo<T>(key: object, compute: (view: TextView) => T): T;
}

/**
 * How a decoded layer was obtained. Byte codecs: `base64`, `base32`, `hex`, `url` (percent
 * encoding), `html-entity`, `unicode-escape` (`\u0069`, `\x69`). Character transforms: `rot13`,
 * `caesar` (other shifts), `leetspeak`, `reversed`, `spaced` (letters separated by spaces or
 * symbols), `homoglyph` (Unicode confusables folded to their Latin skeleton), `tag-chars`
 * (U+E0000 block decoded to ASCII).
 */
export type DecodeKind =
  | 'base64'
  | 'base32'
  | 'hex'
  | 'url'
  | 'html-entity'
  | 'unicode-escape'
  | 'rot13'
  | 'caesar'
  | 'leetspeak'
  | 'reversed'
  | 'spaced'
  | 'homoglyph'
  | 'tag-chars';

/** One decoded layer of a {@link TextView}. */
export interface DecodedLayer {
  /** The last decoding applied. */
  readonly kind: DecodeKind;
  /** Every decoding applied, outermost first (`['base64', 'rot13']`); `kinds.length` is the depth. */
  readonly kinds: readonly DecodeKind[];
  /** The raw span (offsets into `view.raw`) the encoded source occupies. */
  readonly start: number;
  readonly end: number;
  /** The decoded text, NFKC-normalised, invisible characters removed. */
  readonly text: string;
  /** The Caesar shift for `caesar` (1–25); absent otherwise. */
  readonly shift?: number;
  /**
   * Map a span of `text` back to `view.raw`. Character transforms map precisely; byte codecs map
   * to the whole encoded span (a match inside a base64 blob points at the blob).
   */
  toRaw(start: number, end: number): Span;
}

/** One earlier turn of the conversation, for scanners that look at history. */
export interface Turn {
  readonly role: 'user' | 'assistant' | 'system' | 'tool';
  readonly content: string;
}

/**
 * Placeholder table shared by the Anonymize and Deanonymize scanners within one conversation.
 * The same value always gets the same placeholder (`[REDACTED_EMAIL_1]`) in every turn.
 */
export interface PlaceholderTable {
  /** The placeholder for `value` of entity `kind`, created on first use. */
  placeholderFor(kind: string, value: string): string;
  /** The original value behind a placeholder, if this conversation created it. */
  originalOf(placeholder: string): string | undefined;
  /** Every placeholder created so far. */
  entries(): ReadonlyArray<{ readonly placeholder: string; readonly kind: string; readonly value: string }>;
  /** A random secret of this conversation (hex): Anonymize's `mode: 'fake'` derives its stand-in values from it. Never reported. */
  readonly fakeSeed?: string;
}

/** What a scanner's `scan` receives beside the view. */
export interface ScanContext {
  /** Which way this scan goes. */
  readonly direction: Direction;
  /** The prompt that produced the response (output scans); the prompt itself for input scans. */
  readonly prompt: string;
  /** Earlier turns, oldest first. Empty unless the caller gave a conversation or history. */
  readonly history: readonly Turn[];
  /** Placeholders for this conversation (Anonymize / Deanonymize). */
  readonly placeholders: PlaceholderTable;
  /** Aborted when the caller cancels or the scanner's time budget runs out. */
  readonly signal: AbortSignal;
  /** Runs the shipped ONNX models (loaded lazily, once per process). */
  readonly models: ModelHost;
  /** The application's system prompt, when the caller passed one (`ScanOptions.systemPrompt`); read by leak checks. */
  readonly systemPrompt?: string;
  /** The attack vault (search only), supplied by `createBouncer` when its `vault` option is set; read by `vault/similarity`. */
  readonly vault?: VaultReader;
  /** The canary token of this scan (`ScanOptions.canary`); read by `canary/prompt-leakage` and `canary/prompt-hijack`. */
  readonly canary?: string;
}

/** What a scanner returns. The engine turns it into a {@link Detection}. */
export interface Verdict {
  /** 0..1, higher is riskier. Calibrated: 0.5 ≈ "as likely a real finding as not". */
  readonly score: number;
  /** Evidence, offsets into the raw text (use `view.toRaw` for spans of `normalized`). */
  readonly matches?: readonly Match[];
  /** One or two sentences a user can read. */
  readonly explanation?: string;
  /** Overrides the scanner's default severity for this finding (e.g. a destructive command). */
  readonly severity?: Severity;
  /** Set by model scanners: which model ran, on which backend, over how many windows. */
  readonly model?: ModelRun;
}

/** What a model scanner reports about its run (in the verdict and the detection). */
export interface ModelRun {
  readonly id: string;
  readonly backend: ModelBackend;
  readonly windows: number;
}

/** Sanitizer metadata: where a sanitizer sits in the rewrite chain. */
export interface SanitizerSpec {
  /**
   * Position in the chain; lower runs first. Built-ins: invisible text 10, secrets 20,
   * deanonymize 80, anonymize 90 (input: last), code 95 (output: last).
   */
  readonly order: number;
  /**
   * True when rewriting the text removes the risk (PII redacted before it leaves the device);
   * a mitigated finding counts at most as `low` in the threat level. False when the finding is a
   * problem even after redaction (dangerous code in a response).
   */
  readonly mitigates: boolean;
}

/**
 * A scanner: a small frozen object made by a factory, stateless and safe to run concurrently.
 *
 * @example
 * ```ts
 * const shouting: Scanner = {
 *   id: 'policy/shouting', kind: 'input', category: 'policy', severity: 'low',
 *   description: 'Prompt written in capitals', threshold: 0.5, options: {},
 *   scan: (view) => ({ score: /^[^a-z]*[A-Z][^a-z]*$/.test(view.normalized) ? 0.9 : 0 }),
 * };
 * ```
 */
export interface Scanner<O extends object = Readonly<Record<string, unknown>>> {
  /** Stable id `category/name`, used in reports, stores and tuning. Never changes. */
  readonly id: string;
  /** Which scans it runs in. */
  readonly kind: ScannerKind;
  readonly category: Category;
  /** Severity of a finding unless the verdict says otherwise. */
  readonly severity: Severity;
  /** One line: what it catches. */
  readonly description: string;
  /** A finding is `detected` when `score >= threshold` (overridable per bouncer). */
  readonly threshold: number;
  /** Resolved options; keep them JSON-serialisable (RegExps as source strings). */
  readonly options: Readonly<O>;
  /** Present on sanitizers: their matches carry replacements that rewrite the text. */
  readonly sanitizer?: SanitizerSpec;
  /**
   * True for scanners that must see the whole text even when the engine chunks long input
   * (e.g. token counting). Default: the engine may scan long text in overlapping windows.
   */
  readonly wholeText?: boolean;
  /** Models this scanner runs; `bouncer.ready()` preloads them. Empty or absent for rules. */
  readonly models?: readonly ModelRef[];
  scan(view: TextView, ctx: ScanContext): Verdict | Promise<Verdict>;
}

/** One scanner's result inside a report. */
export interface Detection {
  readonly scannerId: string;
  readonly category: Category;
  /** `score >= threshold` and no error. */
  readonly detected: boolean;
  /** 0..1. */
  readonly score: number;
  /** The threshold that was applied. */
  readonly threshold: number;
  readonly severity: Severity;
  /** Offsets into the original text. */
  readonly matches: readonly Match[];
  readonly explanation: string;
  /** True when this scanner rewrote the text (its replacements were applied). */
  readonly sanitized: boolean;
  /** True when the rewrite removed the risk (see {@link SanitizerSpec.mitigates}). */
  readonly mitigated: boolean;
  readonly durationMs: number;
  /** Set when the scanner threw, timed out or was aborted; the detection is then not `detected`. */
  readonly error?: { readonly code: string; readonly message: string };
  /** Model scanners: the model, the ONNX Runtime backend that ran it, the windows scored. */
  readonly model?: ModelRun;
}

/** Things about the input worth knowing, found before any scanner ran. */
export type InputIssue =
  | 'empty'
  | 'lone-surrogate'
  | 'nul'
  | 'control-chars'
  | 'binary'
  | 'invisible-chars'
  | 'mixed-scripts'
  | 'chunked';

/** One report per scan. Plain JSON. */
export interface ScanReport {
  readonly scanId: string;
  readonly direction: Direction;
  /** SHA-256 (hex) of the scanned text, via WebCrypto. */
  readonly inputHash: string;
  /** ISO-8601 time the scan started. */
  readonly timestamp: string;
  /** 0..1 overall risk. */
  readonly riskScore: number;
  /** 0..10. */
  readonly threatLevel: number;
  /** 0..1: how sure the engine is of the recommendation. */
  readonly confidence: number;
  readonly recommendation: Recommendation;
  /** A sentence for people. */
  readonly description: string;
  /** `recommendation === 'allow'`. */
  readonly allowed: boolean;
  /** The text after every sanitizer ran, in order. */
  readonly sanitized: string;
  /** One per scanner run, in registration order. */
  readonly detections: readonly Detection[];
  readonly scannerCount: number;
  readonly durationMs: number;
  /** Which aggregation produced the scores. */
  readonly aggregate: AggregateMode;
  /** Set when the allowlist or blocklist decided without running scanners. */
  readonly listMatch?: 'allowlist' | 'blocklist';
  readonly input: {
    /** UTF-16 length of the scanned text. */
    readonly length: number;
    /** How many windows the text was scanned in (1 unless longer than `maxInputLength`). */
    readonly chunks: number;
    readonly issues: readonly InputIssue[];
  };
}

/** How detections become one threat level. See README "Aggregation". */
export type AggregateMode = 'default' | 'bouncer';

/** An allowlist / blocklist entry: a string (see each list for how it matches) or a RegExp. */
export type ListEntry = string | RegExp;

/** Options for {@link createBouncer}. */
export interface BouncerOptions {
  /** Scanners to run; default `recommended()`. Ids must be unique. */
  readonly scanners?: readonly Scanner[];
  /** Per-scanner threshold overrides, by id. */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** Aggregation, default `'default'` (monotone noisy-OR). `'bouncer'` = Prompt Bouncer's formula. */
  readonly aggregate?: AggregateMode;
  /** Any scanner error makes the recommendation `block` (default false: at least `inspect`). */
  readonly blockOnError?: boolean;
  /** Per-scanner time budget in ms for async scanners (default 10 000). */
  readonly scannerTimeoutMs?: number;
  /**
   * Longest text scanned in one piece, in UTF-16 units (default 262 144). Longer text follows
   * `oversize`.
   */
  readonly maxInputLength?: number;
  /** `'chunk'` (default): scan every part in overlapping windows. `'reject'`: throw `INPUT_TOO_LONG`. */
  readonly oversize?: 'chunk' | 'reject';
  /** Texts that pass at once: a string matches the whole trimmed text, case-insensitive; a RegExp is tested. */
  readonly allowlist?: readonly ListEntry[];
  /** Texts that block at once (score 1): a string matches as a case-insensitive substring; a RegExp is tested. */
  readonly blocklist?: readonly ListEntry[];
  /** Threat-level cut-offs: `≤ allow` → allow, `≤ inspect` → inspect, else block. Default 2 and 6. */
  readonly levels?: { readonly allow: number; readonly inspect: number };
  /** Where model files come from and which backend runs them (default: the package's `models/`, WASM or WebGPU). */
  readonly models?: ModelOptions;
  /**
   * Ban words or phrases: adds BanSubstrings (`policy/ban-substrings`, prompts and responses;
   * case-insensitive substrings) in front of the pipeline. `{ input, output }` bans separate lists
   * (`policy/ban-substrings` for prompts, `policy/ban-substrings-output` for responses). For word
   * matching, redaction or severity, register `policyBanSubstrings(...)` yourself instead.
   */
  readonly banSubstrings?: readonly string[] | { readonly input?: readonly string[]; readonly output?: readonly string[] };
  /**
   * The scanners of a named preset, used when `scanners` is not given (default `'recommended'`).
   * Names cross to a worker where scanner objects cannot.
   */
  readonly preset?: PresetName;
  /**
   * Where scans run. `'inline'` (default): in this thread. `'worker'`: in a pool of module Web
   * Workers (browsers, extension pages) or `worker_threads` (Node); throws `WORKER_UNAVAILABLE`
   * where none can start. `'auto'`: a worker pool where one can start and the options can cross to
   * it, else inline (Cloudflare workerd, Deno Deploy, content scripts, scanner objects without a
   * `worker` module). Reports are identical in every mode.
   */
  readonly runtime?: 'auto' | 'worker' | 'inline';
  /** Worker pool size (default 1; at most 16). */
  readonly workers?: number;
  /**
   * Your own worker module, which calls `serveBouncer` (browser: a function returning
   * `new Worker(new URL('./bouncer.worker.js', import.meta.url), { type: 'module' })`; Node: the
   * module's URL or path, which calls `serveBouncerNode`). Default: the package's worker, which
   * builds `createBouncer` with these options and `preset`.
   */
  readonly worker?: WorkerSource;
  /**
   * Budget for one whole scan in ms (default: none in-thread, 120 000 in worker mode, so a worker
   * that silently stops answering cannot hang a scan). Past it the scan rejects with `SCAN_TIMEOUT`
   * and is cancelled; in worker mode a worker that does not answer within a second more is
   * replaced.
   */
  readonly scanTimeoutMs?: number;
  /** Keep an attack vault: store confident detections, match prompts against them (`vault/similarity`), share them as signed feeds. Off by default. */
  readonly vault?: BouncerVaultOptions;
  /**
   * Keep a store (wa-sqlite): every scan logged (hash, scores, verdict; the text only with
   * `storeText`), `bouncer.feedback()` and `bouncer.history()`, thresholds auto-tuned from feedback
   * (`autoTune`, default true). `path`: `':memory:'` (default), a file in Node, a database name in
   * browsers. Off by default.
   */
  readonly store?: BouncerStoreOptions;
}

/** A way to start a worker that serves a bouncer: a module URL or path (Node), or a factory. */
export type WorkerSource = string | URL | (() => Worker);

/** A conversation: history plus the placeholder table that keeps redactions consistent. */
export interface Conversation {
  readonly id: string;
  /** Turns recorded so far (the engine appends each scanned prompt and response). */
  readonly history: readonly Turn[];
  readonly placeholders: PlaceholderTable;
}

/** Options for one scan. */
export interface ScanOptions {
  /** Keeps placeholders consistent across turns and gives scanners the history. */
  readonly conversation?: Conversation;
  /** Extra history (used when no conversation is given). */
  readonly history?: readonly Turn[];
  /** Cancels the scan; the promise rejects with `BouncerError` code `ABORTED`. */
  readonly signal?: AbortSignal;
  /** Run only these scanner ids (still subject to enable/disable). */
  readonly only?: readonly string[];
  /** The system prompt the model was given: output scanners can check the answer does not leak it (`content/system-prompt-leak`). Never stored in reports. */
  readonly systemPrompt?: string;
  /** The canary token placed in the system prompt (`bouncer.canary.add`), for the canary scanners. Never stored in reports. */
  readonly canary?: string;
}

/** One item of a batch: a prompt, or a prompt and the response to check. */
export type BatchItem = string | { readonly prompt: string; readonly response?: string };

/** Options for a batch. */
export interface BatchOptions extends Omit<ScanOptions, 'conversation'> {
  /** How many scans run at once (default 4). */
  readonly concurrency?: number;
  /** Called after each item with the number done. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A registered scanner and whether it runs. */
export interface ScannerEntry {
  readonly scanner: Scanner;
  readonly enabled: boolean;
  /** Threshold in force (override or the scanner's default). */
  readonly threshold: number;
}

/** Run-time management of a bouncer's scanners. */
export interface ScannerRegistry {
  list(): readonly ScannerEntry[];
  get(id: string): ScannerEntry | undefined;
  enable(id: string): void;
  disable(id: string): void;
  /** Adds a scanner; a duplicate id throws `BouncerError` code `DUPLICATE_SCANNER`. */
  register(scanner: Scanner, options?: { readonly enabled?: boolean; readonly threshold?: number }): void;
  /** Removes a scanner; returns whether it was there. */
  unregister(id: string): boolean;
}

/** The guard. Every method is async and its results are plain JSON. */
export interface Bouncer {
  scanInput(prompt: string, options?: ScanOptions): Promise<ScanReport>;
  scanOutput(prompt: string, response: string, options?: ScanOptions): Promise<ScanReport>;
  scanBatch(items: readonly BatchItem[], options?: BatchOptions): Promise<ScanReport[]>;
  /** A new conversation (placeholder table + history) to pass as `options.conversation`. */
  conversation(): Conversation;
  readonly scanners: ScannerRegistry;
  /** Releases resources; later scans reject with `CLOSED`. */
  /**
   * Loads the models of the enabled scanners now (rejects with `ModelLoadError` if one cannot
   * load). Optional: the first scan loads them anyway.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
  /**
   * Tell the store whether a scan's verdict was right; the auto-tuner may move thresholds (returned
   * in `thresholds`). Rejects with `NO_STORE` without the `store` option, `UNKNOWN_SCAN` for a scan
   * not in the history.
   */
  feedback(scanId: string, feedback: FeedbackInput): Promise<FeedbackResult>;
  /** Logged scans, newest first, filtered by `query`; rejects with `NO_STORE` without the `store` option. */
  history(query?: HistoryQuery): Promise<ScanRecord[]>;
  /** Canary tokens: `add(prompt)` → `{ prompt, token }`, `check(response, token)` → `{ leaked, partial }`. */
  readonly canary: BouncerCanaryApi;
  /** The attack vault (`stats`, `search`, `clear`…); rejects with `NO_VAULT` without the `vault` option. */
  readonly vault: BouncerVaultApi;
  /** Signed threat feeds over the vault (`export`, `import`, `sync`, `stats`); rejects with `NO_VAULT` without the `vault` option. */
  readonly threats: BouncerThreatsApi;
}
