/**
 * @module text/sentences — sentence spans of a text, for scanners with a per-sentence mode
 * (BanTopics) and per-sentence statistics. A sentence is a run ending at `.`, `!`, `?`, `。`, `！`,
 * `？`, `…` or a line break; spans are UTF-16 offsets into the text given, trimmed of surrounding
 * whitespace. Linear time; at most `max` spans (the rest of the text is the last span).
 */

/** One run up to and including its closing marks (linear: the two classes are disjoint). */
const SENTENCE = /[^.!?。！？…\n]+[.!?。！？…]*/g;

/** A sentence: `[start, end)` into the text, and its text. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Sentences of `text`, in order, without empty ones. A dot followed by a letter or digit ("3.5",
 * "example.com") and the dot of a common abbreviation ("e.g.", "Dr.") do not end a sentence.
 *
 * @example
 * ```ts
 * sentenceSpans('Hi there. It costs 3.5 euros!\nBye').map((s) => s.text); // ['Hi there.', 'It costs 3.5 euros!', 'Bye']
 * ```
 */
export function sentenceSpans(text: string, max = 512): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let pendingStart = -1;
  for (const m of text.matchAll(SENTENCE)) {
    const from = pendingStart >= 0 ? pendingStart : m.index;
    const end = m.index + m[0].length;
    // Glue "3." + "5 euros", "example." + "com" and "e.g." + " the" back together: the mark was
    // not a sentence end.
    const next = text.charCodeAt(end);
    const dot = m[0].endsWith('.') && !m[0].endsWith('..');
    const glued = dot && end < text.length && ((!isSpace(next) && next !== 0x2e) || (next === 0x20 && isAbbreviation(text.slice(Math.max(from, end - 12), end))));
    if (glued && out.length < max - 1) {
      pendingStart = from;
      continue;
    }
    pendingStart = -1;
    push(out, text, from, end);
    if (out.length >= max - 1 && end < text.length) {
      push(out, text, end, text.length);
      return out;
    }
  }
  if (pendingStart >= 0) push(out, text, pendingStart, text.length);
  return out;
}

/** Abbreviations whose dot does not end a sentence (lower case, dots removed). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['eg', 'ie', 'dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'jr', 'sr', 'prof', 'fig', 'approx', 'cf', 'al', 'no', 'nr', 'bzw', 'usw', 'zb', 'ca', 'vgl', 'mme', 'mlle', 'sra', 'sr', 'p', 'pp']);

/** The word before the final dot of `s` (back to whitespace) is a known abbreviation. */
function isAbbreviation(s: string): boolean {
  let i = s.length - 2;
  while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
  const word = s.slice(i + 1, s.length - 1).replace(/\./g, '').toLowerCase();
  return word.length > 0 && word.length <= 6 && ABBREVIATIONS.has(word);
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}
