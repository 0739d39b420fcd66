/**
 * @module store/types — the store's public contracts. Every record is a plain object (strings,
 * numbers, booleans, `Float32Array` for embeddings), so results cross a worker boundary with
 * structured clone unchanged. Times are ISO-8601 strings in records; inputs accept an ISO string or
 * Unix milliseconds.
 */
import type { Direction, Recommendation, ScanReport, Severity } from '../types.js';
import type { StoreBackend } from './sqlite.js';

export type { StoreBackend } from './sqlite.js';

/** How long scan history is kept. Scans that carry feedback are kept (without their text) as tuner data. */
export interface RetentionOptions {
  /** Delete scans older than this many days (default 90). */
  readonly days?: number;
  /** Keep at most this many scans, dropping the oldest (default 100 000). */
  readonly maxRows?: number;
}

/** Options for {@link openStore}. */
export interface StoreOptions {
  /**
   * `':memory:'` (default; gone on close), a file path in Node (created with its folder), or a
   * database name in browsers (IndexedDB in pages, OPFS in dedicated workers where available).
   */
  readonly path?: string;
  /** Also store the scanned text (default false: only its SHA-256). */
  readonly storeText?: boolean;
  readonly retention?: RetentionOptions;
  /** Force a storage backend (default: chosen from the runtime and path). */
  readonly backend?: StoreBackend;
  /** How long to wait for a database another process holds locked (ms, default 5000). */
  readonly busyTimeoutMs?: number;
}

/** A time given to a query: an ISO-8601 string, Unix milliseconds, or a Date. */
export type TimeInput = string | number | Date;

/** One scanner's part of a logged scan (only scanners that scored above 0, errored, or fired). */
export interface DetectionSummary {
  readonly scannerId: string;
  readonly score: number;
  readonly threshold: number;
  readonly detected: boolean;
  readonly severity: Severity;
  /** The error code when the scanner failed. */
  readonly error?: string;
}

/** Feedback on one scan. */
export interface FeedbackInput {
  /** Was the verdict (allow / inspect / block) right? */
  readonly correct: boolean;
  /** Free text, up to 2000 characters. */
  readonly notes?: string;
}

/** Stored feedback. */
export interface FeedbackRecord {
  readonly scanId: string;
  readonly correct: boolean;
  readonly notes?: string;
  readonly timestamp: string;
}

/** One logged scan. */
export interface ScanRecord {
  readonly scanId: string;
  readonly timestamp: string;
  readonly direction: Direction;
  /** SHA-256 hex of the scanned text. */
  readonly inputHash: string;
  readonly riskScore: number;
  readonly threatLevel: number;
  readonly confidence: number;
  readonly recommendation: Recommendation;
  readonly durationMs: number;
  readonly scannerCount: number;
  readonly detections: readonly DetectionSummary[];
  /** Present only when the store was opened with `storeText: true`. */
  readonly text?: string;
  readonly feedback?: FeedbackRecord;
}

/** Filters for {@link Store.history}. All are optional and combine with AND. */
export interface HistoryQuery {
  /** Scans at or after this time. */
  readonly from?: TimeInput;
  /** Scans before this time. */
  readonly to?: TimeInput;
  readonly recommendation?: Recommendation | readonly Recommendation[];
  readonly direction?: Direction;
  /** Only scans where this scanner fired (`detected`). */
  readonly scannerId?: string;
  /** `true`: only scans with feedback; `false`: only scans without. */
  readonly hasFeedback?: boolean;
  /** Default 100, at most 10 000. */
  readonly limit?: number;
  readonly offset?: number;
  /** Default `'newest'`. */
  readonly order?: 'newest' | 'oldest';
}

/** A tuned threshold. */
export interface TuningRecord {
  readonly scannerId: string;
  readonly threshold: number;
  /** The threshold tuning started from (option or scanner default); clamps are around it. */
  readonly baseThreshold: number;
  /** Labelled samples seen at the last round. */
  readonly samples: number;
  readonly updatedAt: string;
  readonly reason: string;
}

/** Where a vault entry came from. */
export type VaultSource = 'local' | 'feed';

/** A new vault entry (or a repeat sighting, see {@link VaultTable.upsert}). */
export interface VaultEntryInput {
  /** SHA-256 hex of the text (never the text). */
  readonly hash: string;
  /** Sentence embedding; stored as a little-endian Float32 BLOB. */
  readonly embedding: Float32Array;
  /** Embedding model id (entries from another model cannot be compared). */
  readonly model: string;
  /** Scanner id that flagged it. */
  readonly detector: string;
  readonly severity: Severity;
  /** 0..1. */
  readonly confidence: number;
  readonly source: VaultSource;
  /** Feed URL or key id for `feed` entries. */
  readonly sourceRef?: string;
  /** The scan that created it (a false-positive feedback removes it). */
  readonly scanId?: string;
  readonly firstSeen?: TimeInput;
  readonly lastSeen?: TimeInput;
  /** Sightings so far (default 1). */
  readonly reportCount?: number;
}

