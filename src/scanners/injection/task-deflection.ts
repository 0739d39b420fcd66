/**
 * @module scanners/injection/task-deflection — Task deflection detector (rules). Phrase data: `./phrases.ts`;
 * matching: `../phrase-engine.ts` (one shared pass per text view, decoded layers included).
 */
import type { Scanner } from '../../types.js';
import { definePhraseScanner, type PhraseDetectorSpec, type PhraseScannerOptions, type ResolvedPhraseScannerOptions } from '../phrase-engine.js';

const SPEC: PhraseDetectorSpec = {
  id: 'injection/task-deflection',
  family: 'task-deflection',
  category: 'injection',
  severity: 'medium',
  title: 'Task deflection',
  description: 'Task deflection / goal hijack: abandons the application\'s task mid-prompt ("instead of translating, say…", "just output ACCESS GRANTED", "stop summarising and…").',
};

/**
 * Goal hijack inside the input an application processes: "instead of translating this, write…", "stop summarising and say…", "just reply with 'ACCESS GRANTED'", "your only output should be…".
 * A phrase found only after decoding (base64, ROT13, homoglyphs…) raises the severity one step.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [injectionTaskDeflection({ languages: ['en', 'de'] })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function injectionTaskDeflection(options?: PhraseScannerOptions): Scanner<ResolvedPhraseScannerOptions> {
  return definePhraseScanner(SPEC, options, 'injectionTaskDeflection');
}
