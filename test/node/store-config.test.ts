/**
 * Layered configuration: defaults < file (JSON or YAML) < object < PROMPT_BOUNCER_* variables, each
 * validated; unknown keys and variables are errors that name the key path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, configFromEnv, configToOptions, mergeConfig, parseConfigText, resolveConfig, validateConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/errors.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'pb-cfg-'));

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('config: validation', { timeout: 30_000 }, () => {
  it('accepts a full config and names unknown keys by their path', () => {
    const ok = validateConfig({
      scanners: ['PromptInjection', { id: 'BanSubstrings', options: { substrings: ['falcon'] } }],
      thresholds: { 'injection/instruction-override': 0.6 },
      aggregate: 'bouncer',
      levels: { allow: 1, inspect: 5 },
      store: { path: 'pb.db', storeText: false, retention: { days: 30, maxRows: 1000 }, autoTune: true },
      vault: { maxEntries: 5000, autoStoreMinConfidence: false },
      dataDir: '/srv/pb',
    });
    expect(ok.store?.retention?.days).toBe(30);

    const unknown = configError(() => validateConfig({ store: { retenion: { days: 7 } } }, 'pb.yaml'));
    expect(unknown.message).toBe('pb.yaml: unknown key "store.retenion"');
    expect(unknown.details?.issues).toEqual([{ path: 'store.retenion', message: 'unknown key "store.retenion"' }]);
    expect(configError(() => validateConfig({ scanners: [{ id: 'X', option: {} }] })).message).toContain('unknown key "scanners[0].option"');
    expect(configError(() => validateConfig({ topLevelTypo: 1 })).message).toContain('unknown key "topLevelTypo"');
  });

  it('rejects wrong types and ranges with the key path', () => {
    expect(configError(() => validateConfig({ thresholds: { 'injection/x': 1.5 } })).message).toContain('thresholds["injection/x"]: Invalid value');
    expect(configError(() => validateConfig({ aggregate: 'max' })).message).toContain('aggregate:');
    expect(configError(() => validateConfig({ store: { retention: { maxRows: 2.5 } } })).message).toContain('store.retention.maxRows');
    expect(configError(() => validateConfig({ levels: { allow: 7, inspect: 3 } })).message).toContain('levels.allow must be ≤ levels.inspect');
    expect(configError(() => validateConfig([])).message).toContain('config:');
  });
});

describe('config: layers', { timeout: 30_000 }, () => {
  it('parses JSON and YAML files and reports syntax errors with the file name', async () => {
    expect(await parseConfigText('aggregate: bouncer\nstore:\n  retention: { days: 3 }\n', 'yaml')).toEqual({ aggregate: 'bouncer', store: { retention: { days: 3 } } });
    expect(await parseConfigText('', 'yaml')).toEqual({});
    expect(await parseConfigText('{"blockOnError": true}', 'json')).toEqual({ blockOnError: true });
    await expect(parseConfigText('{"blockOnError": tru', 'json', 'x.json')).rejects.toThrow(/^x\.json: not valid JSON/);
    await expect(parseConfigText('- a\n- b\n', 'yaml', 'x.yaml')).rejects.toThrow('x.yaml: the file must hold an object');
    await expect(parseConfigText('store:\n  pth: a.db\n', 'yaml', 'x.yaml')).rejects.toThrow('x.yaml: unknown key "store.pth"');
  });

  it('reads environment variables, typed, and rejects unknown PROMPT_BOUNCER_* names', () => {
    expect(
      configFromEnv({
        PROMPT_BOUNCER_STORE_RETENTION_DAYS: '7',
        PROMPT_BOUNCER_STORE_TEXT: 'yes',
        PROMPT_BOUNCER_SCANNERS: 'PromptInjection, Secrets',
        PROMPT_BOUNCER_THRESHOLDS: '{"injection/instruction-override":0.7}',
        PROMPT_BOUNCER_CONFIG: 'ignored-here.yaml',
        HOME: '/root',
      }),
    ).toEqual({ store: { retention: { days: 7 }, storeText: true }, scanners: ['PromptInjection', 'Secrets'], thresholds: { 'injection/instruction-override': 0.7 } });
    expect(configError(() => configFromEnv({ PROMPT_BOUNCER_STORE_PATHH: 'x' })).message).toContain('unknown variable PROMPT_BOUNCER_STORE_PATHH');
    expect(configError(() => configFromEnv({ PROMPT_BOUNCER_WORKERS: 'many' })).message).toBe('environment: PROMPT_BOUNCER_WORKERS must be a number, got "many"');
    expect(configError(() => configFromEnv({ PROMPT_BOUNCER_BLOCK_ON_ERROR: 'maybe' })).message).toContain('true or false');
    expect(configError(() => configFromEnv({ PROMPT_BOUNCER_WORKERS: '99' })).message).toContain('environment: workers:');
  });

  it('merges defaults < file < object < environment', async () => {
    const d = dir();
    const file = join(d, 'pb.yaml');
    writeFileSync(file, 'aggregate: bouncer\nblockOnError: true\nmaxInputLength: 4096\nstore:\n  path: a.db\n  retention: { days: 30, maxRows: 10 }\nthresholds:\n  a/b: 0.4\n');
    const { config, sources } = await resolveConfig({
      file,
      object: { blockOnError: false, store: { retention: { days: 10 } }, thresholds: { 'c/d': 0.9 } },
      env: { PROMPT_BOUNCER_STORE_RETENTION_DAYS: '2', PROMPT_BOUNCER_AGGREGATE: 'default' },
    });
    expect(sources).toEqual(['defaults', file, 'object', 'environment']);
    expect(config).toMatchObject({
      aggregate: 'default', // env beats file
      blockOnError: false, // object beats file
      maxInputLength: 4096, // file beats defaults
      oversize: CONFIG_DEFAULTS.oversize, // default
      store: { path: 'a.db', retention: { days: 2, maxRows: 10 } }, // deep merge
      thresholds: { 'a/b': 0.4, 'c/d': 0.9 },
    });
    // $PROMPT_BOUNCER_CONFIG names the file when none is given.
    const viaEnv = await resolveConfig({ env: { PROMPT_BOUNCER_CONFIG: file } });
    expect(viaEnv.config.aggregate).toBe('bouncer');
    await expect(resolveConfig({ file: join(d, 'missing.json'), env: false })).rejects.toThrow(/cannot read config file/);
    // Layers that are each valid but conflict are caught after the merge.
    await expect(resolveConfig({ object: { levels: { allow: 1, inspect: 2 } }, env: false, file: { text: '{"levels":{"allow":5,"inspect":9}}', format: 'json' } })).resolves.toBeDefined();
    expect(mergeConfig({ scanners: ['a', 'b'] }, { scanners: ['c'] })).toEqual({ scanners: ['c'] });
  });

  it('maps to createBouncer options (scanners and dataDir stay with the caller)', () => {
    const o = configToOptions({ scanners: ['X'], dataDir: '/x', preset: 'minimal', aggregate: 'bouncer', store: { path: 'p.db' } });
    expect(o).toEqual({ preset: 'minimal', aggregate: 'bouncer', store: { path: 'p.db' } });
  });
});