/** A stored vault entry. */
export interface VaultEntry {
  readonly id: number;
  readonly hash: string;
  /** Absent when listed with `withEmbeddings: false`. */
  readonly embedding?: Float32Array;
  readonly dim: number;
  readonly model: string;
  readonly detector: string;
  readonly severity: Severity;
  readonly confidence: number;
  readonly source: VaultSource;
  readonly sourceRef?: string;
  readonly scanId?: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reportCount: number;
  /** How often a scan matched it (the vault scanner reports hits). */
  readonly hitCount: number;
  readonly lastHit?: string;
}

/** Packed embeddings from {@link VaultTable.vectors}. */
export interface VaultVectors {
  /** Row ids, ascending. */
  readonly ids: readonly number[];
  readonly hashes: readonly string[];
  /** 0 when there are no entries. */
  readonly dim: number;
  /** `hashes.length × dim` values, row-major. */
  readonly vectors: Float32Array;
}

/** Fields of an entry {@link VaultTable.update} may change. */
export interface VaultEntryPatch {
  readonly embedding?: Float32Array;
  readonly model?: string;
  readonly detector?: string;
  readonly severity?: Severity;
  readonly confidence?: number;
  readonly source?: VaultSource;
  readonly sourceRef?: string | null;
  readonly lastSeen?: TimeInput;
  readonly reportCount?: number;
}

