/**
 * @module vault/store-storage — the {@link VaultStorage} over the SQLite store's `vault_entries`
 * table (`prompt-bouncer/store`), and an ETag store over its `sync_history` table. Every vault
 * change runs in ONE store transaction. Rows written by another embedding model (`model` column)
 * are left alone and not loaded.
 */
import type { EtagStore } from '../feed/types.js';
import type { Store, VaultEntry } from '../store/types.js';
import type { VaultRecord, VaultStorage } from './types.js';

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};

function recordOf(e: VaultEntry): VaultRecord | undefined {
  if (e.embedding === undefined) return undefined;
  const r: VaultRecord = {
    hash: e.hash,
    embedding: e.embedding,
    detector: e.detector,
    severity: e.severity,
    confidence: e.confidence,
    source: e.source,
    firstSeen: time(e.firstSeen),
    lastSeen: Math.max(time(e.lastSeen), time(e.firstSeen)),
    reportCount: Math.max(1, e.reportCount),
  };
  return e.scanId === undefined ? r : { ...r, scanId: e.scanId };
}

/**
 * A vault storage backed by an open store.
 *
 * @example
 * ```ts
 * const store = await openStore({ path: 'data/store.db' });
 * const vault = await createVault({ storage: storeVaultStorage(store) });
 * ```
 */
export function storeVaultStorage(store: Pick<Store, 'vault' | 'transaction'>, options: { readonly model?: string } = {}): VaultStorage {
  const model = options.model ?? 'embedder';
  return {
    async load() {
      const out: VaultRecord[] = [];
      for (const e of await store.vault.list()) {
        if (e.model !== model) continue;
        const r = recordOf(e);
        if (r !== undefined) out.push(r);
      }
      return out;
    },
    transaction: (fn) =>
      store.transaction(async (tx) =>
        fn({
          // The table's upsert merges counts; the vault hands over the merged row, so replace it.
          put: async (r) => {
            await tx.vault.remove(r.hash);
            await tx.vault.upsert({
              hash: r.hash,
              embedding: r.embedding,
              model,
              detector: r.detector,
              severity: r.severity,
              confidence: r.confidence,
              source: r.source,
              firstSeen: r.firstSeen,
              lastSeen: r.lastSeen,
              reportCount: r.reportCount,
              ...(r.scanId === undefined ? {} : { scanId: r.scanId }),
            });
          },
          delete: async (hash) => {
            await tx.vault.remove(hash);
          },
          clear: async () => {
            await tx.vault.clear();
          },
        }),
      ),
  };
}

/**
 * ETags of synced feeds, kept in the store's `sync_history` (the newest `ok` row per URL).
 *
 * @example
 * ```ts
 * await syncFeed(vault, url, { trustedKeys, embeddingModel, etagStore: storeEtagStore(store) });
 * ```
 */
export function storeEtagStore(store: Pick<Store, 'syncHistory'>): EtagStore {
  return {
    get: async (url) => (await store.syncHistory.lastOk(url))?.etag,
    set: async (url, etag) => {
      await store.syncHistory.append({ kind: 'sync', url, etag, status: 'ok' });
    },
  };
}
