/**
 * @module feed/feed — signed threat feeds: export a vault's attacks (hashes and embeddings, no
 * text) as JSON signed with Ed25519, import a feed only when its signature verifies with a
 * trusted key and its embeddings come from the same model, and sync from a URL with ETag caching.
 *
 * The signature covers `"prompt-bouncer-threat-feed/v1\n"` + the canonical JSON (RFC 8785) of
 * the feed without its `signature` field, so re-indenting or re-ordering keys keeps it valid and
 * any change to a value breaks it. Import checks everything before it writes anything, then
 * stores every entry in ONE vault transaction: a rejected feed, or a storage failure half-way,
 * leaves the vault as it was.
 */
import { BouncerError, ConfigError, type ErrorCode } from '../errors.js';
import type { Severity } from '../types.js';
import type { VaultAddInput } from '../vault/types.js';
import { fromBase64, toBase64 } from './base64.js';
import { canonicalJson } from './canonical.js';
import { importPrivateKey, keyIdOf, rawPublicKey, sign, verify } from './keys.js';
import {
  FEED_FORMAT,
  FEED_VERSION,
  type EmbeddingModelSpec,
  type EtagStore,
  type ExportFeedOptions,
  type FeedEntry,
  type FeedVault,
  type ImportFeedOptions,
  type ImportFeedResult,
  type SyncFeedOptions,
  type SyncFeedResult,
  type ThreatFeed,
} from './types.js';

/** Domain separation: a feed signature can never be replayed as a signature over something else. */
const SIGNING_PREFIX = 'prompt-bouncer-threat-feed/v1\n';
const HASH = /^[0-9a-f]{64}$/;
const KEY_ID = /^[0-9a-f]{16}$/;
const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
/** Default largest feed accepted, in entries. */
export const DEFAULT_MAX_FEED_ENTRIES = 100_000;
/** Largest feed body `syncFeed` reads, in bytes (10 000 entries of 896 dimensions are about 50 MB). */
export const MAX_FEED_BYTES = 512 * 1024 * 1024;

const feedError = (code: ErrorCode, message: string, details?: Record<string, unknown>): BouncerError => new BouncerError(code, message, details === undefined ? undefined : { details });

function checkModel(m: unknown, what: string): EmbeddingModelSpec {
  if (typeof m !== 'object' || m === null || typeof (m as EmbeddingModelSpec).id !== 'string' || (m as EmbeddingModelSpec).id.length === 0 || !Number.isInteger((m as EmbeddingModelSpec).dim) || (m as EmbeddingModelSpec).dim < 1) {
    throw new ConfigError(`${what} must be { id: string, dim: positive integer }`);
  }
  return m as EmbeddingModelSpec;
}

function signingBytes(feed: Omit<ThreatFeed, 'signature'>): Uint8Array {
  return new TextEncoder().encode(SIGNING_PREFIX + canonicalJson(feed));
}

function embeddingToBase64(v: Float32Array): string {
  const le = new Uint8Array(v.length * 4);
  const dv = new DataView(le.buffer);
  for (let i = 0; i < v.length; i++) dv.setFloat32(i * 4, v[i] as number, true);
  return toBase64(le);
}

