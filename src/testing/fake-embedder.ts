/**
 * @module testing/fake-embedder — a model host whose embedder is a bag of words hashed into 1,024
 * dimensions (L2-normalised), for unit tests of embedding scanners without the real model. It
 * counts its `embed` calls; `classify` and `load` reject.
 */
import type { ModelHost } from '../models/types.js';

/**
 * A fake host for embedding scanners.
 *
 * @example
 * ```ts
 * const models = fakeEmbedHost();
 * await runScanner(contentRelevance(), answer, { direction: 'output', prompt, models });
 * models.calls; // 2
 * ```
 */
export function fakeEmbedHost(): ModelHost & { readonly calls: number } {
  let calls = 0;
  const host: ModelHost & { readonly calls: number } = {
    get calls() {
      return calls;
    },
    load: () => Promise.reject(new Error('fakeEmbedHost: load is not supported')),
    classify: () => Promise.reject(new Error('fakeEmbedHost: classify is not supported')),
    close: () => Promise.resolve(),
    embed(_ref, text) {
      calls++;
      const v = new Float32Array(1024);
      for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) {
        let h = 0;
        for (let i = 0; i < w.length; i++) h = (h * 31 + w.charCodeAt(i)) >>> 0;
        v[h % 1024] = (v[h % 1024] as number) + 1;
      }
      let n = 0;
      for (const x of v) n += x * x;
      n = Math.sqrt(n) || 1;
      return Promise.resolve(v.map((x) => x / n));
    },
  };
  return host;
}
