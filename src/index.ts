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
export { BouncerError, ConfigError, ERROR_CODES, isBouncerError, ModelLoadError, WorkerError, type ErrorCode } from './errors.js';
export { createModelHost } from './models/host.js';
export { bytesModelSource, cachedModelSource, defaultModelSource, fileModelSource, MODEL_CACHE, urlModelSource } from './models/source.js';
export type { PresetName } from './presets/by-name.js';
export type { ClassifyOptions, ClassifyResult, LoadedModel, ModelBackend, ModelHost, ModelManifest, ModelOptions, ModelRef, ModelSource } from './models/types.js';
export { createTextView } from './text/view.js';
export { defineScanner } from './scanners/define.js';
// Scanner factories live at 'prompt-bouncer/scanners' and presets at 'prompt-bouncer/presets', so
// this entry stays small; `createBouncer()` without scanners loads the recommended set on demand.
export type * from './types.js';
