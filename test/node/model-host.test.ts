/**
 * @module test/node/model-host — the model runtime on tiny fixture models (written by
 * `training/common/fixture.py`; the classifier's score rises with the word "zebra"): loading,
 * windows, sentences, embeddings, hash checks, typed load errors, backend fallback, and a model
 * scanner inside a real bouncer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../src/index.js';
import { ModelLoadError } from '../../src/errors.js';
import { createModelHost } from '../../src/models/host.js';
import { fileModelSource } from '../../src/models/source.js';
import type { ModelRef, ModelSource } from '../../src/models/types.js';
import { defineModelScanner } from '../../src/scanners/model-scanner.js';

const DIR = new URL('../fixtures/models/', import.meta.url);
const TINY: ModelRef = { id: 'tiny-classifier', task: 'classify' };
const ENC: ModelRef = { id: 'tiny-encoder', task: 'embed' };
const files = (id: string): Record<string, Uint8Array> =>
  Object.fromEntries(['model.onnx', 'features.json', 'manifest.json'].map((f) => [`${id}/${f}`, new Uint8Array(readFileSync(new URL(`${id}/${f}`, DIR)))]));
const zebraScanner = () =>
  defineModelScanner({ id: 'test/zebra', kind: 'both', category: 'policy', severity: 'low', description: 'zebra', model: TINY, label: 'zebra', finding: 'mentions zebras', defaultThreshold: 0.5 });

describe('model host', () => {
  const host = createModelHost({ source: fileModelSource(DIR) });

  it('loads once and scores with the calibrated probability', async () => {
    const yes = await host.classify(TINY, 'a zebra');
    const no = await host.classify(TINY, 'a horse');
    expect(yes.scores[0]).toBeGreaterThan(0.9);
    expect(no.scores[0]).toBeLessThan(0.2);
    expect(yes.backend).toBe('wasm');
    expect(yes.manifest.labels).toEqual(['zebra']);
  });

  it('scores long text in overlapping windows: a word at the very end is not missed', async () => {
    const text = `${'horse '.repeat(200)}zebra`;
    const r = await host.classify(TINY, text);
    expect(r.windows).toBeGreaterThan(10);
    expect(r.scores[0]).toBeGreaterThan(0.5);
    expect(r.span.end).toBe(text.length);
    expect(text.slice(r.span.start, r.span.end)).toContain('zebra');
  });

  it('sentence mode adds per-sentence scores with raw spans', async () => {
    const text = 'Horses are fast animals in the wild. Stripes on a zebra confuse the flies that bite it. Cows are calm.';
    const r = await host.classify(TINY, text, { sentences: true });
    expect(r.windows).toBeGreaterThan(1);
    expect(text.slice(r.span.start, r.span.end)).toContain('zebra');
  });

  it('embeds into an L2-normalised vector', async () => {
    const v = await host.embed(ENC, 'some words to embed');
    expect(v.length).toBe(8);
    expect(Math.hypot(...v)).toBeCloseTo(1, 4);
  });

  it('asking for WebGPU in Node falls back to WASM and says why', async () => {
    const h = createModelHost({ source: fileModelSource(DIR), backend: 'webgpu' });
    const m = await h.load(TINY);
    expect(m.backend).toBe('wasm');
    expect(m.fallbackReason).toMatch(/WebGPU/);
    await h.close();
  });

  it('a missing file, a hash mismatch and a corrupt model are typed ModelLoadErrors', async () => {
    const missing = createModelHost({ files: {} });
    await expect(missing.classify(TINY, 'x')).rejects.toBeInstanceOf(ModelLoadError);
    const tampered = files('tiny-classifier');
    const bytes = tampered['tiny-classifier/model.onnx'] as Uint8Array;
    bytes[200] = (bytes[200] as number) ^ 0xff;
    await expect(createModelHost({ files: tampered }).classify(TINY, 'x')).rejects.toThrow(/SHA-256/);
    // Garbage whose hash the manifest vouches for: ORT itself must refuse it.
    const garbage = new TextEncoder().encode('not an onnx model');
    const { sha256, toHex } = await import('../../src/engine/hash.js');
    const f = files('tiny-classifier');
    const manifest = JSON.parse(new TextDecoder().decode(f['tiny-classifier/manifest.json'])) as { files: Record<string, { sha256: string; bytes: number }> };
    manifest.files['model.onnx'] = { sha256: toHex(sha256(garbage)), bytes: garbage.length };
    const corrupt = { ...f, 'tiny-classifier/model.onnx': garbage, 'tiny-classifier/manifest.json': JSON.stringify(manifest) };
    const err = await createModelHost({ files: corrupt }).classify(TINY, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelLoadError);
    expect((err as ModelLoadError).code).toBe('MODEL_LOAD');
  });

  it('a failed load is not cached: the next call retries', async () => {
    let fail = true;
    const real = fileModelSource(DIR);
    const flaky: ModelSource = { key: 'flaky', read: async (p) => { if (fail) throw new ModelLoadError('offline'); return real.read(p); } };
    const h = createModelHost({ source: flaky });
    await expect(h.classify(TINY, 'zebra')).rejects.toThrow(/offline/);
    fail = false;
    expect((await h.classify(TINY, 'zebra')).scores[0]).toBeGreaterThan(0.5);
  });
});

describe('model scanners in a bouncer', () => {
  it('report the model, its backend and the windows in the detection', async () => {
    const bouncer = await createBouncer({ scanners: [zebraScanner()], models: { files: files('tiny-classifier') } });
    await bouncer.ready();
    const r = await bouncer.scanInput('I saw a zebra today');
    const d = r.detections[0];
    expect(d?.detected).toBe(true);
    expect(d?.model).toEqual({ id: 'tiny-classifier', backend: 'wasm', windows: 1 });
    expect(d?.matches[0]).toMatchObject({ start: 0, end: 19, label: 'zebra' });
    await bouncer.close();
  });

  it('a model that cannot load is a scanner error (MODEL_LOAD), never a crash; ready() rejects', async () => {
    const bouncer = await createBouncer({ scanners: [zebraScanner()], models: { files: {} } });
    await expect(bouncer.ready()).rejects.toBeInstanceOf(ModelLoadError);
    const r = await bouncer.scanInput('a zebra');
    expect(r.detections[0]?.error?.code).toBe('MODEL_LOAD');
    expect(r.recommendation).not.toBe('allow');
  });

  it('empty and whitespace-only text score 0 without running the model', async () => {
    const bouncer = await createBouncer({ scanners: [zebraScanner()], models: { files: {} } });
    const r = await bouncer.scanInput('   ');
    expect(r.detections.every((d) => d.error === undefined && d.score === 0)).toBe(true);
    expect(r.recommendation).toBe('allow');
  });
});

describe('embeddings of long text', () => {
  it('are the re-normalised mean of the window embeddings', async () => {
    const host = createModelHost({ source: fileModelSource(DIR) });
    const long = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon';
    const v = await host.embed(ENC, long);
    expect(Math.hypot(...v)).toBeCloseTo(1, 4);
    const first = await host.embed(ENC, long.split(' ').slice(0, 16).join(' '));
    expect(v).not.toEqual(first);
  });
});
