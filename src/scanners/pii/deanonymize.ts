/**
 * @module scanners/pii/deanonymize — Deanonymize: puts the values Anonymize redacted back into the
 * model's response, for placeholders this conversation created (`[REDACTED_EMAIL_1]` → the email).
 */
import { ConfigError } from '../../errors.js';
import { placeholderKind } from '../../engine/placeholders.js';
import type { Match, Scanner } from '../../types.js';
import { defineScanner } from '../define.js';
import { fakeValue, tolerantPattern } from './fake.js';

/** Options of {@link piiDeanonymize}: none yet. */
export type DeanonymizeOptions = Readonly<Record<string, never>>;

/**
 * A bracketed run of up to 80 characters without brackets or line breaks: the only shape a
 * placeholder can take. Whether it is one is decided in code ({@link parsePlaceholder}), which keeps
 * the regex linear (one bounded class between two literals).
 */
export const BRACKETED = /\[[^[\]\n]{1,80}\]/;

/**
 * A placeholder whose brackets the model dropped, written with underscores (`REDACTED_EMAIL_1`,
 * any case): still unambiguous, so it is restored. Kind words are letters, the number digits.
 */
export const BARE_PLACEHOLDER = /(?<![\w[])REDACTED(?:_[A-Z]{1,20}){1,4}_\d{1,9}(?![\w\]])/i;

/** Separators a model may write between placeholder words: space, underscore, dash, a markdown escape. */
export const PLACEHOLDER_SEPARATORS = /[\s_\-\\]+/;

/** One placeholder word: letters and digits. */
export const PLACEHOLDER_WORD = /^[A-Za-z0-9]{1,40}$/;

/** A placeholder number. */
export const PLACEHOLDER_NUMBER = /^\d{1,9}$/;

/**
 * The canonical placeholder (`[REDACTED_CREDIT_CARD_2]`) for a bracketed text a model may have
 * rewritten: every case, spaces / dashes / underscores / backslashes as separators, padding inside
 * the brackets, leading zeros in the number. Undefined when it is not a placeholder. Text without
 * brackets is never a placeholder: restoring "redacted email 1" in prose would be a guess.
 *
 * @example
 * ```ts
 * parsePlaceholder('[ redacted-credit card 02 ]'); // '[REDACTED_CREDIT_CARD_2]'
 * parsePlaceholder('[see note 1]');                // undefined
 * ```
 */
export function parsePlaceholder(bracketed: string): string | undefined {
  if (!bracketed.startsWith('[') || !bracketed.endsWith(']')) return undefined;
  const words = bracketed.slice(1, -1).split(PLACEHOLDER_SEPARATORS).filter((w) => w.length > 0);
  if (words.length < 3 || (words[0] ?? '').toUpperCase() !== 'REDACTED') return undefined;
  const num = words[words.length - 1] ?? '';
  if (!PLACEHOLDER_NUMBER.test(num)) return undefined;
  const kindWords = words.slice(1, -1);
  if (!kindWords.every((w) => PLACEHOLDER_WORD.test(w))) return undefined;
  return `[REDACTED_${placeholderKind(kindWords.join('_'))}_${Number(num)}]`;
}

/**
 * Deanonymize: restores placeholders in responses from the conversation's placeholder table.
 *
 * Restoring is not a risk, so the score is always 0 (never `detected`); the matches carry the
 * original values as replacements and the engine applies them (order 80, before the output's last
 * sanitizers). Placeholders the table does not know — a model inventing `[REDACTED_EMAIL_7]` — are
 * left as written and counted in the explanation.
 *
 * @example
 * ```ts
 * const deanonymize = piiDeanonymize();
 * // with ctx.placeholders holding [REDACTED_EMAIL_1] → ana@example.org:
 * (await deanonymize.scan(createTextView('Sent to [redacted email 1].'), ctx)).matches?.[0]?.replacement; // 'ana@example.org'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function piiDeanonymize(options: DeanonymizeOptions = {}): Scanner<DeanonymizeOptions> {
  if (typeof options !== 'object' || options === null) throw new ConfigError('pii/deanonymize: options must be an object');
  for (const k of Object.keys(options)) throw new ConfigError(`pii/deanonymize: unknown option "${k}" (this scanner has no options)`);
  return defineScanner<DeanonymizeOptions>({
    id: 'pii/deanonymize',
    kind: 'output',
    category: 'pii',
    severity: 'low',
    description: 'Restores the values behind Anonymize placeholders in responses',
    threshold: 0.5,
    options: {},
    sanitizer: { order: 80, mitigates: true },
    scan(view, ctx) {
      const text = view.normalized;
      const entries = ctx.placeholders.entries();
      if (entries.length === 0 && !text.includes('[') && !text.toLowerCase().includes('redacted_')) return { score: 0, explanation: 'Restored 0 placeholders.' };
      const matches: Match[] = [];
      const taken: Array<[number, number]> = [];
      const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
      let unknown = 0;
      const restore = (start: number, end: number, canonical: string): void => {
        const original = ctx.placeholders.originalOf(canonical);
        if (original === undefined) {
          unknown++;
          return;
        }
        if (!free(start, end)) return;
        taken.push([start, end]);
        const span = view.toRaw(start, end);
        const kind = canonical.slice('[REDACTED_'.length, canonical.lastIndexOf('_'));
        matches.push({ start: span.start, end: span.end, label: kind, replacement: original });
      };
      if (text.includes('[')) {
        for (const m of text.matchAll(new RegExp(BRACKETED.source, 'g'))) {
          const canonical = parsePlaceholder(m[0]);
          if (canonical === undefined) continue;
          let start = m.index;
          // A markdown-escaped placeholder (`\[REDACTED\_EMAIL\_1\]`): take the leading backslash too.
          if (start > 0 && text[start - 1] === '\\' && m[0].endsWith('\\]')) start--;
          restore(start, m.index + m[0].length, canonical);
        }
      }
      if (/redacted_/i.test(text)) {
        for (const m of text.matchAll(new RegExp(BARE_PLACEHOLDER.source, 'gi'))) {
          const canonical = parsePlaceholder(`[${m[0]}]`);
          if (canonical !== undefined) restore(m.index, m.index + m[0].length, canonical);
        }
      }
      // Stand-in values from Anonymize's fake mode, recomputed from the conversation's seed.
      let fakes = 0;
      const seed = ctx.placeholders.fakeSeed;
      if (seed !== undefined) {
        for (const e of entries) {
          const fake = fakeValue(e.kind, e.value, e.placeholder, seed);
          if (fake.length < 3) continue;
          for (const m of text.matchAll(tolerantPattern(fake))) {
            const a = m.index;
            const b = m.index + m[0].length;
            if (!free(a, b)) continue;
            taken.push([a, b]);
            const span = view.toRaw(a, b);
            matches.push({ start: span.start, end: span.end, label: e.kind, replacement: e.value });
            fakes++;
          }
        }
      }
      matches.sort((x, y) => x.start - y.start);
      const n = matches.length;
      const restored = `Restored ${n} placeholder${n === 1 ? '' : 's'}${fakes > 0 ? ` (${fakes} stand-in value${fakes === 1 ? '' : 's'})` : ''}`;
      const extra = unknown > 0 ? `; left ${unknown} unknown placeholder${unknown === 1 ? '' : 's'} as written (not created in this conversation)` : '';
      return n > 0 ? { score: 0, matches, explanation: `${restored}${extra}.` } : { score: 0, explanation: `${restored}${extra}.` };
    },
  });
}
