/**
 * @module scanners/content/gibberish — Gibberish: random letters, keyboard mashing and repeated
 * noise in place of language. Character statistics only, no model: each word of the prose (code,
 * URLs, numbers and identifiers left out) is scored by how unlike a word of any of about 30
 * Latin, Cyrillic and Greek-script languages its letter transitions are (`./gibberish-data.ts`), by
 * vowels and consonant runs, by keyboard-row runs and by repetition. Scripts
 * written without spaces or vowels (CJK, Thai, Arabic, Hebrew, Indic…) are not judged, and short
 * texts are undetermined.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { COMMON_WORDS } from '../../text/words.js';
import { checkPositiveInt, clampScore, defineScanner } from '../define.js';
import { TRANSITION_ALPHABETS, TRANSITION_BITS } from './gibberish-data.js';
import { viewProse } from './prose.js';

/**
 * Options of {@link contentGibberish}.
 *
 * @example
 * ```ts
 * const o: GibberishOptions = { minLength: 30 };
 * ```
 */
export interface GibberishOptions {
  /** Fewest letters in judged words before the text is judged (default 16); shorter text is undetermined. */
  readonly minLength?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedGibberishOptions {
  readonly minLength: number;
}

/** A word of the prose and how odd it is (0 = a word, 1 = noise). */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly letters: number;
  readonly odd: number;
  readonly key: string;
}

const KNOWN: ReadonlySet<string> = new Set(COMMON_WORDS.split(' '));

/**
 * Mean transition cost (bits) at which a word starts to look odd (about the 99th percentile of real
 * words of the table's own text), and the span to fully odd, per script. Cyrillic and Greek have
 * larger alphabets and fewer languages behind their tables, so their words cost more bits.
 */
const BITS: Readonly<Record<keyof typeof TRANSITION_ALPHABETS, { readonly ok: number; readonly span: number }>> = {
  latin: { ok: 2.8, span: 1.2 },
  cyrillic: { ok: 4.4, span: 2 },
  greek: { ok: 4.8, span: 2 },
};
/** Words this short are not judged (abbreviations, particles, chat shorthand). */
const MIN_WORD = 4;
/** Judged words per sliding window (a burst of noise inside ordinary text). */
const WINDOW = 8;
/**
 * Share of odd letters (text or window) at which the score is 0.5. Chosen by `bench/content.ts`
 * on tune sources only (m-ifeval, awesome-chatgpt-prompts, GSM8K + generated noise): the lowest
 * cut-off on its grid (0.15–0.4) with ≤ 0.5% false positives on each; other sources are held out.
 */
const ODD_AT_HALF = 0.15;

/** Keyboard rows (QWERTY, QWERTZ, AZERTY, ЙЦУКЕН): five keys in a row is mashing, not a word. */
const ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertzuiop', 'yxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'йцукенгшщзх', 'фывапролджэ', 'ячсмитьбю'];
const ROW_POS: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>> = (() => {
  const m = new Map<string, Array<readonly [number, number]>>();
  ROWS.forEach((row, r) => [...row].forEach((ch, i) => m.set(ch, [...(m.get(ch) ?? []), [r, i] as const])));
  return m;
})();

/** Laughter and other repeated syllables people really type. */
const LAUGHTER: ReadonlySet<string> = new Set(['ha', 'he', 'hi', 'ho', 'ja', 'je', 'ji', 'xa', 'ka', 'ks', 'wk', 'lo', 'la', 'jk', 'ах', 'ха', 'хе', 'хи', 'ля', 'на', 'да']);

const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєў';
const GREEK_VOWELS = 'αεηιουωάέήίόύώϊϋΐΰ';
const LATIN = /^\p{Script=Latin}/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
const GREEK = /^\p{Script=Greek}/u;
/** A letter run (with its combining marks). */
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const HAS_DIGIT = /\d/;
const CAMEL = /\p{Ll}\p{Lu}/u;
const MARKS = /\p{M}/gu;
/** Marks dropped from Cyrillic words: all but the breve and diaeresis of й, ў, ё, ї. */
const CYRILLIC_MARKS = /[\u0300-\u0305\u0307\u0309-\u036f]/g;

/**
 * How odd one word is, 0–1 (exported for tests and the benchmark).
 *
 * @internal
 * @example
 * ```ts
 * wordOddness('window'); // 0
 * wordOddness('sdkfjh'); // 1
 * ```
 */
export function wordOddness(word: string): number {
  const lower = word.toLowerCase();
  const letters = [...lower];
  if (letters.length < MIN_WORD) return 0;
  if (KNOWN.has(lower)) return 0;
  const repeated = repetition(letters);
  if (repeated > 0) return repeated;
  if (keyboardRun(letters) >= 5) return 1;
  const first = lower.charAt(0);
  if (LATIN.test(first)) {
    const folded = lower.normalize('NFD').replace(MARKS, '');
    if (KNOWN.has(folded)) return 0;
    return bitsOddness(transitionBits(folded, 'latin'), 'latin');
  }
  if (CYRILLIC.test(first)) {
    const folded = lower.normalize('NFD').replace(CYRILLIC_MARKS, '').normalize('NFC');
    return Math.max(vowelOddness(letters, CYRILLIC_VOWELS), bitsOddness(transitionBits(folded, 'cyrillic'), 'cyrillic'));
  }
  if (GREEK.test(first)) {
    const folded = lower.normalize('NFD').replace(MARKS, '').replace(/ς/g, 'σ');
    return Math.max(vowelOddness([...folded], GREEK_VOWELS), bitsOddness(transitionBits(folded, 'greek'), 'greek'));
  }
  return 0;
}

