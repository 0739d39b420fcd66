/**
 * @module scanners/content/relevance — Relevance: a response unrelated to the prompt, by cosine
 * similarity of their sentence embeddings (the shipped `embedder` model). Short prompts or
 * responses ("Yes.", "42") are not judged.
 */
import { ConfigError } from '../../errors.js';
import type { Scanner, Verdict } from '../../types.js';
import { EMBEDDER_MODEL } from '../../vault/key.js';
import { checkPositiveInt, checkUnit, clampScore, defineScanner } from '../define.js';
import { cosine } from './ban-topics.js';

/**
 * Options of {@link contentRelevance}.
 *
 * @example
 * ```ts
 * const o: RelevanceOptions = { similarity: 0.1, minWords: 8 };
 * ```
 */
export interface RelevanceOptions {
  /** Cosine similarity at which the score is 0.5; below it the response is off-topic (default 0.09, chosen on GSM8K and XQuAD by `bench/content.ts`). */
  readonly similarity?: number;
  /** Fewest words in the prompt and in the response before they are compared (default 5). */
  readonly minWords?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedRelevanceOptions {
  readonly similarity: number;
  readonly minWords: number;
}

/** Characters of the prompt and of the response that are compared. */
const MAX_CHARS = 20000;

const WORD = /[\p{L}\p{N}]+/gu;
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Words, counting two CJK or Thai characters as one word. */
function wordCount(text: string): number {
  const dense = text.match(DENSE)?.length ?? 0;
  const words = text.replace(DENSE, ' ').match(WORD)?.length ?? 0;
  return words + Math.ceil(dense / 2);
}

/**
 * Relevance (`content/relevance`, output scans). The score is 0.5 when the cosine between the
 * prompt's and the response's embeddings equals `similarity`, 1 at a cosine of 0 or below, and 0
 * at twice `similarity` or above.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentRelevance()] });
 * const r = await bouncer.scanOutput('How do I bake sourdough bread at home?', 'The stock market closed higher today after strong earnings reports from banks.');
 * r.detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentRelevance(options: RelevanceOptions = {}): Scanner<ResolvedRelevanceOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/relevance: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'similarity' && key !== 'minWords') throw new ConfigError(`content/relevance: unknown option "${key}"`);
  const similarity = options.similarity === undefined ? 0.09 : checkUnit(options.similarity, 'content/relevance: similarity');
  if (similarity === 0) throw new ConfigError('content/relevance: similarity must be above 0');
  const minWords = checkPositiveInt(options.minWords, 'content/relevance: minWords', 5);
  return defineScanner<ResolvedRelevanceOptions>({
    id: 'content/relevance',
    kind: 'output',
    category: 'content',
    severity: 'low',
    description: 'Response unrelated to the prompt: embedder cosine between the two below a floor',
    threshold: 0.5,
    options: Object.freeze({ similarity, minWords }),
    models: [EMBEDDER_MODEL],
    wholeText: true,
    async scan(view, ctx): Promise<Verdict> {
      // Relevance shows early: long texts are judged on their first 20,000 characters (embedding
      // cost grows with length).
      const response = view.normalized.slice(0, MAX_CHARS);
      const prompt = ctx.prompt.slice(0, MAX_CHARS);
      if (wordCount(prompt) < minWords || wordCount(response) < minWords) return { score: 0, explanation: `Too short to compare (fewer than ${minWords} words).` };
      const [a, b] = await Promise.all([ctx.models.embed(EMBEDDER_MODEL, prompt), ctx.models.embed(EMBEDDER_MODEL, response)]);
      const cos = cosine(a, b);
      const score = clampScore(1 - cos / (2 * similarity));
      return {
        score,
        matches: score >= 0.5 ? [{ start: 0, end: view.raw.length, label: 'off-topic' }] : [],
        explanation: `Cosine between prompt and response ${cos.toFixed(3)} (off-topic below ${similarity}).`,
      };
    },
  });
}
