/**
 * @module config/schema — the configuration file's schema (valibot: each check is a function, so
 * only what the schema uses is bundled). Every object is strict: an unknown key is an error that names
 * its path, because a misspelt `retenion` silently ignored is a setting silently not applied.
 */
import * as v from 'valibot';

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const positive = v.pipe(v.number(), v.gtValue(0), v.finite());

/** One scanner in a config: a name (id or seed name) or `{ id, options }`. */
export const ScannerConfigSchema = v.union([v.pipe(v.string(), v.minLength(1)), v.strictObject({ id: v.pipe(v.string(), v.minLength(1)), options: v.optional(v.record(v.string(), v.unknown())) })]);

/** The `store` section (see `createBouncer`'s `store` option). */
export const StoreConfigSchema = v.strictObject({
  path: v.optional(v.pipe(v.string(), v.minLength(1))),
  storeText: v.optional(v.boolean()),
  retention: v.optional(v.strictObject({ days: v.optional(positive), maxRows: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))) })),
  autoTune: v.optional(v.boolean()),
  busyTimeoutMs: v.optional(v.pipe(v.number(), v.minValue(0))),
});

/** The `vault` section (see `createBouncer`'s `vault` option; `storage` cannot come from a file). */
export const VaultConfigSchema = v.strictObject({
  maxEntries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  autoStoreMinConfidence: v.optional(v.union([unit, v.literal(false)])),
});

/** A whole configuration. Every key is optional; see {@link CONFIG_DEFAULTS} for what is filled in. */
export const ConfigSchema = v.strictObject({
  /** Ignored: lets editors find a JSON schema. */
  $schema: v.optional(v.string()),
  scanners: v.optional(v.array(ScannerConfigSchema)),
  preset: v.optional(v.pipe(v.string(), v.minLength(1))),
  banSubstrings: v.optional(v.union([v.array(v.string()), v.strictObject({ input: v.optional(v.array(v.string())), output: v.optional(v.array(v.string())) })])),
  thresholds: v.optional(v.record(v.string(), unit)),
  aggregate: v.optional(v.picklist(['default', 'bouncer'])),
  blockOnError: v.optional(v.boolean()),
  scannerTimeoutMs: v.optional(positive),
  scanTimeoutMs: v.optional(positive),
  maxInputLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(256))),
  oversize: v.optional(v.picklist(['chunk', 'reject'])),
  allowlist: v.optional(v.array(v.string())),
  blocklist: v.optional(v.array(v.string())),
  levels: v.optional(
    v.pipe(
      v.strictObject({ allow: v.pipe(v.number(), v.minValue(0), v.maxValue(10)), inspect: v.pipe(v.number(), v.minValue(0), v.maxValue(10)) }),
      v.check((l) => l.allow <= l.inspect, 'levels.allow must be ≤ levels.inspect'),
    ),
  ),
  runtime: v.optional(v.picklist(['auto', 'worker', 'inline'])),
  workers: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16))),
  store: v.optional(StoreConfigSchema),
  vault: v.optional(VaultConfigSchema),
  /** Node: where the CLI keeps its store (default `$PROMPT_BOUNCER_DATA_DIR` or `~/.prompt-bouncer`). */
  dataDir: v.optional(v.pipe(v.string(), v.minLength(1))),
});

/** A validated configuration. */
export type PromptBouncerConfig = v.InferOutput<typeof ConfigSchema>;

/** One scanner entry of a configuration. */
export type ScannerConfig = v.InferOutput<typeof ScannerConfigSchema>;
