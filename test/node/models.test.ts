/**
 * @module test/node/models — every shipped model (`models/<id>/`) loads through the library's
 * runtime and reproduces the golden scores its training script computed (a broken export, a
 * featuriser drift or a wrong file fails here), fits the size budgets, and each model scanner's
 * default threshold is the one its manifest ships.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModelHost } from '../../src/models/host.js';
import type { ModelManifest } from '../../src/models/types.js';
import { harmfulRequest } from '../../src/scanners/harmful/request.js';
import { injectionClassifier } from '../../src/scanners/injection/classifier.js';
import { refusalClassifier } from '../../src/scanners/refusal/classifier.js';
import { toxicityClassifier } from '../../src/scanners/toxicity/classifier.js';
import { urlsClassifier } from '../../src/scanners/urls/classifier.js';

const DIR = new URL('../../models/', import.meta.url);
const ids = readdirSync(DIR).filter((d) => existsSync(new URL(`${d}/manifest.json`, DIR)));
const manifest = (id: string): ModelManifest => JSON.parse(readFileSync(new URL(`${id}/manifest.json`, DIR), 'utf8')) as ModelManifest;
const host = createModelHost();

describe('shipped models', () => {
  it('are all present', () => {
    expect(ids.sort()).toEqual(expect.arrayContaining(['prompt-attack', 'refusal', 'toxicity', 'url']));
  });

  it('fit the size budgets (prompt-attack ≤ 8 MB, harmful-request ≤ 5 MB, all ≤ 20 MB)', () => {
    const size = (id: string): number => readdirSync(new URL(`${id}/`, DIR)).reduce((a, f) => a + statSync(new URL(`${id}/${f}`, DIR)).size, 0);
    expect(size('prompt-attack')).toBeLessThanOrEqual(8e6);
    expect(size('harmful-request')).toBeLessThanOrEqual(5e6);
    expect(ids.reduce((a, id) => a + size(id), 0)).toBeLessThanOrEqual(20e6);
  });

  it.each(ids)('%s reproduces its golden scores through onnxruntime-web', async (id) => {
    const m = manifest(id);
    const golden = JSON.parse(readFileSync(new URL(`${id}/golden.json`, DIR), 'utf8')) as Array<{ text: string; probs?: number[]; embedding?: number[] }>;
    expect(golden.length).toBeGreaterThan(3);
    for (const g of golden) {
      if (m.task === 'classify') {
        const r = await host.classify({ id, task: 'classify' }, g.text);
        r.scores.forEach((p, k) => expect(p).toBeCloseTo(g.probs?.[k] as number, 3));
      } else {
        const v = await host.embed({ id, task: 'embed' }, g.text);
        const want = g.embedding as number[];
        const cos = want.reduce((a, w, k) => a + w * (v[k] as number), 0);
        expect(cos).toBeGreaterThan(0.999);
      }
    }
  });

  it('model scanners default to the threshold their manifest ships', () => {
    const pairs: Array<[string, number]> = [
      ['prompt-attack', injectionClassifier().threshold],
      ['toxicity', toxicityClassifier().threshold],
      ['refusal', refusalClassifier().threshold],
      ['url', urlsClassifier().threshold],
      ['harmful-request', harmfulRequest().threshold],
    ];
    for (const [id, t] of pairs) expect([id, t]).toEqual([id, manifest(id).threshold]);
  });
});
