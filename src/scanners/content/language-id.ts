/**
 * @module scanners/content/language-id — language identification for the Language and
 * LanguageSame scanners, through eld (Efficient Language Detector, `eld/extrasmall`: 60 languages,
 * n-gram scores, pure JavaScript, no WebAssembly, no Node built-ins; about 280 KB gzipped, loaded
 * on the first text long enough to judge). The text judged is the prose (code, URLs and emails
 * blanked), capped in length; short texts are "undetermined" rather than guessed.
 */
import type { TextView } from '../../types.js';
import { proseOf, viewProse } from './prose.js';

/**
 * The ISO 639-1 codes eld's extrasmall database knows.
 *
 * @example
 * ```ts
 * ELD_LANGUAGES.includes('de'); // true
 * ```
 */
export const ELD_LANGUAGES: readonly string[] = Object.freeze([
  'am', 'ar', 'az', 'be', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'gu', 'he',
  'hi', 'hr', 'hu', 'hy', 'is', 'it', 'ja', 'ka', 'kn', 'ko', 'ku', 'lo', 'lt', 'lv', 'ml', 'mr', 'ms', 'nl', 'no', 'or',
  'pa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'vi', 'yo', 'zh',
]);

/**
 * Codes accepted in options that eld reports under another code: Indonesian is reported as Malay
 * (the written standards are close and eld has no separate model), Norwegian Bokmål and Nynorsk as
 * `no`, Filipino as Tagalog, the old Hebrew code as `he`.
 *
 * @example
 * ```ts
 * LANGUAGE_ALIASES.id; // 'ms'
 * ```
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = Object.freeze({ id: 'ms', in: 'ms', nb: 'no', nn: 'no', fil: 'tl', iw: 'he' });

/** eld's code for an option value, or undefined when eld cannot recognise that language. */
export function eldCode(code: string): string | undefined {
  const c = code.trim().toLowerCase();
  const k = LANGUAGE_ALIASES[c] ?? c;
  return ELD_LANGUAGES.includes(k) ? k : undefined;
}

/** What the identifier concluded about one text. */
export interface LanguageGuess {
  /** eld's code of the most likely language; undefined when undetermined. */
  readonly language: string | undefined;
  /** eld's score per language (0–1, higher is closer), best first; empty when undetermined. */
  readonly scores: ReadonlyArray<readonly [string, number]>;
  /** Letters judged, CJK characters counted three times (they carry a word's worth each). */
  readonly letters: number;
  /** eld's own reliability flag (enough n-grams, a clear winner). */
  readonly reliable: boolean;
}

/** Longest prose handed to eld: the head and the tail of longer texts. */
const HEAD = 3000;
const TAIL = 1000;

interface EldLike {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}
let eldPromise: Promise<EldLike> | undefined;

/** eld with its extrasmall n-gram database, loaded once; a failed load is retried by the next scan. */
function loadEld(): Promise<EldLike> {
  if (eldPromise === undefined) {
    const p = import('eld/extrasmall').then((m) => m.eld as unknown as EldLike);
    eldPromise = p;
    p.catch(() => {
      if (eldPromise === p) eldPromise = undefined;
    });
  }
  return eldPromise;
}

/** Han, kana and Hangul: dense scripts, three "letters" each. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER = /\p{L}/u;

function countLetters(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (DENSE.test(ch)) n += 3;
    else if (LETTER.test(ch)) n += 1;
  }
  return n;
}

function sample(prose: string): string {
  const t = prose.replace(/\s+/g, ' ').trim();
  return t.length <= HEAD + TAIL ? t : `${t.slice(0, HEAD)} ${t.slice(t.length - TAIL)}`;
}

/**
 * Guess the language of some prose (code and links already blanked).
 *
 * @example
 * ```ts
 * (await guessProse('Das Wetter ist heute wirklich schön.')).language; // 'de'
 * ```
 */
export async function guessProse(prose: string): Promise<LanguageGuess> {
  const text = sample(prose);
  const letters = countLetters(text);
  if (letters === 0) return { language: undefined, scores: [], letters, reliable: false };
  const eld = await loadEld();
  const r = eld.detect(text);
  const scores = Object.entries(r.getScores()).sort((a, b) => b[1] - a[1]);
  const language = r.language === '' ? undefined : r.language;
  return { language, scores: language === undefined ? [] : scores, letters, reliable: language !== undefined && r.isReliable() };
}

const GUESS_KEY: object = Object.freeze({ key: 'content/language-guess' });

/**
 * The language of a view's prose, identified once per view however many scanners ask.
 *
 * @example
 * ```ts
 * (await viewLanguage(createTextView('Bonjour à tous, comment allez-vous ?'))).language; // 'fr'
 * ```
 */
export function viewLanguage(view: TextView): Promise<LanguageGuess> {
  return view.memo(GUESS_KEY, (v) => guessProse(viewProse(v)));
}

/**
 * The language of a plain string (the prompt of an output scan).
 *
 * @example
 * ```ts
 * (await textLanguage('¿Dónde está la estación de tren?')).language; // 'es'
 * ```
 */
export function textLanguage(text: string): Promise<LanguageGuess> {
  return guessProse(proseOf(text));
}

/** eld's score for `code` in a guess (0 when eld gave it none). */
export function scoreOf(guess: LanguageGuess, code: string): number {
  for (const [k, v] of guess.scores) if (k === code) return v;
  return 0;
}

/**
 * How far the best language is ahead of the best one in `accepted`, mapped to a risk score:
 * 0.5 when the lead is `margin`, rising by 2.5 per unit of lead (eld scores sit between about 0.3
 * and 0.9, and a wrong but close language trails the winner by less than a tenth).
 *
 * @internal
 */
export function leadScore(guess: LanguageGuess, accepted: readonly string[], margin: number): { score: number; lead: number; best: string; bestAccepted: string | undefined } {
  const best = guess.language ?? '';
  let bestAccepted: string | undefined;
  let acceptedScore = 0;
  for (const a of accepted) {
    const s = scoreOf(guess, a);
    if (bestAccepted === undefined || s > acceptedScore) {
      bestAccepted = a;
      acceptedScore = s;
    }
  }
  const top = guess.scores[0]?.[1] ?? 0;
  const lead = Math.max(0, top - acceptedScore);
  const score = Math.min(1, Math.max(0, 0.5 + (lead - margin) * 2.5));
  return { score, lead, best, bestAccepted };
}
