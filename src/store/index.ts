/**
 * @module store — `prompt-bouncer/store`: scan history, feedback, auto-tuning and the vault / sync
 * tables on wa-sqlite (IndexedDB or OPFS in browsers, a file or memory in Node).
 *
 * Most apps never import this: pass `store` to `createBouncer` and use `bouncer.history()` and
 * `bouncer.feedback()`. Import it to read a store directly, or to build on its tables.
 *
 * @example
 * ```ts
 * import { openStore } from 'prompt-bouncer/store';
 * const store = await openStore({ path: './pb.db' });
 * console.log(await store.stats());
 * await store.close();
 * ```
 */
export { openStore, STORE_DEFAULTS, encodeEmbedding, decodeEmbedding } from './store.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion, type Migration } from './migrations.js';
export { openDatabase, chooseBackend, type Database, type Queries, type SqlRow, type SqlValue, type OpenDatabaseOptions } from './sqlite.js';
export { autoTune, tuneThreshold, TUNER_DEFAULTS, type ThresholdChange, type TunableScanner, type TunerOptions, type TunerSample, type TuneResult } from './tuner.js';
export type * from './types.js';
