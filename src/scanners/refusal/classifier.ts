/**
 * @module scanners/refusal/classifier — the refusal model (NoRefusal): does the LLM's response
 * refuse, deflect or lecture instead of answering? Complements the phrase list in
 * `refusal/phrases` with wordings it does not know.
 */
import type { ModelRef } from '../../models/types.js';
import type { Scanner } from '../../types.js';
import { defineModelScanner, type ModelScannerOptions } from '../model-scanner.js';

/** `models/refusal`. */
export const REFUSAL_MODEL: ModelRef = Object.freeze({ id: 'refusal', task: 'classify' });

/**
 * The refusal classifier (output scans).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [refusalClassifier()] });
 * (await bouncer.scanOutput('Tell me a joke', "Sorry, I can't help with that.")).detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function refusalClassifier(options: ModelScannerOptions = {}): Scanner {
  return defineModelScanner(
    {
      id: 'refusal/classifier',
      kind: 'output',
      category: 'refusal',
      severity: 'low',
      description: 'ML model (ONNX, trained from scratch): responses that refuse, deflect or lecture instead of answering',
      model: REFUSAL_MODEL,
      label: 'refusal',
      finding: 'is a refusal',
      defaultThreshold: 0.5,
    },
    options,
  );
}
