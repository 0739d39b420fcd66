/**
 * @module vault/types — the attack vault's data and its persistence contract. A vault entry
 * describes an attack by the SHA-256 of its normalised text and its sentence embedding; the text
 * itself is never kept, so a vault (or a threat feed made from it) cannot leak a user's prompt.
 */
import type { Severity } from '../types.js';

/** Where an entry came from: seen on this device, or imported from a signed threat feed. */
export type VaultSource = 'local' | 'feed';

/**
 * One stored attack: what {@link VaultStorage} persists and `load()` returns. Plain data; the
 * embedding is the only typed array.
 */
export interface VaultRecord {
  /** SHA-256 (hex, lower case) of the normalised text (see `vaultKey`). The primary key. */
  readonly hash: string;
  /** L2-normalised sentence embedding from the embedder model; every entry has the same length. */
  readonly embedding: Float32Array;
  /** Id of the scanner that flagged it (e.g. `injection/instruction-override`). */
  readonly detector: string;
  readonly severity: Severity;
  /** The detector's score when it was stored, 0..1. */
  readonly confidence: number;
  readonly source: VaultSource;
  /** Milliseconds since the Unix epoch. */
  readonly firstSeen: number;
  /** Milliseconds since the Unix epoch; at least `firstSeen`. */
  readonly lastSeen: number;
  /** How many times it was reported (scans that stored it, or the feed's count); at least 1. */
  readonly reportCount: number;
  /** The scan that created the entry (local entries only; lets feedback remove what a false positive stored). Never exported. */
  readonly scanId?: string;
}

/** What `vault.add` takes: a record without the bookkeeping the vault fills in. */
export interface VaultAddInput {
  readonly hash: string;
  readonly embedding: Float32Array | readonly number[];
  readonly detector: string;
  readonly severity: Severity;
  readonly confidence: number;
  /** Default `'local'`. */
  readonly source?: VaultSource;
  /** Default: now (ms since the epoch). */
  readonly seenAt?: number;
  /** Reports this add stands for (default 1; a feed entry brings its own count). */
  readonly reportCount?: number;
  /** First-seen time when known (feeds); default `seenAt`. */
  readonly firstSeen?: number;
  readonly scanId?: string;
}

/** Writes inside one {@link VaultStorage.transaction}. */
export interface VaultStorageWriter {
  /** Insert or replace the row with `record.hash`. */
  put(record: VaultRecord): void | Promise<void>;
  /** Delete the row with this hash (no error when there is none). */
  delete(hash: string): void | Promise<void>;
  /** Delete every row. */
  clear(): void | Promise<void>;
}

/**
 * Where vault rows live. The vault keeps every row in memory (and in its Orama index) and calls
 * the storage only to load them once on open and to write changes. Every change the vault makes
 * goes through ONE `transaction` call, so an import, an eviction or a clear is all or nothing.
 *
 * Contract:
 * - `load()` returns every row (any order). Called once, by `createVault`.
 * - `transaction(fn)` runs `fn` with a writer; when `fn` resolves, every put/delete/clear it made
 *   is committed together; when `fn` (or the commit) rejects, none of them is, and `transaction`
 *   rejects with that error. Transactions are never nested and the vault never runs two at once.
 * - Records are written as given: `embedding` is a `Float32Array` (store it as a little-endian
 *   float32 BLOB, e.g. `new Uint8Array(e.buffer, e.byteOffset, e.byteLength)`), times are
 *   integers (ms since the epoch), `scanId` may be absent.
 *
 * The package ships {@link createMemoryVaultStorage}; the SQLite store implements the same
 * interface over its `vault_entries` table.
 *
 * @example
 * ```ts
 * const storage: VaultStorage = createMemoryVaultStorage();
 * await storage.transaction((tx) => tx.put(record));
 * (await storage.load()).length; // 1
 * ```
 */
export interface VaultStorage {
  load(): Promise<readonly VaultRecord[]>;
  transaction<T>(fn: (tx: VaultStorageWriter) => Promise<T> | T): Promise<T>;
}

/** One search hit: a stored attack and how close the query is to it. Plain data (no embedding). */
export interface VaultHit {
  readonly hash: string;
  /** Cosine similarity, -1..1 (vectors are L2-normalised, so this is the dot product). */
  readonly similarity: number;
  readonly detector: string;
  readonly severity: Severity;
  readonly confidence: number;
  readonly source: VaultSource;
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly reportCount: number;
}

/**
 * The read-only face of a vault that scanners see as `ctx.vault` (search only). `createBouncer`
 * supplies it when the `vault` option is set.
 */
export interface VaultReader {
  /**
   * The `k` stored entries most similar to `vector` (cosine, best first), only those with a
   * similarity of at least `minSimilarity` (default -1: all). Rejects with `VAULT_DIMENSION`
   * when the vector's length differs from the stored embeddings'.
   */
  search(vector: Float32Array | readonly number[], k: number, minSimilarity?: number): Promise<VaultHit[]>;
  /** Entries stored now. */
  size(): number;
}

