/**
 * @module cli/metrics — detection-quality figures shared by `prompt-bouncer eval` and
 * `bench/quality.ts`, so the CLI and the benchmark can never disagree on a definition.
 *
 * Definitions (a row is one labelled text; `flagged` is the detector's decision, `score` its
 * continuous risk):
 * - recall = flagged attack rows / attack rows;
 * - false-positive rate (FPR) = flagged benign rows / benign rows;
 * - AUC = P(score of a random attack row > score of a random benign row), ties counting one half
 *   (the Mann-Whitney U statistic divided by n_attack × n_benign, with average ranks for ties);
 * - macro balanced accuracy = (mean over sets with attack rows of their recall + mean over sets
 *   with benign rows of their 1 − FPR) / 2. Every set weighs the same whatever its size, so a
 *   large easy set cannot hide a small hard one.
 * Undefined figures (no rows of the needed label) are `NaN` here and `null` in JSON.
 */

/** One scored row. `label` true = attack. */
export interface ScoredRow {
  readonly set: string;
  readonly label: boolean;
  readonly flagged: boolean;
  readonly score: number;
}

/** Figures for one set. A set may hold attack rows, benign rows, or both. */
export interface SetFigures {
  readonly set: string;
  readonly rows: number;
  readonly attacks: number;
  readonly benign: number;
  /** Attack rows flagged. */
  readonly truePositives: number;
  /** Benign rows flagged. */
  readonly falsePositives: number;
  /** NaN when the set has no attack rows. */
  readonly recall: number;
  /** NaN when the set has no benign rows. */
  readonly falsePositiveRate: number;
  /** NaN unless the set has both labels. */
  readonly auc: number;
}

/** Figures over all rows plus the macro average over sets. */
export interface EvalSummary {
  readonly sets: readonly SetFigures[];
  readonly rows: number;
  readonly attacks: number;
  readonly benign: number;
  /** Pooled over every row (NaN without both labels). */
  readonly auc: number;
  /** Mean recall over sets with attack rows. */
  readonly meanRecall: number;
  /** Mean FPR over sets with benign rows. */
  readonly meanFalsePositiveRate: number;
  /** (meanRecall + (1 − meanFalsePositiveRate)) / 2; NaN if either side is missing. */
  readonly macroBalancedAccuracy: number;
}

/**
 * Fraction of `flags` that are true: recall when given attack rows, FPR when given benign rows.
 * NaN for an empty list (an undefined rate, not zero).
 *
 * @example
 * ```ts
 * flaggedRate([true, false, true, true]); // 0.75
 * ```
 */
export function flaggedRate(flags: readonly boolean[]): number {
  if (flags.length === 0) return Number.NaN;
  let n = 0;
  for (const f of flags) if (f) n++;
  return n / flags.length;
}

/**
 * ROC AUC of `positives` against `negatives` via the Mann-Whitney U statistic with average ranks,
 * so tied scores count one half. O(n log n). NaN when either side is empty.
 *
 * @example
 * ```ts
 * rocAuc([0.9, 0.8], [0.1, 0.8]); // 0.875 (one tie counts 1/2)
 * ```
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  const np = positives.length;
  const nn = negatives.length;
  if (np === 0 || nn === 0) return Number.NaN;
  const all: Array<{ s: number; pos: boolean }> = [];
  // NaN scores would make the sort order undefined; treat them as the lowest possible score.
  for (const s of positives) all.push({ s: Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s, pos: true });
  for (const s of negatives) all.push({ s: Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s, pos: false });
  all.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
  let rankSumPos = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j + 1 < all.length && (all[j + 1] as { s: number }).s === (all[i] as { s: number }).s) j++;
    // Ranks are 1-based; a block of ties from i to j shares the average rank.
    const avg = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if ((all[k] as { pos: boolean }).pos) rankSumPos += avg;
    i = j + 1;
  }
  const u = rankSumPos - (np * (np + 1)) / 2;
  return u / (np * nn);
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Macro balanced accuracy from per-set figures: (mean recall over attack sets + mean (1 − FPR)
 * over benign sets) / 2. NaN entries are skipped; NaN if either side has no set.
 *
 * @example
 * ```ts
 * macroBalancedAccuracy([0.8, 0.6], [0.1]); // (0.7 + 0.9) / 2 = 0.8
 * ```
 */
export function macroBalancedAccuracy(recalls: readonly number[], falsePositiveRates: readonly number[]): number {
  const r = mean(recalls.filter((x) => !Number.isNaN(x)));
  const f = mean(falsePositiveRates.filter((x) => !Number.isNaN(x)));
  return (r + (1 - f)) / 2;
}

/**
 * Per-set and overall figures for scored rows; sets keep their first-seen order.
 *
 * @example
 * ```ts
 * const s = summarize([{ set: 'a', label: true, flagged: true, score: 0.9 }, { set: 'b', label: false, flagged: false, score: 0.1 }]);
 * s.macroBalancedAccuracy; // 1
 * ```
 */
export function summarize(rows: readonly ScoredRow[]): EvalSummary {
  const bySet = new Map<string, ScoredRow[]>();
  for (const r of rows) {
    let list = bySet.get(r.set);
    if (list === undefined) bySet.set(r.set, (list = []));
    list.push(r);
  }
  const sets: SetFigures[] = [];
  for (const [set, list] of bySet) {
    const atk = list.filter((r) => r.label);
    const ben = list.filter((r) => !r.label);
    sets.push({
      set,
      rows: list.length,
      attacks: atk.length,
      benign: ben.length,
      truePositives: atk.filter((r) => r.flagged).length,
      falsePositives: ben.filter((r) => r.flagged).length,
      recall: flaggedRate(atk.map((r) => r.flagged)),
      falsePositiveRate: flaggedRate(ben.map((r) => r.flagged)),
      auc: rocAuc(atk.map((r) => r.score), ben.map((r) => r.score)),
    });
  }
  const recalls = sets.filter((s) => s.attacks > 0).map((s) => s.recall);
  const fprs = sets.filter((s) => s.benign > 0).map((s) => s.falsePositiveRate);
  return {
    sets,
    rows: rows.length,
    attacks: rows.filter((r) => r.label).length,
    benign: rows.filter((r) => !r.label).length,
    auc: rocAuc(rows.filter((r) => r.label).map((r) => r.score), rows.filter((r) => !r.label).map((r) => r.score)),
    meanRecall: mean(recalls),
    meanFalsePositiveRate: mean(fprs),
    macroBalancedAccuracy: macroBalancedAccuracy(recalls, fprs),
  };
}

/**
 * The q-quantile (nearest rank, q in [0, 1]) of `xs`; NaN when empty.
 *
 * @example
 * ```ts
 * quantile([3, 1, 2], 0.5); // 2
 * ```
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}

/**
 * A figure for JSON: NaN and infinities become null; others are rounded to `digits` decimals.
 *
 * @example
 * ```ts
 * jsonNumber(Number.NaN); // null
 * ```
 */
export function jsonNumber(x: number, digits = 4): number | null {
  if (!Number.isFinite(x)) return null;
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}
