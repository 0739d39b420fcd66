/**
 * @module store/attach — what `createBouncer({ store })` adds: every scan logged, `feedback()`,
 * `history()`, and auto-tuned thresholds applied to the scanner registry (on open and after each
 * feedback). Loaded with a dynamic import, so a bouncer without a store never loads wa-sqlite.
 */
import { BouncerError, ConfigError } from '../errors.js';
import type { ScanReport } from '../types.js';
import { openStore } from './store.js';
import { autoTune, type ThresholdChange, type TunerOptions } from './tuner.js';
import type { FeedbackInput, FeedbackRecord, HistoryQuery, ScanRecord, Store, StoreOptions } from './types.js';

/** The `store` option of `createBouncer`. */
export interface BouncerStoreOptions extends StoreOptions {
  /** Move per-scanner thresholds from feedback (default true; the rule: `store/tuner.ts`). */
  readonly autoTune?: boolean;
  /** Knobs of the tuning rule. */
  readonly tuner?: TunerOptions;
}

/** What `bouncer.feedback()` returns: the stored feedback and any thresholds it moved. */
export interface FeedbackResult extends FeedbackRecord {
  /** Thresholds the auto-tuner changed because of this feedback (often none). */
  readonly thresholds: readonly ThresholdChange[];
}

/** The registry operations the tuner needs (implemented by `engine/registry.ts`). */
export interface TuningTarget {
  list(): ReadonlyArray<{ readonly scanner: { readonly id: string }; readonly threshold: number }>;
  baseThreshold(id: string): number | undefined;
  setTuned(id: string, threshold: number | undefined): boolean;
}

/** A bouncer's store, bound to its registry. */
export interface AttachedStore {
  readonly store: Store;
  log(report: ScanReport, text: string): Promise<void>;
  feedback(scanId: string, input: FeedbackInput): Promise<FeedbackResult>;
  history(query?: HistoryQuery): Promise<ScanRecord[]>;
  close(): Promise<void>;
}

/**
 * Open the store for a bouncer and apply saved tuning to `registry`.
 *
 * @example
 * ```ts
 * const attached = await attachStore({ path: ':memory:' }, registry);
 * await attached.log(report, text);
 * ```
 */
export async function attachStore(options: BouncerStoreOptions, registry: TuningTarget): Promise<AttachedStore> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('store must be an object ({ path?, storeText?, retention?, autoTune? })');
  const autoTuneOn = options.autoTune ?? true;
  if (typeof autoTuneOn !== 'boolean') throw new ConfigError('store.autoTune must be true or false', { path: 'store.autoTune' });
  const store = await openStore(options);

  const applySaved = async (): Promise<void> => {
    for (const row of await store.tuning.list()) {
      // Tuning made around another base (the user changed the threshold since) no longer applies.
      if (registry.baseThreshold(row.scannerId) === row.baseThreshold) registry.setTuned(row.scannerId, row.threshold);
    }
  };
  if (autoTuneOn) await applySaved();

  let closed = false;
  const open = (): void => {
    if (closed) throw new BouncerError('CLOSED');
  };
  return {
    store,
    log: (report, text) => store.logScan(report, text),
    async feedback(scanId, input) {
      open();
      const record = await store.feedback(scanId, input);
      let thresholds: ThresholdChange[] = [];
      if (autoTuneOn) {
        const scan = await store.getScan(scanId);
        const ids = new Set((scan?.detections ?? []).map((d) => d.scannerId));
        const scanners = registry
          .list()
          .filter((e) => ids.has(e.scanner.id))
          .map((e) => ({ id: e.scanner.id, base: registry.baseThreshold(e.scanner.id) ?? e.threshold, current: e.threshold }));
        thresholds = await autoTune(store, scanners, options.tuner);
        for (const c of thresholds) registry.setTuned(c.scannerId, c.to);
      }
      return { ...record, thresholds };
    },
    async history(query) {
      open();
      return store.history(query);
    },
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
    },
  };
}
