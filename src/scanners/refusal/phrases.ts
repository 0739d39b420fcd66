/**
 * @module scanners/refusal/phrases — NoRefusal (rules): flags LLM responses that decline the
 * request ("I'm sorry, but I can't help with that"), in eleven languages, weighing where the
 * refusal sits and whether the response goes on to help anyway.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner } from '../../types.js';
import { checkPositiveInt, checkSubset, clampScore, defineScanner } from '../define.js';
import { REFUSAL_LANGUAGES, REFUSAL_LEXICON, type RefusalKind, type RefusalLanguage } from './lexicon.js';

export type { RefusalKind, RefusalLanguage } from './lexicon.js';

/**
 * Options of {@link refusalPhrases}.
 *
 * @example
 * ```ts
 * const options: RefusalPhrasesOptions = { languages: ['en', 'de'], maxChars: 800 };
 * ```
 */
export interface RefusalPhrasesOptions {
  /** Lexicons to run (default: all). */
  readonly languages?: readonly RefusalLanguage[];
  /**
   * How many characters from the start of the response are analysed (default 1500). A refusal
   * that matters opens the response; one buried after 1500 characters of help is a caveat.
   */
  readonly maxChars?: number;
}

/**
 * Resolved options, as echoed in reports.
 *
 * @example
 * ```ts
 * refusalPhrases().options.maxChars; // 1500
 * ```
 */
export interface ResolvedRefusalPhrasesOptions {
  readonly languages: readonly RefusalLanguage[];
  readonly maxChars: number;
}

// Position: a refusal in the first 160 characters is the answer; up to 400 it is still most of
// it; later it is a caveat inside a helpful answer ("I can't guarantee this works on Windows").
const OPENING = 160;
const EARLY = 400;
const EARLY_FACTOR = 0.8;
const LATE_FACTOR = 0.45;
// A pivot to help after the refusal ("…, but here is…"). A capability limit followed by help is
// not a refusal (0.7 × 0.55 ≈ 0.4); a declined request with an alternative still mostly is one.
const PIVOT_CAPABILITY = 0.55;
const PIVOT_REFUSAL = 0.65;
const PIVOT_WINDOW = 300;
// A short response that opens with a refusal and offers nothing else is a refusal for sure.
const SHORT = 300;
const SHORT_DOUBT = 0.6;
// A refusal inside quotation marks is usually an example ("your bot could say 'Sorry, I can't…'").
const QUOTED_FACTOR = 0.4;
const QUOTE_LOOKBACK = 60;
const OPENING_QUOTES = new Set(['"', '“', '„', '«', '「', '『', '`']);
const SENTENCE_END = new Set(['.', '!', '?', '\n', '。', '！', '？']);
const WHITESPACE_RUN = /\s+/g;
const LETTER = /[\p{L}\p{N}]/u;

/** True when an opening quote precedes `start` in the same sentence (an apostrophe inside a word is not one). */
function quotedAt(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - QUOTE_LOOKBACK; i--) {
    const c = text[i] ?? '';
    if (OPENING_QUOTES.has(c)) return true;
    if ((c === "'" || c === '‘') && !LETTER.test(text[i - 1] ?? '')) return true;
    if (SENTENCE_END.has(c) && i < start - 1) return false;
  }
  return false;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly kind: RefusalKind;
  readonly pivot: boolean;
}

function excerpt(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(WHITESPACE_RUN, ' ').trim();
  return s.length <= 60 ? s : `${s.slice(0, 57)}...`;
}

/**
 * NoRefusal (rules): scores how clearly an LLM response refuses the request. Use it to detect
 * over-refusal, to route refused prompts elsewhere, or to spot when a guarded model declined.
 *
 * @example
 * ```ts
 * const scanner = refusalPhrases({ languages: ['en', 'fr'] });
 * const v = await scanner.scan(createTextView("I'm sorry, but I can't help with that."), ctx);
 * v.score; // ≈ 0.94
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function refusalPhrases(options: RefusalPhrasesOptions = {}): Scanner<ResolvedRefusalPhrasesOptions> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('refusalPhrases options must be an object');
  const languages = checkSubset(options.languages, REFUSAL_LANGUAGES, 'languages', 'language', REFUSAL_LANGUAGES);
  if (languages.length === 0) throw new ConfigError('languages must name at least one language');
  const maxChars = checkPositiveInt(options.maxChars, 'maxChars', 1500);
  const langs = [...new Set(languages)] as RefusalLanguage[];
  const englishPivot = REFUSAL_LEXICON.en.pivot;

  return defineScanner<ResolvedRefusalPhrasesOptions>({
    id: 'refusal/phrases',
    kind: 'output',
    category: 'refusal',
    severity: 'medium',
    description: 'Flags LLM responses that refuse the request ("I\'m sorry, but I can\'t help with that"), in 11 languages.',
    threshold: 0.5,
    options: { languages: langs, maxChars },
    scan(view) {
      const text = view.normalized;
      const lead = text.length - text.trimStart().length;
      const head = text.slice(0, lead + maxChars);
      if (head.length === lead) return { score: 0 };

      const found: Hit[] = [];
      for (const lang of langs) {
        const table = REFUSAL_LEXICON[lang];
        if (!table.gate.test(head)) continue;
        for (const p of table.phrases) {
          const m = p.re.exec(head);
          if (m === null || m[0].length === 0) continue;
          const start = m.index;
          const end = start + m[0].length;
          const after = head.slice(end, end + PIVOT_WINDOW);
          const pivot = table.pivot.test(after) || (table !== REFUSAL_LEXICON.en && englishPivot.test(after));
          found.push({ start, end, weight: p.weight, kind: p.kind, pivot });
        }
      }
      if (found.length === 0) return { score: 0 };

      // Overlapping phrases are one piece of evidence: keep the strongest of each overlap.
      const hits: Hit[] = [];
      for (const h of found.sort((a, b) => b.weight - a.weight)) if (!hits.some((k) => k.start < h.end && h.start < k.end)) hits.push(h);

      let doubt = 1;
      let opens = false;
      let pivoted = false;
      for (const h of hits) {
        const at = h.start - lead;
        let f = at <= OPENING ? 1 : at <= EARLY ? EARLY_FACTOR : LATE_FACTOR;
        if (h.pivot) f *= h.kind === 'capability' ? PIVOT_CAPABILITY : PIVOT_REFUSAL;
        const quoted = quotedAt(text, h.start);
        if (quoted) f *= QUOTED_FACTOR;
        doubt *= 1 - h.weight * f;
        if (at <= OPENING && !quoted) opens = true;
        if (h.pivot) pivoted = true;
      }
      if (opens && !pivoted && text.trim().length <= SHORT) doubt *= SHORT_DOUBT;
      const score = clampScore(1 - doubt);

      const first = hits.reduce((a, b) => (b.start < a.start ? b : a));
      const matches: Match[] = hits
        .sort((a, b) => a.start - b.start)
        .map((h) => ({ ...view.toRaw(h.start, h.end), label: 'refusal' }));
      const kinds = [...new Set(hits.map((h) => h.kind))].join(', ');
      const note = pivoted ? ' It then goes on to help, so it counts as a partial refusal.' : '';
      return { score, matches, explanation: `Response declines (${kinds}): "${excerpt(text, first.start, first.end)}".${note}` };
    },
  });
}
