/**
 * Bundle budgets (the size-limit check): the core entry stays small because the scanner catalogue,
 * the models, the worker transport and the store load only when used.
 */
import { describe, expect, it } from 'vitest';
import { ENTRIES, measureEntry } from '../../bench/bundle-size.js';

describe('bundle size', () => {
  it('keeps the core entry (".") at or under 60 KB gzip, with no model runtime, database or vector index in it', async () => {
    const core = await measureEntry('.', ENTRIES['.'] as string);
    expect(core.staticGzip).toBeLessThanOrEqual(60 * 1024);
    for (const heavy of ['onnxruntime-web', '@journeyapps/wa-sqlite', '@orama/orama', 'comlink', 'gpt-tokenizer', 'libphonenumber-js']) expect(core.staticPackages).not.toContain(heavy);
  }, 120_000);

  it('keeps the worker entry free of the engine (the worker module decides what it bundles)', async () => {
    const w = await measureEntry('./worker', ENTRIES['./worker'] as string);
    expect(w.staticGzip).toBeLessThanOrEqual(15 * 1024);
    expect(w.staticPackages).toEqual(['comlink']);
  }, 120_000);
});
