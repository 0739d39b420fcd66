/**
 * The model host's loading behaviour: `models.preload` starts loads at `createBouncer`, a failed
 * preload never throws and is retried by the scan, and the default stays lazy. Uses the tiny
 * fixture models of `test/fixtures/models/` (the classifier's score rises with "zebra").
 */
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../index.js';
import { ConfigError, ModelLoadError } from '../errors.js';
import { defineModelScanner } from '../scanners/model-scanner.js';
import { createModelHost } from './host.js';
import { fileModelSource } from './source.js';
import type { ModelRef, ModelSource } from './types.js';

const DIR = new URL('../../test/fixtures/models/', import.meta.url);
const TINY: ModelRef = { id: 'tiny-classifier', task: 'classify' };
const zebra = () =>
  defineModelScanner({ id: 'test/zebra', kind: 'both', category: 'policy', severity: 'low', description: 'zebra', model: TINY, label: 'zebra', finding: 'mentions zebras', defaultThreshold: 0.5 });

/** A file source that records the paths asked for (a fresh key each, so no session is shared). */
let sources = 0;
function recording(fail = false): { source: ModelSource; reads: string[] } {
  const inner = fileModelSource(DIR);
  const reads: string[] = [];
  return {
    reads,
    source: {
      key: `recording:${++sources}`,
      async read(path) {
        reads.push(path);
        if (fail) throw new ModelLoadError('offline');
        return inner.read(path);
      },
    },
  };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

describe('model loading', () => {
  it('is lazy by default: no model file is read before the first model scan', async () => {
    const { source, reads } = recording();
    const bouncer = await createBouncer({ scanners: [zebra()], models: { source } });
    await settle();
    expect(reads).toEqual([]);
    expect((await bouncer.scanInput('a zebra')).detections[0]?.detected).toBe(true);
    expect(reads).toContain('tiny-classifier/model.onnx');
    await bouncer.close();
  });

  it('models.preload starts the load at createBouncer, and the scan reuses it', async () => {
    const { source, reads } = recording();
    const bouncer = await createBouncer({ scanners: [zebra()], models: { source, preload: true } });
    await bouncer.ready();
    const before = reads.length;
    expect(reads).toContain('tiny-classifier/model.onnx');
    const r = await bouncer.scanInput('I saw a zebra today');
    expect(r.detections[0]?.model).toEqual({ id: 'tiny-classifier', backend: 'wasm', windows: 1 });
    expect(reads.length).toBe(before);
    await bouncer.close();
  });

  it('a failed preload never throws; the scan retries and reports MODEL_LOAD', async () => {
    const { source, reads } = recording(true);
    const bouncer = await createBouncer({ scanners: [zebra()], models: { source, preload: true } });
    await settle();
    const first = reads.length;
    expect(first).toBeGreaterThan(0);
    const r = await bouncer.scanInput('a zebra');
    expect(r.detections[0]?.error?.code).toBe('MODEL_LOAD');
    expect(reads.length).toBeGreaterThan(first);
  });

  it('models.preload must be a boolean', async () => {
    await expect(createBouncer({ scanners: [zebra()], models: { preload: 'yes' as unknown as boolean } })).rejects.toBeInstanceOf(ConfigError);
  });

  it('two models load concurrently and score as when loaded one by one', async () => {
    const both = createModelHost({ source: fileModelSource(DIR) });
    const [a, b] = await Promise.all([both.classify(TINY, 'zebra zebra'), both.embed({ id: 'tiny-encoder', task: 'embed' }, 'zebra zebra')]);
    const one = createModelHost({ source: recording().source });
    expect((await one.classify(TINY, 'zebra zebra')).scores).toEqual(a.scores);
    expect(b.length).toBe(8);
    await Promise.all([both.close(), one.close()]);
  });
});
