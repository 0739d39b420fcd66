/**
 * @module scanners/policy/token-limit — TokenLimit: flags text longer than a token budget, counted
 * with a real GPT tokenizer (gpt-tokenizer, o200k_base or cl100k_base) loaded lazily on the first
 * text that could exceed the limit. Text whose UTF-8 byte length is within the limit cannot exceed
 * it (every token covers at least one byte), so short prompts never load the tokenizer.
 */
import { BouncerError } from '../../errors.js';
import type { Scanner } from '../../types.js';
import { checkOneOf, checkPositiveInt, defineScanner } from '../define.js';

/** Options of {@link policyTokenLimit}. */
export interface TokenLimitOptions {
  /** Maximum tokens (default 4096). */
  readonly limit?: number;
  /** `o200k_base` (GPT-4o and later, default) or `cl100k_base` (GPT-3.5/4). */
  readonly encoding?: 'o200k_base' | 'cl100k_base';
}

interface Counter {
  isWithinTokenLimit(text: string, limit: number, options: { disallowedSpecial: Set<string> }): false | number;
  encode(text: string, options: { disallowedSpecial: Set<string> }): number[];
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
    async scan(view) {
      const text = view.raw;
      if (utf8Length(text) <= limit) return { score: 0 };
      let enc: Counter;
      try {
        enc = await loadEncoding(encoding);
      } catch (e) {
        throw new BouncerError('LOAD_ERROR', `could not load the ${encoding} tokenizer`, { cause: e });
      }
      const within = enc.isWithinTokenLimit(text, limit, AS_TEXT);
      if (within !== false) return { score: 0, explanation: `${within} tokens, within the limit of ${limit}.` };
      const tokens = enc.encode(text, AS_TEXT);
      const cut = Math.min(text.length, enc.decode(tokens.slice(0, limit)).length);
      return {
        score: 1,
        matches: [{ start: cut, end: text.length, label: 'over-token-limit' }],
        explanation: `${tokens.length} ${encoding} tokens, over the limit of ${limit} by ${tokens.length - limit}.`,
      };
    },
  });
}
