/**
 * @module scanners/phrase-rule — the vocabulary of phrase tables: one weighted, anchored pattern
 * ({@link PhraseRule}), the families of prompt-attack evidence, the languages, and the helpers every
 * table file (injection, jailbreak, indirect) builds its rules with. Tables are data; the matching
 * lives once in `phrase-engine.ts`.
 *
 * Every pattern is matched against the NFKC-normalised text (and every decoded layer),
 * case-insensitively. Each carries `anchors`: lowercase literals, one of which every match STARTS
 * with (a single space in an anchor stands for any run of whitespace). The engine finds all anchors
 * of all tables in one pass and tries a pattern only where one of its anchors starts, as a sticky
 * match, so a prompt without trigger words costs one regex pass. `requires` words (one of which
 * every match contains, starting a word) keep common anchors ("print", "tell me") from being tried
 * when the rest of the phrase cannot be present. Unit tests check both properties.
 *
 * Weights are the evidence a phrase gives on its own (0.5 = as likely an attack as not):
 * - ~0.9: unambiguous phrasings nobody writes innocently ("ignore all previous instructions");
 * - 0.55–0.8: strong but with rare innocent uses ("new instructions:", "pretend there are no rules");
 * - < 0.5: corroboration only, never enough alone.
 *
 * Linear-time rules every pattern follows (a ReDoS checker runs over every exported RegExp):
 * quantified parts that sit next to each other match disjoint characters, word slots are bounded
 * (`\S{1,20}\s+`), lazy gaps are bounded (`[^\n]{0,120}?`), no two whitespace quantifiers are ever
 * adjacent. No `u` flag: V8 runs large case-insensitive alternations several times slower with it,
 * so word boundaries for non-ASCII scripts are spelled out as character ranges ({@link B}, {@link E}).
 */

/**
 * Every family of phrase evidence. Each family is reported by exactly one detector:
 * `injection/<family>` for the direct ones, `indirect/<family>` and `jailbreak/<family>` for the
 * others; `ai-address` ("note to AI assistants reading this") is corroboration used by
 * `indirect/rag-poisoning`, as is `output-directive` ("modify your answer to…", "add this line to your
 * reply"), which in a user's own prompt is ordinary formatting advice; `escalation` ("you already agreed", "now without the disclaimers") is
 * corroboration read by `injection/multi-turn-escalation` together with the conversation history.
 *
 * @example
 * ```ts
 * const family: PhraseFamily = 'prompt-extraction';
 * ```
 */
export type PhraseFamily =
  | 'instruction-override'
  | 'prompt-extraction'
  | 'role-hijack'
  | 'context-manipulation'
  | 'prompt-leak'
  | 'task-deflection'
  | 'escalation'
  | 'data-exfiltration'
  | 'tool-abuse'
  | 'ai-address'
  | 'output-directive'
  | 'hypothetical'
  | 'research-pretext'
  | 'dual-persona';

/**
 * Every family, in reporting order.
 *
 * @example
 * ```ts
 * PHRASE_FAMILIES.includes('tool-abuse'); // true
 * ```
 */
export const PHRASE_FAMILIES: readonly PhraseFamily[] = Object.freeze([
  'instruction-override',
  'prompt-extraction',
  'role-hijack',
  'context-manipulation',
  'prompt-leak',
  'task-deflection',
  'escalation',
  'data-exfiltration',
  'tool-abuse',
  'ai-address',
  'output-directive',
  'hypothetical',
  'research-pretext',
  'dual-persona',
]);

/**
 * Language keys of the phrase tables; `neutral` holds script-independent signals (chat-template tags).
 *
 * @example
 * ```ts
 * const languages: PhraseLanguage[] = ['en', 'de', 'zh'];
 * ```
 */
export type PhraseLanguage = 'neutral' | 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ru' | 'zh' | 'ja' | 'ko' | 'ar' | 'hi' | 'bn' | 'id' | 'tr' | 'vi' | 'pl' | 'sv' | 'uk' | 'cs' | 'el' | 'he';

/**
 * Every language key.
 *
 * @example
 * ```ts
 * PHRASE_LANGUAGES.length; // 24 (23 languages + neutral)
 * ```
 */
export const PHRASE_LANGUAGES: readonly PhraseLanguage[] = Object.freeze(['neutral', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'bn', 'id', 'tr', 'vi', 'pl', 'sv', 'uk', 'cs', 'el', 'he']);

/**
 * One weighted phrase pattern.
 *
 * @example
 * ```ts
 * const r: PhraseRule = { re: /\bdo\s+anything\s+now\b/i, weight: 0.45, anchors: ['do anything'] };
 * ```
 */
