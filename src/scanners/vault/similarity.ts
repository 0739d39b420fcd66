/**
 * @module scanners/vault/similarity — VaultSimilarity: is this prompt close to an attack the
 * vault already holds? Embeds the canonical text (normalised, lower-cased, whitespace collapsed)
 * with the sentence embedder (`models/embedder`, through `ctx.models`) and takes the top-k cosine
 * matches from `ctx.vault`, which `createBouncer` supplies when its `vault` option is set.
 *
 * Score: the best cosine similarity s mapped linearly from `low` (score 0) to `high` (score 1):
 * score = clamp((s − low) / (high − low)). Defaults low 0.3, high 0.7, threshold 0.5, so a match
 * is detected from s ≥ 0.5 — where `bench/vault.ts` measured 93.6 % recall on near-duplicates of
 * learned attacks and at most 0.3 % false positives on 15 benign sets (unrelated texts: mean cosine
 * 0.013; 1 % of random pairs reach 0.137, per the embedder's model card). Severity is the matched
 * entry's. Text over 400 characters is also compared in overlapping 400-character windows, since
 * the vault stores the flagged sentences of a long text rather than all of it (at most 12 windows,
 * evenly spread: text over ≈ 2 600 characters is sampled, not covered).
 */
import type { Scanner, TextView, Verdict } from '../../types.js';
import type { VaultHit } from '../../vault/types.js';
import { EMBEDDER_MODEL, vaultTextOf } from '../../vault/key.js';
import { checkPositiveInt, checkUnit, clampScore, defineScanner } from '../define.js';
import { ConfigError } from '../../errors.js';

/** Options of {@link vaultSimilarity}. */
export interface VaultSimilarityOptions {
  /** Cosine similarity that scores 0 (default 0.3). */
  readonly low?: number;
  /** Cosine similarity that scores 1 (default 0.7). */
  readonly high?: number;
  /** Decision threshold on the score (default 0.5, i.e. cosine 0.5 with the default low/high). */
  readonly threshold?: number;
  /** Matches to fetch (default 3); the best decides, the others are named in the explanation. */
  readonly k?: number;
}

const fmt = (x: number): string => x.toFixed(2);

/** Texts longer than this are also compared window by window. */
export const WINDOW_FROM_CHARS = 400;
const WINDOW = 400;
const STEP = 200;
const MAX_WINDOWS = 12;

/**
 * The whole canonical text, plus overlapping 400-character windows of a long one: at most 12,
 * evenly spread (each window is one more search over the whole vault, ≈ 50 ms at 10 000 entries).
 */
function windowsOf(text: string): Array<{ text: string; start: number; end: number; whole: boolean }> {
  const out = [{ text, start: 0, end: text.length, whole: true }];
  if (text.length <= WINDOW_FROM_CHARS) return out;
  const starts: number[] = [];
  for (let s = 0; s < text.length - STEP; s += STEP) starts.push(Math.min(s, Math.max(0, text.length - WINDOW)));
  const pick = starts.length <= MAX_WINDOWS ? starts : Array.from({ length: MAX_WINDOWS }, (_, i) => starts[Math.round((i * (starts.length - 1)) / (MAX_WINDOWS - 1))] as number);
  for (const s of new Set(pick)) out.push({ text: text.slice(s, s + WINDOW), start: s, end: Math.min(text.length, s + WINDOW), whole: false });
  return out;
}

/**
 * The raw span of a window of the canonical text. The canonical text is the normalised text
 * lower-cased with whitespace runs collapsed, so offsets are mapped by counting non-space
 * characters; an approximation is fine for evidence (the match is "about here").
 */
function rawSpan(view: TextView, canonical: string, w: { start: number; end: number }): { start: number; end: number } {
  const norm = view.normalized;
  const target = (i: number): number => {
    let seen = 0;
    for (let c = 0; c < i; c++) if (!/\s/.test(canonical[c] as string)) seen++;
    let n = 0;
    for (let j = 0; j < norm.length; j++) {
      if (/\s/.test(norm[j] as string)) continue;
      if (n === seen) return j;
      n++;
    }
    return norm.length;
  };
  return view.toRaw(target(w.start), Math.max(target(w.start), target(w.end)));
}

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
  const low = options.low === undefined ? 0.3 : checkUnit(options.low, 'vault/similarity: low');
  const high = options.high === undefined ? 0.7 : checkUnit(options.high, 'vault/similarity: high');
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
      // The whole text, and for long text overlapping windows too: an attack planted in a long
      // document is stored as its own part (see vault/bouncer.ts) and found again the same way.
      let hits: VaultHit[] = [];
      let where: { start: number; end: number } | undefined;
      for (const part of windowsOf(text)) {
        if (ctx.signal.aborted) break;
        const vector = await ctx.models.embed(EMBEDDER_MODEL, part.text);
        // Entries below `low` cannot score; asking the index for them only costs time.
        const found = await vault.search(vector, k, low);
        if (found[0] !== undefined && (hits[0] === undefined || found[0].similarity > hits[0].similarity)) {
          hits = found;
          where = part.whole ? undefined : part;
        }
      }
      const best = hits[0];
      if (best === undefined) return { score: 0, explanation: `No stored attack within cosine ${fmt(low)} of this text.` };
      const score = clampScore((best.similarity - low) / (high - low));
      const more = hits.length > 1 ? ` ${hits.length - 1} more within ${fmt(low)}.` : '';
      const span = where === undefined ? { start: 0, end: view.raw.length } : rawSpan(view, text, where);
      return {
        score,
        severity: best.severity,
        matches: score >= threshold ? [{ ...span, label: `vault:${best.detector}` }] : [],
        explanation: `Cosine ${fmt(best.similarity)} to a stored attack (flagged by ${best.detector}, ${best.severity}, confidence ${fmt(best.confidence)}, reported ${best.reportCount}×, ${best.source})${where === undefined ? '' : ' in one part of the text'}.${more}`,
      };
    },
  });
}
