/**
 * @module presets/models — the ML scanners (`models()`): the prompt-attack, toxicity, refusal and
 * URL classifiers. Add them beside the rules: `createBouncer({ scanners: [...recommended(),
 * ...models()] })`. They load onnxruntime-web and ~6 MB of models on the first scan (or on
 * `bouncer.ready()`).
 *
 * Not yet part of `recommended()`: the prompt-attack model does not meet its false-positive goal
 * on every benign held-out set (see models/prompt-attack/README.md); it joins the default
 * pipeline when it does.
 */
import { injectionClassifier } from '../scanners/injection/classifier.js';
import { refusalClassifier } from '../scanners/refusal/classifier.js';
import { toxicityClassifier } from '../scanners/toxicity/classifier.js';
import { urlsClassifier } from '../scanners/urls/classifier.js';
import type { Scanner } from '../types.js';

/**
 * The model scanners, with their shipped thresholds.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [...recommended(), ...models()] });
 * await bouncer.ready(); // optional: load the models now
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function models(): Scanner[] {
  return [injectionClassifier(), toxicityClassifier(), refusalClassifier(), urlsClassifier()];
}
