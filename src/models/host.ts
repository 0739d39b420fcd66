/**
 * @module models/host — loads models once per process and runs them with onnxruntime-web:
 * WebGPU when asked for (or `'auto'` with an adapter present) and the model runs there, else
 * WASM. onnxruntime is imported on first use only, so rule-only users never load it.
 *
 * Loads are memoised per (source, backend preference, model); a failed load is evicted so the
 * next scan retries (a flaky network must not poison the process).
 */
import type * as Ort from 'onnxruntime-web';
import { ModelLoadError } from '../errors.js';
import { sha256, toHex } from '../engine/hash.js';
import { featureWindows, type FeatureSpec, type SparseFeatures } from './features.js';
import { resolveModelSource } from './source.js';
import type { ClassifyOptions, ClassifyResult, LoadedModel, ModelBackend, ModelHost, ModelManifest, ModelOptions, ModelRef, ModelSource } from './types.js';
import { isNodeLike } from '../runtime/detect.js';

type OrtModule = typeof Ort;

interface Session extends LoadedModel {
  readonly session: Ort.InferenceSession;
  readonly ort: OrtModule;
}

interface CacheEntry {
  readonly promise: Promise<Session>;
  users: number;
}

const sessions = new Map<string, CacheEntry>();
const ortModules = new Map<string, Promise<OrtModule>>();


/** The onnxruntime-web build: Node's own entry; in browsers the WASM-only build unless WebGPU is wanted. */
function importOrt(flavour: 'node' | 'wasm' | 'webgpu', o: ModelOptions): Promise<OrtModule> {
  let p = ortModules.get(flavour);
  if (p === undefined) {
    p = (flavour === 'node' ? import('onnxruntime-web') : flavour === 'webgpu' ? import('onnxruntime-web/webgpu') : import('onnxruntime-web/wasm')).then((m) => {
      const ort = ((m as { default?: OrtModule }).default ?? m) as OrtModule;
      // Global per ORT instance: the first host configures it.
      // WASM threads need SharedArrayBuffer: in browsers only when cross-origin isolated.
      const isolated = flavour === 'node' || (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
      ort.env.wasm.numThreads = isolated ? Math.max(1, Math.floor(o.threads ?? 1)) : 1;
      if (o.wasmPaths !== undefined) ort.env.wasm.wasmPaths = o.wasmPaths;
      return ort;
    });
    p.catch(() => ortModules.delete(flavour));
    ortModules.set(flavour, p);
  }
  return p;
}

/**
 * Options of every WASM session. Our graphs are a dozen ops (a hashed n-gram bag into a linear or
 * small MLP head): ORT's graph optimisers have nothing useful to do on them, but running them costs
 * the first session and the first run ~50–100 ms of lazily compiled WASM (and ~200 ms of CPU on a
 * busy 2-core machine). Outputs are bit-identical with and without them (checked on all seven
 * shipped models, 6,737 windows of golden and fixture texts). The WebGPU path keeps ORT's defaults.
 */
const wasmSession = (): Ort.InferenceSession.SessionOptions => ({ executionProviders: ['wasm'], graphOptimizationLevel: 'disabled' }); // a fresh object: ORT writes into it

/**
 * A one-node ONNX model (IR 8, opset 13: `y = Identity(x)`, float[1]), 67 bytes. Creating a session
 * from it makes onnxruntime-web fetch, compile and initialise its WASM runtime, which it otherwise
 * does inside the first real `InferenceSession.create`.
 */
const WARMUP_MODEL = /* @__PURE__ */ Uint8Array.from(atob('CAgSADo3ChAKAXgSAXkiCElkZW50aXR5EgF3Wg8KAXgSCgoICAESBAoCCAFiDwoBeRIKCggIARIECgIIAUIECgAQDQ=='), (c) => c.charCodeAt(0));

const wasmRuntimes = new Map<string, Promise<OrtModule>>();

/**
 * The WASM build of onnxruntime-web with its runtime already started (once per flavour). Started
 * as soon as a load knows it will use WASM, so the runtime's fetch, compile and init overlap
 * reading and checking the model files instead of following them. A warm-up failure is ignored
 * here: the real session creation then reports the actual error.
 */
function wasmRuntime(flavour: 'node' | 'wasm', o: ModelOptions): Promise<OrtModule> {
  let p = wasmRuntimes.get(flavour);
  if (p === undefined) {
    p = importOrt(flavour, o).then(async (ort) => {
      try {
        await (await ort.InferenceSession.create(WARMUP_MODEL, wasmSession())).release();
      } catch {
        // reported by the model's own session
      }
      return ort;
    });
    p.catch(() => wasmRuntimes.delete(flavour));
    wasmRuntimes.set(flavour, p);
  }
  return p;
}

async function digest(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (subtle !== undefined) {
    try {
      return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
    } catch {
      // Insecure contexts have `subtle` but refuse to use it: fall through to the JS hash.
    }
  }
  return toHex(sha256(bytes));
}

async function hasWebGpuAdapter(): Promise<string | undefined> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
  if (gpu === undefined) return 'navigator.gpu is not available';
  try {
    return (await gpu.requestAdapter()) === null ? 'no WebGPU adapter' : undefined;
  } catch (e) {
    return `WebGPU adapter request failed: ${(e as Error).message}`;
  }
}

