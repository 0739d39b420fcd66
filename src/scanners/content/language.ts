/**
 * @module scanners/content/language — Language: text written in a language outside an allow-list.
 * Identification by eld (see `./language-id.ts`) on the prose of the text (code, URLs and emails
 * left out); short or unclear texts are "undetermined" and never flagged.
 */
import { ConfigError } from '../../errors.js';
import type { Scanner, Verdict } from '../../types.js';
import { checkPositiveInt, checkStringArray, defineScanner } from '../define.js';
import { eldCode, ELD_LANGUAGES, leadScore, viewLanguage } from './language-id.js';

/**
 * Options of {@link contentLanguage}.
 *
 * @example
 * ```ts
 * const o: LanguageOptions = { languages: ['en', 'de'], minLength: 30 };
 * ```
 */
export interface LanguageOptions {
  /** ISO 639-1 codes of the accepted languages (default `['en']`). `id` is accepted and matched as Malay (`ms`). */
  readonly languages?: readonly string[];
  /** Fewest letters (CJK characters count three) before a language is judged; shorter text is undetermined (default 20). */
  readonly minLength?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedLanguageOptions {
  readonly languages: readonly string[];
  readonly minLength: number;
}

/** Lead (in eld score) over the best accepted language at which the risk is 0.5. */
export const LANGUAGE_MARGIN = 0.1;

/**
 * Language allow-list (`content/language`). The score is 0 for an accepted or undetermined
 * language; otherwise it grows with how far the detected language leads the best accepted one
 * (0.5 at a lead of {@link LANGUAGE_MARGIN}), so a close sibling (Ukrainian text with Russian
 * allowed) scores lower than a distant one.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentLanguage({ languages: ['en', 'fr'] })] });
 * (await bouncer.scanInput('Wie spät ist es in Berlin gerade?')).detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentLanguage(options: LanguageOptions = {}): Scanner<ResolvedLanguageOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/language: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'languages' && key !== 'minLength') throw new ConfigError(`content/language: unknown option "${key}"`);
  const languages = resolveLanguages(options.languages, 'content/language');
  const minLength = checkPositiveInt(options.minLength, 'content/language: minLength', 20);
  const resolved: ResolvedLanguageOptions = Object.freeze({ languages, minLength });
  const accepted = [...new Set(languages.map((l) => eldCode(l) as string))];
  return defineScanner<ResolvedLanguageOptions>({
    id: 'content/language',
    kind: 'both',
    category: 'content',
    severity: 'low',
    description: `Text in a language outside the allow-list (${languages.join(', ')}); eld n-gram identification, short text undetermined`,
    threshold: 0.5,
    options: resolved,
    async scan(view): Promise<Verdict> {
      const guess = await viewLanguage(view);
      if (guess.letters < minLength) return { score: 0, explanation: `Too short to tell the language (${guess.letters} letters, fewer than ${minLength}).` };
      if (guess.language === undefined || !guess.reliable) return { score: 0, explanation: 'Language undetermined (no clear winner).' };
      if (accepted.includes(guess.language)) return { score: 0, explanation: `Written in an accepted language (${guess.language}).` };
      const { score, lead, best, bestAccepted } = leadScore(guess, accepted, LANGUAGE_MARGIN);
      const span = { start: 0, end: view.raw.length };
      return {
        score,
        matches: score >= 0.5 ? [{ ...span, label: `language:${best}` }] : [],
        explanation: `Looks like ${best}, not ${languages.join('/')} (lead ${lead.toFixed(2)} over ${bestAccepted ?? 'the accepted languages'}).`,
      };
    },
  });
}

/** Validate a list of language codes against what eld knows; throws ConfigError naming the first unknown. */
export function resolveLanguages(x: unknown, what: string): readonly string[] {
  const list = checkStringArray(x, `${what}: languages`, ['en']);
  if (list.length === 0) throw new ConfigError(`${what}: languages must name at least one language`);
  const out: string[] = [];
  for (const l of list) {
    if (eldCode(l) === undefined) throw new ConfigError(`${what}: unknown or unsupported language "${l}" (known: ${ELD_LANGUAGES.join(', ')}, plus id, nb, nn, fil)`);
    out.push(l.trim().toLowerCase());
  }
  return Object.freeze(out);
}
