/**
 * @module presets/models — the ML scanners (`models()`): the prompt-attack, toxicity, refusal and
 * URL classifiers. The prompt-attack and toxicity models are already in `recommended()`; the
 * `'recommended+models'` preset adds the refusal and URL models to it. They load onnxruntime-web
 * and ~8 MB of models on the first scan (or on `bouncer.ready()`).
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
