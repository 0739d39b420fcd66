/**
 * @module text/invisible — which code points the text view treats as invisible, and why.
 *
 * These are characters a person does not see but a model reads (or that reorder what a person
 * sees): the raw material of ASCII smuggling, zero-width splitting of trigger words and bidi tricks.
 */
import type { InvisibleKind } from '../types.js';

/**
 * Classify one code point. Returns `undefined` for ordinary visible characters (and for tab,
 * line feed and carriage return, which carry layout).
 */
export function invisibleKind(cp: number): InvisibleKind | undefined {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d ? undefined : 'control';
  if (cp < 0x7f) return undefined;
  if (cp <= 0x9f) return 'control';
  if (cp < 0xad) return undefined;
  if (cp === 0xad) return 'format';
  if (cp < 0x34f) return undefined;
  if (cp === 0x34f) return 'filler'; // combining grapheme joiner
  if (cp === 0x61c) return 'bidi'; // Arabic letter mark
  if (cp === 0x115f || cp === 0x1160 || cp === 0x17b4 || cp === 0x17b5 || cp === 0x3164 || cp === 0xffa0) return 'filler';
  if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) return 'variation-selector';
  if (cp === 0x180e) return 'zero-width';
  if (cp >= 0x200b && cp <= 0x200d) return 'zero-width';
  if (cp === 0x200e || cp === 0x200f) return 'bidi';
  if (cp >= 0x202a && cp <= 0x202e) return 'bidi';
  if (cp >= 0x2060 && cp <= 0x2064) return 'zero-width'; // word joiner, invisible operators
  if (cp >= 0x2066 && cp <= 0x2069) return 'bidi';
  if (cp === 0x2800) return 'filler'; // braille blank renders as a space
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 'variation-selector';
  if (cp === 0xfeff) return 'zero-width';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if (cp >= 0xe0100 && cp <= 0xe01ef) return 'variation-selector';
  if (cp >= 0xd800 && cp <= 0xdfff) return undefined; // lone surrogate: kept, reported as an input issue
  return isFormat(cp) ? 'format' : undefined;
}

/**
 * The remaining Unicode `Cf` (format) characters, as explicit ranges: a regex test per character
 * was the hottest line when normalising CJK text.
 */
export const FORMAT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0600, 0x0605], [0x06dd, 0x06dd], [0x070f, 0x070f], [0x0890, 0x0891], [0x08e2, 0x08e2],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0xfeff, 0xfeff],
  [0xfff9, 0xfffb], [0x110bd, 0x110bd], [0x110cd, 0x110cd], [0x13430, 0x1343f], [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a], [0xe0001, 0xe0001], [0xe0020, 0xe007f],
];

function isFormat(cp: number): boolean {
  if (cp < 0x0600 || (cp > 0x2070 && cp < 0xfeff) || (cp > 0xfffb && cp < 0x110bd)) return false;
  for (const [lo, hi] of FORMAT_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/**
 * True for code points that attach to the previous character: combining marks, Hangul V/T jamo,
 * and the compatibility / halfwidth Hangul letters whose NFKC form is a V or T jamo (NFKC turns
 * `애` + `ﾥ` into one syllable `앥`, so the two must be normalised together for the view to be
 * idempotent).
 */
export function isContinuation(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp >= 0x1160 && cp <= 0x11ff) return true;
  if ((cp >= 0x3131 && cp <= 0x318e) || (cp >= 0xffa0 && cp <= 0xffdc)) {
    const first = String.fromCodePoint(cp).normalize('NFKC').charCodeAt(0);
    return first >= 0x1160 && first <= 0x11ff;
  }
  return MARK.test(String.fromCodePoint(cp));
}
const MARK = /^\p{M}$/u;

/**
 * The ASCII text hidden in Unicode tag characters (U+E0020–E007E map to ASCII 0x20–0x7E), the
 * "ASCII smuggling" channel: invisible to people, readable by many models.
 *
 * @example
 * ```ts
 * hiddenTagText('hi\u{E0068}\u{E0069}'); // 'hi'
 * ```
 */
export function hiddenTagText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0xdb40 || i + 1 >= raw.length) continue;
    const cp = codePoint(c, raw.charCodeAt(i + 1));
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
    i++;
  }
  return out;
}

function codePoint(hi: number, lo: number): number {
  return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
}
