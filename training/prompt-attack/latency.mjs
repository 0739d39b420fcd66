/**
 * ONNX run time of token-model candidates (train_tokens.py) for one 256-token window, through
 * onnxruntime-web in Node (WASM, one thread) — the runtime and setting of the latency
 * budget (p50 <= 10 ms for a 256-token prompt). Tokenisation is not included.
 *
 *   node training/prompt-attack/latency.mjs DIR/tx-2x128.onnx DIR/cnn-96.onnx ...  [--json out.json]
 *
 * Prints p50, p90 and min over 300 runs after 20 warm-up runs, and the 1-minute load average:
 * on a shared machine the min is the closest to an idle core.
 */
import { loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';

ort.env.wasm.numThreads = 1;
const args = process.argv.slice(2);
const j = args.indexOf('--json');
const jsonOut = j >= 0 ? args.splice(j, 2)[1] : undefined;
const L = 256;
const N = 300;
const out = {};
for (const path of args) {
  const s = await ort.InferenceSession.create(readFileSync(path), { executionProviders: ['wasm'] });
  const ids = new BigInt64Array(L);
  for (let i = 0; i < L; i++) ids[i] = BigInt(2 + ((i * 37) % 1900));
  const feeds = { input_ids: new ort.Tensor('int64', ids, [1, L]), attention_mask: new ort.Tensor('int64', new BigInt64Array(L).fill(1n), [1, L]) };
  for (let i = 0; i < 20; i++) await s.run(feeds);
  const t = [];
  for (let i = 0; i < N; i++) {
    const a = performance.now();
    await s.run(feeds);
    t.push(performance.now() - a);
  }
  t.sort((a, b) => a - b);
  const name = path.split('/').pop().replace(/\.onnx$/, '');
  out[name] = { tokens: L, p50Ms: +t[N / 2].toFixed(2), p90Ms: +t[Math.floor(N * 0.9)].toFixed(2), minMs: +t[0].toFixed(2), load1: +loadavg()[0].toFixed(2) };
  console.log(`${name.padEnd(12)} ${L} tokens: p50 ${out[name].p50Ms} ms, p90 ${out[name].p90Ms} ms, min ${out[name].minMs} ms (load ${out[name].load1})`);
  await s.release();
}
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(out, null, 1) + '\n');
