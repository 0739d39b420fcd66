/**
 * @module scanners/harmful/response — the output side of `harmful/request`: did the LLM's answer
 * comply with something harmful (a how-to, a plan, working malicious content), in the same
 * categories?
 *
 * The `response` head of `models/harmful-request` scores the answer (trained on answers labelled
 * jailbroken vs refused, plus ordinary answers). The score is conditioned on the prompt when the
 * scan has one: `response × (½ + ½ × harmful(prompt))`, so an answer to an ordinary question must
 * look far more clearly harmful before it fires, while an answer to a harmful request fires at
 * the head's own even odds. The topic comes from the prompt and the answer together (the higher
 * of the two per category). Advice and campaigning categories, when switched on, read the prompt:
 * the model has no "advice was given" head.
 */
import type { Scanner } from '../../types.js';
import { defineScanner } from '../define.js';
import { ADVICE_TOPICS, categoryScores, HARMFUL_MODEL_LABELS } from './categories.js';
import { HARMFUL_MODEL, HARMFUL_RESPONSE_THRESHOLD, resolveHarmfulOptions, scoreText, verdictOf, type HarmfulOptions, type ResolvedHarmfulOptions } from './core.js';

const ADVICE_INDEX = new Set(ADVICE_TOPICS.map((c) => HARMFUL_MODEL_LABELS.indexOf(c)));

/**
 * Harmful-response scanner (output).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [harmfulResponse()] });
 * const r = await bouncer.scanOutput(prompt, answer); // r.detections[0].explanation names the categories
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function harmfulResponse(options?: HarmfulOptions): Scanner<ResolvedHarmfulOptions> {
  const o = resolveHarmfulOptions(options, 'harmful/response', HARMFUL_RESPONSE_THRESHOLD);
  return defineScanner<ResolvedHarmfulOptions>({
    id: 'harmful/response',
    kind: 'output',
    category: 'harmful',
    severity: 'critical',
    description: 'ML model (ONNX, trained from scratch): responses that comply with a harmful request, per category, conditioned on the prompt',
    threshold: o.threshold,
    options: o,
    wholeText: true,
    models: [HARMFUL_MODEL],
    async scan(view, ctx) {
      const r = await scoreText(view.raw, view, ctx, o, 1);
      if (r === undefined) return { score: 0 };
      const p = ctx.prompt.trim().length > 0 ? await scoreText(ctx.prompt, undefined, ctx, { ...o, layers: false }, 0) : undefined;
      const resp = r.best.probs[1] as number;
      const gate = p === undefined ? resp : resp * (0.5 + 0.5 * (p.best.probs[0] as number));
      const probs = HARMFUL_MODEL_LABELS.map((_, k) => {
        const a = r.best.probs[k] as number;
        const b = p === undefined ? 0 : (p.best.probs[k] as number);
        return ADVICE_INDEX.has(k) ? b : Math.max(a, b);
      });
      const cats = categoryScores(probs, gate);
      return verdictOf(cats, o, r.best, { id: HARMFUL_MODEL.id, backend: r.backend, windows: r.windows + (p?.windows ?? 0) }, 'The answer complies with a harmful request');
    },
  });
}
