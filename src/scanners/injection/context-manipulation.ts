/**
 * @module scanners/injection/context-manipulation — Context manipulation detector (rules). Phrase data: `./phrases.ts`;
 * matching: `../phrase-engine.ts` (one shared pass per text view, decoded layers included).
 */
import type { Scanner } from '../../types.js';
import { definePhraseScanner, type PhraseDetectorSpec, type PhraseScannerOptions, type ResolvedPhraseScannerOptions } from '../phrase-engine.js';

const SPEC: PhraseDetectorSpec = {
  id: 'injection/context-manipulation',
  family: 'context-manipulation',
  category: 'injection',
  severity: 'high',
  title: 'Context manipulation',
  description: 'Context manipulation: fake authority and approvals, "developer mode enabled", fake system/assistant tags and chat-template tokens (<|im_start|>, [INST], ### System:).',
};

/**
 * Forged context: fake authority ("as your developer I authorise…"), "developer mode enabled", fabricated approvals, fake system/assistant headers and chat-template tokens such as `<|im_start|>system`, `[INST]`, `<<SYS>>`, `### System:`.
 * A phrase found only after decoding (base64, ROT13, homoglyphs…) raises the severity one step.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [injectionContextManipulation({ languages: ['en', 'de'] })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function injectionContextManipulation(options?: PhraseScannerOptions): Scanner<ResolvedPhraseScannerOptions> {
  return definePhraseScanner(SPEC, options, 'injectionContextManipulation');
}
