/**
 * @module config — layered configuration: defaults < file (JSON or YAML) < object < environment
 * (`PROMPT_BOUNCER_*`, Node). Every layer is validated against one schema (`config/schema.ts`); an
 * unknown key or variable is an error naming its path, never silently ignored.
 *
 * @example
 * ```ts
 * import { resolveConfig } from 'prompt-bouncer/config';
 * const { config } = await resolveConfig({ file: './prompt-bouncer.yaml', object: { blockOnError: true } });
 * const bouncer = await createBouncer({ ...configToOptions(config), scanners: myScanners(config.scanners) });
 * ```
 */
import * as v from 'valibot';
import { ConfigError } from '../errors.js';
import type { BouncerOptions } from '../types.js';
import { ConfigSchema, type PromptBouncerConfig } from './schema.js';

export { ConfigSchema, ScannerConfigSchema, StoreConfigSchema, VaultConfigSchema, type PromptBouncerConfig, type ScannerConfig } from './schema.js';

/** What the defaults layer fills in (the same values `createBouncer` uses). */
export const CONFIG_DEFAULTS: Readonly<PromptBouncerConfig> = Object.freeze({
  aggregate: 'default',
  blockOnError: false,
  scannerTimeoutMs: 10_000,
  maxInputLength: 262_144,
  oversize: 'chunk',
  levels: Object.freeze({ allow: 2, inspect: 6 }),
} as const);

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `a.b["x/y"][2]`: a key path as people read it. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && IDENT.test(k)) out += out === '' ? k : `.${k}`;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Validate one layer. Throws {@link ConfigError} whose message lists every problem with its key path
 * (`details.issues` has them as `{ path, message }`).
 *
 * @example
 * ```ts
 * validateConfig({ store: { retenion: { days: 7 } } }, 'prompt-bouncer.yaml');
 * // ConfigError: prompt-bouncer.yaml: unknown key "store.retenion"
 * ```
 */
export function validateConfig(value: unknown, source = 'config'): PromptBouncerConfig {
  // valibot's object schemas accept arrays (they are objects); a config never is one.
  if (Array.isArray(value)) throw new ConfigError(`${source}: the configuration must be an object, not an array`, { source, issues: [{ path: '(root)', message: 'must be an object' }] });
  const r = v.safeParse(ConfigSchema, value);
  if (r.success) return r.output;
  const issues = flatten(r.issues).map((i) => {
    const path = formatPath((i.path ?? []).map((p) => p.key as PropertyKey));
    return i.type === 'strict_object' ? { path, message: `unknown key "${path}"` } : { path, message: `${path}: ${i.message}` };
  });
  throw new ConfigError(`${source}: ${issues.map((i) => i.message).join('; ')}`, { source, issues });
}

type Issue = v.BaseIssue<unknown>;

/**
 * A union (`"Name"` or `{ id, options }`) reports "Invalid type" for the whole value; when one branch
 * got further (the value was an object with a bad key), report that branch's issues instead.
 */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((i) => {
    if (i.type !== 'union' || i.issues === undefined) return [i];
    // A branch's issue paths are relative to the union's value.
    const deeper = i.issues.filter((s) => (s.path?.length ?? 0) > 0).map((s) => ({ ...s, path: [...(i.path ?? []), ...(s.path ?? [])] }) as Issue);
    return deeper.length > 0 ? flatten(deeper) : [i];
  });
}

/** A config file format. */
export type ConfigFormat = 'json' | 'yaml';

/**
 * The format a file name implies (`.yaml`/`.yml` → yaml, else json).
 *
 * @example
 * ```ts
 * formatOf('pb.yml'); // 'yaml'
 * ```
 */
export function formatOf(path: string): ConfigFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/**
 * Parse and validate the text of a config file. YAML needs the `yaml` package (loaded on demand).
 *
 * @example
 * ```ts
 * await parseConfigText('aggregate: bouncer\n', 'yaml'); // { aggregate: 'bouncer' }
 * ```
 */
export async function parseConfigText(text: string, format: ConfigFormat, source = `config (${format})`): Promise<PromptBouncerConfig> {
  let value: unknown;
  try {
    value = format === 'yaml' ? (await import('yaml')).parse(text) : JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${source}: not valid ${format.toUpperCase()}: ${(e as Error).message}`, { source });
  }
  // An empty YAML file is an empty config.
  if (value === null || value === undefined) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${source}: the file must hold an object (a mapping of settings)`, { source });
  return validateConfig(value, source);
}

type EnvKind = 'string' | 'bool' | 'number' | 'list' | 'json';

