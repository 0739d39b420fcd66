/**
 * @module vault/vault — the attack vault: stored attacks (hash + embedding + metadata, never the
 * text) in memory and in an Orama vector index, persisted through a {@link VaultStorage}.
 *
 * Every change follows plan → commit → apply: the new rows are worked out on a copy, written in
 * ONE storage transaction, and only then applied to memory and the index. A failed write leaves
 * the vault and its storage exactly as they were. Changes run one at a time (a promise queue).
 *
 * Eviction (past `maxEntries`): local entries go before feed entries (a feed's entries come back
 * only with the next import; a local attack that recurs is stored again), and within a tier the
 * lowest usefulness goes first:
 *
 *   usefulness = log2(1 + reportCount) × confidence × 0.5 ^ (age of lastSeen / recencyHalfLife)
 *
 * (ties: the older `lastSeen`, then the smaller hash). Entries written by the operation that
 * overflowed the cap are evicted only after every other entry.
 *
 * Orama is imported when the first vault opens, so importing this package does not load it.
 */
import { BouncerError, ConfigError } from '../errors.js';
import type { Severity } from '../types.js';
import { createMemoryVaultStorage } from './memory-storage.js';
import type { Vault, VaultAddInput, VaultAddManyResult, VaultAddResult, VaultHit, VaultOptions, VaultRecord, VaultSource, VaultStats } from './types.js';

/**
 * The part of Orama 3.1 the vault uses. Its schema is fixed (one vector property), so Orama's deep
 * generic types (which make TypeScript give up on `search`) are not needed.
 *
 * Vectors go straight into Orama's own vector index (`db.data.index.vectorIndexes`, the
 * `VectorIndex` that `search({ mode: 'vector' })` reads), keyed by the internal id of a document
 * that holds only the hash. Orama's document checks accept only plain arrays for vectors and copy
 * them into a new Float32Array; going around them keeps ONE copy of each embedding (the vault's)
 * and makes a 10 000-entry rebuild about 5× faster. Orama is pinned to an exact version and the
 * vault tests cover add, replace, remove and search through this path.
 */
interface Db {
  readonly internalDocumentIDStore: unknown;
  readonly data: { readonly index: { readonly vectorIndexes: Record<string, { readonly node: { add(internalId: number, v: Float32Array): void; remove(internalId: number): void } }> } };
}
interface Orama {
  create(o: { schema: Record<string, string> }): Db;
  insert(db: Db, doc: { readonly id: string }): unknown;
  insertMultiple(db: Db, docs: ReadonlyArray<{ readonly id: string }>, batchSize?: number): unknown;
  remove(db: Db, id: string): unknown;
  search(
    db: Db,
    params: { mode: 'vector'; vector: { value: Float32Array; property: string }; similarity: number; limit: number; includeVectors: boolean },
  ): { hits: ReadonlyArray<{ id: string; score: number }> } | Promise<{ hits: ReadonlyArray<{ id: string; score: number }> }>;
  readonly components: { readonly internalDocumentIDStore: { getInternalDocumentId(store: unknown, id: string): number } };
}

/** Default size cap. */
export const DEFAULT_MAX_ENTRIES = 10_000;
/** Default half-life of the recency weight: 30 days. */
export const DEFAULT_RECENCY_HALF_LIFE_MS = 30 * 24 * 3600 * 1000;

const HASH = /^[0-9a-f]{64}$/;
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2, critical: 3 };
const PROPERTY = 'embedding';

function invalid(message: string, details?: Record<string, unknown>): BouncerError {
  return new BouncerError('INVALID_INPUT', message, details === undefined ? undefined : { details });
}

function checkSeverity(x: unknown, what: string): Severity {
  if (typeof x !== 'string' || !(x in SEVERITY_RANK)) throw invalid(`${what}: severity must be low, medium, high or critical`);
  return x as Severity;
}

function checkTime(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) throw invalid(`${what} must be a time in ms since the epoch`);
  return Math.round(x);
}

