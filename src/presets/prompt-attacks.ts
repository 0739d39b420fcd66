/**
 * @module presets/prompt-attacks — the rule detectors for prompt attacks only (direct and indirect
 * injection, jailbreak framing, obfuscation): what the quality harness compares with the peers, and
 * the set to run where data protection happens elsewhere. The phrase detectors share one matching
 * pass per text, so the whole set costs little more than one of them.
 */
import { indirectDataExfiltration } from '../scanners/indirect/data-exfiltration.js';
import { indirectMarkupInjection } from '../scanners/indirect/markup-injection.js';
import { indirectRagPoisoning } from '../scanners/indirect/rag-poisoning.js';
import { indirectToolAbuse } from '../scanners/indirect/tool-abuse.js';
import { indirectUrlInjection } from '../scanners/indirect/url-injection.js';
import { injectionContextManipulation } from '../scanners/injection/context-manipulation.js';
import { injectionInstructionOverride } from '../scanners/injection/instruction-override.js';
import { injectionMultiTurnEscalation } from '../scanners/injection/multi-turn-escalation.js';
import { injectionPromptExtraction } from '../scanners/injection/prompt-extraction.js';
import { injectionPromptLeak } from '../scanners/injection/prompt-leak.js';
import { injectionRoleHijack } from '../scanners/injection/role-hijack.js';
import { injectionTaskDeflection } from '../scanners/injection/task-deflection.js';
import { jailbreakAdversarialSuffix } from '../scanners/jailbreak/adversarial-suffix.js';
import { jailbreakDualPersona } from '../scanners/jailbreak/dual-persona.js';
import { jailbreakHypothetical } from '../scanners/jailbreak/hypothetical.js';
import { jailbreakManyShot } from '../scanners/jailbreak/many-shot.js';
import { jailbreakResearchPretext } from '../scanners/jailbreak/research-pretext.js';
import { obfuscationCipher } from '../scanners/obfuscation/cipher.js';
import { obfuscationEncoding } from '../scanners/obfuscation/encoding.js';
import { obfuscationHomoglyphs } from '../scanners/obfuscation/homoglyphs.js';
import { obfuscationInvisibleText } from '../scanners/obfuscation/invisible-text.js';
import { obfuscationLeetspeak } from '../scanners/obfuscation/leetspeak.js';
import { obfuscationReversed } from '../scanners/obfuscation/reversed.js';
import { obfuscationSpacedLetters } from '../scanners/obfuscation/spaced-letters.js';
import type { Scanner } from '../types.js';

/**
 * Every prompt-attack rule detector, with default options.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: promptAttacks() });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function promptAttacks(): Scanner[] {
  return [
    obfuscationInvisibleText(),
    injectionInstructionOverride(),
    injectionPromptExtraction(),
    injectionRoleHijack(),
    injectionContextManipulation(),
    injectionPromptLeak(),
    injectionTaskDeflection(),
    injectionMultiTurnEscalation(),
    indirectDataExfiltration(),
    indirectToolAbuse(),
    indirectRagPoisoning(),
    indirectMarkupInjection(),
    indirectUrlInjection(),
    jailbreakHypothetical(),
    jailbreakResearchPretext(),
    jailbreakDualPersona(),
    jailbreakManyShot(),
    jailbreakAdversarialSuffix(),
    obfuscationEncoding(),
    obfuscationCipher(),
    obfuscationLeetspeak(),
    obfuscationReversed(),
    obfuscationSpacedLetters(),
    obfuscationHomoglyphs(),
  ] as Scanner[];
}