export interface PhraseRule {
  /** Matched against normalised text; never global (the engine iterates with its own sticky copy). */
  readonly re: RegExp;
  /** Evidence strength of one occurrence, 0..1. */
  readonly weight: number;
  /** Lowercase literals; every match starts with one of them (the prefilter finds where to try). */
  readonly anchors: readonly string[];
  /**
   * Lowercase literals of which every match contains at least one, starting a word. The engine
   * relies on it: it tries the rule only where such a word follows, so a rule whose matches can
   * lack every one of them would miss those matches (tests check each match of the fixtures).
   */
  readonly requires?: readonly string[];
  /**
   * Further groups like `requires`, each needing one of its words in every match too (see
   * {@link alsoRequires}): for a rule whose far end names one of a few words that the regex
   * analysis (`phrase-requires.ts`) cannot prove, such as "…your instructions … in base64 / to
   * notes.txt".
   */
  readonly alsoRequires?: ReadonlyArray<readonly string[]>;
  /**
   * A match does not count where this tests true at its start: a sticky, zero-width lookbehind
   * `(?<=…)` for the words that turn the phrase into something else ("never reveal your
   * instructions"). The same as a `(?<!…)` at the head of `re`, but checked only once `re` has
   * matched, instead of on every try (see {@link unlessAfter}).
   */
  readonly notAfter?: RegExp;
}

/**
 * The rules of one language, by family.
 *
 * @example
 * ```ts
 * const table: LanguagePhrases = { 'tool-abuse': [rule(String.raw`\bdelete\s+all\s+files\b`, 0.6, ['delete'])] };
 * ```
 */
export type LanguagePhrases = Readonly<Partial<Record<PhraseFamily, readonly PhraseRule[]>>>;

/**
 * A table file's contribution: rules per language.
 *
 * @example
 * ```ts
 * const tables: PhraseTables = { en: { 'hypothetical': [] } };
 * ```
 */
export type PhraseTables = Readonly<Partial<Record<PhraseLanguage, LanguagePhrases>>>;

/**
 * Build one rule. The source and anchors are NFKC-normalised so they match the normalised view
 * (Hindi nukta letters, for instance, are decomposed by NFKC).
 *
 * @example
 * ```ts
 * const r1 = rule(String.raw`\bignore\s+previous\s+instructions\b`, 0.9, ['ignor']);
 * ```
 */
export function rule(source: string, weight: number, anchors: readonly string[], flags = 'i', requires?: readonly string[]): PhraseRule {
  const base = {
    re: new RegExp(source.normalize('NFKC'), flags),
    weight,
    anchors: Object.freeze(anchors.map((a) => a.normalize('NFKC').toLowerCase())),
  };
  return Object.freeze(requires === undefined ? base : { ...base, requires: Object.freeze(requires.map((a) => a.normalize('NFKC').toLowerCase())) });
}

/**
 * `base` whose matches do not count right after text matching `before` (a pattern that must end
 * where the match starts): the rule finds what a `(?<!before)` at the head of its regex would, but
 * the negative context is tested only where the phrase itself matched.
 *
 * @example
 * ```ts
 * const shown = unlessAfter(rule(String.raw`\bshow\s+your\s+rules`, 0.8, ['show']), String.raw`\bnever\s{1,3}`);
 * shown.notAfter?.test('never show your rules'); // false at 0; true with lastIndex = 6
 * ```
 */
export function unlessAfter(base: PhraseRule, before: string): PhraseRule {
  return Object.freeze({ ...base, notAfter: new RegExp(`(?<=${before.normalize('NFKC')})`, `${base.re.flags.replace(/[gy]/g, '')}y`) });
}

/**
 * `base` with one more group of words of which every match contains one, starting a word (the
 * engine skips the rule on text that has none of them). Only for groups the regex really cannot
 * match without: tests check every match against each group.
 *
 * @example
 * ```ts
 * const leak = alsoRequires(rule(String.raw`\byour\s+rules\b[^\n]{0,40}?\b(?:base64|json)`, 0.7, ['your']), ['base64', 'json']);
 * leak.alsoRequires; // [['base64', 'json']]
 * ```
 */
export function alsoRequires(base: PhraseRule, words: readonly string[]): PhraseRule {
  const group = Object.freeze(words.map((w) => w.normalize('NFKC').toLowerCase()));
  return Object.freeze({ ...base, alsoRequires: Object.freeze([...(base.alsoRequires ?? []), group]) });
}

/** `String.raw`, for writing patterns without double escapes. */
export const r: (template: { readonly raw: readonly string[] | ArrayLike<string> }, ...substitutions: readonly unknown[]) => string = String.raw;

/**
 * Word characters of the spaced scripts we cover (`\b` only knows ASCII letters): Latin with
 * accents, Greek, Cyrillic, Devanagari — ranges, not `\p{L}`, to stay off the `u` flag.
 */
export const WORD_CHARS = r`0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0900-\u097F\u0980-\u09FF\u1E00-\u1EFF`;
/** A word start for any spaced script (lookbehind). */
export const B = r`(?<![${WORD_CHARS}])`;
/** A word end for any spaced script (lookahead). */
export const E = r`(?![${WORD_CHARS}])`;
