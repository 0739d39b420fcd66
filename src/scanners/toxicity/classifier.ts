/**
 * @module scanners/toxicity/classifier — the toxicity model on prompts and responses: insults,
 * hate, harassment, obscenity. Trained from scratch on public toxicity corpora (see its card).
 */
import type { ModelRef } from '../../models/types.js';
import type { Scanner } from '../../types.js';
import { defineModelScanner, type ModelScannerOptions } from '../model-scanner.js';

/** `models/toxicity`. */
export const TOXICITY_MODEL: ModelRef = Object.freeze({ id: 'toxicity', task: 'classify' });

/**
 * The toxicity classifier.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [toxicityClassifier({ sentences: true })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function toxicityClassifier(options: ModelScannerOptions = {}): Scanner {
  return defineModelScanner(
    {
      id: 'toxicity/classifier',
      kind: 'both',
      category: 'toxicity',
      severity: 'medium',
      description: 'ML model (ONNX, trained from scratch): insults, hate, harassment and obscenity in prompts and responses',
      model: TOXICITY_MODEL,
      label: 'toxic',
      finding: 'is toxic',
      defaultThreshold: 0.88,
    },
    options,
  );
}