/** Counts and settings, as plain data. */
export interface VaultStats {
  readonly entries: number;
  readonly local: number;
  readonly feed: number;
  /** Embedding length, or `null` while the vault is empty and none was configured. */
  readonly dim: number | null;
  readonly maxEntries: number;
  readonly minConfidence: number;
  /** Entries evicted by the size cap since the vault was opened. */
  readonly evicted: number;
  /** `Date.now()` of the oldest / newest `lastSeen`, or `null` when empty. */
  readonly oldest: number | null;
  readonly newest: number | null;
  /** How long `storage.load()` took when the vault was opened, in ms. */
  readonly loadMs: number;
  /** How long checking the loaded rows and rebuilding the vector index took when the vault was opened, in ms. */
  readonly rebuildMs: number;
}

/** What one `add` did. */
export interface VaultAddResult {
  /** `'added'`, `'updated'` (the hash was there: counts merged), or `'skipped'` (below `minConfidence`). */
  readonly status: 'added' | 'updated' | 'skipped';
  readonly hash: string;
  /** Hashes evicted by the size cap to make room. */
  readonly evicted: readonly string[];
}

/** What one `addMany` did (one transaction). */
export interface VaultAddManyResult {
  readonly added: number;
  readonly updated: number;
  readonly skipped: number;
  readonly evicted: readonly string[];
}

/** Options of {@link createVault}. */
export interface VaultOptions {
  /** Where rows live (default: in memory only). */
  readonly storage?: VaultStorage;
  /** Size cap; past it the least useful entries are evicted (default 10 000). */
  readonly maxEntries?: number;
  /** Entries with a lower confidence are not stored (default 0). */
  readonly minConfidence?: number;
  /** Embedding length; default: taken from the first stored or added entry. */
  readonly dim?: number;
  /** Half-life of the recency weight in eviction, ms (default 30 days). */
  readonly recencyHalfLifeMs?: number;
  /** Clock, for tests (default `Date.now`). */
  readonly now?: () => number;
}

/** An open vault. Every method is async (or cheap and synchronous) and returns plain data. */
export interface Vault extends VaultReader {
  add(entry: VaultAddInput): Promise<VaultAddResult>;
  /** Adds (or merges) many entries in ONE storage transaction: all of them or none. */
  addMany(entries: readonly VaultAddInput[], options?: { readonly dedupe?: 'merge' | 'skip' }): Promise<VaultAddManyResult>;
  /** Removes one entry; resolves to whether it was there. */
  remove(hash: string): Promise<boolean>;
  /** Removes the entries a scan created (feedback: a false positive); resolves to the hashes removed. */
  removeByScan(scanId: string): Promise<string[]>;
  /** The entry with this hash, without its embedding, or undefined. */
  get(hash: string): VaultHit | undefined;
  /** Every record (embeddings included), for export. Copies: changing them changes nothing. */
  records(filter?: { readonly sources?: readonly VaultSource[]; readonly minConfidence?: number }): VaultRecord[];
  stats(): VaultStats;
  /** Removes every entry. */
  clear(): Promise<void>;
}

/**
 * `createBouncer({ vault })`: keep an attack vault and learn from scans. With the option set,
 * detections at least `autoStoreMinConfidence` sure are stored after each scan (hash + embedding
 * of the scanned text), `vault/similarity` compares prompts with them, and `bouncer.vault` /
 * `bouncer.threats` manage them.
 */
export interface BouncerVaultOptions {
  /** Size cap (default 10 000); see `createVault` for the eviction rule. */
  readonly maxEntries?: number;
  /**
   * Store a scan's text when a detection from an attack category (injection, indirect, jailbreak,
   * obfuscation) is `detected` with a score at least this (default 0.8). `false` turns automatic
   * storing off (the vault then grows only by imports).
   */
  readonly autoStoreMinConfidence?: number | false;
  /** Where entries live. Default: the bouncer's `store` (its `vault_entries` table) when it has one, else memory only. */
  readonly storage?: VaultStorage;
}

/** `bouncer.vault.stats()`: the vault's counts plus what automatic storing did since the bouncer was created. */
export interface BouncerVaultStats extends VaultStats {
  /** Scans whose text was stored (or whose entry was reported again). */
  readonly autoStored: number;
  /** Automatic stores that failed (embedder or storage error); the scans themselves were unaffected. */
  readonly autoStoreFailures: number;
  readonly lastAutoStoreError: string | null;
}

/** `bouncer.vault`: the bouncer's attack vault. Rejects with `NO_VAULT` when the bouncer has none. */
export interface BouncerVaultApi {
  stats(): Promise<BouncerVaultStats>;
  /** Embeds `text` with the sentence embedder and returns the `k` closest stored attacks (default 5). */
  search(text: string, k?: number): Promise<VaultHit[]>;
  /** Removes one entry by hash. */
  remove(hash: string): Promise<boolean>;
  /** Removes the entries a scan stored (feedback: that scan was a false positive). */
  removeByScan(scanId: string): Promise<string[]>;
  clear(): Promise<void>;
}
