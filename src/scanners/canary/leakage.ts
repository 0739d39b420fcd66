/**
 * @module scanners/canary/leakage — PromptLeakage: the response contains the canary token you
 * put in the system prompt, whole or a fragment of at least 8 characters (case-insensitive, also
 * with separators between characters, also inside base64/hex/ROT13 and other decoded layers).
 * A model that repeats its hidden header is repeating its instructions.
 */
import { MIN_PARTIAL } from '../../canary/canary.js';
import { checkToken } from '../../canary/canary.js';
import type { Scanner, Verdict } from '../../types.js';
import { defineScanner } from '../define.js';
import { findToken, tokenFor, type CanaryScannerOptions } from './shared.js';

/**
 * Flags responses that leak the canary token.
 *
 * @example
 * ```ts
 * const { prompt: system, token } = bouncer.canary.add('You are ACME's support bot.');  // or addCanary()
 * const report = await bouncer.scanOutput(system, answer, { canary: token });
 * report.detections.find((d) => d.scannerId === 'canary/prompt-leakage')?.detected;
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function canaryPromptLeakage(options: CanaryScannerOptions = {}): Scanner<{ token?: string }> {
  const fixed = options.token === undefined ? undefined : checkToken(options.token, 'canary/prompt-leakage: token');
  return defineScanner<{ token?: string }>({
    id: 'canary/prompt-leakage',
    kind: 'output',
    category: 'canary',
    severity: 'high',
    description: 'The response contains the canary token from the system prompt, whole or a fragment of 8+ characters (the prompt leaked)',
    threshold: 0.5,
    options: fixed === undefined ? {} : { token: fixed },
    // A fragment that straddles a chunk boundary must not be missed.
    wholeText: true,
    scan(view, ctx): Verdict {
      const token = tokenFor(fixed, ctx);
      if (token === undefined) return { score: 0, explanation: 'No canary token for this scan (scan option `canary` or the `token` option).' };
      const m = findToken(view, token);
      if (m === undefined) return { score: 0, explanation: 'The canary token does not appear in the response.' };
      const full = m.length >= token.length;
      // A full leak scores 1; a fragment scores from 0.6 (8 characters) towards 0.95 as it grows.
      const score = full ? 1 : Math.min(0.95, 0.6 + (0.35 * (m.length - MIN_PARTIAL)) / Math.max(1, token.length - MIN_PARTIAL));
      const where = m.where === 'text' ? '' : ` (${m.where})`;
      return {
        score,
        matches: [{ start: m.start, end: m.end, label: full ? 'canary' : 'canary-partial' }],
        explanation: full ? `The response contains the canary token${where}: the system prompt leaked.` : `The response contains ${m.length} of the canary token's ${token.length} characters${where}: the system prompt probably leaked.`,
      };
    },
  });
}