/** `PROMPT_BOUNCER_*` variables and the key each sets. */
export const CONFIG_ENV: Readonly<Record<string, { readonly path: readonly string[]; readonly kind: EnvKind }>> = Object.freeze({
  PROMPT_BOUNCER_SCANNERS: { path: ['scanners'], kind: 'list' },
  PROMPT_BOUNCER_PRESET: { path: ['preset'], kind: 'string' },
  PROMPT_BOUNCER_THRESHOLDS: { path: ['thresholds'], kind: 'json' },
  PROMPT_BOUNCER_AGGREGATE: { path: ['aggregate'], kind: 'string' },
  PROMPT_BOUNCER_BLOCK_ON_ERROR: { path: ['blockOnError'], kind: 'bool' },
  PROMPT_BOUNCER_SCANNER_TIMEOUT_MS: { path: ['scannerTimeoutMs'], kind: 'number' },
  PROMPT_BOUNCER_SCAN_TIMEOUT_MS: { path: ['scanTimeoutMs'], kind: 'number' },
  PROMPT_BOUNCER_MAX_INPUT_LENGTH: { path: ['maxInputLength'], kind: 'number' },
  PROMPT_BOUNCER_OVERSIZE: { path: ['oversize'], kind: 'string' },
  PROMPT_BOUNCER_RUNTIME: { path: ['runtime'], kind: 'string' },
  PROMPT_BOUNCER_WORKERS: { path: ['workers'], kind: 'number' },
  PROMPT_BOUNCER_STORE_PATH: { path: ['store', 'path'], kind: 'string' },
  PROMPT_BOUNCER_STORE_TEXT: { path: ['store', 'storeText'], kind: 'bool' },
  PROMPT_BOUNCER_STORE_RETENTION_DAYS: { path: ['store', 'retention', 'days'], kind: 'number' },
  PROMPT_BOUNCER_STORE_RETENTION_MAX_ROWS: { path: ['store', 'retention', 'maxRows'], kind: 'number' },
  PROMPT_BOUNCER_STORE_AUTO_TUNE: { path: ['store', 'autoTune'], kind: 'bool' },
  PROMPT_BOUNCER_VAULT_MAX_ENTRIES: { path: ['vault', 'maxEntries'], kind: 'number' },
  PROMPT_BOUNCER_DATA_DIR: { path: ['dataDir'], kind: 'string' },
});

/** Variables read elsewhere (not config keys): the config file path. */
const ENV_OTHER = new Set(['PROMPT_BOUNCER_CONFIG']);

function envValue(name: string, raw: string, kind: EnvKind): unknown {
  const fail = (what: string): never => {
    throw new ConfigError(`environment: ${name} must be ${what}, got ${JSON.stringify(raw)}`, { source: 'environment', variable: name });
  };
  switch (kind) {
    case 'string':
      return raw;
    case 'bool': {
      const s = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      return fail('true or false (1/0, yes/no, on/off)');
    }
    case 'number': {
      const n = raw.trim() === '' ? Number.NaN : Number(raw);
      return Number.isFinite(n) ? n : fail('a number');
    }
    case 'list':
      return raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    case 'json':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return fail('JSON');
      }
  }
}

/**
 * The environment layer: `PROMPT_BOUNCER_*` variables (see {@link CONFIG_ENV}); an unknown one is a
 * {@link ConfigError}.
 *
 * @example
 * ```ts
 * configFromEnv({ PROMPT_BOUNCER_STORE_RETENTION_DAYS: '7' }); // { store: { retention: { days: 7 } } }
 * ```
 */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): PromptBouncerConfig {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith('PROMPT_BOUNCER_') || raw === undefined || ENV_OTHER.has(name)) continue;
    const spec = CONFIG_ENV[name];
    if (spec === undefined) throw new ConfigError(`environment: unknown variable ${name} (known: ${[...Object.keys(CONFIG_ENV), ...ENV_OTHER].join(', ')})`, { source: 'environment', variable: name });
    let node = out;
    spec.path.slice(0, -1).forEach((k) => {
      node = (node[k] ??= {}) as Record<string, unknown>;
    });
    node[spec.path[spec.path.length - 1] as string] = envValue(name, raw, spec.kind);
  }
  return validateConfig(out, 'environment');
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Deep-merge layers: objects merge key by key, everything else (arrays included) is replaced.
 *
 * @example
 * ```ts
 * mergeConfig({ store: { path: 'a.db' } }, { store: { storeText: true } }); // { store: { path: 'a.db', storeText: true } }
 * ```
 */