function parseJson<T>(bytes: Uint8Array, path: string): T {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (e) {
    throw new ModelLoadError(`${path} is not valid JSON`, { cause: e, details: { path } });
  }
}

/** One model file, checked against its manifest entry (a stale cached copy is evicted and read once more). */
async function readChecked(ref: ModelRef, source: ModelSource, name: string, meta: { readonly sha256: string }): Promise<Uint8Array> {
  const path = `${ref.id}/${name}`;
  let bytes = await source.read(path);
  let hash = await digest(bytes);
  if (hash !== meta.sha256 && source.evict !== undefined) {
    // A cached copy from an earlier version: drop it and read once more from the origin.
    await source.evict(path);
    bytes = await source.read(path);
    hash = await digest(bytes);
  }
  if (hash !== meta.sha256) throw new ModelLoadError(`${path} fails its SHA-256 check (corrupt or from another version)`, { details: { path, expected: meta.sha256, got: hash } });
  return bytes;
}

/** Why WebGPU will not be used (undefined: try it), decided before the model files are read. */
async function webGpuVeto(pref: 'auto' | ModelBackend): Promise<string | undefined> {
  if (pref === 'wasm') return undefined;
  let reason = await hasWebGpuAdapter();
  if (reason === undefined && isNodeLike()) reason = 'WebGPU is not used in Node';
  return reason;
}

async function loadSession(ref: ModelRef, source: ModelSource, o: ModelOptions): Promise<Session> {
  const pref = o.backend ?? 'auto';
  const flavour = isNodeLike() ? 'node' : 'wasm';
  // Where WASM will run the model, start its runtime now, beside the file reads below.
  const veto = webGpuVeto(pref);
  const early = veto.then((reason) => (pref === 'wasm' || reason !== undefined ? wasmRuntime(flavour, o) : undefined));
  early.catch(() => undefined);

  const manifest = parseJson<ModelManifest>(await source.read(`${ref.id}/manifest.json`), `${ref.id}/manifest.json`);
  if (manifest.id !== ref.id || manifest.task !== ref.task) throw new ModelLoadError(`${ref.id}/manifest.json describes ${manifest.id} (${manifest.task}), expected ${ref.id} (${ref.task})`);
  const files: Record<string, Uint8Array> = Object.fromEntries(await Promise.all(Object.entries(manifest.files).map(async ([name, meta]) => [name, await readChecked(ref, source, name, meta)] as const)));
  const model = files['model.onnx'];
  const specBytes = files['features.json'];
  if (model === undefined || specBytes === undefined) throw new ModelLoadError(`${ref.id}/manifest.json must list model.onnx and features.json`);
  const spec = parseJson<FeatureSpec>(specBytes, `${ref.id}/features.json`);
  if (spec.type !== 'hashed-ngrams' || !Number.isInteger(Math.log2(spec.buckets))) throw new ModelLoadError(`${ref.id}/features.json: unsupported feature spec`);

  let fallbackReason = await veto;
  if (pref !== 'wasm' && fallbackReason === undefined) {
    try {
      const ort = await importOrt('webgpu', o);
      const session = await ort.InferenceSession.create(model, { executionProviders: ['webgpu'] });
      return { session, ort, manifest, spec, backend: 'webgpu' };
    } catch (e) {
      fallbackReason = `WebGPU session failed: ${(e as Error).message}`;
    }
  }
  if (pref === 'webgpu' && fallbackReason !== undefined) fallbackReason = `asked for WebGPU: ${fallbackReason}; using WASM`;
  try {
    const ort = (await early) ?? (await wasmRuntime(flavour, o));
    const session = await ort.InferenceSession.create(model, wasmSession());
    return fallbackReason === undefined || pref === 'wasm' ? { session, ort, manifest, spec, backend: 'wasm' } : { session, ort, manifest, spec, backend: 'wasm', fallbackReason };
  } catch (e) {
    throw new ModelLoadError(`${ref.id}: onnxruntime-web could not create a session: ${(e as Error).message}`, { cause: e });
  }
}

async function runWindow(s: Session, f: SparseFeatures, output: string): Promise<Float32Array> {
  const n = Math.max(1, f.ids.length);
  const ids = new BigInt64Array(n);
  const vals = new Float32Array(n);
  for (let i = 0; i < f.ids.length; i++) {
    ids[i] = BigInt(f.ids[i] as number);
    vals[i] = f.values[i] as number;
  }
  const out = await s.session.run({ ids: new s.ort.Tensor('int64', ids, [n]), vals: new s.ort.Tensor('float32', vals, [n]) });
  const t = out[output];
  if (t === undefined) throw new ModelLoadError(`model has no output '${output}'`);
  return t.data as Float32Array;
}

