import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModelHost } from '../../models/host.js';
import { loadNameLexicon } from './names.js';
import { mergeNameSpans, modelNameHits, nameTokenVectors, PII_NAMES_MODEL } from './name-model.js';

const golden = JSON.parse(readFileSync(new URL('../../../models/pii-names/token-golden.json', import.meta.url), 'utf8')) as Array<{ text: string; tokens: Array<[number, number, number]> }>;

describe('pii/name-model', () => {
  it('reproduces the training script per-token probabilities through onnxruntime-web (featuriser twin)', async () => {
    const host = createModelHost();
    const lex = await loadNameLexicon();
    const spec = (await host.load(PII_NAMES_MODEL)).spec;
    expect(golden.length).toBeGreaterThan(3);
    for (const g of golden) {
      const vectors = nameTokenVectors(g.text, spec.buckets, lex);
      expect(vectors.map((v) => [v.start, v.end]), g.text).toEqual(g.tokens.map(([s, e]) => [s, e]));
      const probs = await host.classifyVectors?.(PII_NAMES_MODEL, vectors);
      probs?.forEach((p, i) => expect(p[0], `${g.text} token ${i}`).toBeCloseTo(g.tokens[i]?.[2] as number, 2));
    }
    await host.close();
  });

  it('tags names and leaves places and organisations', async () => {
    const host = createModelHost();
    const lex = await loadNameLexicon();
    const text = 'Seth had given Irma his address before he flew to Chicago with Acme Airlines.';
    const hits = await modelNameHits(host, text, lex);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['Seth', 'Irma']));
    expect(hits.map((h) => text.slice(h.start, h.end))).not.toContain('Acme');
    await host.close();
  });

  it('merges adjacent tagged words into one name', () => {
    expect(mergeNameSpans('Ana Ruiz Soto, Bo', [{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 9, end: 13 }, { start: 15, end: 17 }]).map((s) => [s.start, s.end])).toEqual([[0, 13], [15, 17]]);
  });

  it('rejects clearly when the host cannot score vectors', async () => {
    const host = { ...createModelHost(), classifyVectors: undefined };
    await expect(modelNameHits(host, 'Hi Ana', undefined)).rejects.toThrow(/per-token/);
  });
});
