/**
 * @module cli/config-commands — `prompt-bouncer config init|validate`, and the layered config the
 * other commands read (defaults < `--config FILE` or `$PROMPT_BOUNCER_CONFIG` < `PROMPT_BOUNCER_*`).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CONFIG_DEFAULTS, configToOptions, formatOf, resolveConfig, type PromptBouncerConfig, type ScannerConfig } from '../config/index.js';
import { isBouncerError } from '../errors.js';
import type { BouncerOptions, Scanner } from '../types.js';

/** What a config command needs from `main`. */
export interface ConfigCommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  write(text: string): Promise<void>;
  usageError(message: string): Error;
}

/**
 * Only the `PROMPT_BOUNCER_*` variables (the CLI's environment layer).
 *
 * @example
 * ```ts
 * bouncerEnv({ HOME: '/root', PROMPT_BOUNCER_AGGREGATE: 'bouncer' }); // { PROMPT_BOUNCER_AGGREGATE: 'bouncer' }
 * ```
 */
export function bouncerEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('PROMPT_BOUNCER_')));
}

/**
 * The CLI's configuration: defaults < `file` (or `$PROMPT_BOUNCER_CONFIG`) < environment.
 *
 * @example
 * ```ts
 * const config = await loadCliConfig('pb.yaml', process.env);
 * ```
 */
export async function loadCliConfig(file: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<PromptBouncerConfig> {
  return (await resolveConfig({ ...(file === undefined ? {} : { file }), env: bouncerEnv(env) })).config;
}

/**
 * `createBouncer` options for `scan` and `eval` from the flags and the layered config. `store` is not
 * included: `scan` adds it with the path resolved against the data folder.
 *
 * @example
 * ```ts
 * const { options, config } = await cliBouncerOptions({ config: 'pb.yaml' }, process.env, scannerFromConfig);
 * ```
 */
export async function cliBouncerOptions(
  values: { scanners?: string; config?: string; aggregate?: string; 'block-on-error'?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  makeScanner: (item: ScannerConfig, index: number) => Scanner,
): Promise<{ options: BouncerOptions; config: PromptBouncerConfig }> {
  const config = await loadCliConfig(values.config, env);
  const names = values.scanners?.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const scanners = names !== undefined ? names.map(makeScanner) : config.scanners?.map(makeScanner);
  const all = configToOptions(config);
  const pick = <K extends keyof BouncerOptions>(...keys: K[]): Partial<BouncerOptions> => Object.fromEntries(keys.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
  const options: BouncerOptions = {
    ...pick('thresholds', 'aggregate', 'blockOnError', 'maxInputLength', 'oversize', 'scannerTimeoutMs', 'scanTimeoutMs', 'allowlist', 'blocklist', 'levels', 'vault'),
    ...(scanners === undefined ? pick('preset') : { scanners }),
    ...(values.aggregate === undefined ? {} : { aggregate: values.aggregate as BouncerOptions['aggregate'] }),
    ...(values['block-on-error'] === true ? { blockOnError: true } : {}),
  };
  return { options, config };
}

const YAML_TEMPLATE = `# prompt-bouncer configuration (YAML). Layers: defaults < this file < PROMPT_BOUNCER_* variables.
# Unknown keys are errors. Check with: prompt-bouncer config validate FILE

# Scanners by id or seed name; omit for the recommended set.
# scanners:
#   - PromptInjection
#   - { id: BanSubstrings, options: { substrings: [project falcon], redact: true } }
# thresholds:
#   injection/instruction-override: 0.6

aggregate: ${CONFIG_DEFAULTS.aggregate}        # default | bouncer
blockOnError: ${String(CONFIG_DEFAULTS.blockOnError)}
scannerTimeoutMs: ${String(CONFIG_DEFAULTS.scannerTimeoutMs)}
maxInputLength: ${String(CONFIG_DEFAULTS.maxInputLength)}
oversize: ${String(CONFIG_DEFAULTS.oversize)}           # chunk | reject
levels: { allow: ${String(CONFIG_DEFAULTS.levels?.allow)}, inspect: ${String(CONFIG_DEFAULTS.levels?.inspect)} }

# Scan history, feedback and auto-tuning (CLI: under the data folder, --data-dir or
# PROMPT_BOUNCER_DATA_DIR, default ~/.prompt-bouncer).
store:
  path: store.db
  storeText: false             # true also keeps the scanned text
  retention: { days: 90, maxRows: 100000 }
  autoTune: true
`;

const JSON_TEMPLATE = {
  aggregate: CONFIG_DEFAULTS.aggregate,
  blockOnError: CONFIG_DEFAULTS.blockOnError,
  scannerTimeoutMs: CONFIG_DEFAULTS.scannerTimeoutMs,
  maxInputLength: CONFIG_DEFAULTS.maxInputLength,
  oversize: CONFIG_DEFAULTS.oversize,
  levels: CONFIG_DEFAULTS.levels,
  store: { path: 'store.db', storeText: false, retention: { days: 90, maxRows: 100000 }, autoTune: true },
};

const CONFIG_HELP = `prompt-bouncer config — create and check configuration files

Usage
  prompt-bouncer config init [FILE] [--force]     write a starter file (default prompt-bouncer.yaml;
                                                  .json for JSON)
  prompt-bouncer config validate [FILE] [--json]  check FILE (or $PROMPT_BOUNCER_CONFIG) and the
                                                  PROMPT_BOUNCER_* variables; print the merged result
`;

/**
 * `prompt-bouncer config init|validate`.
 *
 * @example
 * ```ts
 * await cmdConfig(['validate', 'pb.yaml', '--json'], io);
 * ```
 */
export async function cmdConfig(args: string[], io: ConfigCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [sub, file, extra] = positionals;
  if (values.help === true || sub === undefined) {
    await io.write(CONFIG_HELP);
    return sub === undefined && values.help !== true ? 2 : 0;
  }
  if (extra !== undefined) throw io.usageError(`config ${sub} takes at most one FILE`);
  if (sub === 'init') {
    const path = file ?? 'prompt-bouncer.yaml';
    if (existsSync(path) && values.force !== true) throw io.usageError(`${path} exists; use --force to overwrite it`);
    const text = formatOf(path) === 'yaml' ? YAML_TEMPLATE : `${JSON.stringify(JSON_TEMPLATE, null, 2)}\n`;
    // The template must pass its own validation.
    await resolveConfig({ file: { text, format: formatOf(path), source: path }, env: false });
    await writeFile(path, text, { flag: values.force === true ? 'w' : 'wx' });
    await io.write(values.json === true ? `${JSON.stringify({ written: path })}\n` : `wrote ${path}\n`);
    return 0;
  }
  if (sub === 'validate') {
    try {
      const { config, sources } = await resolveConfig({ ...(file === undefined ? {} : { file }), env: bouncerEnv(io.env) });
      await io.write(values.json === true ? `${JSON.stringify({ valid: true, sources, config }, null, 2)}\n` : `valid (${sources.join(' < ')})\n`);
      return 0;
    } catch (e) {
      if (values.json === true && isBouncerError(e) && e.code === 'INVALID_OPTIONS') {
        await io.write(`${JSON.stringify({ valid: false, error: e.message, issues: e.details?.issues ?? [] }, null, 2)}\n`);
        return 2;
      }
      throw e;
    }
  }
  throw io.usageError(`unknown command "config ${sub}" (init or validate)`);
}
