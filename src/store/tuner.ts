/**
 * @module store/tuner — the auto-tuner: per-scanner thresholds moved by user feedback, inside clamps.
 *
 * **Samples.** Each scan with feedback gives a scanner at most one labelled score. The scan's verdict
 * is *flagged* (inspect or block) or *allowed*; feedback says whether that verdict was right:
 *
 * | verdict | feedback | this scanner fired | sample |
 * |---|---|---|---|
 * | flagged | correct | yes | attack (a true positive) |
 * | flagged | correct | no | — (another scanner caught it; says nothing about this one) |
 * | flagged | wrong | yes / no | benign (a false positive, or a benign near miss) |
 * | allowed | correct | no | benign |
 * | allowed | correct | yes | — (a finding that did not need a block, e.g. a redaction) |
 * | allowed | wrong | yes / no | attack (a miss) |
 *
 * Only scans where the scanner scored above 0 are stored per scanner (the store keeps no rows for
 * zero scores), so a scanner that never looked at an attack does not learn from it.
 *
 * **Rule.** For a scanner with base threshold `b` (the option or scanner default) and current
 * threshold `c`, once it has at least `minSamples` labelled samples, and again every `every` new ones:
 * 1. candidates are `t = lo, lo + 0.01, …, hi` with `lo = max(0.05, b − maxShift)` and
 *    `hi = min(0.99, b + maxShift)`;
 * 2. `fp(t)` = benign samples with score ≥ t; `caught(t)` = attack samples with score ≥ t;
 * 3. only candidates that keep recall are allowed: `t ≤ b`, or
 *    `caught(t + recallMargin) ≥ caught(b) − ⌊maxRecallLoss × attacks⌋` (defaults `maxRecallLoss = 0`,
 *    `recallMargin = 0.02`: no labelled attack the base threshold catches is given up, and a raised
 *    threshold stays 0.02 below the weakest of them, so unseen attacks scoring a little lower than
 *    any seen so far are still caught);
 * 4. the target is the allowed `t` minimising `fp(t) + fnCost × (attacks − caught(t))` (`fnCost = 2`:
 *    a miss costs two false alarms), ties broken towards `c`;
 * 5. the threshold moves from `c` towards the target by at most `maxStep` (0.05) per round, in steps
 *    of 0.01, and never leaves `[lo, hi]`.
 * So one wrong click cannot swing a threshold, tuning never leaves a band of ±0.2 around what the
 * user configured, and the rule only trades false positives away where labelled attacks allow it.
 */
import type { Store } from './types.js';

/** One labelled score of one scanner. */
export interface TunerSample {
  readonly score: number;
  readonly attack: boolean;
}

/** Knobs of the rule (see the module comment). */
export interface TunerOptions {
  /** Labelled samples a scanner needs before its threshold moves (default 30). */
  readonly minSamples?: number;
  /** Retune after this many new samples (default 10). */
  readonly every?: number;
  /** Largest distance from the base threshold (default 0.2). */
  readonly maxShift?: number;
  /** Largest move per round (default 0.05). */
  readonly maxStep?: number;
  /** Cost of a missed attack relative to a false alarm (default 2). */
  readonly fnCost?: number;
  /** Share of labelled attacks the base threshold catches that tuning may give up (default 0). */
  readonly maxRecallLoss?: number;
  /** How far a raised threshold stays below the weakest labelled attack it must keep (default 0.02). */
  readonly recallMargin?: number;
  /** Most recent samples considered per scanner (default 2000). */
  readonly window?: number;
}

/** Defaults of {@link TunerOptions}. */
export const TUNER_DEFAULTS = Object.freeze({ minSamples: 30, every: 10, maxShift: 0.2, maxStep: 0.05, fnCost: 2, maxRecallLoss: 0, recallMargin: 0.02, window: 2000 });

