/**
 * @module scanners/content/reading-time — ReadingTime: a response that takes longer to read than a
 * budget. Words are counted per whitespace-separated run; Chinese and Japanese characters per
 * character at their own reading speed; Thai, Lao, Khmer and Myanmar (written without spaces) at
 * one word per four characters. Optionally cuts the response at the budget.
 */
import { ConfigError } from '../../errors.js';
import type { Scanner, Verdict } from '../../types.js';
import { checkBoolean, defineScanner } from '../define.js';

/**
 * Options of {@link contentReadingTime}.
 *
 * @example
 * ```ts
 * const o: ReadingTimeOptions = { maxMinutes: 2, wordsPerMinute: 250, truncate: true };
 * ```
 */
export interface ReadingTimeOptions {
  /** Longest acceptable reading time in minutes (default 5; fractions allowed). */
  readonly maxMinutes?: number;
  /** Reading speed for words (default 200 words a minute). */
  readonly wordsPerMinute?: number;
  /** Reading speed for Chinese and Japanese characters (default 300 a minute). */
  readonly charsPerMinute?: number;
  /** Cut the response where the budget runs out, at a sentence or word end, and add "…" (default false). */
  readonly truncate?: boolean;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedReadingTimeOptions {
  readonly maxMinutes: number;
  readonly wordsPerMinute: number;
  readonly charsPerMinute: number;
  readonly truncate: boolean;
}

/** Han, kana: read character by character. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters of an unspaced script per word. */
const UNSPACED_PER_WORD = 4;

function positive(x: unknown, what: string, fallback: number): number {
  if (x === undefined) return fallback;
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) throw new ConfigError(`content/reading-time: ${what} must be a positive number, got ${String(x)}`);
  return x;
}

/**
 * Reading time of a text in minutes, and the offset where `budget` minutes run out (undefined
 * when the text fits).
 *
 * @example
 * ```ts
 * readingMinutes('word '.repeat(400), 200, 300, 1).minutes; // 2
 * ```
 */
export function readingMinutes(text: string, wpm: number, cpm: number, budget: number): { minutes: number; cut: number | undefined } {
  let minutes = 0;
  let cut: number | undefined;
  let inWord = false;
  let unspaced = 0;
  const perWord = 1 / wpm;
  const perChar = 1 / cpm;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    let cost = 0;
    if (cp < 0x80) {
      // ASCII fast path: letters and digits make words, everything else separates them.
      const alnum = (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
      if (alnum && !inWord) cost = perWord;
      inWord = alnum || (inWord && (cp === 39 || cp === 45)); // don't, well-known
      unspaced = 0;
      if (cost > 0 && cut === undefined && minutes + cost > budget + 1e-12) cut = i;
      minutes += cost;
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (CJK.test(ch)) {
      cost = perChar;
      inWord = false;
    } else if (UNSPACED.test(ch)) {
      unspaced++;
      if (unspaced % UNSPACED_PER_WORD === 1) cost = perWord;
      inWord = false;
    } else if (LETTER_OR_DIGIT.test(ch)) {
      if (!inWord) cost = perWord;
      inWord = true;
      unspaced = 0;
    } else if (/\s/.test(ch)) {
      inWord = false;
      unspaced = 0;
    }
    if (cost > 0 && cut === undefined && minutes + cost > budget + 1e-12) cut = i;
    minutes += cost;
    i += width;
  }
  return { minutes, cut };
}

/** The last sentence end (or else word end) at or before `at`, not before half of it. */
function cutPoint(text: string, at: number): number {
  const head = text.slice(0, at);
  const floor = Math.floor(at / 2);
  for (let i = head.length - 1; i >= floor; i--) {
    const c = head.charAt(i);
    if ('.!?。！？\n'.includes(c)) return i + 1;
  }
  for (let i = head.length - 1; i >= floor; i--) if (/\s/.test(head.charAt(i))) return i;
  return at;
}

const fmt = (m: number): string => (m < 1 ? `${Math.round(m * 60)} s` : `${m.toFixed(1)} min`);

/**
 * ReadingTime (`content/reading-time`, output scans). The score is 0 within the budget and 1 over
 * it. With `truncate`, the scanner is a sanitizer (order 97, after code redaction, mitigating): the
 * text after the last sentence (or word) that fits is replaced by "…".
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentReadingTime({ maxMinutes: 1, truncate: true })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentReadingTime(options: ReadingTimeOptions = {}): Scanner<ResolvedReadingTimeOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/reading-time: options must be an object');
  for (const key of Object.keys(options)) if (!['maxMinutes', 'wordsPerMinute', 'charsPerMinute', 'truncate'].includes(key)) throw new ConfigError(`content/reading-time: unknown option "${key}"`);
  const maxMinutes = positive(options.maxMinutes, 'maxMinutes', 5);
  const wordsPerMinute = positive(options.wordsPerMinute, 'wordsPerMinute', 200);
  const charsPerMinute = positive(options.charsPerMinute, 'charsPerMinute', 300);
  const truncate = checkBoolean(options.truncate, 'content/reading-time: truncate', false);
  const resolved: ResolvedReadingTimeOptions = Object.freeze({ maxMinutes, wordsPerMinute, charsPerMinute, truncate });
  const base = {
    id: 'content/reading-time',
    kind: 'output' as const,
    category: 'content' as const,
    severity: 'low' as const,
    description: `Response longer than ${maxMinutes} min to read (${wordsPerMinute} words/min; CJK by characters)`,
    threshold: 0.5,
    options: resolved,
    wholeText: true,
    scan(view: Parameters<Scanner['scan']>[0]): Verdict {
      const text = view.raw;
      const { minutes, cut } = readingMinutes(text, wordsPerMinute, charsPerMinute, maxMinutes);
      if (cut === undefined) return { score: 0, explanation: `About ${fmt(minutes)} to read, within ${fmt(maxMinutes)}.` };
      const at = cutPoint(text, cut);
      const match = truncate ? { start: at, end: text.length, label: 'over-reading-time', replacement: '…' } : { start: at, end: text.length, label: 'over-reading-time' };
      return { score: 1, matches: [match], explanation: `About ${fmt(minutes)} to read, over ${fmt(maxMinutes)}.` };
    },
  };
  return truncate ? defineScanner<ResolvedReadingTimeOptions>({ ...base, sanitizer: { order: 97, mitigates: true } }) : defineScanner<ResolvedReadingTimeOptions>(base);
}
