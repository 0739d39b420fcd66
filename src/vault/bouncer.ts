/**
 * @module vault/bouncer — what `createBouncer({ vault })` adds: the vault the scanners search
 * (`ctx.vault`), learning after each scan, and the `bouncer.vault` / `bouncer.threats` objects.
 * Imported by `createBouncer` only when the option is set.
 *
 * Learning rule: after an INPUT scan, if a detection from an attack category (injection,
 * indirect, jailbreak, obfuscation) is `detected` with a score ≥ `autoStoreMinConfidence`
 * (default 0.8), the scanned text is stored: hash + embedding of its canonical form, the
 * strongest such detection's scanner id, severity and score, and the scan id (so feedback can
 * remove it). Of a text over 200 characters only the sentences around that detection's matches
 * are stored (see {@link attackPart}). Responses are never stored, nor parts over 20 000 characters (their
 * averaged embedding would match little), nor detections of `vault/similarity` itself (a vault
 * that learned from its own matches would spread one false positive).
 */
import { sha256Hex } from '../engine/hash.js';
import { BouncerError, ConfigError, isBouncerError } from '../errors.js';
import { createMemoryEtagStore, exportFeed, importFeed, syncFeed } from '../feed/feed.js';
import type { BouncerThreatsApi, EmbeddingModelSpec, SyncRecord } from '../feed/types.js';
import type { ModelHost } from '../models/types.js';
import { vaultSimilarity } from '../scanners/vault/similarity.js';
import type { Category, ScanReport, Scanner } from '../types.js';
import { EMBEDDER_MODEL, vaultText } from './key.js';
import type { Store } from '../store/types.js';
import { storeEtagStore, storeVaultStorage } from './store-storage.js';
import { createVault } from './vault.js';
import type { BouncerVaultApi, BouncerVaultOptions, BouncerVaultStats, Vault, VaultReader } from './types.js';

/** Default confidence a detection needs before its text is stored. */
export const DEFAULT_AUTO_STORE_MIN_CONFIDENCE = 0.8;
/** Longest text stored automatically (UTF-16 units). */
export const MAX_AUTO_STORE_CHARS = 20_000;
/** Categories whose detections teach the vault. */
export const LEARNING_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['injection', 'indirect', 'jailbreak', 'obfuscation']);
const MAX_SYNC_RECORDS = 50;
/** Texts longer than this may be stored as the sentences around the detection's matches, not whole. */
export const SPAN_FROM_CHARS = 200;
/** At most this many characters are added on each side of the matches, up to a sentence end. */
export const SPAN_CONTEXT = 200;

const isBoundary = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f;

/**
 * What to store of a long text: the matched region widened to the sentences around it (at most
 * {@link SPAN_CONTEXT} characters each way). A poisoned document stored whole would match every
 * later clean copy of the same document or template (the bench shows it: agent tasks wrapped in
 * one framework template, with and without an injected tool result); the injected sentences do
 * not. Short texts, texts without match offsets, and regions covering most of the text are
 * stored whole.
 *
 * @example
 * ```ts
 * attackPart(longDocument, [{ start: 4000, end: 4060, label: 'x' }]); // the sentence(s) around 4000–4060
 * ```
 */
export function attackPart(text: string, matches: ReadonlyArray<{ readonly start: number; readonly end: number }>): string {
  if (text.length <= SPAN_FROM_CHARS || matches.length === 0) return text;
  let a = text.length;
  let b = 0;
  for (const m of matches) {
    a = Math.min(a, m.start);
    b = Math.max(b, m.end);
  }
  const lo = Math.max(0, a - SPAN_CONTEXT);
  const hi = Math.min(text.length, b + SPAN_CONTEXT);
  while (a > lo && !isBoundary(text.charCodeAt(a - 1))) a--;
  while (b < hi && !isBoundary(text.charCodeAt(b))) b++;
  if (b < text.length && isBoundary(text.charCodeAt(b))) b++;
  return b - a >= 0.8 * text.length ? text : text.slice(a, b).trim();
}

