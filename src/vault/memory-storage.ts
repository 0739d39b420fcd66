/**
 * @module vault/memory-storage — the in-memory {@link VaultStorage}: rows in a Map, transactions
 * staged and applied only when the callback resolves (so a failed import leaves nothing behind).
 * The default when a vault has no storage; also the reference for other implementations.
 */
import type { VaultRecord, VaultStorage, VaultStorageWriter } from './types.js';

type Op = { readonly kind: 'put'; readonly record: VaultRecord } | { readonly kind: 'delete'; readonly hash: string } | { readonly kind: 'clear' };

const copy = (r: VaultRecord): VaultRecord => ({ ...r, embedding: Float32Array.from(r.embedding) });

/**
 * A vault storage that lives as long as the object (nothing survives a restart). Rows are copied
 * in and out, like a database would.
 *
 * @example
 * ```ts
 * const vault = await createVault({ storage: createMemoryVaultStorage() });
 * ```
 */
export function createMemoryVaultStorage(initial: readonly VaultRecord[] = []): VaultStorage & { readonly rows: ReadonlyMap<string, VaultRecord> } {
  const rows = new Map<string, VaultRecord>(initial.map((r) => [r.hash, copy(r)]));
  let busy = false;
  return {
    rows,
    async load() {
      return [...rows.values()].map(copy);
    },
    async transaction<T>(fn: (tx: VaultStorageWriter) => Promise<T> | T): Promise<T> {
      if (busy) throw new Error('vault storage: transactions cannot nest or overlap');
      busy = true;
      const ops: Op[] = [];
      try {
        const result = await fn({
          put: (record) => void ops.push({ kind: 'put', record: copy(record) }),
          delete: (hash) => void ops.push({ kind: 'delete', hash }),
          clear: () => void ops.push({ kind: 'clear' }),
        });
        // Commit: nothing above touched `rows`, so a rejection before this point changes nothing.
        for (const op of ops) {
          if (op.kind === 'put') rows.set(op.record.hash, op.record);
          else if (op.kind === 'delete') rows.delete(op.hash);
          else rows.clear();
        }
        return result;
      } finally {
        busy = false;
      }
    },
  };
}