function embeddingFromBase64(s: unknown, dim: number): Float32Array | undefined {
  if (typeof s !== 'string') return undefined;
  const bytes = fromBase64(s);
  if (bytes === undefined || bytes.length !== dim * 4) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(dim);
  for (let i = 0; i < dim; i++) {
    const x = dv.getFloat32(i * 4, true);
    if (!Number.isFinite(x)) return undefined;
    out[i] = x;
  }
  return out;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Export a vault's entries as a signed feed.
 *
 * @example
 * ```ts
 * const keys = await generateFeedKeys();
 * const feed = await exportFeed(vault, { privateKey: keys.privateKey, generator: 'acme-support-bot', embeddingModel: { id: 'embedder@6c5ded5247f7', dim: 896 } });
 * await writeFile('feed.json', JSON.stringify(feed));
 * ```
 */
export async function exportFeed(vault: FeedVault, options: ExportFeedOptions): Promise<ThreatFeed> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('exportFeed options must be an object');
  const model = checkModel(options.embeddingModel, 'embeddingModel');
  if (typeof options.generator !== 'string' || options.generator.length === 0 || options.generator.length > 200) throw new ConfigError('generator must be a non-empty string (at most 200 characters)');
  const sources = options.sources ?? ['local'];
  if (!Array.isArray(sources) || !sources.every((s) => s === 'local' || s === 'feed')) throw new ConfigError("sources must be an array of 'local' and 'feed'");
  const minConfidence = options.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) throw new ConfigError('minConfidence must be a number from 0 to 1');
  const createdAt = options.createdAt ?? new Date();
  if (!(createdAt instanceof Date) || Number.isNaN(createdAt.getTime())) throw new ConfigError('createdAt must be a valid Date');
  const dim = vault.stats().dim;
  if (dim !== null && dim !== model.dim) throw feedError('FEED_MODEL_MISMATCH', `the vault holds ${dim}-dimensional embeddings, embeddingModel says ${model.dim}`, { vault: dim, model: model.dim });
  const { key, publicKey } = await importPrivateKey(options.privateKey);

  const entries: FeedEntry[] = vault
    .records({ sources, minConfidence })
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .map((r) => ({
      hash: r.hash,
      embedding: embeddingToBase64(r.embedding),
      detector: r.detector,
      severity: r.severity,
      confidence: r.confidence,
      firstSeen: iso(r.firstSeen),
      lastSeen: iso(r.lastSeen),
      reportCount: r.reportCount,
    }));
  const body: Omit<ThreatFeed, 'signature'> = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generator: options.generator,
    createdAt: createdAt.toISOString(),
    embedding: { model: model.id, dim: model.dim, encoding: 'f32le-base64' },
    entries,
  };
  const value = await sign(key, signingBytes(body));
  return { ...body, signature: { alg: 'Ed25519', keyId: keyIdOf(publicKey), publicKey: toBase64(publicKey), value: toBase64(value) } };
}