/** What `createBouncer` holds for a bouncer with a vault. */
export interface BouncerMemory {
  /** For `ScanContext.vault`. */
  readonly reader: VaultReader;
  /** Call after every scan (never throws; failures are counted in `vault.stats()`). */
  learn(report: ScanReport, text: string): Promise<void>;
  readonly vault: BouncerVaultApi;
  readonly threats: BouncerThreatsApi;
  /** `vault/similarity` with default options, registered by `createBouncer` unless the caller added one. */
  readonly scanner: Scanner;
}

/**
 * Validate the `vault` option and open the vault.
 *
 * @example
 * ```ts
 * const memory = await openBouncerMemory({ maxEntries: 5000 }, createModelHost());
 * ```
 */
export async function openBouncerMemory(options: BouncerVaultOptions, models: ModelHost, store?: Pick<Store, 'vault' | 'transaction' | 'syncHistory'>): Promise<BouncerMemory> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('vault must be an object ({ maxEntries?, autoStoreMinConfidence?, storage? })');
  const known = new Set(['maxEntries', 'autoStoreMinConfidence', 'storage']);
  for (const k of Object.keys(options)) if (!known.has(k)) throw new ConfigError(`vault: unknown option "${k}" (known: ${[...known].join(', ')})`);
  const minConf = options.autoStoreMinConfidence ?? DEFAULT_AUTO_STORE_MIN_CONFIDENCE;
  if (minConf !== false && (typeof minConf !== 'number' || !(minConf >= 0 && minConf <= 1))) throw new ConfigError('vault.autoStoreMinConfidence must be a number from 0 to 1, or false');
  const storage = options.storage ?? (store === undefined ? undefined : storeVaultStorage(store));
  const vault: Vault = await createVault({
    ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }),
    ...(storage === undefined ? {} : { storage }),
  });

  let autoStored = 0;
  let autoStoreFailures = 0;
  let lastAutoStoreError: string | null = null;
  const syncs: SyncRecord[] = [];
  // ETags (and the sync log) survive restarts when the bouncer has a store.
  const etags = store === undefined ? createMemoryEtagStore() : { get: storeEtagStore(store).get, set: () => undefined };

  // The embedding model's identity, for feeds: id + the model file's hash, and its dimension.
  let spec: Promise<EmbeddingModelSpec> | undefined;
  let specKnown: EmbeddingModelSpec | null = null;
  const modelSpec = (): Promise<EmbeddingModelSpec> => {
    spec ??= (async () => {
      const loaded = await models.load(EMBEDDER_MODEL);
      const sha = loaded.manifest.files['model.onnx']?.sha256 ?? '';
      const dim = (await models.embed(EMBEDDER_MODEL, 'dimension probe')).length;
      specKnown = { id: `${EMBEDDER_MODEL.id}@${sha.slice(0, 12)}`, dim };
      return specKnown;
    })();
    spec.catch(() => (spec = undefined));
    return spec;
  };

  const embed = (text: string): Promise<Float32Array> => models.embed(EMBEDDER_MODEL, text);
  const record = async (r: SyncRecord): Promise<void> => {
    if (store !== undefined) {
      const { at: _at, added, ...rest } = r;
      await store.syncHistory.append({ ...rest, ...(added === undefined ? {} : { added }) }).catch(() => undefined);
      return;
    }
    syncs.push(r);
    if (syncs.length > MAX_SYNC_RECORDS) syncs.shift();
  };
  const failure = (kind: SyncRecord['kind'], e: unknown, url?: string): SyncRecord => {
    const code = isBouncerError(e) ? e.code : '';
    return { kind, ...(url === undefined ? {} : { url }), at: new Date().toISOString(), status: code.startsWith('FEED_') && code !== 'FEED_FETCH' ? 'rejected' : 'error', error: (e as Error).message };
  };

  const vaultApi: BouncerVaultApi = {
    async stats(): Promise<BouncerVaultStats> {
      return { ...vault.stats(), autoStored, autoStoreFailures, lastAutoStoreError };
    },
    async search(text: string, k = 5) {
      if (typeof text !== 'string') throw new BouncerError('INVALID_INPUT', 'vault.search: text must be a string');
      const canon = vaultText(text);
      if (canon.length === 0 || vault.size() === 0) return [];
      return vault.search(await embed(canon), k);
    },
    remove: (hash: string) => vault.remove(hash),
    removeByScan: (scanId: string) => vault.removeByScan(scanId),
    clear: () => vault.clear(),
  };
  Object.freeze(vaultApi);

  const threats: BouncerThreatsApi = {
    async export(opts) {
      const feed = await exportFeed(vault, { ...opts, embeddingModel: await modelSpec() });
      await record({ kind: 'export', at: feed.createdAt, status: 'ok', added: feed.entries.length, keyId: feed.signature.keyId });
      return feed;
    },
    async import(feed, opts) {
      try {
        const r = await importFeed(vault, feed, { ...opts, embeddingModel: await modelSpec() });
        await record({ kind: 'import', at: new Date().toISOString(), status: 'ok', added: r.imported, keyId: r.keyId });
        return r;
      } catch (e) {
        await record(failure('import', e));
        throw e;
      }
    },
    async sync(url, opts) {
      try {
        const r = await syncFeed(vault, url, { etagStore: etags, ...opts, embeddingModel: await modelSpec() });
        const at = new Date().toISOString();
        await record(r.status === 'imported' ? { kind: 'sync', url, at, status: 'ok', added: r.imported, keyId: r.keyId, ...(r.etag === null ? {} : { etag: r.etag }) } : { kind: 'sync', url, at, status: 'not-modified', etag: r.etag });
        return r;
      } catch (e) {
        await record(failure('sync', e, url));
        throw e;
      }
    },
    async stats() {
      const s = vault.stats();
      const log: SyncRecord[] =
        store === undefined
          ? syncs.map((x) => ({ ...x }))
          : (await store.syncHistory.list({ limit: MAX_SYNC_RECORDS })).reverse().map((x) => ({
              kind: x.kind,
              at: x.timestamp,
              status: x.status,
              added: x.added,
              ...(x.url === undefined ? {} : { url: x.url }),
              ...(x.keyId === undefined ? {} : { keyId: x.keyId }),
              ...(x.etag === undefined ? {} : { etag: x.etag }),
              ...(x.error === undefined ? {} : { error: x.error }),
            }));
      return { entries: s.entries, local: s.local, feed: s.feed, embeddingModel: specKnown, syncs: log };
    },
  };
  Object.freeze(threats);

  return {
    reader: Object.freeze({ search: vault.search, size: vault.size }),
    async learn(report: ScanReport, text: string): Promise<void> {
      if (minConf === false || report.direction !== 'input') return;
      let best: ScanReport['detections'][number] | undefined;
      for (const d of report.detections) {
        if (!d.detected || d.error !== undefined || !LEARNING_CATEGORIES.has(d.category) || d.score < minConf) continue;
        if (best === undefined || d.score > best.score) best = d;
      }
      if (best === undefined) return;
      const part = attackPart(text, best.matches);
      if (part.length > MAX_AUTO_STORE_CHARS) return;
      const canon = vaultText(part);
      if (canon.length === 0) return;
      try {
        const [hash, embedding] = await Promise.all([sha256Hex(canon), embed(canon)]);
        await vault.add({ hash, embedding, detector: best.scannerId, severity: best.severity, confidence: best.score, source: 'local', scanId: report.scanId });
        autoStored++;
      } catch (e) {
        autoStoreFailures++;
        lastAutoStoreError = (e as Error).message;
      }
    },
    vault: vaultApi,
    threats,
    scanner: vaultSimilarity(),
  };
}
