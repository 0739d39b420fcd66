/**
 * @module presets/recommended — the scanner sets most applications want. Presets are plain
 * functions returning arrays, so importing one pulls in exactly the scanners it lists.
 */
import { codeDetect } from '../scanners/code/detect.js';
import { injectionClassifier } from '../scanners/injection/classifier.js';
import { injectionContextManipulation } from '../scanners/injection/context-manipulation.js';
import { injectionInstructionOverride } from '../scanners/injection/instruction-override.js';
import { injectionPromptExtraction } from '../scanners/injection/prompt-extraction.js';
import { injectionRoleHijack } from '../scanners/injection/role-hijack.js';
import { obfuscationInvisibleText } from '../scanners/obfuscation/invisible-text.js';
import { piiAnonymize } from '../scanners/pii/anonymize.js';
import { piiDeanonymize } from '../scanners/pii/deanonymize.js';
import { policyTokenLimit } from '../scanners/policy/token-limit.js';
import { refusalPhrases } from '../scanners/refusal/phrases.js';
import { secretsPatterns } from '../scanners/secrets/patterns.js';
import { toxicityClassifier } from '../scanners/toxicity/classifier.js';
import { urlsMalicious } from '../scanners/urls/malicious.js';
import type { Scanner } from '../types.js';
import { promptAttacks } from './prompt-attacks.js';

/**
 * The default pipeline (what `createBouncer()` runs): the seed design's input and output scanners.
 * Input: every prompt-attack detector ({@link promptAttacks}: invisible text, injection, jailbreak
 * framing, indirect injection, obfuscation), the prompt-attack model beside them (paraphrases,
 * other languages, long role-play jailbreaks), toxicity (the model), secrets, code, token limit,
 * malicious URLs, anonymize (last). Output: invisible text, toxicity, secrets, code (redacts),
 * malicious URLs, refusals, deanonymize. BanSubstrings joins both as soon as there is a list to
 * ban (`createBouncer({ banSubstrings })`).
 *
 * The two models load onnxruntime-web, `models/prompt-attack` and `models/toxicity` (5.3 MB
 * together) on the first scan or on `bouncer.ready()` (in pages: serve the `models/` folder and pass
 * `models: { baseUrl }`). {@link rules} is the same pipeline without any model.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: recommended() });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function recommended(): Scanner[] {
  return [
    ...promptAttacks(),
    injectionClassifier(),
    toxicityClassifier(),
    secretsPatterns(),
    codeDetect(),
    policyTokenLimit(),
    urlsMalicious(),
    refusalPhrases(),
    piiDeanonymize(),
    piiAnonymize(),
  ] as Scanner[];
}

/**
 * {@link recommended} without its model scanner: rules only, so no onnxruntime-web and no model
 * files are ever loaded (the smallest footprint for pages, extensions and edge runtimes).
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ preset: 'rules' });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function rules(): Scanner[] {
  return recommended().filter((s) => (s.models?.length ?? 0) === 0);
}

/**
 * The smallest useful set: synchronous rule scanners with no lazily loaded data (no tokenizer,
 * phone metadata or public-suffix list), for the tightest bundles and latency budgets.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: minimal() });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function minimal(): Scanner[] {
  return [obfuscationInvisibleText(), injectionInstructionOverride(), injectionPromptExtraction(), injectionRoleHijack(), injectionContextManipulation(), secretsPatterns(), codeDetect()] as Scanner[];
}
