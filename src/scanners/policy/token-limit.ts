/**
 * @module scanners/policy/token-limit — TokenLimit: flags text longer than a token budget, counted
 * with a real GPT tokenizer (gpt-tokenizer, o200k_base or cl100k_base) loaded lazily on the first
 * text that could exceed the limit. Text whose UTF-8 byte length is within the limit cannot exceed
 * it (every token covers at least one byte), so short prompts never load the tokenizer.
 *
 * BPE is quadratic in the length of one pre-tokenised piece, and a hostile text can be a single
 * 300 KB "word" (100k zero-width spaces took 160 s in one call). So text is counted in segments
 * of at most {@link SEGMENT} UTF-16 units, cut before whitespace where possible (where the
 * tokenizer splits anyway, so the count stays exact for ordinary text) and hard-cut inside long
 * unbroken runs (each hard cut can add at most one token: an upper bound, never an undercount).
 *
 * The byte length is the only "cannot exceed" test that holds without the vocabulary; tighter
 * bounds depend on which byte pairs merge and where the pre-tokenizer splits, and text over the
 * limit needs its exact count for the explanation. So long text costs what the tokenizer costs;
 * segments are only counted (`countTokens`), and just the one that crosses the limit is encoded.
 */
import { BouncerError } from '../../errors.js';
import type { Scanner, Verdict } from '../../types.js';
import { checkOneOf, checkPositiveInt, defineScanner } from '../define.js';

/** Options of {@link policyTokenLimit}. */
export interface TokenLimitOptions {
  /** Maximum tokens (default 4096). */
  readonly limit?: number;
  /** `o200k_base` (GPT-4o and later, default) or `cl100k_base` (GPT-3.5/4). */
  readonly encoding?: 'o200k_base' | 'cl100k_base';
}

interface Counter {
  encode(text: string, options: { disallowedSpecial: Set<string> }): number[];
  /** Same count as `encode(text, options).length`, without building the token array. */
  countTokens(text: string, options: { disallowedSpecial: Set<string> }): number;
  decode(tokens: Iterable<number>): string;
}

const loads = new Map<string, Promise<Counter>>();

/** Load an encoding once per process; a failed load is forgotten so the next scan retries. */
function loadEncoding(encoding: 'o200k_base' | 'cl100k_base'): Promise<Counter> {
  let p = loads.get(encoding);
  if (p === undefined) {
    // Literal specifiers so bundlers emit one lazy chunk per encoding.
    p = (encoding === 'o200k_base' ? import('gpt-tokenizer/encoding/o200k_base') : import('gpt-tokenizer/encoding/cl100k_base')).then((m) => m as unknown as Counter);
    p.catch(() => loads.delete(encoding));
    loads.set(encoding, p);
  }
  return p;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Longest piece handed to the BPE encoder at once. */
export const SEGMENT = 512;

/** Cut points: before a whitespace character in the second half of the window, else a hard cut. */
function segmentEnd(text: string, start: number): number {
  let end = Math.min(text.length, start + SEGMENT);
  if (end >= text.length) return end;
  for (let j = end; j > start + SEGMENT / 2; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return j;
  }
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return end;
}

/**
 * Count tokens segment by segment, stopping once past `limit`. Returns the count so far and, when
 * over, the UTF-16 offset where the limit was crossed. Segments are only counted (no token array);
 * the one segment that crosses the limit is encoded to find the cut.
 */
function countBounded(enc: Counter, text: string, limit: number): { count: number; cut?: number } {
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const end = segmentEnd(text, start);
    const piece = text.slice(start, end);
    const n = enc.countTokens(piece, AS_TEXT);
    if (count + n > limit) {
      const tokens = enc.encode(piece, AS_TEXT);
      const inside = enc.decode(tokens.slice(0, limit - count)).length;
      return { count: count + tokens.length, cut: Math.min(text.length, start + inside) };
    }
    count += n;
    start = end;
  }
  return { count };
}

/** Special tokens such as `<|endoftext|>` in user text are counted as text, never as controls. */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * Flag text over a token budget.
 *
 * @example
 * ```ts
 * policyTokenLimit({ limit: 4000, encoding: 'cl100k_base' });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function policyTokenLimit(options: TokenLimitOptions = {}): Scanner<Readonly<Record<string, unknown>>> {
  const limit = checkPositiveInt(options.limit, 'limit', 4096);
  const encoding = checkOneOf(options.encoding, ['o200k_base', 'cl100k_base'] as const, 'encoding', 'o200k_base');
  return defineScanner({
    id: 'policy/token-limit',
    kind: 'input',
    category: 'policy',
    severity: 'medium',
    description: `Text longer than ${limit} ${encoding} tokens.`,
    threshold: 0.5,
    options: { limit, encoding },
    wholeText: true,
    scan(view) {
      const text = view.raw;
      // Synchronous (no promise for the engine to wait on) while the text is within the limit. A
      // UTF-16 unit takes 1 to 3 UTF-8 bytes (a surrogate pair 4 for 2), so the length brackets the
      // byte count and the byte loop only runs in between.
      if (text.length > limit) return count(text);
      if (text.length * 3 <= limit || utf8Length(text) <= limit) return { score: 0 };
      return count(text);
    },
  });

  async function count(text: string): Promise<Verdict> {
    let enc: Counter;
    try {
      enc = await loadEncoding(encoding);
    } catch (e) {
      throw new BouncerError('LOAD_ERROR', `could not load the ${encoding} tokenizer`, { cause: e });
    }
    const { count: n, cut } = countBounded(enc, text, limit);
    if (cut === undefined) return { score: 0, explanation: `${n} tokens, within the limit of ${limit}.` };
    // Past the limit we only need a total for the explanation: count the rest the same bounded way.
    const rest = countBounded(enc, text.slice(cut), Number.MAX_SAFE_INTEGER).count;
    const total = limit + rest;
    return {
      score: 1,
      matches: [{ start: cut, end: text.length, label: 'over-token-limit' }],
      explanation: `${total} ${encoding} tokens, over the limit of ${limit} by ${total - limit}.`,
    };
  }
}
