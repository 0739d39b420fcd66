/**
 * @module scanners/injection/instruction-override — Instruction override detector (rules). Phrase data: `./phrases.ts`;
 * matching: `../phrase-engine.ts` (one shared pass per text view, decoded layers included).
 */
import type { Scanner } from '../../types.js';
import { definePhraseScanner, type PhraseDetectorSpec, type PhraseScannerOptions, type ResolvedPhraseScannerOptions } from '../phrase-engine.js';

const SPEC: PhraseDetectorSpec = {
  id: 'injection/instruction-override',
  family: 'instruction-override',
  category: 'injection',
  severity: 'high',
  title: 'Instruction override',
  description: 'Instruction override: "ignore / forget / disregard the previous instructions", "new instructions:", "your new task is", "the rules above no longer apply", in 23 languages.',
};

/**
 * Text that tries to make the model drop its instructions: "ignore / forget / disregard the previous instructions", "new instructions:", "your new task is", "the above was just a test", "disable your safety filters".
 * A phrase found only after decoding (base64, ROT13, homoglyphs…) raises the severity one step.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [injectionInstructionOverride({ languages: ['en', 'de'] })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function injectionInstructionOverride(options?: PhraseScannerOptions): Scanner<ResolvedPhraseScannerOptions> {
  return definePhraseScanner(SPEC, options, 'injectionInstructionOverride');
}