/** Parse feed input (object, JSON text or UTF-8 bytes) into a plain object. */
function parseFeed(input: unknown): Record<string, unknown> {
  let x = input;
  if (x instanceof Uint8Array) {
    try {
      x = new TextDecoder('utf-8', { fatal: true }).decode(x);
    } catch {
      throw feedError('FEED_INVALID', 'the feed is not UTF-8 text');
    }
  }
  if (typeof x === 'string') {
    try {
      x = JSON.parse(x);
    } catch (e) {
      throw feedError('FEED_INVALID', `the feed is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw feedError('FEED_INVALID', 'the feed must be a JSON object');
  return x as Record<string, unknown>;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
function parseTime(x: unknown): number | undefined {
  if (typeof x !== 'string' || !ISO_TIME.test(x)) return undefined;
  const t = Date.parse(x);
  return Number.isFinite(t) && t >= 0 ? t : undefined;
}

/** Validate a verified feed body into vault inputs, or throw FEED_INVALID naming the first problem. */
function entriesOf(feed: Record<string, unknown>, dim: number, max: number): VaultAddInput[] {
  const entries = feed.entries;
  if (!Array.isArray(entries)) throw feedError('FEED_INVALID', 'entries must be an array');
  if (entries.length > max) throw feedError('FEED_INVALID', `the feed has ${entries.length} entries, more than maxEntries (${max})`, { entries: entries.length, max });
  return entries.map((e: unknown, i): VaultAddInput => {
    const bad = (why: string): BouncerError => feedError('FEED_INVALID', `entry ${i}: ${why}`, { index: i });
    if (typeof e !== 'object' || e === null || Array.isArray(e)) throw bad('not an object');
    const o = e as Record<string, unknown>;
    const known = new Set(['hash', 'embedding', 'detector', 'severity', 'confidence', 'firstSeen', 'lastSeen', 'reportCount']);
    const extra = Object.keys(o).filter((k) => !known.has(k));
    // Raw text must never travel in a feed: unknown fields (a "text" field included) are refused.
    if (extra.length > 0) throw bad(`unknown fields ${extra.join(', ')}`);
    if (typeof o.hash !== 'string' || !HASH.test(o.hash)) throw bad('hash must be 64 lower-case hex characters');
    const embedding = embeddingFromBase64(o.embedding, dim);
    if (embedding === undefined || embedding.every((v) => v === 0)) throw bad(`embedding must be ${dim} finite float32 values (base64), not all zero`);
    if (typeof o.detector !== 'string' || o.detector.length === 0 || o.detector.length > 200) throw bad('detector must be a scanner id');
    if (!SEVERITIES.includes(o.severity as Severity)) throw bad('severity must be low, medium, high or critical');
    if (typeof o.confidence !== 'number' || !(o.confidence >= 0 && o.confidence <= 1)) throw bad('confidence must be a number from 0 to 1');
    const firstSeen = parseTime(o.firstSeen);
    const lastSeen = parseTime(o.lastSeen);
    if (firstSeen === undefined || lastSeen === undefined || lastSeen < firstSeen) throw bad('firstSeen and lastSeen must be ISO-8601 UTC times, lastSeen not before firstSeen');
    if (!Number.isInteger(o.reportCount) || (o.reportCount as number) < 1) throw bad('reportCount must be a positive integer');
    return { hash: o.hash, embedding, detector: o.detector, severity: o.severity as Severity, confidence: o.confidence, source: 'feed', firstSeen, seenAt: lastSeen, reportCount: o.reportCount as number };
  });
}

/**
 * Verify a feed and import its entries into the vault, all or nothing. Rejects with
 * `FEED_INVALID`, `FEED_UNSIGNED`, `FEED_UNTRUSTED_KEY`, `FEED_BAD_SIGNATURE` or
 * `FEED_MODEL_MISMATCH` before anything is written.
 *
 * @example
 * ```ts
 * const r = await importFeed(vault, await readFile('feed.json', 'utf8'), { trustedKeys: [publisherKey], embeddingModel: { id: 'embedder@6c5ded5247f7', dim: 896 } });
 * r.imported; // new entries
 * ```
 */
export async function importFeed(vault: FeedVault, input: unknown, options: ImportFeedOptions): Promise<ImportFeedResult> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('importFeed options must be an object');
  if (!Array.isArray(options.trustedKeys) || options.trustedKeys.length === 0) throw new ConfigError('trustedKeys must list at least one public key (base64 or JWK)');
  const trusted = new Map<string, Uint8Array>();
  options.trustedKeys.forEach((k, i) => {
    const raw = rawPublicKey(k);
    if (raw === undefined) throw new ConfigError(`trustedKeys[${i}] is not an Ed25519 public key (32 bytes base64, or a JWK with crv Ed25519)`);
    trusted.set(keyIdOf(raw), raw);
  });
  const model = checkModel(options.embeddingModel, 'embeddingModel');
  const max = options.maxEntries ?? DEFAULT_MAX_FEED_ENTRIES;
  if (!Number.isInteger(max) || max < 1) throw new ConfigError('maxEntries must be a positive integer');

  const feed = parseFeed(input);
  if (feed.format !== FEED_FORMAT) throw feedError('FEED_INVALID', `format must be "${FEED_FORMAT}"`);
  if (feed.version !== FEED_VERSION) throw feedError('FEED_INVALID', `unsupported feed version ${String(feed.version)} (this package reads version ${FEED_VERSION})`, { version: feed.version });

  // 1. Signature: present, from a trusted key, and valid over the canonical body.
  const sig = feed.signature as Record<string, unknown> | undefined | null;
  if (sig === undefined || sig === null) throw feedError('FEED_UNSIGNED', 'the feed has no signature');
  if (typeof sig !== 'object' || sig.alg !== 'Ed25519' || typeof sig.keyId !== 'string' || !KEY_ID.test(sig.keyId) || typeof sig.value !== 'string') {
    throw feedError('FEED_INVALID', 'signature must be { alg: "Ed25519", keyId, publicKey, value }');
  }
  const key = trusted.get(sig.keyId);
  if (key === undefined) throw feedError('FEED_UNTRUSTED_KEY', `the feed is signed with key ${sig.keyId}, which is not in trustedKeys`, { keyId: sig.keyId, publicKey: typeof sig.publicKey === 'string' ? sig.publicKey : null });
  const signature = fromBase64(sig.value);
  const { signature: _drop, ...body } = feed;
  let bytes: Uint8Array;
  try {
    bytes = signingBytes(body as Omit<ThreatFeed, 'signature'>);
  } catch (e) {
    throw feedError('FEED_INVALID', `the feed holds values JSON cannot sign: ${(e as Error).message}`);
  }
  if (signature === undefined || signature.length !== 64 || !(await verify(key, signature, bytes))) {
    throw feedError('FEED_BAD_SIGNATURE', `the signature does not verify with trusted key ${sig.keyId}: the feed was changed after signing`, { keyId: sig.keyId });
  }

  // 2. Same embedding model as this vault.
  const emb = feed.embedding as Record<string, unknown> | undefined;
  if (typeof emb !== 'object' || emb === null || typeof emb.model !== 'string' || !Number.isInteger(emb.dim) || emb.encoding !== 'f32le-base64') {
    throw feedError('FEED_INVALID', 'embedding must be { model, dim, encoding: "f32le-base64" }');
  }
  const vaultDim = vault.stats().dim;
  if (emb.model !== model.id || emb.dim !== model.dim || (vaultDim !== null && vaultDim !== emb.dim)) {
    throw feedError('FEED_MODEL_MISMATCH', `the feed's embeddings come from ${emb.model} (${String(emb.dim)} dimensions); this vault uses ${model.id} (${vaultDim ?? model.dim})`, { feed: { model: emb.model, dim: emb.dim }, expected: { model: model.id, dim: vaultDim ?? model.dim } });
  }
  if (typeof feed.generator !== 'string' || typeof feed.createdAt !== 'string') throw feedError('FEED_INVALID', 'generator and createdAt must be strings');

  // 3. Every entry well formed, then one transaction.
  const inputs = entriesOf(feed, model.dim, max);
  const seen = new Set<string>();
  let duplicates = 0;
  for (const e of inputs) {
    if (seen.has(e.hash) || vault.get(e.hash) !== undefined) duplicates++;
    seen.add(e.hash);
  }
  const r = await vault.addMany(inputs, { dedupe: 'skip' });
  return {
    imported: r.added,
    duplicates,
    belowMinConfidence: Math.max(0, r.skipped - duplicates),
    evicted: r.evicted.length,
    entries: inputs.length,
    keyId: sig.keyId,
    generator: feed.generator,
    createdAt: feed.createdAt,
  };
}

/**
 * An ETag store in memory (lives as long as the object).
 *
 * @example
 * ```ts
 * const etags = createMemoryEtagStore();
 * await syncFeed(vault, url, { trustedKeys, embeddingModel, etagStore: etags });
 * ```
 */
export function createMemoryEtagStore(): EtagStore & { readonly entries: ReadonlyMap<string, string> } {
  const entries = new Map<string, string>();
  return { entries, get: (url) => entries.get(url), set: (url, etag) => void entries.set(url, etag) };
}

/**
 * Fetch a feed from `url` and import it. With an ETag store, the request carries
 * `If-None-Match`; a `304 Not Modified` answer is a no-op. The new ETag is stored only after the
 * import succeeded, so a rejected feed is fetched again next time.
 *
 * @example
 * ```ts
 * const r = await syncFeed(vault, 'https://example.com/feed.json', { trustedKeys: [key], embeddingModel, etagStore });
 * r.status; // 'imported' or 'not-modified'
 * ```
 */
export async function syncFeed(vault: FeedVault, url: string, options: SyncFeedOptions): Promise<SyncFeedResult> {
  if (typeof url !== 'string' || url.length === 0) throw new ConfigError('url must be a non-empty string');
  if (typeof options !== 'object' || options === null) throw new ConfigError('syncFeed options must be an object');
  const fetchFn = options.fetch ?? (globalThis.fetch as SyncFeedOptions['fetch']);
  if (typeof fetchFn !== 'function') throw new ConfigError('no fetch: pass options.fetch');
  const etag = await options.etagStore?.get(url);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (typeof etag === 'string' && etag.length > 0) headers['if-none-match'] = etag;
  let res: Response;
  try {
    res = await fetchFn(url, options.signal === undefined ? { headers } : { headers, signal: options.signal });
  } catch (e) {
    throw new BouncerError('FEED_FETCH', `fetching ${url} failed: ${(e as Error).message}`, { cause: e, details: { url } });
  }
  if (res.status === 304) {
    if (etag === undefined) throw feedError('FEED_FETCH', `${url} answered 304 Not Modified to a request without If-None-Match`, { url, status: 304 });
    return { status: 'not-modified', url, etag };
  }
  if (res.status !== 200) throw feedError('FEED_FETCH', `${url} answered HTTP ${res.status}`, { url, status: res.status });
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_FEED_BYTES) throw feedError('FEED_FETCH', `${url} is ${length} bytes, more than ${MAX_FEED_BYTES}`, { url, bytes: length });
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    throw new BouncerError('FEED_FETCH', `reading ${url} failed: ${(e as Error).message}`, { cause: e, details: { url } });
  }
  const result = await importFeed(vault, text, options);
  const newEtag = res.headers.get('etag');
  if (newEtag !== null && options.etagStore !== undefined) await options.etagStore.set(url, newEtag);
  return { status: 'imported', url, etag: newEtag, ...result };
}