function bitsOddness(bits: number | undefined, script: keyof typeof TRANSITION_ALPHABETS): number {
  return bits === undefined ? 0 : clampScore((bits - BITS[script].ok) / BITS[script].span);
}

/** Position of each letter in its table (per script). */
const POSITIONS: Readonly<Record<keyof typeof TRANSITION_ALPHABETS, ReadonlyMap<string, number>>> = {
  latin: new Map([...TRANSITION_ALPHABETS.latin].map((c, i) => [c, i])),
  cyrillic: new Map([...TRANSITION_ALPHABETS.cyrillic].map((c, i) => [c, i])),
  greek: new Map([...TRANSITION_ALPHABETS.greek].map((c, i) => [c, i])),
};

/** Mean cost in bits of the word's letter transitions, boundaries included; undefined when a letter is outside the table. */
function transitionBits(folded: string, script: keyof typeof TRANSITION_ALPHABETS): number | undefined {
  const pos = POSITIONS[script];
  const table = TRANSITION_BITS[script];
  const size = pos.size + 1;
  const boundary = pos.size;
  let prev = boundary;
  let bits = 0;
  let n = 0;
  for (const ch of folded) {
    const k = pos.get(ch);
    if (k === undefined) return undefined; // ß, ø, æ…: letters the table does not cover
    bits += table.charCodeAt(prev * size + k) - 97;
    prev = k;
    n++;
  }
  bits += table.charCodeAt(prev * size + boundary) - 97;
  return bits / (n + 1);
}

/** Cyrillic and Greek: no vowel in four letters, or five consonants in a row. */
function vowelOddness(letters: readonly string[], vowels: string): number {
  let run = 0;
  let maxRun = 0;
  let hasVowel = false;
  for (const ch of letters) {
    if (vowels.includes(ch)) {
      hasVowel = true;
      run = 0;
    } else if (ch !== 'ь' && ch !== 'ъ' && ch !== 'й') {
      run++;
      if (run > maxRun) maxRun = run;
    }
  }
  if (!hasVowel) return 1;
  return maxRun >= 5 ? 0.8 : 0;
}

/** Longest run of neighbouring keys on one keyboard row, in one direction (one pass over the word). */
function keyboardRun(letters: readonly string[]): number {
  let best = 1;
  // Run length ending at the previous letter, per row and direction (index row * 2 + dir).
  let runs = new Map<number, number>();
  for (let i = 1; i < letters.length; i++) {
    const a = ROW_POS.get(letters[i - 1] as string);
    const b = ROW_POS.get(letters[i] as string);
    const next = new Map<number, number>();
    if (a !== undefined && b !== undefined) {
      for (const [ra, ia] of a) {
        for (const [rb, ib] of b) {
          if (ra !== rb || Math.abs(ib - ia) !== 1) continue;
          const key = ra * 2 + (ib > ia ? 0 : 1);
          const run = (runs.get(key) ?? 1) + 1;
          next.set(key, run);
          if (run > best) best = run;
        }
      }
    }
    runs = next;
  }
  return best;
}

/** A word made of one unit of 1–3 letters repeated at least three times ("asdasdasd", "xxxxxx"). */
function repetition(letters: readonly string[]): number {
  if (letters.length < 6) return 0;
  for (let u = 1; u <= 3; u++) {
    if (letters.length < u * 3) continue;
    let ok = true;
    for (let i = u; i < letters.length && ok; i++) if (letters[i] !== letters[i % u]) ok = false;
    if (!ok) continue;
    const unit = letters.slice(0, u).join('');
    return LAUGHTER.has(unit) ? 0 : 0.9;
  }
  return 0;
}

/** Tokens that are not prose words: identifiers, codes, hashes, numbers with letters. */
function isIdentifier(token: string): boolean {
  return HAS_DIGIT.test(token) || token.includes('_') || token.includes('/') || token.includes('\\') || token.includes('=') || CAMEL.test(token);
}

