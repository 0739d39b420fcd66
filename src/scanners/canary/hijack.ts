/**
 * @module scanners/canary/hijack — PromptHijack: the system prompt told the model to echo the
 * canary token (for example "begin every reply with the token"), and the response does not. A
 * model that drops an instruction this simple usually followed someone else's instructions —
 * an injection in the user's text or in a retrieved document took over.
 */
import { checkToken } from '../../canary/canary.js';
import type { Scanner, Verdict } from '../../types.js';
import { checkOneOf, checkPositiveInt, defineScanner } from '../define.js';
import { findToken, tokenFor, type CanaryScannerOptions } from './shared.js';

/** Options of {@link canaryPromptHijack}. */
export interface PromptHijackOptions extends CanaryScannerOptions {
  /** `'anywhere'` (default): the token may appear anywhere; `'start'`: within the first `startWindow` characters. */
  readonly position?: 'anywhere' | 'start';
  /** How far into the response the token may start with `position: 'start'` (default 200 characters). */
  readonly startWindow?: number;
}

/**
 * Flags responses that should echo the canary token but do not.
 *
 * @example
 * ```ts
 * const { prompt: system, token } = addCanary('You are a translator.', { format: 'Start every answer with {token}.\n{prompt}' });
 * const report = await bouncer.scanOutput(system, answer, { canary: token });
 * // canary/prompt-hijack is detected when `answer` lacks the token
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function canaryPromptHijack(options: PromptHijackOptions = {}): Scanner<{ token?: string; position: 'anywhere' | 'start'; startWindow: number }> {
  const fixed = options.token === undefined ? undefined : checkToken(options.token, 'canary/prompt-hijack: token');
  const position = checkOneOf(options.position, ['anywhere', 'start'] as const, 'canary/prompt-hijack: position', 'anywhere');
  const startWindow = checkPositiveInt(options.startWindow, 'canary/prompt-hijack: startWindow', 200);
  return defineScanner<{ token?: string; position: 'anywhere' | 'start'; startWindow: number }>({
    id: 'canary/prompt-hijack',
    kind: 'output',
    category: 'canary',
    severity: 'high',
    description: 'The response should echo the canary token (as the system prompt told it to) but does not: something else took over the model',
    threshold: 0.5,
    options: fixed === undefined ? { position, startWindow } : { token: fixed, position, startWindow },
    wholeText: true,
    scan(view, ctx): Verdict {
      const token = tokenFor(fixed, ctx);
      if (token === undefined) return { score: 0, explanation: 'No canary token for this scan (scan option `canary` or the `token` option).' };
      const m = findToken(view, token);
      if (m === undefined) return { score: 0.9, explanation: 'The response does not echo the canary token it was told to: the model probably followed other instructions.' };
      if (m.length < token.length) {
        return { score: 0.3, matches: [{ start: m.start, end: m.end, label: 'canary-partial' }], explanation: `The response echoes only ${m.length} of the canary token's ${token.length} characters (mangled, not missing).` };
      }
      if (position === 'start' && m.start > startWindow) {
        return { score: 0.6, matches: [{ start: m.start, end: m.end, label: 'canary-late' }], explanation: `The canary token appears at character ${m.start}, not within the first ${startWindow}: the reply began with something else.` };
      }
      return { score: 0, explanation: 'The response echoes the canary token as instructed.' };
    },
  });
}