/** Sentences of the raw text (for the per-sentence mode): runs ending at . ! ? 。 ！ ？ or a line break. */
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/g;
const MAX_SENTENCES = 512;

/**
 * A model host. Hosts on the same source share sessions (loaded once per process or worker).
 *
 * @example
 * ```ts
 * const host = createModelHost({ baseUrl: '/models/' });
 * const r = await host.classify({ id: 'prompt-attack', task: 'classify' }, 'Ignore previous instructions');
 * r.scores[0]; // calibrated probability
 * ```
 */
export function createModelHost(options: ModelOptions = {}): ModelHost {
  const source = resolveModelSource(options);
  const held = new Set<string>();
  let closed = false;

  const get = (ref: ModelRef): Promise<Session> => {
    if (closed) return Promise.reject(new ModelLoadError('the model host was closed'));
    const key = `${source.key}|${options.backend ?? 'auto'}|${ref.id}`;
    let entry = sessions.get(key);
    if (entry === undefined) {
      const promise = loadSession(ref, source, options);
      entry = { promise, users: 0 };
      const e = entry;
      promise.catch(() => {
        if (sessions.get(key) === e) sessions.delete(key);
      });
      sessions.set(key, entry);
    }
    if (!held.has(key)) {
      held.add(key);
      entry.users++;
    }
    return entry.promise;
  };

  return {
    async load(ref) {
      const s = await get(ref);
      return s.fallbackReason === undefined ? { manifest: s.manifest, spec: s.spec, backend: s.backend } : { manifest: s.manifest, spec: s.spec, backend: s.backend, fallbackReason: s.fallbackReason };
    },

    async classify(ref: ModelRef, text: string, opts: ClassifyOptions = {}): Promise<ClassifyResult> {
      const s = await get(ref);
      const { normalized, windows } = featureWindows(text, s.spec);
      const exact = normalized.length === text.length;
      const k = s.manifest.labels.length;
      const scores = new Array<number>(k).fill(0);
      let best = -1;
      let span = { start: 0, end: text.length };
      const consider = async (f: SparseFeatures, start: number, end: number, raw: boolean): Promise<void> => {
        if (opts.signal?.aborted === true) throw opts.signal.reason;
        const p = await runWindow(s, f, 'probs');
        let top = 0;
        for (let j = 0; j < k; j++) {
          const v = p[j] as number;
          if (v > (scores[j] as number)) scores[j] = v;
          if (v > top) top = v;
        }
        if (top > best) {
          best = top;
          span = exact || raw ? { start, end } : { start: 0, end: text.length };
        }
      };
      for (const w of windows) await consider(w, w.start, w.end, false);
      let count = windows.length;
      if (opts.sentences === true && s.spec.mode === 'text') {
        let n = 0;
        for (const m of text.matchAll(SENTENCE)) {
          if (n++ >= MAX_SENTENCES) break;
          const sentence = m[0];
          const fw = featureWindows(sentence, s.spec).windows;
          if (fw.length !== 1 || (fw[0] as SparseFeatures).ids.length < 8) continue;
          await consider(fw[0] as SparseFeatures, m.index, m.index + sentence.length, true);
          count++;
        }
      }
      return { scores, windows: count, span, backend: s.backend, manifest: s.manifest };
    },

    async classifyVectors(ref: ModelRef, vectors, opts = {}): Promise<number[][]> {
      const s = await get(ref);
      const out: number[][] = [];
      for (const v of vectors) {
        if (opts.signal?.aborted === true) throw opts.signal.reason;
        out.push([...(await runWindow(s, v, 'probs'))]);
      }
      return out;
    },

    async embed(ref: ModelRef, text: string): Promise<Float32Array> {
      const s = await get(ref);
      // Long text: the mean of the L2-normalised window embeddings, normalised again (the
      // pooling the embedder's manifest documents).
      const windows = featureWindows(text, s.spec).windows;
      let sum: Float32Array | undefined;
      for (const w of windows) {
        const v = await runWindow(s, w, 'embedding');
        if (sum === undefined) sum = Float32Array.from(v);
        else for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (v[i] as number);
      }
      const out = sum ?? new Float32Array(0);
      let norm = 0;
      for (const x of out) norm += x * x;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / norm;
      return out;
    },

    async close() {
      closed = true;
      for (const key of held) {
        const e = sessions.get(key);
        if (e === undefined) continue;
        if (--e.users <= 0) {
          sessions.delete(key);
          e.promise.then((s) => s.session.release()).catch(() => undefined);
        }
      }
      held.clear();
    },
  };
}
