/**
 * @module prompt-bouncer/vault — the attack vault on its own: open one over any
 * {@link VaultStorage}, add attacks by hash and embedding, search by vector. `createBouncer`'s
 * `vault` option wires one up for you; use this subpath to manage a vault directly.
 *
 * @example
 * ```ts
 * import { createVault, vaultKey } from 'prompt-bouncer/vault';
 * const vault = await createVault({ maxEntries: 5000 });
 * await vault.add({ hash: await vaultKey(text), embedding, detector: 'injection/role-hijack', severity: 'high', confidence: 0.9 });
 * ```
 */
export { createVault, usefulness, DEFAULT_MAX_ENTRIES, DEFAULT_RECENCY_HALF_LIFE_MS } from './vault.js';
export { createMemoryVaultStorage } from './memory-storage.js';
export { EMBEDDER_MODEL, vaultKey, vaultText, vaultTextOf } from './key.js';
export { storeEtagStore, storeVaultStorage } from './store-storage.js';
export type * from './types.js';