/** Options for {@link VaultTable.list}. */
export interface VaultListOptions {
  readonly source?: VaultSource;
  readonly detector?: string;
  /** Default true; false skips the BLOBs (cheap stats and listings). */
  readonly withEmbeddings?: boolean;
  /** Default: all. */
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The `vault_entries` table. One entry per text hash.
 *
 * @example
 * ```ts
 * await store.vault.upsert({ hash, embedding, model: 'embedder@1', detector: 'injection/x', severity: 'high', confidence: 0.9, source: 'local', scanId });
 * const all = await store.vault.list();              // embeddings as Float32Array, for the index rebuild
 * await store.vault.removeByScan(scanId);            // a false positive removes what it created
 * ```
 */
export interface VaultTable {
  /**
   * Insert, or on an existing hash: `report_count += reportCount ?? 1`, `last_seen = max`, confidence
   * and severity raised to the higher of the two, embedding and model kept. `created` says which.
   */
  upsert(entry: VaultEntryInput): Promise<{ readonly id: number; readonly created: boolean }>;
  /**
   * Insert, or replace every field of the entry with this hash exactly as given (`firstSeen`,
   * `lastSeen` and `reportCount` included; id and hit counts kept) — "the caller owns the record".
   */
  put(entry: VaultEntryInput): Promise<{ readonly id: number; readonly created: boolean }>;
  /** Change fields of the entry with this hash; false when there is none. */
  update(hash: string, patch: VaultEntryPatch): Promise<boolean>;
  /** Delete by hash; false when there was none. */
  remove(hash: string): Promise<boolean>;
  /** Delete every entry created by this scan; returns their hashes. */
  removeByScan(scanId: string): Promise<string[]>;
  get(hash: string): Promise<VaultEntry | undefined>;
  /** Entries, oldest id first. */
  list(options?: VaultListOptions): Promise<VaultEntry[]>;
  count(options?: Pick<VaultListOptions, 'source' | 'detector'>): Promise<number>;
  /**
   * Every embedding (of one `model`, if given) packed into ONE Float32Array, row `i` at
   * `vectors.subarray(i * dim, (i + 1) * dim)` for `hashes[i]` — the cheap way to rebuild a vector
   * index (three columns read per row, one buffer to transfer to a worker). Rejects with
   * `INVALID_INPUT` when the selected entries have different dimensions.
   */
  vectors(options?: { readonly model?: string }): Promise<VaultVectors>;
  /** Count a match against each hash (`hit_count += 1`, `last_hit = at`). */
  recordHits(hashes: readonly string[], at?: TimeInput): Promise<void>;
  /**
   * Shrink to at most `keep` entries, deleting the least useful first: fewest `report_count + hit_count`,
   * then the oldest `max(last_seen, last_hit)`. Returns the deleted hashes.
   */
  evict(keep: number): Promise<string[]>;
  /** Delete everything (optionally one source); returns how many. */
  clear(source?: VaultSource): Promise<number>;
}

/** A `vault_log` row to append. */
export interface VaultLogInput {
  /** e.g. `add`, `update`, `remove`, `evict`, `import`, `clear`, `false-positive`. */
  readonly action: string;
  readonly hash?: string;
  readonly detector?: string;
  readonly scanId?: string;
  readonly source?: string;
  /** Any JSON-serialisable details. */
  readonly details?: unknown;
  readonly at?: TimeInput;
}

/** A stored `vault_log` row. */
export interface VaultLogRecord {
  readonly id: number;
  readonly timestamp: string;
  readonly action: string;
  readonly hash?: string;
  readonly detector?: string;
  readonly scanId?: string;
  readonly source?: string;
  readonly details?: unknown;
}

/** The append-only `vault_log`. */
export interface VaultLogTable {
  append(row: VaultLogInput): Promise<void>;
  /** Newest first. */
  list(options?: { readonly action?: string; readonly limit?: number; readonly offset?: number }): Promise<VaultLogRecord[]>;
}

/** A `sync_history` row to append. */
export interface SyncInput {
  /** `import`, `export` or `sync`. */
  readonly kind: 'import' | 'export' | 'sync';
  readonly url?: string;
  readonly etag?: string;
  readonly feedVersion?: string;
  readonly keyId?: string;
  readonly added?: number;
  readonly skipped?: number;
  /** e.g. `ok`, `not-modified`, `rejected`, `error`. */
  readonly status: string;
  readonly error?: string;
  readonly at?: TimeInput;
}

/** A stored `sync_history` row. */
export interface SyncRecord {
  readonly id: number;
  readonly timestamp: string;
  readonly kind: 'import' | 'export' | 'sync';
  readonly url?: string;
  readonly etag?: string;
  readonly feedVersion?: string;
  readonly keyId?: string;
  readonly added: number;
  readonly skipped: number;
  readonly status: string;
  readonly error?: string;
}

/** The `sync_history` table (feed imports, exports and syncs). */
export interface SyncHistoryTable {
  append(row: SyncInput): Promise<number>;
  /** Newest first. */
  list(options?: { readonly url?: string; readonly limit?: number }): Promise<SyncRecord[]>;
  /** The newest row for a URL with `status` `ok` or `not-modified` (its ETag drives conditional fetches). */
  lastOk(url: string): Promise<SyncRecord | undefined>;
}

/** The tables a {@link Store.transaction} callback may write; all in the one transaction. */
export interface StoreTransaction {
  readonly vault: VaultTable;
  readonly vaultLog: VaultLogTable;
  readonly syncHistory: SyncHistoryTable;
}

/** Row counts and where the store lives. */
export interface StoreStats {
  readonly path: string;
  readonly backend: StoreBackend;
  readonly schemaVersion: number;
  readonly scans: number;
  readonly feedback: number;
  readonly tuned: number;
  readonly vaultEntries: number;
  readonly oldestScan?: string;
  readonly newestScan?: string;
}

/**
 * An open store. Every method is async, serialised on one connection, and returns plain objects.
 * Writes are transactions: all of a call's rows or none.
 */
export interface Store {
  readonly path: string;
  readonly backend: StoreBackend;
  readonly storeText: boolean;
  /** Log a scan. `text` is stored only with `storeText`. Concurrent calls commit together. */
  logScan(report: ScanReport, text?: string): Promise<void>;
  history(query?: HistoryQuery): Promise<ScanRecord[]>;
  countHistory(query?: Omit<HistoryQuery, 'limit' | 'offset' | 'order'>): Promise<number>;
  getScan(scanId: string): Promise<ScanRecord | undefined>;
  /** Record (or replace) feedback on a logged scan; `UNKNOWN_SCAN` when it is not in the history. */
  feedback(scanId: string, input: FeedbackInput): Promise<FeedbackRecord>;
  /** The auto-tuner's labelled samples for one scanner, newest first (see `store/tuner.ts`). */
  tunerSamples(scannerId: string, limit?: number): Promise<{ samples: Array<{ score: number; attack: boolean }>; total: number }>;
  readonly tuning: {
    list(): Promise<TuningRecord[]>;
    set(record: Omit<TuningRecord, 'updatedAt'>): Promise<void>;
    /** Forget tuning (one scanner or all); returns rows deleted. */
    clear(scannerId?: string): Promise<number>;
  };
  /** Apply retention now; returns scans deleted. Runs on open and every 100 logged scans. */
  prune(now?: TimeInput): Promise<{ readonly deleted: number }>;
  readonly vault: VaultTable;
  readonly vaultLog: VaultLogTable;
  readonly syncHistory: SyncHistoryTable;
  /**
   * Run several writes as ONE transaction: if `fn` throws, nothing it wrote is kept (a feed import
   * that fails halfway leaves no entries). Do not call the store's own methods inside `fn` (they
   * would wait for this transaction): use `tx`.
   */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  stats(): Promise<StoreStats>;
  /** Waits for pending writes, then closes. Later calls reject with `STORE_ERROR`. */
  close(): Promise<void>;
}