/** Copy an embedding into a fresh Float32Array, checking it is finite and not all zero. */
function toVector(x: unknown, what: string): Float32Array {
  if (!(x instanceof Float32Array) && !(Array.isArray(x) && x.every((v) => typeof v === 'number'))) throw invalid(`${what}: embedding must be a Float32Array or an array of numbers`);
  const v = Float32Array.from(x as ArrayLike<number>);
  let norm = 0;
  for (const c of v) {
    if (!Number.isFinite(c)) throw invalid(`${what}: embedding has a non-finite value`);
    norm += c * c;
  }
  if (v.length === 0 || norm === 0) throw invalid(`${what}: embedding must be a non-zero vector`);
  return v;
}

/** Validate a stored or submitted record (the embedding is validated separately). */
function checkRecordFields(r: Omit<VaultRecord, 'embedding'>, what: string): void {
  if (typeof r.hash !== 'string' || !HASH.test(r.hash)) throw invalid(`${what}: hash must be 64 lower-case hex characters (SHA-256)`);
  if (typeof r.detector !== 'string' || r.detector.length === 0 || r.detector.length > 200) throw invalid(`${what}: detector must be a scanner id`);
  checkSeverity(r.severity, what);
  if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1)) throw invalid(`${what}: confidence must be a number from 0 to 1`);
  if (r.source !== 'local' && r.source !== 'feed') throw invalid(`${what}: source must be 'local' or 'feed'`);
  if (!Number.isInteger(r.reportCount) || r.reportCount < 1) throw invalid(`${what}: reportCount must be a positive integer`);
  if (r.lastSeen < r.firstSeen) throw invalid(`${what}: lastSeen is before firstSeen`);
  if (r.scanId !== undefined && typeof r.scanId !== 'string') throw invalid(`${what}: scanId must be a string`);
}

function hitOf(r: VaultRecord, similarity: number): VaultHit {
  return {
    hash: r.hash,
    similarity,
    detector: r.detector,
    severity: r.severity,
    confidence: r.confidence,
    source: r.source,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    reportCount: r.reportCount,
  };
}

/** Usefulness of an entry for eviction (see the module comment). */
export function usefulness(r: Pick<VaultRecord, 'reportCount' | 'confidence' | 'lastSeen'>, now: number, halfLifeMs: number = DEFAULT_RECENCY_HALF_LIFE_MS): number {
  const age = Math.max(0, now - r.lastSeen);
  return Math.log2(1 + r.reportCount) * r.confidence * 0.5 ** (age / halfLifeMs);
}

/** Merge a new report into an existing entry: counts add up, times widen, the stronger verdict wins. */
function merge(old: VaultRecord, add: VaultRecord): VaultRecord {
  const stronger = add.confidence > old.confidence;
  const merged: VaultRecord = {
    hash: old.hash,
    embedding: old.embedding,
    detector: stronger ? add.detector : old.detector,
    severity: SEVERITY_RANK[add.severity] > SEVERITY_RANK[old.severity] ? add.severity : old.severity,
    confidence: Math.max(old.confidence, add.confidence),
    // A feed entry seen on this device becomes local; a local one stays local.
    source: old.source === 'local' || add.source === 'local' ? 'local' : 'feed',
    firstSeen: Math.min(old.firstSeen, add.firstSeen),
    lastSeen: Math.max(old.lastSeen, add.lastSeen),
    reportCount: old.reportCount + add.reportCount,
  };
  const scanId = old.scanId ?? add.scanId;
  return scanId === undefined ? merged : { ...merged, scanId };
}

/**
 * Open a vault: load every stored row, rebuild the vector index, and evict down to the cap if
 * the cap was lowered since.
 *
 * @example
 * ```ts
 * const vault = await createVault({ maxEntries: 5000 });
 * await vault.add({ hash: await vaultKey(text), embedding, detector: 'injection/instruction-override', severity: 'high', confidence: 0.9 });
 * const hits = await vault.search(embedding, 3); // [{ hash, similarity: 1, detector, … }]
 * ```
 */