/** All caps and short: an acronym (NASA, HTTPS), not a word to judge. */
function isAcronym(word: string): boolean {
  return word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Words of the prose with their oddness, in order. */
function wordsOf(prose: string): { words: Word[]; letters: number; all: string[] } {
  const words: Word[] = [];
  const all: string[] = [];
  let letters = 0;
  let i = 0;
  const n = prose.length;
  while (i < n) {
    while (i < n && isSpace(prose.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(prose.charCodeAt(i))) i++;
    if (i === start) continue;
    const token = prose.slice(start, Math.min(i, start + 200));
    if (isIdentifier(token)) continue;
    for (const m of token.matchAll(LETTER_RUN)) {
      const w = m[0];
      letters += w.length;
      if (all.length < 100_000) all.push(w.toLowerCase());
      if (w.length < MIN_WORD || isAcronym(w)) continue;
      const first = w.charAt(0);
      if (!LATIN.test(first) && !CYRILLIC.test(first) && !GREEK.test(first)) continue;
      words.push({ start: start + m.index, end: start + m.index + w.length, letters: w.length, odd: wordOddness(w), key: w.toLowerCase() });
    }
  }
  return { words, letters, all };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Half of the score comes from reaching {@link ODD_AT_HALF}; full odd text scores 1. */
function scoreOf(share: number): number {
  return share <= ODD_AT_HALF ? (0.5 * share) / ODD_AT_HALF : 0.5 + (0.5 * (share - ODD_AT_HALF)) / (1 - ODD_AT_HALF);
}

/**
 * The gibberish statistics of a text (exported for the benchmark): the letter-weighted share of
 * odd words, the densest window of {@link WINDOW} words, and the share of distinct words.
 *
 * @internal
 */
export function gibberishStats(prose: string): { judged: number; letters: number; count: number; share: number; window: number; windowAt: number; distinct: number; words: readonly Word[] } {
  const { words, letters, all } = wordsOf(prose);
  let judged = 0;
  let odd = 0;
  for (const w of words) {
    judged += w.letters;
    odd += w.letters * w.odd;
  }
  let window = 0;
  let windowAt = -1;
  if (words.length > WINDOW) {
    let l = 0;
    let o = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      l += w.letters;
      o += w.letters * w.odd;
      if (i >= WINDOW) {
        const old = words[i - WINDOW] as Word;
        l -= old.letters;
        o -= old.letters * old.odd;
      }
      if (i >= WINDOW - 1 && l > 0 && o / l > window) {
        window = o / l;
        windowAt = i - WINDOW + 1;
      }
    }
  }
  const distinct = all.length === 0 ? 1 : new Set(all).size / all.length;
  return { judged, letters, count: all.length, share: judged === 0 ? 0 : odd / judged, window, windowAt, distinct, words };
}

/**
 * Gibberish detector (`content/gibberish`). The score is 0.5 when 15% of the judged letters sit in
 * odd words (over the whole text, or in a window of eight words, which counts at 0.8), and 1 when
 * all do. A text whose words are at least ten and under a fifth distinct (the same word or phrase
 * over and over) scores at least 0.6.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentGibberish()] });
 * (await bouncer.scanInput('sdkfjh qwpeoiru zxcmvn lkjasd poiuqwe bvnxmz')).detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentGibberish(options: GibberishOptions = {}): Scanner<ResolvedGibberishOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/gibberish: options must be an object');
  for (const key of Object.keys(options)) if (key !== 'minLength') throw new ConfigError(`content/gibberish: unknown option "${key}"`);
  const minLength = checkPositiveInt(options.minLength, 'content/gibberish: minLength', 16);
  return defineScanner<ResolvedGibberishOptions>({
    id: 'content/gibberish',
    kind: 'both',
    category: 'content',
    severity: 'low',
    description: 'Random letters, keyboard mashing and repeated noise instead of language (letter-transition statistics; code, URLs, CJK and short text not judged)',
    threshold: 0.5,
    options: Object.freeze({ minLength }),
    scan(view): Verdict {
      const prose = viewProse(view);
      const s = gibberishStats(prose);
      const repetitive = s.count >= 10 && s.letters >= minLength && s.distinct < 0.2 ? 0.6 : 0;
      if (s.judged < minLength && repetitive === 0) return { score: 0, explanation: `Too little alphabetic prose to judge (${s.judged} letters, fewer than ${minLength}).` };
      const whole = s.judged < minLength ? 0 : scoreOf(s.share);
      const burst = s.judged < minLength ? 0 : 0.8 * scoreOf(s.window);
      const score = clampScore(Math.max(whole, burst, repetitive));
      const matches: Match[] = [];
      if (score >= 0.5) {
        if (repetitive >= Math.max(whole, burst)) matches.push({ start: 0, end: view.raw.length, label: 'repetition' });
        else {
          const odd = s.words.filter((w) => w.odd >= 0.5);
          const first = odd[0];
          const last = odd[odd.length - 1];
          if (first !== undefined && last !== undefined) matches.push({ ...view.toRaw(first.start, last.end), label: 'gibberish' });
        }
      }
      const pct = (x: number): string => `${Math.round(x * 100)}%`;
      return {
        score,
        matches,
        explanation:
          repetitive >= Math.max(whole, burst) && repetitive > 0
            ? `The same few words repeated: ${pct(s.distinct)} of ${s.count} words are distinct.`
            : `${pct(s.share)} of the judged letters are in words unlike any language (densest run of ${WINDOW} words: ${pct(s.window)}).`,
      };
    },
  });
}