export function mergeConfig(...layers: ReadonlyArray<PromptBouncerConfig | undefined>): PromptBouncerConfig {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isPlainObject(a) || !isPlainObject(b)) return b === undefined ? a : b;
    const out: Record<string, unknown> = { ...a };
    for (const [k, val] of Object.entries(b)) out[k] = merge(a[k], val);
    return out;
  };
  return layers.reduce<unknown>((acc, l) => (l === undefined ? acc : merge(acc, l)), {}) as PromptBouncerConfig;
}

/** Where {@link resolveConfig} takes each layer from. */
export interface ResolveConfigOptions {
  /**
   * The file layer: a path (Node; `.yaml`/`.yml` is YAML, anything else JSON) or the text itself.
   * Default in Node: `$PROMPT_BOUNCER_CONFIG` when set.
   */
  readonly file?: string | { readonly text: string; readonly format: ConfigFormat; readonly source?: string };
  /** The object layer (e.g. options from code). */
  readonly object?: unknown;
  /** The environment layer: default `process.env` in Node, none elsewhere; `false` turns it off. */
  readonly env?: Readonly<Record<string, string | undefined>> | false;
  /** Fill in {@link CONFIG_DEFAULTS} (default true). */
  readonly defaults?: boolean;
}

/** The merged configuration and the layers it came from. */
export interface ResolvedConfig {
  readonly config: PromptBouncerConfig;
  /** e.g. `['defaults', '/etc/pb.yaml', 'object', 'environment']`. */
  readonly sources: readonly string[];
}

function processEnv(): Record<string, string | undefined> | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
}

/**
 * Build the configuration: defaults < file < object < environment, each layer validated.
 *
 * @example
 * ```ts
 * const { config, sources } = await resolveConfig({ file: 'pb.yaml', env: { PROMPT_BOUNCER_AGGREGATE: 'bouncer' } });
 * config.aggregate; // 'bouncer' (the environment wins)
 * ```
 */
export async function resolveConfig(options: ResolveConfigOptions = {}): Promise<ResolvedConfig> {
  const env = options.env === false ? undefined : (options.env ?? processEnv());
  const layers: PromptBouncerConfig[] = [];
  const sources: string[] = [];
  if (options.defaults !== false) {
    layers.push(CONFIG_DEFAULTS);
    sources.push('defaults');
  }
  const file = options.file ?? (env?.PROMPT_BOUNCER_CONFIG !== undefined && env.PROMPT_BOUNCER_CONFIG !== '' ? env.PROMPT_BOUNCER_CONFIG : undefined);
  if (typeof file === 'string') {
    let read: { path: string; text: string };
    try {
      read = await (await import('../runtime/node-config.js')).readConfigFile(file);
    } catch (e) {
      throw new ConfigError(`cannot read config file ${file}: ${(e as Error).message}`, { source: file });
    }
    layers.push(await parseConfigText(read.text, formatOf(file), read.path));
    sources.push(read.path);
  } else if (file !== undefined) {
    layers.push(await parseConfigText(file.text, file.format, file.source));
    sources.push(file.source ?? `config (${file.format})`);
  }
  if (options.object !== undefined) {
    layers.push(validateConfig(options.object, 'object'));
    sources.push('object');
  }
  if (env !== undefined) {
    const fromEnv = configFromEnv(env);
    if (Object.keys(fromEnv).length > 0) {
      layers.push(fromEnv);
      sources.push('environment');
    }
  }
  const config = mergeConfig(...layers);
  // The merge of valid layers can still break a cross-field rule (levels from two layers).
  return { config: validateConfig(config, sources.join(' < ')), sources };
}

/**
 * The `createBouncer` options a configuration sets, except `scanners` (names map to factories in
 * the CLI's registry, the one string → scanner table) and `dataDir` (a CLI setting).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ ...configToOptions(config), scanners: [...] });
 * ```
 */
export function configToOptions(config: PromptBouncerConfig): BouncerOptions {
  const { scanners: _scanners, dataDir: _dataDir, $schema: _schema, preset, ...rest } = config;
  return { ...(rest as BouncerOptions), ...(preset === undefined ? {} : { preset: preset as BouncerOptions['preset'] }) };
}

/**
 * Type-checked config authoring (returns its argument).
 *
 * @example
 * ```ts
 * export default defineConfig({ store: { path: 'pb.db', retention: { days: 30 } } });
 * ```
 */
export function defineConfig(config: PromptBouncerConfig): PromptBouncerConfig {
  return config;
}
