/**
 * @module scanners/obfuscation/invisible-text — InvisibleText: finds characters a person cannot see
 * but a model reads (Unicode tag characters that smuggle ASCII, bidi overrides that reorder text,
 * zero-width characters that split trigger words, stray controls) and, as a sanitizer, removes
 * them. Legitimate uses stay untouched: ZWJ inside emoji sequences, ZWNJ/ZWJ in scripts that need
 * them (Arabic, Persian, Indic), VS16 after an emoji, a leading byte-order mark.
 */
import { hiddenTagText } from '../../text/invisible.js';
import type { InvisibleChar, InvisibleKind, Match, Scanner } from '../../types.js';
import { checkBoolean, defineScanner } from '../define.js';

/** Options of {@link obfuscationInvisibleText}. */
export interface InvisibleTextOptions {
  /** Remove the suspicious characters from the sanitized text (default true). */
  readonly remove?: boolean;
}

/**
 * Evidence weight of one character of each kind. Tag characters have almost no legitimate use in
 * prompts (flag subdivisions aside) and carry hidden text: near-certain. Bidi overrides are rare
 * outside attacks ("Trojan Source"). Zero-width characters are common in copy-paste from the web,
 * so one alone is weak evidence; several add up (see {@link scoreOf}).
 */
export const KIND_WEIGHT: Readonly<Record<InvisibleKind, number>> = Object.freeze({
  tag: 0.95,
  bidi: 0.75,
  'zero-width': 0.45,
  'variation-selector': 0.4,
  control: 0.5,
  filler: 0.45,
  format: 0.2,
});

/** Letters of scripts that use ZWNJ/ZWJ in ordinary writing. */
export const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}]/u;
/** A letter or digit of any script. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Letters of right-to-left scripts: their writers place direction marks around numbers and Latin words. */
export const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Emoji and pictographs: ZWJ and VS16 glue them into sequences. */
export const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3]/u;

function charBefore(raw: string, index: number): string {
  if (index <= 0) return '';
  const lo = raw.charCodeAt(index - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && index >= 2) return raw.slice(index - 2, index);
  return raw.slice(index - 1, index);
}

function charAfter(raw: string, index: number, width: number): string {
  const at = index + width;
  const hi = raw.charCodeAt(at);
  return hi >= 0xd800 && hi <= 0xdbff ? raw.slice(at, at + 2) : raw.slice(at, at + 1);
}

/** True when this invisible character is doing an ordinary job where it stands. */
function isBenign(raw: string, c: InvisibleChar): boolean {
  const width = c.codePoint > 0xffff ? 2 : 1;
  const before = charBefore(raw, c.index);
  const after = charAfter(raw, c.index, width);
  switch (c.codePoint) {
    case 0x200d: // ZWJ: emoji sequences and joining scripts
      return PICTOGRAPH.test(before) || PICTOGRAPH.test(after) || JOINING_SCRIPT.test(before) || JOINING_SCRIPT.test(after);
    case 0x200c: // ZWNJ: Persian, Indic
      return JOINING_SCRIPT.test(before) || JOINING_SCRIPT.test(after);
    case 0xfe0f:
    case 0xfe0e: // emoji / text presentation selectors after a symbol
      return before !== '' && (PICTOGRAPH.test(before) || /[\u2000-\u2BFF\u00A9\u00AE\u0023\u002A\u0030-\u0039]/u.test(before));
    case 0xfeff: // byte-order mark at the very start
      return c.index === 0;
    case 0x200e: // LRM, RLM, ALM: the implicit direction marks (not overrides or isolates) that
    case 0x200f: // keyboards and editors insert in right-to-left text around numbers and Latin words
    case 0x061c:
      return RTL_SCRIPT.test(raw);
    case 0xad: // soft hyphen inside a word is a hyphenation hint from word processors
      return /\p{L}/u.test(before) && /\p{L}/u.test(after);
    default:
      return false;
  }
}

/** True when the invisible character sits between two letters or digits, splitting a word. */
function splitsWord(before: string, after: string): boolean {
  return WORD_CHAR.test(before) && WORD_CHAR.test(after);
}

/** Noisy-OR over the characters, so many weak signs add up but one stray ZWSP stays below 0.5. */
function scoreOf(suspicious: readonly InvisibleChar[], raw: string): number {
  let keep = 1;
  let separators = 1;
  for (const c of suspicious) {
    const w = KIND_WEIGHT[c.kind];
    // The ASCII information separators (U+001C–U+001F) are export artefacts (record and unit
    // separators in CSV and database dumps) and hide no readable text: however many there are,
    // they add at most SEPARATOR_CAP. They stay in `report.input.issues` and are still removed.
    if (c.codePoint >= 0x1c && c.codePoint <= 0x1f) separators *= 1 - w;
    // A zero-width space or word joiner between words (copy-paste from web pages) hides nothing;
    // one that splits a word ("ig\u200Bnore") is what defeats filters, so only that one counts in full.
    else if ((c.codePoint === 0x200b || c.codePoint === 0x2060) && !splitsWord(charBefore(raw, c.index), charAfter(raw, c.index, 1))) keep *= 1 - w * BETWEEN_WORDS;
    else keep *= 1 - w;
  }
  return 1 - keep * (1 - Math.min(SEPARATOR_CAP, 1 - separators));
}

/** The most that information-separator controls add to the score, alone or together. */
const SEPARATOR_CAP = 0.35;
/** Weight factor for a zero-width space or word joiner that does not split a word. */
const BETWEEN_WORDS = 0.5;

/**
 * Find and remove invisible characters.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [obfuscationInvisibleText()] });
 * (await bouncer.scanInput('ig\u200Bnore')).sanitized; // 'ignore'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function obfuscationInvisibleText(options: InvisibleTextOptions = {}): Scanner<Readonly<Record<string, unknown>>> {
  const remove = checkBoolean(options.remove, 'remove', true);
  return defineScanner({
    id: 'obfuscation/invisible-text',
    kind: 'both',
    category: 'obfuscation',
    severity: 'medium',
    description: 'Invisible characters: tag-character smuggling, bidi overrides, zero-width splitting, stray controls.',
    threshold: 0.5,
    options: { remove },
    ...(remove ? { sanitizer: { order: 10, mitigates: false } } : {}),
    scan(view) {
      const raw = view.raw;
      const suspicious = view.invisible.filter((c) => !isBenign(raw, c));
      if (suspicious.length === 0) return { score: 0 };
      const matches: Match[] = [];
      for (const c of suspicious) {
        const end = c.index + (c.codePoint > 0xffff ? 2 : 1);
        const last = matches[matches.length - 1];
        if (last !== undefined && last.end === c.index && last.label === c.kind) {
          matches[matches.length - 1] = remove ? { start: last.start, end, label: c.kind, replacement: '' } : { start: last.start, end, label: c.kind };
        } else {
          matches.push(remove ? { start: c.index, end, label: c.kind, replacement: '' } : { start: c.index, end, label: c.kind });
        }
      }
      const counts = new Map<InvisibleKind, number>();
      for (const c of suspicious) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
      const hidden = counts.has('tag') ? hiddenTagText(raw) : '';
      const explanation = hidden.length > 0
        ? `Hidden text in Unicode tag characters: "${hidden.length > 80 ? `${hidden.slice(0, 80)}…` : hidden}" (${summary}).`
        : `Invisible characters: ${summary}.`;
      const severity = counts.has('tag') ? 'high' : counts.has('bidi') ? 'medium' : 'low';
      return { score: scoreOf(suspicious, raw), matches, explanation, severity };
    },
  });
}
