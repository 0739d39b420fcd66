/**
 * @module scanners/vault/similarity — VaultSimilarity: is this prompt close to an attack the
 * vault already holds? Embeds the canonical text (normalised, lower-cased, whitespace collapsed)
 * with the sentence embedder (`models/embedder`, through `ctx.models`) and takes the top-k cosine
 * matches from `ctx.vault`, which `createBouncer` supplies when its `vault` option is set.
 *
 * Score: the best cosine similarity s mapped linearly from `low` (score 0) to `high` (score 1):
 * score = clamp((s − low) / (high − low)). Defaults low 0.35, high 0.75, threshold 0.5, so a
 * match is detected from s ≥ 0.55 — far above where unrelated texts fall (mean cosine 0.013; 1 %
 * of random pairs reach 0.137, see the embedder's model card) and where reworded copies of a
 * stored attack land (see docs/scanners/vault/similarity.md, Measured). Severity is the matched
 * entry's.
 */
import type { Scanner, Verdict } from '../../types.js';
import { EMBEDDER_MODEL, vaultTextOf } from '../../vault/key.js';
import { checkPositiveInt, checkUnit, clampScore, defineScanner } from '../define.js';
import { ConfigError } from '../../errors.js';

/** Options of {@link vaultSimilarity}. */
export interface VaultSimilarityOptions {
  /** Cosine similarity that scores 0 (default 0.35). */
  readonly low?: number;
  /** Cosine similarity that scores 1 (default 0.75). */
  readonly high?: number;
  /** Decision threshold on the score (default 0.5, i.e. cosine 0.55 with the default low/high). */
  readonly threshold?: number;
  /** Matches to fetch (default 3); the best decides, the others are named in the explanation. */
  readonly k?: number;
}

const fmt = (x: number): string => x.toFixed(2);

/**
 * Flags prompts similar to attacks stored in the attack vault.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [...recommended(), vaultSimilarity()], vault: {} });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function vaultSimilarity(options: VaultSimilarityOptions = {}): Scanner<{ low: number; high: number; threshold: number; k: number; model: string }> {
  const low = options.low === undefined ? 0.35 : checkUnit(options.low, 'vault/similarity: low');
  const high = options.high === undefined ? 0.75 : checkUnit(options.high, 'vault/similarity: high');
  if (!(high > low)) throw new ConfigError(`vault/similarity: high (${high}) must be greater than low (${low})`);
  const threshold = options.threshold === undefined ? 0.5 : checkUnit(options.threshold, 'vault/similarity: threshold');
  const k = checkPositiveInt(options.k, 'vault/similarity: k', 3);
  return defineScanner({
    id: 'vault/similarity',
    kind: 'input',
    category: 'vault',
    severity: 'high',
    description: 'Prompts close (sentence-embedding cosine) to attacks stored in the attack vault; severity of the matched attack',
    threshold,
    options: { low, high, threshold, k, model: EMBEDDER_MODEL.id },
    models: [EMBEDDER_MODEL],
    async scan(view, ctx): Promise<Verdict> {
      const vault = ctx.vault;
      if (vault === undefined) return { score: 0, explanation: 'No attack vault in this bouncer (createBouncer option `vault`), so nothing to compare with.' };
      if (vault.size() === 0) return { score: 0, explanation: 'The attack vault is empty.' };
      const text = vaultTextOf(view);
      if (text.length === 0) return { score: 0 };
      const vector = await ctx.models.embed(EMBEDDER_MODEL, text);
      // Entries below `low` cannot score; asking the index for them only costs time.
      const hits = await vault.search(vector, k, low);
      const best = hits[0];
      if (best === undefined) return { score: 0, explanation: `No stored attack within cosine ${fmt(low)} of this text.` };
      const score = clampScore((best.similarity - low) / (high - low));
      const more = hits.length > 1 ? ` ${hits.length - 1} more within ${fmt(low)}.` : '';
      return {
        score,
        severity: best.severity,
        matches: score >= threshold ? [{ start: 0, end: view.raw.length, label: `vault:${best.detector}` }] : [],
        explanation: `Cosine ${fmt(best.similarity)} to a stored attack (flagged by ${best.detector}, ${best.severity}, confidence ${fmt(best.confidence)}, reported ${best.reportCount}×, ${best.source}).${more}`,
      };
    },
  });
}
