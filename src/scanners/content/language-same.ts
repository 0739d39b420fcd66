/**
 * @module scanners/content/language-same — LanguageSame: a response written in another language
 * than the prompt. Both are identified with eld (see `./language-id.ts`); when either is too short
 * or unclear, nothing is flagged.
 */
import { ConfigError } from '../../errors.js';
import type { Scanner, Verdict } from '../../types.js';
import { checkPositiveInt, defineScanner } from '../define.js';
import { leadScore, textLanguage, viewLanguage } from './language-id.js';
import { LANGUAGE_MARGIN } from './language.js';

/**
 * Options of {@link contentLanguageSame}.
 *
 * @example
 * ```ts
 * const o: LanguageSameOptions = { minLength: 30 };
 * ```
 */
export interface LanguageSameOptions {
  /** Fewest letters (CJK characters count three) in the prompt and in the response before they are compared (default 20). */
  readonly minLength?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedLanguageSameOptions {
  readonly minLength: number;
}

/**
 * LanguageSame (`content/language-same`, output scans): the response's language must be the
 * prompt's. The score grows with how far the response's language leads the prompt's language in
 * the response's own scores (0.5 at a lead of 0.1), so an answer in a close sibling language
 * scores lower than one in an unrelated language.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentLanguageSame()] });
 * const r = await bouncer.scanOutput('¿Cuál es la capital de Australia?', 'The capital of Australia is Canberra.');
 * r.detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentLanguageSame(options: LanguageSameOptions = {}): Scanner<ResolvedLanguageSameOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/language-same: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'minLength') throw new ConfigError(`content/language-same: unknown option "${key}"`);
  const minLength = checkPositiveInt(options.minLength, 'content/language-same: minLength', 20);
  return defineScanner<ResolvedLanguageSameOptions>({
    id: 'content/language-same',
    kind: 'output',
    category: 'content',
    severity: 'low',
    description: "Response in another language than the prompt (eld n-gram identification of both; short text undetermined)",
    threshold: 0.5,
    options: Object.freeze({ minLength }),
    wholeText: true,
    async scan(view, ctx): Promise<Verdict> {
      const [answer, prompt] = await Promise.all([viewLanguage(view), textLanguage(ctx.prompt)]);
      if (prompt.letters < minLength || prompt.language === undefined || !prompt.reliable) return { score: 0, explanation: "The prompt's language is undetermined (too short or unclear)." };
      if (answer.letters < minLength || answer.language === undefined || !answer.reliable) return { score: 0, explanation: "The response's language is undetermined (too short or unclear)." };
      if (answer.language === prompt.language) return { score: 0, explanation: `Prompt and response are both ${answer.language}.` };
      const { score, lead } = leadScore(answer, [prompt.language], LANGUAGE_MARGIN);
      return {
        score,
        matches: score >= 0.5 ? [{ start: 0, end: view.raw.length, label: `language:${answer.language}` }] : [],
        explanation: `The prompt is ${prompt.language}, the response looks ${answer.language} (lead ${lead.toFixed(2)}).`,
      };
    },
  });
}