export async function createVault(options: VaultOptions = {}): Promise<Vault> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('vault options must be an object');
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new ConfigError(`vault maxEntries must be a positive integer, got ${String(maxEntries)}`);
  const minConfidence = options.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) throw new ConfigError(`vault minConfidence must be a number from 0 to 1, got ${String(minConfidence)}`);
  const halfLife = options.recencyHalfLifeMs ?? DEFAULT_RECENCY_HALF_LIFE_MS;
  if (typeof halfLife !== 'number' || !(halfLife > 0)) throw new ConfigError('vault recencyHalfLifeMs must be a positive number');
  if (options.dim !== undefined && (!Number.isInteger(options.dim) || options.dim < 1)) throw new ConfigError('vault dim must be a positive integer');
  const storage = options.storage ?? createMemoryVaultStorage();
  if (typeof storage.load !== 'function' || typeof storage.transaction !== 'function') throw new ConfigError('vault storage must implement load() and transaction(fn)');
  const now = options.now ?? Date.now;

  const orama = (await import('@orama/orama')) as unknown as Orama;
  const rows = new Map<string, VaultRecord>();
  let dim: number | null = options.dim ?? null;
  let db: Db | undefined;
  let evictedTotal = 0;

  const newDb = (d: number): Db => orama.create({ schema: { [PROPERTY]: `vector[${d}]` } });
  const vectors = (d: Db) => (d.data.index.vectorIndexes[PROPERTY] as Db['data']['index']['vectorIndexes'][string]).node;
  const internalId = (d: Db, hash: string): number => orama.components.internalDocumentIDStore.getInternalDocumentId(d.internalDocumentIDStore, hash);
  const indexInsert = (r: VaultRecord): void => {
    db ??= newDb(r.embedding.length);
    orama.insert(db, { id: r.hash });
    vectors(db).add(internalId(db, r.hash), r.embedding);
  };
  const indexRemove = (hash: string): void => {
    if (db === undefined) return;
    vectors(db).remove(internalId(db, hash));
    orama.remove(db, hash);
  };

  // --- open: load and rebuild -------------------------------------------------------------
  const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const t0 = clock();
  const loaded = await storage.load();
  const t1 = clock();
  for (const [i, raw] of loaded.entries()) {
    const what = `stored vault row ${i}`;
    checkRecordFields(raw, what);
    const embedding = raw.embedding instanceof Float32Array ? raw.embedding : toVector(raw.embedding, what);
    if (dim === null) dim = embedding.length;
    else if (embedding.length !== dim) throw new BouncerError('VAULT_DIMENSION', `${what} has ${embedding.length} dimensions, the vault ${dim}`, { details: { expected: dim, got: embedding.length } });
    rows.set(raw.hash, embedding === raw.embedding ? raw : { ...raw, embedding });
  }
  if (rows.size > 0 && dim !== null) {
    db = newDb(dim);
    const d = db;
    await orama.insertMultiple(d, [...rows.keys()].map((id) => ({ id })), 5000);
    const node = vectors(d);
    for (const r of rows.values()) node.add(internalId(d, r.hash), r.embedding);
  }
  const loadMs = Math.round((t1 - t0) * 10) / 10;
  const rebuildMs = Math.round((clock() - t1) * 10) / 10;

  // --- serialised changes ------------------------------------------------------------------
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn);
    queue = p.catch(() => undefined);
    return p;
  };

  /** Hashes to evict so that `next` fits the cap; `fresh` are evicted last. */
  const planEviction = (next: Map<string, VaultRecord>, fresh: ReadonlySet<string>): string[] => {
    const over = next.size - maxEntries;
    if (over <= 0) return [];
    const t = now();
    const ranked = [...next.values()].map((r) => ({ r, tier: (fresh.has(r.hash) ? 2 : 0) + (r.source === 'feed' ? 1 : 0), u: usefulness(r, t, halfLife) }));
    type Ranked = (typeof ranked)[number];
    const cmp = (a: Ranked, b: Ranked): number => a.tier - b.tier || a.u - b.u || a.r.lastSeen - b.r.lastSeen || (a.r.hash < b.r.hash ? -1 : a.r.hash > b.r.hash ? 1 : 0);
    if (over > 8) return ranked.sort(cmp).slice(0, over).map((x) => x.r.hash);
    // The usual case (one add past the cap): a few linear passes instead of sorting 10 000 rows.
    const out: string[] = [];
    const taken = new Set<Ranked>();
    for (let n = 0; n < over; n++) {
      let best: Ranked | undefined;
      for (const x of ranked) if (!taken.has(x) && (best === undefined || cmp(x, best) < 0)) best = x;
      if (best === undefined) break;
      taken.add(best);
      out.push(best.r.hash);
    }
    return out;
  };

  /** Commit puts and deletes in one transaction, then apply them to memory and the index. */
  const commit = async (puts: readonly VaultRecord[], deletes: readonly string[]): Promise<void> => {
    if (puts.length === 0 && deletes.length === 0) return;
    await storage.transaction(async (tx) => {
      for (const r of puts) await tx.put(r);
      for (const h of deletes) await tx.delete(h);
    });
    for (const r of puts) {
      if (rows.has(r.hash)) indexRemove(r.hash);
      rows.set(r.hash, r);
      indexInsert(r);
    }
    for (const h of deletes) {
      if (rows.delete(h)) indexRemove(h);
    }
  };

  /** Turn an input into a full record (validated), or undefined when below minConfidence. */
  const recordOf = (e: VaultAddInput, what: string, expectDim: number | null): VaultRecord | undefined => {
    if (typeof e !== 'object' || e === null) throw invalid(`${what} must be an object`);
    const seenAt = e.seenAt === undefined ? now() : checkTime(e.seenAt, `${what}: seenAt`);
    const firstSeen = e.firstSeen === undefined ? seenAt : checkTime(e.firstSeen, `${what}: firstSeen`);
    const base = {
      hash: e.hash,
      detector: e.detector,
      severity: e.severity,
      confidence: e.confidence,
      source: e.source ?? 'local',
      firstSeen: Math.min(firstSeen, seenAt),
      lastSeen: seenAt,
      reportCount: e.reportCount ?? 1,
      ...(e.scanId === undefined ? {} : { scanId: e.scanId }),
    } satisfies Omit<VaultRecord, 'embedding'>;
    checkRecordFields(base, what);
    const embedding = toVector(e.embedding, what);
    if (expectDim !== null && embedding.length !== expectDim) {
      throw new BouncerError('VAULT_DIMENSION', `${what}: embedding has ${embedding.length} dimensions, the vault ${expectDim}`, { details: { expected: expectDim, got: embedding.length } });
    }
    if (base.confidence < minConfidence) return undefined;
    return { ...base, embedding };
  };

  const addMany = (entries: readonly VaultAddInput[], opts: { readonly dedupe?: 'merge' | 'skip' } = {}): Promise<VaultAddManyResult> => {
    if (!Array.isArray(entries)) return Promise.reject(invalid('addMany takes an array of entries'));
    const dedupe = opts.dedupe ?? 'merge';
    if (dedupe !== 'merge' && dedupe !== 'skip') return Promise.reject(invalid("dedupe must be 'merge' or 'skip'"));
    return serial(async () => {
      // Validate everything before writing anything.
      let d = dim;
      const records: Array<VaultRecord | undefined> = entries.map((e, i) => {
        const r = recordOf(e, `vault entry ${i}`, d);
        if (r !== undefined && d === null) d = r.embedding.length;
        return r;
      });
      const next = new Map(rows);
      const changed = new Map<string, VaultRecord>();
      let added = 0;
      let updated = 0;
      let skipped = 0;
      for (const r of records) {
        if (r === undefined) {
          skipped++;
          continue;
        }
        const old = next.get(r.hash);
        if (old === undefined) {
          added++;
        } else if (dedupe === 'skip') {
          skipped++;
          continue;
        } else {
          updated++;
        }
        const rec = old === undefined ? r : merge(old, r);
        next.set(r.hash, rec);
        changed.set(r.hash, rec);
      }
      const evicted = planEviction(next, new Set(changed.keys()));
      for (const h of evicted) {
        next.delete(h);
        changed.delete(h);
      }
      const prevDim = dim;
      if (dim === null && changed.size > 0) dim = d;
      try {
        await commit([...changed.values()], evicted.filter((h) => rows.has(h)));
      } catch (e) {
        dim = prevDim;
        throw e;
      }
      // Entries that were new in this call and evicted at once were never written; they count too.
      evictedTotal += evicted.length;
      return { added, updated, skipped, evicted };
    });
  };

  const vault: Vault = {
    async add(entry: VaultAddInput): Promise<VaultAddResult> {
      if (typeof entry !== 'object' || entry === null) throw invalid('vault.add takes an entry object');
      const r = await addMany([entry]);
      const status = r.added > 0 ? 'added' : r.updated > 0 ? 'updated' : 'skipped';
      return { status, hash: entry.hash, evicted: r.evicted };
    },

    addMany,

    async search(vector, k, minSimilarity = -1): Promise<VaultHit[]> {
      if (!Number.isInteger(k) || k < 1) throw invalid(`k must be a positive integer, got ${String(k)}`);
      if (typeof minSimilarity !== 'number' || Number.isNaN(minSimilarity)) throw invalid('minSimilarity must be a number');
      const v = toVector(vector, 'search vector');
      if (dim !== null && v.length !== dim) throw new BouncerError('VAULT_DIMENSION', `the query has ${v.length} dimensions, the vault ${dim}`, { details: { expected: dim, got: v.length } });
      if (db === undefined || rows.size === 0) return [];
      const res = await orama.search(db, { mode: 'vector', vector: { value: v, property: PROPERTY }, similarity: minSimilarity, limit: Math.min(k, rows.size), includeVectors: true });
      const hits: VaultHit[] = [];
      for (const h of res.hits) {
        const r = rows.get(String(h.id));
        if (r !== undefined) hits.push(hitOf(r, Math.min(1, Math.max(-1, h.score))));
      }
      return hits;
    },

    size: () => rows.size,

    remove(hash: string): Promise<boolean> {
      if (typeof hash !== 'string') return Promise.reject(invalid('remove takes a hash string'));
      return serial(async () => {
        if (!rows.has(hash)) return false;
        await storage.transaction((tx) => tx.delete(hash));
        rows.delete(hash);
        indexRemove(hash);
        return true;
      });
    },

    removeByScan(scanId: string): Promise<string[]> {
      if (typeof scanId !== 'string') return Promise.reject(invalid('removeByScan takes a scan id string'));
      return serial(async () => {
        const hashes = [...rows.values()].filter((r) => r.scanId === scanId).map((r) => r.hash);
        if (hashes.length === 0) return [];
        await storage.transaction(async (tx) => {
          for (const h of hashes) await tx.delete(h);
        });
        for (const h of hashes) {
          rows.delete(h);
          indexRemove(h);
        }
        return hashes;
      });
    },

    get(hash: string): VaultHit | undefined {
      const r = rows.get(hash);
      return r === undefined ? undefined : hitOf(r, 1);
    },

    records(filter = {}): VaultRecord[] {
      const sources: readonly VaultSource[] = filter.sources ?? ['local', 'feed'];
      const min = filter.minConfidence ?? 0;
      return [...rows.values()].filter((r) => sources.includes(r.source) && r.confidence >= min).map((r) => ({ ...r, embedding: Float32Array.from(r.embedding) }));
    },

    stats(): VaultStats {
      let local = 0;
      let oldest: number | null = null;
      let newest: number | null = null;
      for (const r of rows.values()) {
        if (r.source === 'local') local++;
        if (oldest === null || r.lastSeen < oldest) oldest = r.lastSeen;
        if (newest === null || r.lastSeen > newest) newest = r.lastSeen;
      }
      return { entries: rows.size, local, feed: rows.size - local, dim, maxEntries, minConfidence, evicted: evictedTotal, oldest, newest, loadMs, rebuildMs };
    },

    clear(): Promise<void> {
      return serial(async () => {
        await storage.transaction((tx) => tx.clear());
        rows.clear();
        db = undefined;
        dim = options.dim ?? null;
      });
    },
  };

  // A cap lowered since the last run: evict at open, in one transaction.
  if (rows.size > maxEntries) {
    const evicted = planEviction(rows, new Set());
    await commit([], evicted);
    evictedTotal += evicted.length;
  }
  return vault;
}
