/**
 * @module prompt-bouncer — client-side guardrails for LLM applications. The isomorphic core:
 * `createBouncer`, the public types, errors, and the building blocks for custom scanners. Runs in
 * browsers, workers, edge runtimes, Deno and Node; nothing leaves the device.
 *
 * @example
 * ```ts
 * import { createBouncer } from 'prompt-bouncer';
 * const bouncer = await createBouncer();
 * const report = await bouncer.scanInput(userText);
 * if (report.recommendation === 'block') throw new Error(report.description);
 * send(report.sanitized);
 * ```
 */
export { createBouncer, DEFAULTS } from './engine/create-bouncer.js';
export { aggregate, aggregateBouncer, aggregateDefault, BOUNCER_WEIGHT, DEFAULT_LEVELS, recommend, SEVERITY_CEILING, type Assessment, type Levels } from './engine/aggregate.js';
export { createPlaceholderTable } from './engine/placeholders.js';
export { applyReplacements } from './engine/sanitize.js';
export { BouncerError, ConfigError, ERROR_CODES, isBouncerError, ModelLoadError, StoreError, WorkerError, type ErrorCode } from './errors.js';
export type { BouncerStoreOptions, FeedbackResult } from './store/attach.js';
export type { FeedbackInput, FeedbackRecord, HistoryQuery, ScanRecord, DetectionSummary, RetentionOptions } from './store/types.js';
export { createModelHost } from './models/host.js';
export { bytesModelSource, cachedModelSource, defaultModelSource, fileModelSource, MODEL_CACHE, urlModelSource } from './models/source.js';
export type { PresetName } from './presets/by-name.js';
export type { ClassifyOptions, ClassifyResult, LoadedModel, ModelBackend, ModelHost, ModelManifest, ModelOptions, ModelRef, ModelSource } from './models/types.js';
export { createTextView } from './text/view.js';
export { addCanary, checkCanary, createCanaryToken, type CanaryCheck, type CanaryOptions, type BouncerCanaryApi } from './canary/canary.js';
export type { BouncerVaultApi, BouncerVaultOptions, BouncerVaultStats, VaultHit, VaultReader, VaultStats, VaultStorage, VaultRecord } from './vault/types.js';
export type { BouncerThreatsApi, ThreatFeed, ThreatStats, ImportFeedResult, SyncFeedResult, TrustedKey } from './feed/types.js';
export { defineScanner } from './scanners/define.js';
// Scanner factories live at 'prompt-bouncer/scanners' and presets at 'prompt-bouncer/presets', so
// this entry stays small; `createBouncer()` without scanners loads the recommended set on demand.
export type * from './types.js';
