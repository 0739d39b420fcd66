/**
 * @module feed/types — the signed threat-feed format (version 1) and the options of export,
 * import and sync. A feed carries hashes and embeddings of attacks, never their text.
 */
import type { Severity } from '../types.js';
import type { Vault } from '../vault/types.js';

/** The value of a feed's `format` field. */
export const FEED_FORMAT = 'prompt-bouncer-threat-feed';
/** The feed format version this package writes and reads. */
export const FEED_VERSION = 1;

/** The embedding model a feed's vectors come from. Import refuses another id or dimension. */
export interface EmbeddingModelSpec {
  /** Model id; the bouncer uses `embedder@<first 12 hex of model.onnx's SHA-256>`, so a retrained model is another id. */
  readonly id: string;
  readonly dim: number;
}

/** One attack in a feed. */
export interface FeedEntry {
  /** SHA-256 (hex) of the attack's canonical text. */
  readonly hash: string;
  /** The embedding: `dim` float32 values, little-endian, base64. */
  readonly embedding: string;
  readonly detector: string;
  readonly severity: Severity;
  readonly confidence: number;
  /** ISO-8601. */
  readonly firstSeen: string;
  /** ISO-8601. */
  readonly lastSeen: string;
  readonly reportCount: number;
}

/** A feed's detached-in-place signature. */
export interface FeedSignature {
  readonly alg: 'Ed25519';
  /** First 16 hex characters of SHA-256 of the raw 32-byte public key. */
  readonly keyId: string;
  /** The signer's raw public key, base64 (informational: verification uses the trusted key with this `keyId`). */
  readonly publicKey: string;
  /** Ed25519 signature (64 bytes, base64) over `"prompt-bouncer-threat-feed/v1\n" + canonicalJson(feed without signature)`. */
  readonly value: string;
}

/** A signed threat feed, as JSON. */
export interface ThreatFeed {
  readonly format: typeof FEED_FORMAT;
  readonly version: typeof FEED_VERSION;
  /** Who made it (free text: an app or organisation name). */
  readonly generator: string;
  /** ISO-8601. */
  readonly createdAt: string;
  readonly embedding: { readonly model: string; readonly dim: number; readonly encoding: 'f32le-base64' };
  readonly entries: readonly FeedEntry[];
  readonly signature: FeedSignature;
}

/**
 * An Ed25519 key pair for feeds. `publicKey` (what importers list in `trustedKeys`) is the raw
 * 32-byte key in base64; `privateKey` is a JWK (`kty: 'OKP', crv: 'Ed25519'`, with `d` and `x`) —
 * keep it secret.
 */
export interface FeedKeys {
  readonly publicKey: string;
  readonly privateKey: JsonWebKey;
  readonly keyId: string;
}

/** A trusted public key: raw base64 (32 bytes) or a public JWK. */
export type TrustedKey = string | JsonWebKey;

/** Options of `exportFeed`. */
export interface ExportFeedOptions {
  /** The signer's private key: a JWK from `generateFeedKeys()` (or its JSON text). */
  readonly privateKey: JsonWebKey | string;
  /** Free-text name of who made the feed. */
  readonly generator: string;
  readonly embeddingModel: EmbeddingModelSpec;
  /** Which entries to publish (default `['local']`: what this device saw, not what it imported). */
  readonly sources?: ReadonlyArray<'local' | 'feed'>;
  /** Only entries at least this confident (default 0). */
  readonly minConfidence?: number;
  /** Creation time (default now). */
  readonly createdAt?: Date;
}

/** Options of `importFeed`. */
export interface ImportFeedOptions {
  /** Keys whose feeds are accepted. Required; a feed signed by any other key is rejected. */
  readonly trustedKeys: readonly TrustedKey[];
  /** The embedding model this vault's vectors come from; a feed made with another is rejected. */
  readonly embeddingModel: EmbeddingModelSpec;
  /** Largest feed accepted, in entries (default 100 000). */
  readonly maxEntries?: number;
}

/** What an import did. */
export interface ImportFeedResult {
  /** New entries stored. */
  readonly imported: number;
  /** Entries whose hash the vault already held (or repeated within the feed): left as they were. */
  readonly duplicates: number;
  /** Entries below the vault's `minConfidence`. */
  readonly belowMinConfidence: number;
  /** Hashes evicted by the vault's size cap to make room. */
  readonly evicted: number;
  readonly entries: number;
  readonly keyId: string;
  readonly generator: string;
  readonly createdAt: string;
}

/** Remembers the ETag of each feed URL between syncs. */
export interface EtagStore {
  get(url: string): string | undefined | Promise<string | undefined>;
  set(url: string, etag: string): void | Promise<void>;
}

/** Options of `syncFeed`. */
export interface SyncFeedOptions extends ImportFeedOptions {
  /** Where ETags are kept (default: none, every sync downloads). */
  readonly etagStore?: EtagStore;
  /** The fetch to use (default `globalThis.fetch`). */
  readonly fetch?: (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;
  readonly signal?: AbortSignal;
}

/** What a sync did. */
export type SyncFeedResult =
  | { readonly status: 'not-modified'; readonly url: string; readonly etag: string }
  | ({ readonly status: 'imported'; readonly url: string; readonly etag: string | null } & ImportFeedResult);

/** The vault surface the feed functions use. */
export type FeedVault = Pick<Vault, 'addMany' | 'records' | 'get' | 'stats'>;

/**
 * One feed operation in `bouncer.threats.stats().syncs` (newest last, at most 50): kept in the
 * store's `sync_history` table when the bouncer has a store, else in memory.
 */
export interface SyncRecord {
  readonly kind: 'sync' | 'import' | 'export';
  readonly url?: string;
  /** ISO-8601. */
  readonly at: string;
  /** `ok`, `not-modified` (sync: 304), `rejected` (the feed was refused), `error` (fetch or storage failed). */
  readonly status: string;
  /** Entries imported (or exported). */
  readonly added?: number;
  readonly keyId?: string;
  readonly etag?: string;
  readonly error?: string;
}

/** What `bouncer.threats.stats()` returns. */
export interface ThreatStats {
  readonly entries: number;
  readonly local: number;
  readonly feed: number;
  /** The embedding model the vault's vectors come from (what feeds must match), once known. */
  readonly embeddingModel: EmbeddingModelSpec | null;
  readonly syncs: readonly SyncRecord[];
}

/** `bouncer.threats`: signed threat feeds over the bouncer's vault. Rejects with `NO_VAULT` when the bouncer has none. */
export interface BouncerThreatsApi {
  export(options: Omit<ExportFeedOptions, 'embeddingModel'>): Promise<ThreatFeed>;
  import(feed: ThreatFeed | string | Uint8Array, options: Omit<ImportFeedOptions, 'embeddingModel'>): Promise<ImportFeedResult>;
  /** ETags are remembered per bouncer unless `etagStore` is given. */
  sync(url: string, options: Omit<SyncFeedOptions, 'embeddingModel'>): Promise<SyncFeedResult>;
  stats(): Promise<ThreatStats>;
}