/** What one tuning round decided for one scanner. */
export interface TuneResult {
  readonly threshold: number;
  readonly target: number;
  readonly changed: boolean;
  readonly reason: string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * One round of the rule for one scanner: the next threshold given its labelled samples.
 *
 * @example
 * ```ts
 * const r = tuneThreshold(samples, 0.5, 0.5);
 * r.threshold; // e.g. 0.55: moved one step towards fewer false positives
 * ```
 */
export function tuneThreshold(samples: readonly TunerSample[], current: number, base: number, options: TunerOptions = {}): TuneResult {
  const o = { ...TUNER_DEFAULTS, ...options };
  if (samples.length < o.minSamples) return { threshold: current, target: current, changed: false, reason: `${samples.length} of ${o.minSamples} labelled samples` };
  const lo = round2(Math.max(0.05, base - o.maxShift));
  const hi = round2(Math.min(0.99, base + o.maxShift));
  const attacks = samples.filter((s) => s.attack).map((s) => s.score);
  const benign = samples.filter((s) => !s.attack).map((s) => s.score);
  const caught = (t: number): number => attacks.filter((a) => a >= t).length;
  const fp = (t: number): number => benign.filter((b) => b >= t).length;
  const mustCatch = caught(base) - Math.floor(o.maxRecallLoss * attacks.length);
  let target = current;
  let best = Number.POSITIVE_INFINITY;
  for (let i = Math.round(lo * 100); i <= Math.round(hi * 100); i++) {
    const t = i / 100;
    const c = caught(t);
    if (t > base && caught(t + o.recallMargin) < mustCatch) continue;
    const cost = fp(t) + o.fnCost * (attacks.length - c);
    if (cost < best || (cost === best && Math.abs(t - current) < Math.abs(target - current))) {
      best = cost;
      target = t;
    }
  }
  const step = Math.max(-o.maxStep, Math.min(o.maxStep, target - current));
  const next = round2(Math.min(hi, Math.max(lo, current + step)));
  const changed = next !== round2(current);
  const reason = `${samples.length} samples (${attacks.length} attack, ${benign.length} benign): at ${next} ${fp(next)} false positives and ${attacks.length - caught(next)} misses; target ${target}`;
  return { threshold: next, target, changed, reason };
}

/** A scanner the tuner may adjust: its id, base threshold and the threshold in force. */
export interface TunableScanner {
  readonly id: string;
  readonly base: number;
  readonly current: number;
}

/** A threshold change made by {@link autoTune}. */
export interface ThresholdChange {
  readonly scannerId: string;
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

/**
 * Run the rule for `scanners` against the feedback in `store`, save the new thresholds in
 * `detector_tuning`, and return what changed. A scanner is retuned when it has no tuning row and
 * `minSamples`, or `every` more samples than its last round.
 *
 * @example
 * ```ts
 * const changes = await autoTune(store, [{ id: 'injection/x', base: 0.5, current: 0.5 }]);
 * ```
 */
export async function autoTune(store: Store, scanners: readonly TunableScanner[], options: TunerOptions = {}): Promise<ThresholdChange[]> {
  const o = { ...TUNER_DEFAULTS, ...options };
  const rows = new Map((await store.tuning.list()).map((r) => [r.scannerId, r]));
  const changes: ThresholdChange[] = [];
  for (const s of scanners) {
    const { samples, total } = await store.tunerSamples(s.id, o.window);
    const prev = rows.get(s.id);
    // A base that changed (the user set another threshold) restarts tuning from it.
    const sameBase = prev !== undefined && prev.baseThreshold === s.base;
    if (total < o.minSamples || (sameBase && total - prev.samples < o.every)) continue;
    const current = sameBase ? prev.threshold : s.base;
    const r = tuneThreshold(samples, current, s.base, o);
    await store.tuning.set({ scannerId: s.id, threshold: r.threshold, baseThreshold: s.base, samples: total, reason: r.reason });
    if (r.threshold !== s.current) changes.push({ scannerId: s.id, from: s.current, to: r.threshold, reason: r.reason });
  }
  return changes;
}
