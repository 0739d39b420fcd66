/**
 * @module prompt-bouncer/feed — signed threat feeds: share the attacks your vault learned (hashes
 * and embeddings, never text) and import other people's, verified with Ed25519 keys you trust.
 * `bouncer.threats` wraps these for a bouncer's own vault.
 *
 * @example
 * ```ts
 * import { generateFeedKeys, exportFeed, importFeed } from 'prompt-bouncer/feed';
 * const keys = await generateFeedKeys();
 * const feed = await exportFeed(vault, { privateKey: keys.privateKey, generator: 'my-app', embeddingModel });
 * await importFeed(otherVault, feed, { trustedKeys: [keys.publicKey], embeddingModel });
 * ```
 */
export { exportFeed, importFeed, syncFeed, createMemoryEtagStore, DEFAULT_MAX_FEED_ENTRIES, MAX_FEED_BYTES } from './feed.js';
export { generateFeedKeys, keyIdOf } from './keys.js';
export { canonicalJson } from './canonical.js';
export { FEED_FORMAT, FEED_VERSION } from './types.js';
export type * from './types.js';
