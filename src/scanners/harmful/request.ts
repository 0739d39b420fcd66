/**
 * @module scanners/harmful/request — harmful requests (Prompt Bouncer's InappropriateContent
 * scanner): a prompt that asks for help with weapons, cyberattacks, violent crime, self-harm,
 * sexual content involving minors, hate and harassment, fraud, privacy violations or illegal drugs
 * — with or without any "ignore previous instructions". Jailbreaks are mostly such requests in a
 * role-play, fiction or suffix wrapper, so this is also the second line against them.
 *
 * One small model (`models/harmful-request`, trained from scratch) gives a `harmful` probability
 * and a topic per category; the harmful probability goes to the most likely topic in full and to
 * the others in proportion (see `categoryScores`). It scores the raw text and every decoded layer
 * (base64, ROT13, leetspeak…), in 256-token windows and, when the text has several sentences,
 * sentence by sentence, so a wrapper or a long document around the request does not dilute it.
 */
import type { Scanner } from '../../types.js';
import { defineScanner } from '../define.js';
import { ADVICE_TOPICS, categoryScores, HARMFUL_MODEL_LABELS } from './categories.js';
import { HARMFUL_MODEL, HARMFUL_REQUEST_THRESHOLD, resolveHarmfulOptions, scoreText, verdictOf, type HarmfulOptions, type ResolvedHarmfulOptions } from './core.js';

const ADVICE_INDEX = new Set(ADVICE_TOPICS.map((c) => HARMFUL_MODEL_LABELS.indexOf(c)));

/**
 * Harmful-request scanner (input).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [harmfulRequest({ categories: { medical: 'inspect' } })] });
 * const r = await bouncer.scanInput('What household chemicals should never be mixed?'); // allow
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function harmfulRequest(options?: HarmfulOptions): Scanner<ResolvedHarmfulOptions> {
  const o = resolveHarmfulOptions(options, 'harmful/request', HARMFUL_REQUEST_THRESHOLD);
  return defineScanner<ResolvedHarmfulOptions>({
    id: 'harmful/request',
    kind: 'input',
    category: 'harmful',
    severity: 'critical',
    description: 'ML model (ONNX, trained from scratch): requests for help with weapons, cyberattacks, violence, self-harm, sexual content involving minors, hate, fraud, privacy violations or drugs, per category; through wrappers and encodings',
    threshold: o.threshold,
    options: o,
    wholeText: true,
    models: [HARMFUL_MODEL],
    async scan(view, ctx) {
      const s = await scoreText(view.raw, view, ctx, o, 0);
      if (s === undefined) return { score: 0 };
      // Advice heads: the highest over all segments (they are their own detectors).
      const probs = s.best.probs.map((p, k) => (ADVICE_INDEX.has(k) ? Math.max(p, s.max[k] as number) : p));
      const cats = categoryScores(probs, s.best.probs[0] as number);
      return verdictOf(cats, o, s.best, { id: HARMFUL_MODEL.id, backend: s.backend, windows: s.windows }, 'Asks for harmful help');
    },
  });
}
